import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { Dashboard, DrillResult, ParkOptions } from './contract';

/**
 * The dashboard's park picker: a developer with several parks (in two provinces) sees all of them
 * by default and may open each one, and no other developer's park — the server refuses it, whatever
 * the page offers. A Board picks among its province's parks, the ministry among a named province's.
 *
 * Parks: Alpha (old Bắc Giang 63:24) and Beta (Hồ Chí Minh 63:79), developed by D; Gamma (old Bắc
 * Ninh 63:27) by E. One FDI project in each, issued in 2024: 10, 20 and 40 million USD.
 */
let t: TestContext;
const system = systemActor('test');
const ids = {} as Record<'alpha' | 'beta' | 'gamma', string>;
let developer: Session;
let bn: Session;
let ministry: Session;
/** The drill key of the FDI project count (read from the dashboard). */
let countKey = '';

function ok<T>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  return res.json() as T;
}
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestContext();
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (await inv.createEnterprise(system, { taxCode, nameVi, adminUnitId: '63:24', sectors: [] })).id;
  const d = await enterprise('2400001111', 'Công ty Hạ tầng D');
  const e = await enterprise('2400002222', 'Công ty Hạ tầng E');
  const investor = (await inv.createInvestor(system, { kind: 'organisation', name: 'Foxconn', nationality: 'TW' })).id;
  const park = async (code: string, name: string, adminUnitId: string, developerEnterpriseId: string, usd: string) => {
    const id = (
      await t.app.services.zones.createPark(system, { code, name, kinds: [], adminUnitId, developerEnterpriseId })
    ).id;
    await inv.createProject(system, {
      projectCode: `PP-${code}`,
      name: `Dự án ${code}`,
      enterpriseId: null,
      location: { kind: 'park', parkId: id },
      type: 'production_business',
      sectors: ['2610'],
      landAreaHa: '5',
      investors: [{ investorId: investor, share: '100' }],
      certificate: { date: '2024-03-01', registeredCapital: { value: usd, currency: 'USD' } },
    });
    return id;
  };
  ids.alpha = await park('ALPHA', 'KCN Alpha', '63:24', d, '10000000');
  ids.beta = await park('BETA', 'KCN Beta', '63:79', d, '20000000');
  ids.gamma = await park('GAMMA', 'KCN Gamma', '63:27', e, '40000000');
  await t.addUser('pp.cdt', 'developer', { enterpriseId: d });
  await t.addUser('pp.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('pp.bo', 'ministry');
  [developer, bn, ministry] = await Promise.all([t.signIn('pp.cdt'), t.signIn('pp.bn'), t.signIn('pp.bo')]);
});
afterAll(() => t.close());

const fdi = (d: Dashboard, key: string) => d.keyFigures.find((k) => k.key === key)!.value;

describe('the dashboard’s park picker', () => {
  it('offers a developer its own parks only', async () => {
    const options = ok<ParkOptions>(await get(developer, '/api/insights/dashboard/parks'));
    expect(options.items.map((p) => [p.name, p.provinceCode])).toEqual([
      ['KCN Alpha', '24'],
      ['KCN Beta', '79'],
    ]);
    // Naming a province changes nothing for a developer: its parks are its scope.
    const named = ok<ParkOptions>(await get(developer, '/api/insights/dashboard/parks?province=24'));
    expect(named.items.map((p) => p.id)).toEqual([ids.alpha, ids.beta]);
  });

  it('shows all the developer’s parks by default and one park when picked', async () => {
    const all = ok<Dashboard>(await get(developer, '/api/insights/dashboard?period=2025'));
    expect(all.scope).toMatchObject({ kind: 'park', name: 'KCN Alpha, KCN Beta', parkId: null });
    expect([fdi(all, 'valid.FDI.count'), fdi(all, 'valid.FDI.capital')]).toEqual(['2', '30']);
    const alpha = ok<Dashboard>(await get(developer, `/api/insights/dashboard?period=2025&park=${ids.alpha}`));
    expect(alpha.scope).toMatchObject({ kind: 'park', name: 'KCN Alpha', parkId: ids.alpha });
    expect([fdi(alpha, 'valid.FDI.count'), fdi(alpha, 'valid.FDI.capital')]).toEqual(['1', '10']);
    countKey = alpha.keyFigures.find((k) => k.key === 'valid.FDI.count')!.drill!;
    const records = ok<DrillResult>(
      await get(developer, `/api/insights/dashboard/drill?period=2025&park=${ids.beta}&cell=${countKey}`),
    );
    expect([records.total, records.cellValue]).toEqual([1, '1']);
  });

  it('refuses another developer’s park (403) and an unknown one (404), on every dashboard request', async () => {
    for (const path of ['/api/insights/dashboard', '/api/insights/dashboard/trends']) {
      ok(await get(developer, `${path}?period=2025&park=${ids.gamma}`), 403);
      ok(await get(developer, `${path}?period=2025&park=${randomUUID()}`), 404);
    }
    const own = ok<Dashboard>(await get(developer, `/api/insights/dashboard?period=2025&park=${ids.alpha}`));
    countKey = own.keyFigures.find((k) => k.key === 'valid.FDI.count')!.drill!;
    ok(await get(developer, `/api/insights/dashboard/drill?period=2025&park=${ids.gamma}&cell=${countKey}`), 403);
  });

  it('offers a Board its province’s parks and the ministry a named province’s', async () => {
    const board = ok<ParkOptions>(await get(bn, '/api/insights/dashboard/parks'));
    expect(board.items.map((p) => p.name)).toEqual(['KCN Alpha', 'KCN Gamma']);
    ok(await get(bn, '/api/insights/dashboard/parks?province=79'), 403);
    ok(await get(bn, `/api/insights/dashboard?period=2025&park=${ids.beta}`), 403);
    expect(ok<ParkOptions>(await get(ministry, '/api/insights/dashboard/parks')).items).toEqual([]);
    const hcm = ok<ParkOptions>(await get(ministry, '/api/insights/dashboard/parks?province=79'));
    expect(hcm.items.map((p) => p.name)).toEqual(['KCN Beta']);
  });
});
