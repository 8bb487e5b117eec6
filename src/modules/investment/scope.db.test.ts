import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * Who sees and edits which registry records: a Board its province (through the park's unit,
 * old units rolling up), an enterprise its own projects, a developer the projects in its
 * parks, the ministry everything without editing.
 */
let t: TestContext;
let bn: Session;
let hp: Session;
let ministry: Session;
let tenantUser: Session;
let developerUser: Session;
const ids = {} as Record<
  | 'tenant'
  | 'developer'
  | 'hpTenant'
  | 'parkYenPhong'
  | 'parkQuangChau'
  | 'parkDinhVu'
  | 'kr'
  | 'vn'
  | 'jp'
  | 'pTenant'
  | 'pQuangChau'
  | 'pHp',
  string
>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestContext();
  const inv = t.app.services.investment;
  const enterprise = (taxCode: string, nameVi: string, adminUnitId: string) =>
    inv.createEnterprise(system, { taxCode, nameVi, adminUnitId, sectors: [] });
  ids.tenant = (await enterprise('2300000001', 'Công ty Khách thuê Bắc Ninh', '63:27')).id;
  ids.developer = (await enterprise('2300000002', 'Công ty Phát triển hạ tầng Yên Phong', '63:27')).id;
  ids.hpTenant = (await enterprise('0200000003', 'Công ty Đình Vũ', '63:31')).id;

  const park = async (code: string, adminUnitId: string, developerEnterpriseId: string | null = null) =>
    (
      await t.app.services.zones.createPark(system, {
        code,
        name: `KCN ${code}`,
        kinds: [],
        adminUnitId,
        developerEnterpriseId,
      })
    ).id;
  ids.parkYenPhong = await park('YP-SCOPE', '63:27', ids.developer);
  ids.parkQuangChau = await park('QC-SCOPE', '63:24');
  ids.parkDinhVu = await park('DV-SCOPE', '63:31');

  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('dn.khach', 'enterprise', { enterpriseId: ids.tenant });
  await t.addUser('cdt.yp', 'developer', { enterpriseId: ids.developer });
  [bn, hp, ministry, tenantUser, developerUser] = await Promise.all([
    t.signIn('bql.bn'),
    t.signIn('bql.hp'),
    t.signIn('bo.tc'),
    t.signIn('dn.khach'),
    t.signIn('cdt.yp'),
  ]);

  ids.kr = ok(
    await post(bn, '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  ids.vn = ok(
    await post(hp, '/api/investors', { kind: 'individual', name: 'Lê Văn Cường', nationality: 'VN' }),
    201,
  ).id;
  ids.jp = ok(
    await post(hp, '/api/investors', { kind: 'organisation', name: 'Nitto Denko', nationality: 'JP' }),
    201,
  ).id;

  const project = async (s: Session, code: string, parkId: string, enterpriseId: string | null, investorId: string) => {
    const fdi = investorId !== ids.vn;
    return ok(
      await post(s, '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId },
        type: 'production_business',
        landAreaHa: '5',
        investors: [{ investorId, share: '100' }],
        certificate: {
          date: '2025-03-01',
          registeredCapital: fdi ? { value: '10000000', currency: 'USD' } : { value: '20000000000', currency: 'VND' },
        },
      }),
      201,
    ).id as string;
  };
  ids.pTenant = await project(bn, 'BN-TENANT', ids.parkYenPhong, ids.tenant, ids.kr);
  ids.pQuangChau = await project(bn, 'BN-QC', ids.parkQuangChau, null, ids.kr);
  ids.pHp = await project(hp, 'HP-1', ids.parkDinhVu, ids.hpTenant, ids.jp);
});
afterAll(() => t.close());

const listed = async (s: Session, query = '') =>
  (ok(await get(s, `/api/projects?${query}`)).items as { projectCode: string }[]).map((p) => p.projectCode);

const adjust = (s: Session, id: string) =>
  post(s, `/api/projects/${id}/events`, {
    kind: 'adjusted',
    date: '2025-06-01',
    capitalDelta: { value: '1000000', currency: 'USD' },
  });

describe('registry scope', () => {
  it('a Hải Phòng Board officer can neither see nor edit a Bắc Ninh project', async () => {
    expect((await get(hp, `/api/projects/${ids.pTenant}`)).statusCode).toBe(403);
    expect((await get(hp, `/api/projects/${ids.pTenant}/events`)).statusCode).toBe(403);
    const refused = await adjust(hp, ids.pTenant);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    });
    expect(await listed(hp)).toEqual(['HP-1']);
    expect(await listed(hp, 'province=24')).toEqual([]);
    expect((await get(hp, `/api/enterprises/${ids.tenant}`)).statusCode).toBe(403);
    // Nor register one in a Bắc Ninh park.
    const inBn = await post(hp, '/api/projects', {
      projectCode: 'HP-IN-BN',
      name: 'Lấn tỉnh',
      location: { kind: 'park', parkId: ids.parkYenPhong },
      type: 'production_business',
      landAreaHa: '1',
      investors: [{ investorId: ids.vn, share: '100' }],
      certificate: { date: '2025-03-01', registeredCapital: { value: '1000000000', currency: 'VND' } },
    });
    expect(inBn.statusCode).toBe(403);
    // The investor shared with a Bắc Ninh project is not theirs to edit.
    const kr = ok(await get(hp, `/api/investors/${ids.kr}`));
    expect(
      (
        await hp.inject({
          method: 'PATCH',
          url: `/api/investors/${ids.kr}`,
          payload: { updatedAt: kr.updatedAt, name: 'X' },
        })
      ).statusCode,
    ).toBe(403);
    // Nothing was written by the refused attempts.
    const rows = await t.database.query<{ n: number }>(
      "select count(*)::int as n from certificate_events where project_id = $1 and kind = 'adjusted'",
      [ids.pTenant],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('the Bắc Ninh Board sees and edits projects in both old provinces it was formed from', async () => {
    expect(await listed(bn)).toEqual(['BN-QC', 'BN-TENANT']);
    expect((await adjust(bn, ids.pQuangChau)).statusCode).toBe(201);
    expect((await get(bn, `/api/projects/${ids.pHp}`)).statusCode).toBe(403);
  });

  it('an enterprise sees only its own projects, and edits none', async () => {
    expect(await listed(tenantUser)).toEqual(['BN-TENANT']);
    const own = ok(await get(tenantUser, `/api/projects/${ids.pTenant}`));
    expect(own.enterprise).toMatchObject({ id: ids.tenant });
    expect((await get(tenantUser, `/api/projects/${ids.pQuangChau}`)).statusCode).toBe(403);
    expect((await get(tenantUser, `/api/projects/${ids.pHp}`)).statusCode).toBe(403);
    expect((await adjust(tenantUser, ids.pTenant)).statusCode).toBe(403);
    const investors = ok(await get(tenantUser, '/api/investors')).items.map((i: { id: string }) => i.id);
    expect(investors).toEqual([ids.kr]);
    expect((await get(tenantUser, `/api/investors/${ids.jp}`)).statusCode).toBe(403);
    expect((await get(tenantUser, '/api/projects/flows?period=2025-Q1')).json().FDI.new.projectIds).toEqual([
      ids.pTenant,
    ]);
  });

  it('a developer sees the projects in its parks', async () => {
    expect(await listed(developerUser)).toEqual(['BN-TENANT']);
    expect((await get(developerUser, `/api/projects/${ids.pTenant}`)).statusCode).toBe(200);
    expect((await get(developerUser, `/api/projects/${ids.pQuangChau}`)).statusCode).toBe(403);
  });

  it('the ministry reads everything and edits nothing', async () => {
    expect(await listed(ministry)).toEqual(['BN-QC', 'BN-TENANT', 'HP-1']);
    for (const id of [ids.pTenant, ids.pQuangChau, ids.pHp]) {
      expect((await get(ministry, `/api/projects/${id}`)).statusCode).toBe(200);
    }
    expect((await adjust(ministry, ids.pHp)).statusCode).toBe(403);
    expect(
      (await post(ministry, '/api/enterprises', { taxCode: '0100000009', nameVi: 'Bộ tạo', adminUnitId: '34:01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(ministry, '/api/investors', { kind: 'individual', name: 'X', nationality: 'VN' })).statusCode,
    ).toBe(403);
    expect((await get(ministry, `/api/enterprises/${ids.hpTenant}`)).statusCode).toBe(200);
    expect(ok(await get(ministry, '/api/enterprises')).total).toBe(3);
  });
});
