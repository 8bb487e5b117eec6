import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { F2101 } from './f2101';
import { buildDataset, type Ids } from './project-forms.fixture';
import { cellsOf, contextFor, drillAll } from './project-forms.test-support';

let t: TestContext;
let ids: Ids;
beforeAll(async () => {
  t = await createTestContext();
  ids = await buildDataset(t);
});
afterAll(() => t.close());

const LOC = ['outside', 'coastal', 'border_gate', 'specialised', 'total'];

describe('Biểu 2101', () => {
  it('new Bắc Ninh, 2025-Q2: every cell worked out by hand', async () => {
    const ctx = contextFor(t, '2025-Q2', ['34:24', '63:24', '63:27']);
    const sections = await F2101.compute(ctx);
    const [fdi, ddi, summary] = sections;
    const row = (s: typeof fdi, key: string) => LOC.map((c) => cellsOf(s!, key)[c]);
    // FDI (triệu USD). New: F2 in the coastal KKT's park (12.5); KB lies outside parks: not in 2101.
    expect(row(fdi, 'FDI:new:count')).toEqual(['0', '1', '0', '0', '1']);
    expect(row(fdi, 'FDI:new:amount')).toEqual(['0', '12.5', '0', '0', '12.5']);
    // Increase: F1 +5 (outside). Decrease: F5 −1 (outside). Ended: F3 revoked on the last day (8).
    expect(row(fdi, 'FDI:increased:count')).toEqual(['1', '0', '0', '0', '1']);
    expect(row(fdi, 'FDI:increased:amount')).toEqual(['5', '0', '0', '0', '5']);
    expect(row(fdi, 'FDI:decreased:count')).toEqual(['1', '0', '0', '0', '1']);
    expect(row(fdi, 'FDI:decreased:amount')).toEqual(['1', '0', '0', '0', '1']);
    expect(row(fdi, 'FDI:ended:count')).toEqual(['0', '0', '1', '0', '1']);
    expect(row(fdi, 'FDI:ended:amount')).toEqual(['0', '0', '8', '0', '8']);
    // Land: F5 −1 (outside), F2 +3 (coastal), F3 −3 (border).
    expect(row(fdi, 'FDI:land:area')).toEqual(['-1', '3', '-3', '0', '-1']);
    // Reports: F1 only (F2's is a draft). Budget 2.5 bn VND / 25,000 = 0.1 m USD.
    expect(row(fdi, 'FDI:revenue')).toEqual(['1', '0', '0', '0', '1']);
    expect(row(fdi, 'FDI:importUsd')).toEqual(['0.3', '0', '0', '0', '0.3']);
    expect(row(fdi, 'FDI:exportUsd')).toEqual(['0.8', '0', '0', '0', '0.8']);
    expect(row(fdi, 'FDI:budgetVnd')).toEqual(['0.1', '0', '0', '0', '0.1']);
    // DDI (tỷ đồng). New: D2 lies in a KKT outside parks; D3 +10 in the border KKT's park; D1 −30 outside.
    expect(row(ddi, 'DDI:new:count')).toEqual(['0', '0', '0', '0', '0']);
    expect(row(ddi, 'DDI:increased:amount')).toEqual(['0', '0', '10', '0', '10']);
    expect(row(ddi, 'DDI:decreased:count')).toEqual(['1', '0', '0', '0', '1']);
    expect(row(ddi, 'DDI:decreased:amount')).toEqual(['30', '0', '0', '0', '30']);
    expect(row(ddi, 'DDI:ended:count')).toEqual(['0', '0', '0', '0', '0']);
    expect(row(ddi, 'DDI:land:area')).toEqual(['0', '0', '2', '0', '2']);
    // D1: revenue 20 bn; export 0.1 m USD × 25,000 = 2.5 bn; import 0; budget 1 bn.
    expect(row(ddi, 'DDI:revenue')).toEqual(['20', '0', '0', '0', '20']);
    expect(row(ddi, 'DDI:exportUsd')).toEqual(['2.5', '0', '0', '0', '2.5']);
    expect(row(ddi, 'DDI:importUsd')).toEqual(['0', '0', '0', '0', '0']);
    expect(row(ddi, 'DDI:budgetVnd')).toEqual(['1', '0', '0', '0', '1']);
    // Summary in tỷ đồng: revenue 25 + 20; import 7.5 + 0; export 20 + 2.5; budget 2.5 + 1.
    expect(row(summary, 'summary:revenue')).toEqual(['45', '0', '0', '0', '45']);
    expect(row(summary, 'summary:importUsd')).toEqual(['7.5', '0', '0', '0', '7.5']);
    expect(row(summary, 'summary:exportUsd')).toEqual(['22.5', '0', '0', '0', '22.5']);
    expect(row(summary, 'summary:budgetVnd')).toEqual(['3.5', '0', '0', '0', '3.5']);
    expect(fdi!.columns.map((c) => c.label.vi)).toEqual([
      'Chỉ tiêu',
      'KCN nằm ngoài KKT',
      'KCN nằm trong KKT ven biển',
      'KCN nằm trong KKT cửa khẩu',
      'KCN nằm trong KKT chuyên biệt',
      'Tổng cộng',
    ]);
  });

  it('every drill lists exactly the records of its cell', async () => {
    const ctx = contextFor(t, '2025-Q2', ['34:24', '63:24', '63:27']);
    const checked = await drillAll(F2101, ctx);
    expect(checked).toBeGreaterThan(100);
    const ended = await F2101.drill(ctx, 'FDI:ended:amount:border_gate', { page: 1, pageSize: 50 });
    expect(ended.rows.map((r) => r.values.projectCode)).toEqual(['F3']);
    expect(ended.rows[0]!.values.value).toBe('8');
    await expect(F2101.drill(ctx, 'nope', { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the whole country adds Hải Phòng; the quarter after sees F4 revoked the day after Q2', async () => {
    const country = await F2101.compute(contextFor(t, '2025-Q2', null));
    expect(cellsOf(country[0]!, 'FDI:new:amount').total).toBe('19.5');
    const q3 = await F2101.compute(contextFor(t, '2025-Q3', null));
    expect(cellsOf(q3[0]!, 'FDI:ended:count').border_gate).toBe('1');
    expect(cellsOf(q3[0]!, 'FDI:ended:amount').border_gate).toBe('3');
    expect(ids.F4).toBeTruthy();
  });
});
