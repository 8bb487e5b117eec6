import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import type { FormSection } from '../contract';
import { FORM_2108 } from './f2108';
import { FORM_2110 } from './f2110';
import { FORM_2111 } from './f2111';
import { FORM_2112 } from './f2112';
import { buildPlaces, type Ids } from './place-forms.fixture';
import { contextFor, drillAll } from './project-forms.test-support';

/** Biểu 2108, 2110, 2111, 2112 on the hand-built registry of place-forms.fixture.ts (read it first). */
let t: TestContext;
let ids: Ids;
beforeAll(async () => {
  t = await createTestContext();
  ids = await buildPlaces(t);
}, 120_000);
afterAll(() => t.close());

const BAC_NINH = ['34:24', '63:24', '63:27'];
function table(section: FormSection | undefined): Record<string, Record<string, string | null>> {
  const codeOf = Object.fromEntries(Object.entries(ids).map(([code, id]) => [id, code]));
  const out: Record<string, Record<string, string | null>> = {};
  for (const r of [...(section?.rows ?? []), ...(section?.total ? [section.total] : [])]) {
    out[r.key.startsWith('total') ? 'total' : (codeOf[r.key] ?? r.key)] = Object.fromEntries(
      Object.entries(r.cells).map(([k, c]) => [k, c.value]),
    );
  }
  return out;
}

describe('Biểu 2108 (KKTs and their area by function at the end)', () => {
  it('Q4 2024: the general-plan areas in force (the 2025 change is not), the sum by function and the totals', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const rows = table((await FORM_2108.compute(ctx))[0]);
    // KHP lies in Hải Phòng: not in Bắc Ninh's form.
    expect(Object.keys(rows)).toEqual(['KCB', 'KCK', 'KVB', 'total']);
    // Σ by function 1,150 ≠ 1,200 in col. 5: both shown as recorded.
    expect(rows.KVB).toEqual({
      c3: 'KKT KVB',
      c4: 'Khu kinh tế ven biển',
      c5: '1200',
      c6: '100',
      c7: '400',
      c8: '150',
      c9: '300',
      c10: '50',
      c11: '150',
      sum: '1150',
    });
    expect(rows.KCK).toEqual({
      c3: 'KKT KCK',
      c4: 'Khu kinh tế cửa khẩu',
      c5: '500',
      c6: null,
      c7: '200',
      c8: null,
      c9: null,
      c10: null,
      c11: null,
      sum: '200',
    });
    expect(rows.KCB).toMatchObject({ c4: 'Khu kinh tế chuyên biệt', c5: null, sum: null });
    expect(rows.total).toEqual({
      c3: '3',
      c5: '1700',
      c6: '100',
      c7: '600',
      c8: '150',
      c9: '300',
      c10: '50',
      c11: '150',
      sum: '1350',
    });
    expect(await drillAll(FORM_2108, ctx)).toBeGreaterThan(20);
    const epz = await FORM_2108.drill(ctx, 'c7|total', { page: 1, pageSize: 10 });
    expect(epz.rows.map((r) => [r.values.code, r.values.value])).toEqual([
      ['KCB', null],
      ['KCK', '200'],
      ['KVB', '400'],
    ]);
    expect(epz.cellValue).toBe('600');
  });

  it('2025: KVB’s export-processing area is 500 from 01/03/2025', async () => {
    const rows = table((await FORM_2108.compute(contextFor(t, '2025', ['34:24', '63:24', '63:27'])))[0]);
    expect(rows.KVB).toMatchObject({ c7: '500', sum: '1250' });
  });
});

describe('Biểu 2110 (planning and land use of KKTs)', () => {
  it('Q4 2024: every measure of every function, the latest plan decision and the totals', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const rows = table((await FORM_2110.compute(ctx))[0]);
    const empty = Object.fromEntries(
      [
        'c7',
        'c8',
        'c9',
        'c11',
        'c12',
        'c13',
        'c14',
        'c15',
        'c16',
        'c17',
        'c18',
        'c19',
        'c20',
        'c21',
        'c22',
        'c23',
        'c24',
        'c25',
      ].map((k) => [k, null]),
    );
    expect(rows.KVB).toEqual({
      ...empty,
      c3: 'KKT KVB',
      c4: 'Khu kinh tế ven biển',
      c5: 'QĐ-QHC-KVB ngày 01/04/2020',
      c6: '1000',
      c7: '100',
      c9: '60',
      c11: '400',
      c12: '350',
      c13: '200',
      c14: '120',
      c15: '150',
      c18: '300',
      c21: '50',
      c24: '150',
      c25: '80',
    });
    expect(rows.KCK).toEqual({
      ...empty,
      c3: 'KKT KCK',
      c4: 'Khu kinh tế cửa khẩu',
      c5: null,
      c6: '500',
      c11: '200',
      c13: '50',
      c14: '30',
    });
    expect(rows.total).toEqual({
      ...empty,
      c3: '3',
      c6: '1500',
      c7: '100',
      c9: '60',
      c11: '600',
      c12: '350',
      c13: '250',
      c14: '150',
      c15: '150',
      c18: '300',
      c21: '50',
      c24: '150',
      c25: '80',
    });
    expect(await drillAll(FORM_2110, ctx)).toBeGreaterThan(60);
  });

  it('before the KVB plan decision (2019) column 5 stays empty', async () => {
    const rows = table((await FORM_2110.compute(contextFor(t, '2019', BAC_NINH)))[0]);
    expect(rows.KVB!.c5).toBeNull();
    // KCB was decided in 2022: not yet in a 2019 form.
    expect(Object.keys(rows)).toEqual(['KCK', 'KVB', 'total']);
  });
});

describe('Biểu 2111 (infrastructure projects in KKTs outside parks)', () => {
  it('Q4 2024: K1 (DDI, operating) and K2 (FDI); park infrastructure (I1, I2) is in 2103', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const rows = table((await FORM_2111.compute(ctx))[0]);
    expect(Object.keys(rows)).toEqual(['K1', 'K2', 'total']);
    // K1's revenue: 10 bn VND ÷ 25,000 = 0.4 m USD; budget 1 bn VND.
    expect(rows.K1).toEqual({
      c1: '1',
      c2: 'KKT KVB',
      c3: 'Khu kinh tế ven biển',
      c4: 'Dự án K1',
      c5: null,
      c6: 'GCN-K1',
      c7: 'Công ty CP Đông Á',
      c8: 'Việt Nam',
      c9: 'Đã đi vào hoạt động',
      c10: '50',
      c11: '50',
      c12: '50',
      c13: '0',
      c14: '0',
      c15: '200',
      c16: '60',
      c17: '0.4',
      c18: null,
      c19: null,
      c20: '1',
    });
    expect(rows.K2).toMatchObject({ c2: 'KKT KCK', c7: 'Samsung Display', c8: 'Hàn Quốc', c9: 'Đang xây dựng' });
    expect(rows.K2).toMatchObject({ c10: '80', c12: '0', c13: '15', c14: '0', c15: '0', c17: null });
    expect(rows.total).toEqual({
      c10: '130',
      c11: '130',
      c12: '50',
      c13: '15',
      c14: '0',
      c15: '200',
      c16: '60',
      c17: '0.4',
      c18: null,
      c19: null,
      c20: '1',
    });
    expect(await drillAll(FORM_2111, ctx)).toBeGreaterThan(30);
    const revenue = await FORM_2111.drill(ctx, 'c17|total', { page: 1, pageSize: 10 });
    expect(revenue.recordKind).toBe('report');
    expect(revenue.rows.map((r) => [r.values.period, r.values.value])).toEqual([['2024-Q4', '0.4']]);
  });
});

describe('Biểu 2112 (special zones)', () => {
  it('Q4 2024: SZ1 operating, SZ2 under construction; valid projects, accepted reports only', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const [I, II, grand] = await FORM_2112.compute(ctx);
    const nothing = Object.fromEntries(
      ['c25', 'c26', 'c12', 'c13', 'c14', 'c15', 'c20', 'c21', 'c22', 'c23', 'c27', 'c28'].map((k) => [k, null]),
    );
    // S4 was revoked on 15/12: not counted; S1 FDI, S2 DDI.
    expect(table(I).SZ1).toEqual({
      c1: '1',
      c2: 'Khu SZ1',
      c3: 'QĐ-SZ1',
      c4: 'QH-SZ1',
      c24: 'Đang hoạt động',
      c25: '2000',
      c26: '1500',
      c5: '100',
      c6: '70',
      c7: '40',
      c8: '1',
      c9: '10',
      c10: '1',
      c11: '4',
      c12: '2',
      c13: '1.5',
      c14: '0.5',
      c15: '3',
      c16: '1',
      c17: '80',
      c18: '0',
      c19: '0',
      c20: '5',
      c21: '0',
      c22: '0.1',
      c23: '0.5',
      c27: '230',
      c28: '10',
    });
    // S3's report is pending: nothing from it.
    expect(table(II).SZ2).toEqual({
      ...nothing,
      c1: '1',
      c2: 'Khu SZ2',
      c3: 'QĐ-SZ2',
      c4: 'QH-SZ2',
      c24: 'Chưa xây dựng',
      c5: '50',
      c6: '30',
      c7: null,
      c8: '1',
      c9: '6',
      c10: '0',
      c11: '0',
      c16: '0',
      c17: null,
      c18: '0',
      c19: null,
    });
    expect(table(grand).total).toMatchObject({
      c5: '150',
      c6: '100',
      c7: '40',
      c8: '2',
      c9: '16',
      c10: '1',
      c27: '230',
    });
    expect(await drillAll(FORM_2112, ctx)).toBeGreaterThan(60);
    const valid = await FORM_2112.drill(ctx, 'c8|total', { page: 1, pageSize: 10 });
    expect(valid.rows.map((r) => r.values.code).sort()).toEqual(['S1', 'S3']);
    const workers = await FORM_2112.drill(ctx, `c27|${ids.SZ1}`, { page: 1, pageSize: 10 });
    expect(workers.rows.map((r) => [r.values.name, r.values.value])).toEqual([
      ['Dự án S1', '200'],
      ['Dự án S2', '30'],
    ]);
  });

  it('Q3 2024: S4 still valid; no report of the period yet; SZ1 only under construction before 2015', async () => {
    const [I] = await FORM_2112.compute(contextFor(t, '2024-Q3', BAC_NINH));
    expect(table(I).SZ1).toMatchObject({ c8: '2', c9: '13', c12: null, c27: null });
    // In 2015 the plant was still being built: its design capacity counts, no operating capacity.
    const [I15] = await FORM_2112.compute(contextFor(t, '2015', BAC_NINH));
    expect(table(I15).SZ1).toMatchObject({ c24: 'Đang xây dựng', c25: '2000', c26: null });
    const [, II14] = await FORM_2112.compute(contextFor(t, '2014', BAC_NINH));
    expect(Object.keys(table(II14))).toEqual(['SZ1', 'total']);
  });
});
