import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { systemActor } from '../../../platform/auth/actor';
import { F2115 } from './f2115';
import { cellsOf, contextFor, drillAll } from './project-forms.test-support';

/**
 * Biểu 2115 cols 7–8 (vốn điều lệ tăng / giảm) from the charter capital stated on the certificate
 * events, worked out by hand: FDI in triệu USD, DDI in tỷ đồng, a USD change of a project that
 * became domestic converted with the rate at the period's end, blank where nothing is stated.
 */
let t: TestContext;
const system = systemActor('test');
const ids: Record<string, string> = {};
const CHARTER = ['charterUp', 'charterDown'];
const pick = (cells: Record<string, string | null>, keys: string[]) => keys.map((k) => cells[k]);

beforeAll(async () => {
  t = await createTestContext();
  const { zones, investment } = t.app.services;
  const park = (await zones.createPark(system, { code: 'P-2115', name: 'KCN 2115', kinds: [], adminUnitId: '63:31' }))
    .id;
  const kr = (await investment.createInvestor(system, { kind: 'organisation', name: 'Hyosung', nationality: 'KR' })).id;
  const vn = (
    await investment.createInvestor(system, { kind: 'organisation', name: 'Công ty Việt', nationality: 'VN' })
  ).id;
  await investment.addExchangeRate(system, {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2025-06-02',
    source: 'SBV',
  });
  const project = async (code: string, investor: string, capital: { value: string; currency: 'USD' | 'VND' }) =>
    (
      await investment.createProject(system, {
        projectCode: code,
        name: `Dự án ${code}`,
        location: { kind: 'park', parkId: park },
        type: 'production_business',
        sectors: [],
        landAreaHa: '3',
        investors: [{ investorId: investor, share: '100' }],
        certificate: {
          date: '2024-02-01',
          registeredCapital: capital,
          charterCapital: { value: capital.value, currency: capital.currency },
        },
      })
    ).id;
  const adjust = (id: string, date: string, body: Record<string, unknown>) =>
    investment.recordCertificateEvent(system, id, { kind: 'adjusted', date, ...body });
  ids.F = await project('F', kr, { value: '10000000', currency: 'USD' });
  await adjust(ids.F, '2025-04-05', { charterCapitalDelta: { value: '2000000', currency: 'USD' } });
  await adjust(ids.F, '2025-05-20', {
    charterCapitalDelta: { value: '-500000', currency: 'USD' },
    capitalDelta: { value: '3000000', currency: 'USD' },
  });
  await adjust(ids.F, '2025-07-01', { charterCapitalDelta: { value: '700000', currency: 'USD' } }); // next quarter
  ids.G = await project('G', kr, { value: '4000000', currency: 'USD' });
  await adjust(ids.G, '2025-04-10', { capitalDelta: { value: '1000000', currency: 'USD' } }); // no charter stated
  ids.D = await project('D', vn, { value: '50000000000', currency: 'VND' });
  await adjust(ids.D, '2025-06-01', { charterCapitalDelta: { value: '20000000000', currency: 'VND' } });
  // Issued foreign (USD), then Vietnamese investors: its USD charter change counts in tỷ đồng at 25,000.
  ids.C = await project('C', kr, { value: '2000000', currency: 'USD' });
  await adjust(ids.C, '2025-04-15', { investors: [{ investorId: vn, share: '100' }] });
  await adjust(ids.C, '2025-05-02', { charterCapitalDelta: { value: '100000', currency: 'USD' } });
});
afterAll(() => t.close());

describe('Biểu 2115 charter capital', () => {
  it('adds increases and decreases of the period in the section’s unit', async () => {
    const ctx = contextFor(t, '2025-Q2', null);
    const [fdi, ddi] = await F2115.compute(ctx);
    expect(fdi!.rows.map((r) => r.cells.name!.value)).toEqual(['Dự án F', 'Dự án G']);
    expect(pick(cellsOf(fdi!, `FDI:${ids.F}`), [...CHARTER, 'capitalUp'])).toEqual(['2', '0.5', '3']);
    expect(pick(cellsOf(fdi!, `FDI:${ids.G}`), [...CHARTER, 'capitalUp'])).toEqual([null, null, '1']);
    expect(pick(cellsOf(fdi!, 'total'), CHARTER)).toEqual(['2', '0.5']);
    expect(ddi!.rows.map((r) => r.cells.name!.value)).toEqual(['Dự án C', 'Dự án D']);
    expect(pick(cellsOf(ddi!, `DDI:${ids.D}`), CHARTER)).toEqual(['20', '0']);
    expect(pick(cellsOf(ddi!, `DDI:${ids.C}`), CHARTER)).toEqual(['2.5', '0']);
    expect(pick(cellsOf(ddi!, 'total'), CHARTER)).toEqual(['22.5', '0']);
    expect(ddi!.columns.find((c) => c.key === 'charterUp')!.unit).toBe('tỷ đồng');
  });

  it('opens each charter cell to the adjustments behind it', async () => {
    const ctx = contextFor(t, '2025-Q2', null);
    const [fdi] = await F2115.compute(ctx);
    const up = fdi!.total!.cells.charterDown!.drill!;
    const d = await F2115.drill(ctx, up, { page: 1, pageSize: 50 });
    expect(d.rows.map((r) => [r.values.name, r.values.date])).toEqual([['Dự án F', '2025-05-20']]);
    expect(await drillAll(F2115, ctx)).toBeGreaterThan(0);
  });

  it('a change dated in the next quarter is that quarter’s', async () => {
    const [fdi] = await F2115.compute(contextFor(t, '2025-Q3', null));
    expect(pick(cellsOf(fdi!, `FDI:${ids.F}`), CHARTER)).toEqual(['0.7', '0']);
  });
});
