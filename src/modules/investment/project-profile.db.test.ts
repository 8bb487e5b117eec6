import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * The profile of a KKT and of a park, with figures worked out by hand. KKT Đình Vũ (Hải Phòng)
 * holds park P1 and a project outside its parks:
 *   A  P1    FDI KR 100 %        issued 2023-03-01  10 m USD, +5 m on 2024-05-01   enterprise E1, 2610
 *   B  KKT   FDI JP 60 % VN 40 % issued 2024-02-01   4 m USD                        enterprise E1, 2610
 *   C  P1    DDI VN             issued 2022-06-01  50 bn VND, terminated 2024-09-01 infrastructure, 4100
 *   D  P1    DDI VN             issued 2024-12-01  20 bn VND                        no enterprise
 * Realised: A 2023 2 m USD, A 2024-Q1 1 m USD, B 2024-H2 0.5 m USD, C 2023 10 bn VND.
 */
let t: TestContext;
let hp: Session;
let bn: Session;
let ministry: Session;
let e1User: Session;
const ids: Record<string, string> = {};
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
const usd = (value: string) => ({ value, currency: 'USD' as const });
const vnd = (value: string) => ({ value, currency: 'VND' as const });

beforeAll(async () => {
  t = await createTestContext();
  const { zones, investment } = t.app.services;
  ids.e1 = (
    await investment.createEnterprise(system, {
      taxCode: '0200111222',
      nameVi: 'Công ty TNHH Linh kiện Hải An',
      adminUnitId: '63:31',
      sectors: [],
    })
  ).id;
  ids.zone = (
    await zones.createZone(system, {
      code: 'KKT-DV-PF',
      name: 'KKT Đình Vũ - Cát Hải',
      type: 'coastal',
      adminUnitId: '63:31',
    })
  ).id;
  ids.p1 = (
    await zones.createPark(system, {
      code: 'P1-PF',
      name: 'KCN Nam Đình Vũ',
      kinds: [],
      adminUnitId: '63:31',
      parentZoneId: ids.zone,
    })
  ).id;
  ids.yp = (
    await zones.createPark(system, { code: 'YP-PF', name: 'KCN Yên Phong', kinds: [], adminUnitId: '63:27' })
  ).id;
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('dn.e1', 'enterprise', { enterpriseId: ids.e1 });
  [hp, bn, ministry, e1User] = await Promise.all([
    t.signIn('bql.hp'),
    t.signIn('bql.bn'),
    t.signIn('bo.tc'),
    t.signIn('dn.e1'),
  ]);
  const investor = async (name: string, kind: string, nationality: string) =>
    ok(await post(hp, '/api/investors', { kind, name, nationality }), 201).id as string;
  ids.kr = await investor('Hana Micron', 'organisation', 'KR');
  ids.jp = await investor('Nitto Denko', 'organisation', 'JP');
  ids.vn = await investor('Lê Văn Cường', 'individual', 'VN');

  const project = async (
    s: Session,
    code: string,
    body: Record<string, unknown>,
    events: Record<string, unknown>[] = [],
  ) => {
    const id = ok(
      await post(s, '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        type: 'production_business',
        landAreaHa: '2',
        ...body,
      }),
      201,
    ).id as string;
    for (const e of events) ok(await post(s, `/api/projects/${id}/events`, e), 201);
    ids[code] = id;
    return id;
  };
  const inP1 = { kind: 'park', parkId: ids.p1 };
  await project(
    hp,
    'A',
    {
      location: inP1,
      enterpriseId: ids.e1,
      sectors: ['2610'],
      investors: [{ investorId: ids.kr, share: '100' }],
      certificate: { date: '2023-03-01', registeredCapital: usd('10000000') },
    },
    [{ kind: 'adjusted', date: '2024-05-01', capitalDelta: usd('5000000') }],
  );
  await project(hp, 'B', {
    location: { kind: 'zone', zoneId: ids.zone },
    enterpriseId: ids.e1,
    sectors: ['2610'],
    investors: [
      { investorId: ids.jp, share: '60' },
      { investorId: ids.vn, share: '40' },
    ],
    certificate: { date: '2024-02-01', registeredCapital: usd('4000000') },
  });
  await project(
    hp,
    'C',
    {
      location: inP1,
      type: 'infrastructure',
      sectors: ['4100'],
      investors: [{ investorId: ids.vn, share: '100' }],
      certificate: { date: '2022-06-01', registeredCapital: vnd('50000000000') },
    },
    [{ kind: 'terminated', date: '2024-09-01', documentNo: '45/QĐ-BQL', capitalAtEnd: vnd('50000000000') }],
  );
  await project(hp, 'D', {
    location: inP1,
    investors: [{ investorId: ids.vn, share: '100' }],
    certificate: { date: '2024-12-01', registeredCapital: vnd('20000000000') },
  });
  const realised = (id: string, period: string, amount: { value: string; currency: string }) =>
    post(hp, `/api/projects/${id}/realised-capital`, { period, amount, source: 'Báo cáo của doanh nghiệp' });
  ok(await realised(ids.A!, '2023', usd('2000000')));
  ok(await realised(ids.A!, '2024-Q1', usd('1000000')));
  ok(await realised(ids.B!, '2024-H2', usd('500000')));
  ok(await realised(ids.C!, '2023', vnd('10000000000')));
});
afterAll(() => t.close());

describe('project profile', () => {
  it('sums a KKT (its parks and outside them) as of mid-2024 in form units', async () => {
    const p = ok(await get(hp, `/api/projects/profile?zoneId=${ids.zone}&asOf=2024-06-30`));
    expect(p).toEqual({
      asOf: '2024-06-30',
      projects: { total: 3, fdi: 2, ddi: 1, byStatus: { not_issued: 1, valid: 3, revoked: 0, terminated: 0 } },
      tenants: 1,
      registered: { fdiMillionUsd: '19', ddiBillionVnd: '50' },
      realised: { fdiMillionUsd: '3', ddiBillionVnd: '10' },
      byCountry: [
        { country: 'KR', nameVi: expect.stringMatching(/Hàn Quốc/), projects: 1, registeredMillionUsd: '15' },
        { country: 'JP', nameVi: 'Nhật Bản', projects: 1, registeredMillionUsd: '4' },
      ],
      bySector: [
        { sector: '2610', projects: 2, fdi: 2, ddi: 0 },
        { sector: '4100', projects: 1, fdi: 0, ddi: 1 },
      ],
      byYear: [
        {
          year: 2022,
          newProjects: 1,
          registeredFdiMillionUsd: '0',
          registeredDdiBillionVnd: '50',
          realisedFdiMillionUsd: '0',
          realisedDdiBillionVnd: '0',
        },
        {
          year: 2023,
          newProjects: 1,
          registeredFdiMillionUsd: '10',
          registeredDdiBillionVnd: '0',
          realisedFdiMillionUsd: '2',
          realisedDdiBillionVnd: '10',
        },
        {
          year: 2024,
          newProjects: 1,
          registeredFdiMillionUsd: '9',
          registeredDdiBillionVnd: '0',
          realisedFdiMillionUsd: '1',
          realisedDdiBillionVnd: '0',
        },
      ],
    });
  });

  it('follows the termination and the later issue at the start of 2025; a park counts only its own', async () => {
    const z = ok(await get(ministry, `/api/projects/profile?zoneId=${ids.zone}&asOf=2025-01-01`));
    expect(z.projects).toEqual({
      total: 3,
      fdi: 2,
      ddi: 1,
      byStatus: { not_issued: 0, valid: 3, revoked: 0, terminated: 1 },
    });
    expect(z.tenants).toBe(2); // E1 and project D, which has no enterprise
    expect(z.registered).toEqual({ fdiMillionUsd: '19', ddiBillionVnd: '20' });
    expect(z.realised).toEqual({ fdiMillionUsd: '3.5', ddiBillionVnd: '10' });
    expect(z.byYear.at(-1)).toMatchObject({ year: 2025, newProjects: 0, registeredDdiBillionVnd: '0' });
    expect(z.byYear.find((y: { year: number }) => y.year === 2024)).toMatchObject({
      newProjects: 2,
      registeredFdiMillionUsd: '9',
      registeredDdiBillionVnd: '20',
      realisedFdiMillionUsd: '1.5',
    });

    const park = ok(await get(hp, `/api/projects/profile?parkId=${ids.p1}&asOf=2025-01-01`));
    expect(park.projects).toMatchObject({ total: 2, fdi: 1, ddi: 1 });
    expect(park.byCountry.map((c: { country: string }) => c.country)).toEqual(['KR']);
    expect(park.registered).toEqual({ fdiMillionUsd: '15', ddiBillionVnd: '20' });
  });

  it('is scoped like the park or zone: another Board and an enterprise are refused', async () => {
    expect((await get(bn, `/api/projects/profile?zoneId=${ids.zone}`)).statusCode).toBe(403);
    expect((await get(bn, `/api/projects/profile?parkId=${ids.p1}`)).statusCode).toBe(403);
    expect((await get(e1User, `/api/projects/profile?parkId=${ids.p1}`)).statusCode).toBe(403);
    expect((await get(hp, '/api/projects/profile?parkId=6f1c1e7a-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const both = await get(hp, `/api/projects/profile?parkId=${ids.p1}&zoneId=${ids.zone}`);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields).toHaveProperty('querystring.parkId');
    expect((await get(hp, '/api/projects/profile')).statusCode).toBe(400);
  });

  it('converts a certificate kept in the other currency with the State Bank rate of the day, or refuses', async () => {
    // E: DDI in VND, then a Korean investor takes over: FDI, certificate still in VND.
    const e = ok(
      await post(bn, '/api/projects', {
        projectCode: 'E',
        name: 'Dự án E',
        location: { kind: 'park', parkId: ids.yp },
        type: 'production_business',
        landAreaHa: '1',
        investors: [{ investorId: ids.vn, share: '100' }],
        certificate: { date: '2024-01-10', registeredCapital: vnd('24000000000') },
      }),
      201,
    );
    ok(
      await post(bn, `/api/projects/${e.id}/events`, {
        kind: 'adjusted',
        date: '2024-03-01',
        investors: [{ investorId: ids.kr, share: '100' }],
      }),
      201,
    );
    const refused = await get(bn, `/api/projects/profile?parkId=${ids.yp}&asOf=2024-06-30`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/tỷ giá USD\/VND/);
    ok(await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '24000', date: '2024-06-01' }), 201);
    const p = ok(await get(bn, `/api/projects/profile?parkId=${ids.yp}&asOf=2024-06-30`));
    expect(p.projects).toMatchObject({ total: 1, fdi: 1, ddi: 0 });
    expect(p.registered).toEqual({ fdiMillionUsd: '1', ddiBillionVnd: '0' });
    expect(p.byCountry).toEqual([expect.objectContaining({ country: 'KR', registeredMillionUsd: '1' })]);
  });
});
