import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import type { FormSection } from '../contract';
import { FORM_2102 } from './f2102';
import { FORM_2103 } from './f2103';
import { FORM_2105 } from './f2105';
import { FORM_2107 } from './f2107';
import { buildPlaces, type Ids } from './place-forms.fixture';
import { contextFor, drillAll } from './project-forms.test-support';

/** Biểu 2102, 2103, 2105, 2107 on the hand-built registry of place-forms.fixture.ts (read it first). */
let t: TestContext;
let ids: Ids;
beforeAll(async () => {
  t = await createTestContext();
  ids = await buildPlaces(t);
}, 120_000);
afterAll(() => t.close());

const BAC_NINH = ['34:24', '63:24', '63:27'];
/** Rows as { park code: cells }, the total row under 'total'. */
function table(section: FormSection | undefined): Record<string, Record<string, string | null>> {
  const codeOf = Object.fromEntries(Object.entries(ids).map(([code, id]) => [id, code]));
  const out: Record<string, Record<string, string | null>> = {};
  for (const r of [...(section?.rows ?? []), ...(section?.total ? [section.total] : [])]) {
    const key = r.key.startsWith('total') ? 'total' : (codeOf[r.key.replace(/^park-/, '').split('-seq')[0]!] ?? r.key);
    out[key] = Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]));
  }
  return out;
}

const place = (name: string, location: string, commune: string, province: string) => ({
  c1: `KCN ${name}`,
  c2: location,
  c3: `Xã ${commune}, Tỉnh ${province}`,
});

describe('Biểu 2102 (in the period)', () => {
  it('Q4 2024: the increase and the revocation in the period, not the ones a day outside', async () => {
    const [I, II, III, IV] = await FORM_2102.compute(contextFor(t, '2024-Q4', BAC_NINH));
    // P7 was established on 30/09 (the day before Q4): section I is empty.
    expect(I!.rows).toEqual([]);
    const rowOf = (s: FormSection) =>
      s.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value])));
    expect(rowOf(II!)).toEqual([
      {
        ...place('P1', 'KCN nằm ngoài KKT', 'P1', 'Bắc Ninh'),
        c4: 'Công ty Hạ tầng A',
        c5: 'Việt Nam',
        c12: 'GCN-I1',
        c13: '500',
        c14: 'QĐ-TANG-P1',
        c15: '650',
      },
    ]);
    // P2 has no developer: its infrastructure investor is named instead; the decrease is on the last day.
    expect(rowOf(III!)).toEqual([
      {
        ...place('P2', 'KCN nằm trong KKT ven biển', 'P2', 'Bắc Ninh'),
        c4: 'Samsung Display',
        c5: 'Hàn Quốc',
        c12: 'GCN-I2',
        c13: '250',
        c14: 'QĐ-GIAM-P2',
        c15: '200',
      },
    ]);
    // P6 revoked in Q4 (no infrastructure project: the decision that set its area); P8 on 30/09 is outside.
    expect(rowOf(IV!)).toEqual([
      {
        ...place('P6', 'KCN nằm ngoài KKT', 'P6', 'Bắc Ninh'),
        c4: null,
        c5: null,
        c12: 'QĐ-P6',
        c13: '120',
        c14: 'QĐ-TH-P6',
        c15: '0',
      },
    ]);
  });

  it('the year 2024 adds P7’s establishment by an investment policy and P8’s revocation', async () => {
    const [I, , , IV] = await FORM_2102.compute(contextFor(t, '2024', BAC_NINH));
    const [p7] = I!.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value])));
    expect(p7).toEqual({
      ...place('P7', 'KCN nằm ngoài KKT', 'P7', 'Bắc Ninh'),
      c4: null,
      c5: null,
      c6: 'QĐ-P7',
      c7: null,
      c8: '100',
      c9: null,
      c10: '50',
      c11_1: null,
      c11_2: null,
    });
    expect(IV!.rows.map((r) => r.cells.c1!.value)).toEqual(['KCN P6', 'KCN P8']);
    expect(IV!.rows.map((r) => r.cells.c3!.value)).toEqual(['Xã P6, Tỉnh Bắc Ninh', 'Xã P8, Tỉnh Bắc Giang']);
  });
});

describe('Biểu 2103 (at the end of the period)', () => {
  it('Q4 2024: every cell, with Σ12/Σ11 and the average completion in the total row', async () => {
    const [main] = await FORM_2103.compute(contextFor(t, '2024-Q4', BAC_NINH));
    const rows = table(main);
    // Parks established, under construction or operating on 31/12: P1, P2, P3, P7 (P6, P8 revoked; P4, P5 only planned).
    expect(Object.keys(rows)).toEqual(['P1', 'P2', 'P3', 'P7', 'total']);
    expect(rows.P1).toEqual({
      c1: 'KCN P1',
      c2: 'KCN nằm ngoài KKT',
      c3: 'Dự án I1',
      c4: null,
      c5: 'GCN-I1',
      c6: 'Xã P1, Tỉnh Bắc Ninh',
      c7: 'Công ty Hạ tầng A',
      c8: 'Việt Nam',
      c9_1: '0',
      c9_2: '500',
      c10: '650',
      c11: '350',
      c12: '200',
      c13: '57.14',
      c14: '95',
      c15: 'Đã đi vào hoạt động',
      c16: '400',
      c17_1: '0',
      c17_2: '100',
    });
    expect(rows.P2).toMatchObject({ c5: 'GCN-I2', c7: 'Samsung Display', c8: 'Hàn Quốc', c9_1: '30', c9_2: '0' });
    expect(rows.P2).toMatchObject({ c10: '200', c11: '180', c12: '45', c13: '25', c14: '40', c15: 'Chưa hoạt động' });
    expect(rows.P2).toMatchObject({ c16: null, c17_1: '5', c17_2: '0' });
    // P3 has no infrastructure project: its capital cells stay empty; the 2025 increase is not yet in force.
    expect(rows.P3).toMatchObject({
      c2: 'KCN nằm trong KKT cửa khẩu',
      c6: 'Xã P3, Tỉnh Bắc Giang',
      c9_1: null,
      c9_2: null,
    });
    expect(rows.P3).toMatchObject({
      c10: '300',
      c11: '200',
      c12: '150',
      c13: '75',
      c14: null,
      c15: 'Đã đi vào hoạt động',
    });
    expect(rows.P7).toMatchObject({ c4: 'QĐ-P7', c10: '100', c11: null, c13: null, c15: 'Chưa hoạt động' });
    // Σ12 / Σ11 = 395 / 730 = 54.11 %, not the average of the rows' rates; completion (95 + 40) / 2.
    expect(rows.total).toEqual({
      c1: '4',
      c9_1: '30',
      c9_2: '500',
      c10: '1250',
      c11: '730',
      c12: '395',
      c13: '54.11',
      c14: '67.5',
      c16: '400',
      c17_1: '5',
      c17_2: '100',
    });
  });

  it('Q3 2024: before the increase, the decrease and the new completion; P6 and P8 still in force', async () => {
    const rows = table((await FORM_2103.compute(contextFor(t, '2024-Q3', BAC_NINH)))[0]);
    // P8 was revoked on 30/09, the quarter's last day: out. P7 established that day: in.
    expect(Object.keys(rows)).toEqual(['P1', 'P2', 'P3', 'P6', 'P7', 'total']);
    expect(rows.P1).toMatchObject({ c10: '500', c14: '80' });
    expect(rows.P2).toMatchObject({ c10: '250' });
    expect(rows.total).toMatchObject({ c1: '5', c10: '1270', c14: '60' });
  });

  it('the 2025 merger: a 2024 form of the new Bắc Ninh is the old Bắc Ninh plus the old Bắc Giang', async () => {
    const total = async (units: string[]) => table((await FORM_2103.compute(contextFor(t, '2024', units)))[0]).total!;
    const [all, bn, bg] = [await total(BAC_NINH), await total(['63:27']), await total(['63:24'])];
    expect(bn).toMatchObject({ c1: '3', c10: '950', c11: '530', c12: '245' });
    expect(bg).toMatchObject({ c1: '1', c10: '300', c11: '200', c12: '150', c13: '75' });
    expect(all).toMatchObject({ c1: '4', c10: '1250', c11: '730', c12: '395' });
    // The country adds Hải Phòng's P9.
    const country = table((await FORM_2103.compute(contextFor(t, '2024', null)))[0]).total!;
    expect(country).toMatchObject({ c1: '5', c10: '1450' });
  });

  it('every drill lists exactly the parks behind its cell', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    expect(await drillAll(FORM_2103, ctx)).toBeGreaterThan(40);
    const leased = await FORM_2103.drill(ctx, 'c12|total', { page: 1, pageSize: 50 });
    expect(leased.recordKind).toBe('park');
    expect(leased.rows.map((r) => [r.values.code, r.values.value])).toEqual([
      ['P1', '200'],
      ['P2', '45'],
      ['P3', '150'],
      ['P7', null],
    ]);
    await expect(FORM_2103.drill(ctx, 'c13|total', { page: 1, pageSize: 10 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('Biểu 2105 (wastewater plants at the end of the period)', () => {
  it('Q4 2024: P3’s operating plant; P1 operates without a plant yet (its plant starts in 2025)', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const [main] = await FORM_2105.compute(ctx);
    const rows = table(main);
    expect(rows.P1).toEqual({ c1: 'KCN P1', c2: 'KCN nằm ngoài KKT', c4: 'Chưa xây dựng', c9: 'Công ty Hạ tầng A' });
    const plant = main!.rows.find((r) => r.cells.c3?.value === 'Nhà máy XLNT P3')!;
    expect(Object.fromEntries(Object.entries(plant.cells).map(([k, c]) => [k, c.value]))).toEqual({
      c1: 'KCN P3',
      c2: 'KCN nằm trong KKT cửa khẩu',
      c3: 'Nhà máy XLNT P3',
      c4: 'Đang hoạt động',
      c5: '5000',
      c6: '3000',
      c7_1: null,
      c7_2: '120',
      c8: '01/01/2018',
      c9: null,
    });
    expect(rows.total).toEqual({ c3: '1', c5: '5000', c6: '3000', c7_1: null, c7_2: '120' });
    expect(await drillAll(FORM_2105, ctx)).toBeGreaterThan(5);
  });

  it('2025: P1’s plant under construction counts its design capacity and its USD investment', async () => {
    const [main] = await FORM_2105.compute(contextFor(t, '2025', BAC_NINH));
    expect(table(main).total).toEqual({ c3: '2', c5: '9000', c6: '3000', c7_1: '2', c7_2: '120' });
  });
});

describe('Biểu 2107 (parks in the valid plan at the end of the period)', () => {
  it('Q4 2024: Group I approved, Group II in the plan only, and the overview', async () => {
    const ctx = contextFor(t, '2024-Q4', BAC_NINH);
    const [I, II, overview] = await FORM_2107.compute(ctx);
    const rows = table(I);
    expect(Object.keys(rows)).toEqual(['P1', 'P2', 'P3', 'P7', 'total']);
    // P1's established area (650) has outgrown its planned area (600): nothing remains, never negative.
    expect(rows.P1).toEqual({
      a: 'KCN P1',
      b: 'KCN nằm ngoài KKT',
      c: 'Xã P1, Tỉnh Bắc Ninh',
      d: '600',
      e: 'QH-01',
      f: '650',
      g: '0',
    });
    expect(rows.P2).toEqual({
      a: 'KCN P2',
      b: 'KCN nằm trong KKT ven biển',
      c: 'Xã P2, Tỉnh Bắc Ninh',
      d: '300',
      e: 'QH-02',
      f: '200',
      g: '100',
    });
    expect(rows.P3).toMatchObject({ d: null, e: null, f: '300', g: null });
    expect(rows.total).toEqual({ a: '4', d: '900', f: '1250', g: '100' });
    // P5 is only in an unapproved plan: not listed.
    expect(table(II)).toEqual({
      P4: {
        a: 'KCN P4',
        b: 'KCN nằm trong KKT chuyên biệt',
        c: 'Xã P4, Tỉnh Bắc Ninh',
        d: '400',
        e: 'QH-04',
        f: '0',
        g: '400',
      },
      total: { a: '1', d: '400', f: '0', g: '400' },
    });
    expect(overview!.rows[0]!.cells).toMatchObject({
      count: { value: '5' },
      planned: { value: '1300' },
      approved: { value: '1250' },
      remaining: { value: '500' },
    });
    expect(await drillAll(FORM_2107, ctx)).toBeGreaterThan(20);
  });
});
