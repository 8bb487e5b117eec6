import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { F2104 } from './f2104';
import { F2106 } from './f2106';
import { buildDataset, type Ids } from './project-forms.fixture';
import { cellsOf, contextFor, drillAll } from './project-forms.test-support';

let t: TestContext;
let ids: Ids;
beforeAll(async () => {
  t = await createTestContext();
  ids = await buildDataset(t);
});
afterAll(() => t.close());

const BAC_NINH = ['34:24', '63:24', '63:27'];
const FDI = ['valid', 'capital', 'operating', 'realised', 'revenue', 'export', 'import', 'budget'].map(
  (k) => `FDI:${k}`,
);
const DDI = FDI.map((k) => k.replace('FDI', 'DDI'));
const pick = (cells: Record<string, string | null>, keys: string[]) => keys.map((k) => cells[k]);

describe('Biểu 2104', () => {
  it('new Bắc Ninh at the end of 2025-Q2, park by park, by hand', async () => {
    const [s] = await F2104.compute(contextFor(t, '2025-Q2', BAC_NINH));
    // Parks by location class: P-OUT (outside), P-VB (coastal KKT), P-CK (border-gate KKT).
    expect(s!.rows.map((r) => r.cells.name!.value)).toEqual(['KCN P-OUT', 'KCN P-VB', 'KCN P-CK']);
    const out = cellsOf(s!, ids['P-OUT']!);
    expect([out.location, out.infrastructure]).toEqual(['KCN nằm ngoài KKT', 'Dự án I1']);
    // P-OUT FDI: F1 (25, operating, realised 3) and F5 (4 − 1 = 3); F1's Q2 report: 1 / 0.8 / 0.3 / 2.5 bn.
    expect(pick(out, FDI)).toEqual(['2', '28', '1', '3', '1', '0.8', '0.3', '2.5']);
    // P-OUT DDI: D1 (100 − 30 = 70, operating, realised 10 in Q1; the Q3 5 bn is later); its report.
    expect(pick(out, DDI)).toEqual(['1', '70', '1', '10', '20', '0.1', '0', '1']);
    expect([out['workers:domestic'], out['workers:foreign']]).toEqual(['150', '5']);
    // P-VB: F2 (12.5, operating from 1 June); its draft report is not counted.
    const vb = cellsOf(s!, ids['P-VB']!);
    expect(pick(vb, FDI)).toEqual(['1', '12.5', '1', '0', '0', '0', '0', '0']);
    expect([vb['workers:domestic'], vb['workers:foreign']]).toEqual(['0', '0']);
    // P-CK: F3 revoked on 30 June is gone; F4 (revoked 1 July) is still valid and operating; D3 40 + 10.
    const ck = cellsOf(s!, ids['P-CK']!);
    expect(pick(ck, FDI)).toEqual(['1', '3', '1', '0', '0', '0', '0', '0']);
    expect(pick(ck, DDI)).toEqual(['1', '50', '0', '0', '0', '0', '0', '0']);
    const total = cellsOf(s!, 'total');
    expect(pick(total, FDI)).toEqual(['4', '43.5', '3', '3', '1', '0.8', '0.3', '2.5']);
    expect(pick(total, DDI)).toEqual(['2', '120', '1', '10', '20', '0.1', '0', '1']);
    expect(s!.columns.find((c) => c.key === 'FDI:revenue')!.label.vi).toBe('Doanh thu*');
  });

  it('a day later F4 is gone: 2025-Q3 at its end', async () => {
    const [s] = await F2104.compute(contextFor(t, '2025-Q3', BAC_NINH));
    const ck = cellsOf(s!, ids['P-CK']!);
    expect(ck['FDI:valid']).toBe('0');
    // D1's realised capital adds the Q3 amount: 10 + 5.
    expect(cellsOf(s!, ids['P-OUT']!)['DDI:realised']).toBe('15');
  });

  it('drills add up to their cells', async () => {
    expect(await drillAll(F2104, contextFor(t, '2025-Q2', BAC_NINH))).toBeGreaterThan(50);
  });
});

describe('Biểu 2106', () => {
  it('workers per park from each valid project’s latest accepted report', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [s] = await F2106.compute(ctx);
    const out = cellsOf(s!, ids['P-OUT']!);
    // F1 Q2 (100/5/60, not its Q1 90/4/50) + D1 (50/0/20); KB lies outside parks; F2's report is a draft.
    expect([out.domestic, out.foreign, out.total, out.female]).toEqual(['150', '5', '155', '80']);
    expect(cellsOf(s!, 'total').total).toBe('155');
    // At the end of 2025-Q1 only F1's Q1 report exists.
    const [q1] = await F2106.compute(contextFor(t, '2025-Q1', BAC_NINH));
    expect(cellsOf(q1!, 'total').domestic).toBe('90');
    expect(await drillAll(F2106, ctx)).toBe(16);
  });
});
