import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { add, formatDecimal, parseDecimal } from '../../../kernel/decimal';
import type { FormSection } from '../contract';
import type { FormDefinition } from './definition';
import { F2101 } from './f2101';
import { F2104 } from './f2104';
import { F2106 } from './f2106';
import { F2109 } from './f2109';
import { F2113 } from './f2113';
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
const pair = (s: FormSection, key: string) => {
  const c = cellsOf(s, key);
  return [c.in_parks, c.outside];
};

describe('Biểu 2109', () => {
  it('the two KKTs of new Bắc Ninh in 2025-Q2: in their parks and outside, by hand', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [aFdi, aDdi, bFdi, bDdi, c, d] = await F2109.compute(ctx);
    // A-FDI: F2 new in P-VB (12.5), KB new outside parks (2); F3 revoked in P-CK (8).
    expect(pair(aFdi!, 'A:FDI:new:count')).toEqual(['1', '1']);
    expect(pair(aFdi!, 'A:FDI:new:amount')).toEqual(['12.5', '2']);
    expect(pair(aFdi!, 'A:FDI:increased:count')).toEqual(['0', '0']);
    expect(pair(aFdi!, 'A:FDI:ended:amount')).toEqual(['8', '0']);
    // Land: F2 +3 and F3 −3 in the parks, KB +5 outside.
    expect(pair(aFdi!, 'A:FDI:land:area')).toEqual(['0', '5']);
    // At the end: F2 and F4 in parks (12.5 + 3, land 3 + 3), KB outside (2, 5 ha).
    expect(pair(aFdi!, 'A:FDI:valid')).toEqual(['2', '1']);
    expect(pair(aFdi!, 'A:FDI:capital')).toEqual(['15.5', '2']);
    expect(pair(aFdi!, 'A:FDI:realised')).toEqual(['0', '0']);
    expect(pair(aFdi!, 'A:FDI:leased')).toEqual(['6', '5']);
    // F2 and F4 (operating) belong to the same enterprise: one operating enterprise in the parks.
    expect(pair(aFdi!, 'A:FDI:enterprises')).toEqual(['1', '1']);
    expect(pair(aFdi!, 'A:FDI:workers')).toEqual(['0', '11']);
    // A-DDI: D2 new and terminated outside parks (50), D3 +10 and +2 ha in P-CK.
    expect(pair(aDdi!, 'A:DDI:new:amount')).toEqual(['0', '50']);
    expect(pair(aDdi!, 'A:DDI:increased:amount')).toEqual(['10', '0']);
    expect(pair(aDdi!, 'A:DDI:ended:count')).toEqual(['0', '1']);
    expect(pair(aDdi!, 'A:DDI:land:area')).toEqual(['2', '0']);
    expect(pair(aDdi!, 'A:DDI:valid')).toEqual(['1', '0']);
    expect(pair(aDdi!, 'A:DDI:capital')).toEqual(['50', '0']);
    expect(pair(aDdi!, 'A:DDI:leased')).toEqual(['5', '0']);
    expect(pair(aDdi!, 'A:DDI:enterprises')).toEqual(['0', '0']);
    // No infrastructure project lies in the KKTs.
    expect(pair(bFdi!, 'B:FDI:valid')).toEqual(['0', '0']);
    expect(pair(bDdi!, 'B:DDI:capital')).toEqual(['0', '0']);
    expect(bFdi!.rows.some((r) => r.key.endsWith(':enterprises'))).toBe(false);
    // C: KB's Q2 report (0.2 m USD revenue, 0.05 import, 0 export, 0.5 bn budget).
    expect(pair(c!, 'C:revenue')).toEqual(['0', '0.2']);
    expect(pair(c!, 'C:import')).toEqual(['0', '0.05']);
    expect(pair(c!, 'C:export')).toEqual(['0', '0']);
    expect(pair(c!, 'C:budget')).toEqual(['0', '0.5']);
    expect([pair(d!, 'D:total'), pair(d!, 'D:domestic'), pair(d!, 'D:foreign')]).toEqual([
      ['0', '11'],
      ['0', '10'],
      ['0', '1'],
    ]);
    expect(await drillAll(F2109, ctx)).toBeGreaterThan(100);
  });
});

describe('Biểu 2113', () => {
  it('one row per valid project in a KKT outside its parks', async () => {
    const ctx = contextFor(t, '2025-Q2', BAC_NINH);
    const [s] = await F2113.compute(ctx);
    // D2 was terminated in the quarter; KB remains.
    expect(s!.rows.map((r) => r.key)).toEqual([ids.KB]);
    const kb = cellsOf(s!, ids.KB!);
    expect([
      kb.status,
      kb.area,
      kb['FDI:capital'],
      kb['FDI:realised'],
      kb['FDI:revenue'],
      kb['FDI:export'],
      kb['FDI:import'],
      kb['FDI:budget'],
    ]).toEqual(['Đã đi vào hoạt động', '5', '2', '0', '0.2', '0', '0.05', '0.5']);
    expect([kb['DDI:capital'], kb['workers:domestic'], kb['workers:foreign']]).toEqual(['0', '10', '1']);
    expect(cellsOf(s!, 'total')['FDI:capital']).toBe('2');
    expect(await drillAll(F2113, ctx)).toBe(30);
  });
});

/** Every numeric cell of two forms added up, cell by cell (text cells must agree). */
function addForms(a: FormSection[], b: FormSection[]): FormSection[] {
  return a.map((s, i) => {
    const other = b[i]!;
    const sumRow = (r: FormSection['rows'][number], o: FormSection['rows'][number] | undefined) => ({
      ...r,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([k, c]) => {
          const v = o?.cells[k]?.value ?? null;
          if (!c.drill) return [k, { value: c.value }];
          return [
            k,
            { value: formatDecimal(add(parseDecimal(c.value ?? '0'), parseDecimal(v ?? '0'))), drill: c.drill },
          ];
        }),
      ),
    });
    return {
      ...s,
      rows: s.rows.map((r) =>
        sumRow(
          r,
          other.rows.find((x) => x.key === r.key),
        ),
      ),
      total: s.total && sumRow(s.total, other.total ?? undefined),
    };
  });
}
const numbersOf = (sections: FormSection[], totalsOnly: boolean) =>
  sections.flatMap((s) =>
    (totalsOnly ? (s.total ? [s.total] : []) : s.rows).flatMap((r) =>
      Object.entries(r.cells)
        .filter(([, c]) => c.drill !== undefined)
        .map(([k, c]) => `${r.key}|${k}=${c.value === null ? null : formatDecimal(parseDecimal(c.value))}`),
    ),
  );

describe('the 2025 merger', () => {
  const FORMS: Array<[FormDefinition, boolean]> = [
    [F2101, false],
    [F2109, false],
    [F2104, true],
    [F2106, true],
    [F2113, true],
    [F2114, true],
    [F2115, true],
  ];
  it.each(FORMS.map(([f, totals]) => [f.code, f, totals] as const))(
    'a 2024 %s of the new Bắc Ninh is the old Bắc Ninh’s plus the old Bắc Giang’s',
    async (_code, form, totalsOnly) => {
      const merged = await form.compute(contextFor(t, '2024', BAC_NINH));
      const bacNinh = await form.compute(contextFor(t, '2024', ['63:27']));
      const bacGiang = await form.compute(contextFor(t, '2024', ['63:24']));
      const summed = totalsOnly
        ? merged.map((s, i) => ({ ...s, total: addForms([bacNinh[i]!], [bacGiang[i]!])[0]!.total }))
        : addForms(bacNinh, bacGiang);
      expect(numbersOf(merged, totalsOnly)).toEqual(numbersOf(summed, totalsOnly));
    },
  );

  it('worked by hand for 2101: F5 (old Bắc Ninh) and F3, F4 (old Bắc Giang) issued in 2024', async () => {
    const total = (units: string[]) =>
      F2101.compute(contextFor(t, '2024', units)).then((s) => cellsOf(s[0]!, 'FDI:new:amount').total);
    expect(await Promise.all([total(BAC_NINH), total(['63:27']), total(['63:24'])])).toEqual(['15', '4', '11']);
    const [ended] = await F2116.compute(contextFor(t, '2024', BAC_NINH));
    expect(ended!.rows).toEqual([]);
  });
});
