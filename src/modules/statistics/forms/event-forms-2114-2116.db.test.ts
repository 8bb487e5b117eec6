import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { F2114 } from './f2114';
import { F2115 } from './f2115';
import { F2116 } from './f2116';
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
const pick = (cells: Record<string, string | null>, keys: string[]) => keys.map((k) => cells[k]);
const ADJ = ['capitalUp', 'capitalDown', 'landUp', 'landDown'];

describe('Biểu 2115', () => {
  it('one row per adjusted project, FDI in triệu USD and DDI in tỷ đồng, by hand', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [fdi, ddi] = await F2115.compute(ctx);
    expect(fdi!.rows.map((r) => r.cells.name!.value)).toEqual(['Dự án F1', 'Dự án F5']);
    const f1 = cellsOf(fdi!, `FDI:${ids.F1}`);
    expect(pick(f1, ['document', 'issuedOn', 'investors', 'charterUp'])).toEqual([
      'GCN-F1',
      '2025-01-15',
      'Samsung Display',
      null,
    ]);
    expect(pick(f1, ADJ)).toEqual(['5', '0', '0', '0']);
    const f5 = cellsOf(fdi!, `FDI:${ids.F5}`);
    expect(f5.investors).toBe('Canon Inc, Samsung Display');
    expect(pick(f5, ADJ)).toEqual(['0', '1', '0', '1']);
    expect(pick(cellsOf(fdi!, 'total'), ADJ)).toEqual(['5', '1', '0', '1']);
    expect(ddi!.rows.map((r) => r.cells.name!.value)).toEqual(['Dự án D1', 'Dự án D3']);
    expect(pick(cellsOf(ddi!, `DDI:${ids.D3}`), ADJ)).toEqual(['10', '0', '2', '0']);
    expect(pick(cellsOf(ddi!, 'total'), ADJ)).toEqual(['10', '30', '2', '0']);
    expect(ddi!.columns.find((c) => c.key === 'capitalUp')!.unit).toBe('tỷ đồng');
    expect(await drillAll(F2115, ctx)).toBe(24);
  });
});

describe('Biểu 2116', () => {
  it('one row per revocation or termination in the period, with its document', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [infra, production] = await F2116.compute(ctx);
    expect(infra!.rows).toEqual([]);
    const rows = production!.rows.map((r) =>
      pick(Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value])), [
        'stt',
        'name',
        'place',
        'document',
        'investors',
        'nationality',
        'foreign',
        'domestic',
        'revocation',
      ]),
    );
    expect(rows).toEqual([
      ['1', 'Dự án D2', 'KKT KKT-VB', 'GCN-D2', 'Công ty CP Đông Á', 'Việt Nam', '0', '50', '20/TB-BQL'],
      ['2', 'Dự án F3', 'KCN P-CK', 'GCN-F3', 'Canon Inc', 'Nhật Bản', '8', '0', '30/QĐ-BQL'],
    ]);
    expect(await drillAll(F2116, ctx)).toBe(4);
    // F4, revoked the day after the quarter, is in 2025-Q3's form only.
    const [, q3] = await F2116.compute(contextFor(t, '2025-Q3', BAC_NINH));
    expect(q3!.rows.map((r) => r.cells.name!.value)).toEqual(['Dự án F4']);
  });
});

describe('Biểu 2114', () => {
  it('FDI by partner: the four cases, in-period events and the 3-way cumulative split, by hand', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [s] = await F2114.compute(ctx);
    expect(s!.rows.map((r) => r.cells.partner!.value)).toEqual([
      'Hàn Quốc',
      'Liên doanh Việt Nam - Hàn Quốc',
      'Liên doanh khác (không có Việt Nam)',
      'Nhật Bản',
    ]);
    const row = (i: number) => Object.fromEntries(Object.entries(s!.rows[i]!.cells).map(([k, c]) => [k, c.value]));
    const flows = ['new', 'increased', 'decreased', 'ended'];
    const inPeriod = [...flows.map((l) => `count:${l}`), ...flows.map((l) => `capital:${l}`)];
    const splits = ['parks', 'coastal', 'border_gate'];
    const stock = [
      ...splits.map((x) => `valid:${x}`),
      ...splits.map((x) => `capital:${x}`),
      ...splits.map((x) => `realised:${x}`),
    ];
    // Korea: KB new (2, border-gate KKT area), F1 +5; valid F1 (park, 25, realised 3) and KB (2).
    expect(pick(row(0), inPeriod)).toEqual(['1', '1', '0', '0', '2', '5', '0', '0']);
    expect(pick(row(0), stock)).toEqual(['1', '0', '1', '25', '0', '2', '3', '0', '0']);
    // Viet Nam – Korea: F2 new 12.5 in the coastal KKT's park.
    expect(pick(row(1), inPeriod)).toEqual(['1', '0', '0', '0', '12.5', '0', '0', '0']);
    expect(pick(row(1), stock)).toEqual(['1', '0', '0', '12.5', '0', '0', '0', '0', '0']);
    // Korea + Japan without Viet Nam: F5 −1.
    expect(pick(row(2), inPeriod)).toEqual(['0', '0', '1', '0', '0', '0', '1', '0']);
    expect(pick(row(2), stock)).toEqual(['1', '0', '0', '3', '0', '0', '0', '0', '0']);
    // Japan: F3 revoked on the last day (8); F4 (revoked the next day) still valid with 3.
    expect(pick(row(3), inPeriod)).toEqual(['0', '0', '0', '1', '0', '0', '0', '8']);
    expect(pick(row(3), stock)).toEqual(['1', '0', '0', '3', '0', '0', '0', '0', '0']);
    const total = cellsOf(s!, 'total');
    expect(pick(total, inPeriod)).toEqual(['2', '1', '1', '1', '14.5', '5', '1', '8']);
    expect(pick(total, stock)).toEqual(['4', '0', '1', '43.5', '0', '2', '3', '0', '0']);
    expect(await drillAll(F2114, ctx)).toBe(5 * 17);
  });

  it('agrees with 2115 and 2116 on the adjustments and revocations of the period', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [s] = await F2114.compute(ctx);
    const [fdi] = await F2115.compute(ctx);
    const total = cellsOf(s!, 'total');
    const t1 = cellsOf(fdi!, 'total');
    expect([total['capital:increased'], total['capital:decreased']]).toEqual([t1.capitalUp, t1.capitalDown]);
  });
});
