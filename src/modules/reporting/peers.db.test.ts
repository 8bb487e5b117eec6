import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * Plausibility against peers, computed in SQL: a project with no history of its own is compared
 * with the accepted reports of projects of the same VSIC 2-digit sector, currency and
 * registered-capital band; a project of another sector or band is not a peer.
 */
let t: TestContext;
const now = new Date('2026-04-05T09:00:00+07:00');
let bn: Session;
const system = systemActor('test');
const projectIds: Record<string, string> = {};
let taxCodes = 2300000100;

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const values = (budgetVnd: string) => ({
  realisedCapital: '250',
  operating: true,
  revenue: '1200',
  exportUsd: '800',
  importUsd: '300',
  budgetVnd,
  workersDomestic: '120',
  workersForeign: '4',
  workersFemale: '70',
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const park = (
    await t.app.services.zones.createPark(system, {
      code: 'PEER',
      name: 'KCN Đồng ngành',
      kinds: [],
      adminUnitId: '63:27',
      developerEnterpriseId: null,
    })
  ).id;
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  bn = await t.signIn('bql.bn');
  const kr = ok(
    await call(bn, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  const project = async (code: string, sector: string, capital: string) => {
    const enterpriseId = (
      await inv.createEnterprise(system, {
        taxCode: String(taxCodes++),
        nameVi: `Công ty ${code}`,
        adminUnitId: '63:27',
        sectors: [],
      })
    ).id;
    projectIds[code] = ok(
      await call(bn, 'POST', '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId: park },
        type: 'production_business',
        sectors: [sector],
        landAreaHa: '5',
        investors: [{ investorId: kr, share: '100' }],
        certificate: { date: '2024-01-15', registeredCapital: { value: capital, currency: 'USD' } },
      }),
      201,
    ).id;
  };
  // Five peers of sector 26, 1–10 million USD, paying 1,400–1,800 triệu đồng a quarter.
  for (const [i, budget] of ['1400', '1500', '1600', '1700', '1800'].entries()) {
    await project(`${i + 1}`, '2610', '5000000');
    let r = ok(
      await call(bn, 'POST', '/api/reports', {
        typeId: 'quarterly_implementation',
        period: '2026-Q1',
        projectId: projectIds[`${i + 1}`],
        values: values(budget),
      }),
      201,
    );
    r = ok(await call(bn, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt }));
    ok(await call(bn, 'POST', `/api/reports/${r.id}/accept`, { updatedAt: r.updatedAt }));
  }
  await project('NEW', '2630', '8000000');
  await project('OTHER-SECTOR', '1010', '8000000');
  await project('OTHER-BAND', '2610', '500000000');
});
afterAll(() => t.close());

const warningsOf = async (code: string, budget: string) => {
  const r = ok(
    await call(bn, 'POST', '/api/reports', {
      typeId: 'quarterly_implementation',
      period: '2026-Q1',
      projectId: projectIds[code],
      values: values(budget),
    }),
    201,
  );
  return ok(await call(bn, 'POST', `/api/reports/${r.id}/check`)).warnings as {
    code: string;
    field: string;
    basis: string;
    expected: { low: string; high: string };
  }[];
};

describe('peers of the same sector and size', () => {
  it('flags a budget 1,000× the peers’ for a project without history, with the peers’ range', async () => {
    const [w, ...rest] = await warningsOf('NEW', '1600000');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ code: 'scale_x1000', field: 'budgetVnd', basis: 'peers' });
    // p10 = 1,440 and p90 = 1,760 triệu đồng among the five, widened 10×.
    expect(w!.expected).toEqual({ low: '144', high: '17600' });
  });

  it('has no peers in another sector or another capital band', async () => {
    expect(await warningsOf('OTHER-SECTOR', '1600000')).toEqual([]);
    expect(await warningsOf('OTHER-BAND', '1600000')).toEqual([]);
  });
});
