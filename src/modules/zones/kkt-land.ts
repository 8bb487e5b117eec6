/**
 * Land use of an economic zone (KKT) by functional area, for Biểu 2108 (area by function under the
 * general plan) and Biểu 2110 (general plan, zoning/detailed plan, built and leased per function).
 * A KKT is organised into functional areas set by its general construction plan (Decree 35/2022);
 * the categories are those of the forms (2108 cites Art. 203 of the 2024 Land Law) [S].
 */
import { add, compare, formatDecimal, ZERO } from '../../kernel/decimal';
import { type CommonIssueCode, checkQuantity, type Decision, issue, readDecimal, type ZoneIssue } from './checks';
import { KKT_TYPES, type KktType } from './location-class';
import { type LandSeries, landAsOf } from './park-land';

export const KKT_FUNCTIONAL_AREAS = [
  'non_tariff_bonded',
  'export_processing_industrial',
  'tourism',
  'urban_residential',
  'administrative_other',
  'other',
  'unused',
] as const;
export type KktFunctionalArea = (typeof KKT_FUNCTIONAL_AREAS)[number];

/** QHC, QHPK/QHCT, "đã xây dựng", "đã cho thuê", and the present area (unused land only). */
export const KKT_AREA_MEASURES = ['general_plan', 'detailed_plan', 'built', 'leased', 'current'] as const;
export type KktAreaMeasure = (typeof KKT_AREA_MEASURES)[number];

export const KKT_AREA_MEASURE_LABELS = {
  general_plan: { vi: 'Theo quy hoạch chung', en: 'General plan' },
  detailed_plan: { vi: 'Theo quy hoạch phân khu hoặc quy hoạch chi tiết', en: 'Zoning or detailed plan' },
  built: { vi: 'Đã xây dựng', en: 'Built' },
  leased: { vi: 'Đã cho thuê', en: 'Leased' },
  current: { vi: 'Hiện trạng', en: 'Current' },
} as const satisfies Record<KktAreaMeasure, { vi: string; en: string }>;

/**
 * Which measures each category has in Biểu 2110 (only export-processing and industrial land
 * reports a leased area; other land and unused land one figure each) [S]. Whether that one
 * figure of "other land" is the general-plan area (as in 2108 col. 11) is inferred [I].
 */
export const KKT_FUNCTIONAL_AREA_DEFS = {
  non_tariff_bonded: {
    vi: 'Khu phi thuế quan, khu bảo thuế',
    en: 'Non-tariff and bonded zones',
    measures: ['general_plan', 'detailed_plan', 'built'],
  },
  export_processing_industrial: {
    vi: 'Khu chế xuất, khu công nghiệp',
    en: 'Export-processing and industrial zones',
    measures: ['general_plan', 'detailed_plan', 'built', 'leased'],
  },
  tourism: {
    vi: 'Khu giải trí, khu du lịch',
    en: 'Entertainment and tourism zones',
    measures: ['general_plan', 'detailed_plan', 'built'],
  },
  urban_residential: {
    vi: 'Khu đô thị, khu dân cư',
    en: 'Urban and residential zones',
    measures: ['general_plan', 'detailed_plan', 'built'],
  },
  administrative_other: {
    vi: 'Khu hành chính, khu chức năng khác',
    en: 'Administrative and other functional zones',
    measures: ['general_plan', 'detailed_plan', 'built'],
  },
  other: { vi: 'Đất khác', en: 'Other land', measures: ['general_plan'] },
  unused: { vi: 'Đất chưa sử dụng', en: 'Unused land', measures: ['current'] },
} as const satisfies Record<KktFunctionalArea, { vi: string; en: string; measures: readonly KktAreaMeasure[] }>;

export const measureApplies = (area: KktFunctionalArea, measure: KktAreaMeasure): boolean =>
  (KKT_FUNCTIONAL_AREA_DEFS[area].measures as readonly KktAreaMeasure[]).includes(measure);

export type KktAreaTable<V> = { readonly [A in KktFunctionalArea]?: { readonly [M in KktAreaMeasure]?: V } };

/** One KKT's land use on a date: one row of 2108/2110 (hectares as decimal strings). */
export interface KktLandUse {
  kktId: string;
  type: KktType;
  /** Latest general-plan approval or adjustment (2110 col. 5). */
  planDecision?: Decision;
  /** 2110 col. 6. */
  establishedArea?: string;
  /** Natural land and water area of the approved general plan (2108 col. 5). */
  generalPlanArea?: string;
  areas: KktAreaTable<string>;
}

/** The same with every figure a dated series, so the rows can be read as of any date. */
export interface KktLandRecord {
  kktId: string;
  type: KktType;
  planDecisions?: readonly Decision[];
  establishedArea?: LandSeries;
  generalPlanArea?: LandSeries;
  areas: KktAreaTable<LandSeries>;
}

export function kktLandUseAsOf(record: KktLandRecord, date: string): KktLandUse {
  const areas: { [A in KktFunctionalArea]?: { [M in KktAreaMeasure]?: string } } = {};
  for (const area of KKT_FUNCTIONAL_AREAS) {
    for (const measure of KKT_AREA_MEASURES) {
      const v = landAsOf(record.areas[area]?.[measure], date);
      if (v) areas[area] = { ...areas[area], [measure]: v.value };
    }
  }
  const decision = (record.planDecisions ?? [])
    .filter((d) => d.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
  const established = landAsOf(record.establishedArea, date);
  const plan = landAsOf(record.generalPlanArea, date);
  return {
    kktId: record.kktId,
    type: record.type,
    ...(decision ? { planDecision: decision } : {}),
    ...(established ? { establishedArea: established.value } : {}),
    ...(plan ? { generalPlanArea: plan.value } : {}),
    areas,
  };
}

const emptyTotals = (): Record<KktAreaMeasure, string> => ({
  general_plan: '0',
  detailed_plan: '0',
  built: '0',
  leased: '0',
  current: '0',
});

/**
 * Per measure, the sum over the categories that report it: the 2110 totals. "Total built" leaves
 * out other land, as the form's header says, because other land has no built figure. The
 * general-plan total is 2108's "sum by function" (cols 6–11), compared with col. 5.
 */
export function kktLandTotals(row: KktLandUse): Record<KktAreaMeasure, string> {
  const totals = emptyTotals();
  for (const measure of KKT_AREA_MEASURES) {
    let sum = ZERO;
    for (const area of KKT_FUNCTIONAL_AREAS) {
      const v = measureApplies(area, measure) ? readDecimal(row.areas[area]?.[measure]) : null;
      if (v !== null) sum = add(sum, v);
    }
    totals[measure] = formatDecimal(sum);
  }
  return totals;
}

export interface KktRegisterTotals {
  count: number;
  countByType: Record<KktType, number>;
  establishedArea: string;
  generalPlanArea: string;
  /** The forms' total row: each cell summed over the KKTs. */
  byArea: { [A in KktFunctionalArea]: { [M in KktAreaMeasure]?: string } };
  totals: Record<KktAreaMeasure, string>;
}

/** The overview and total row of 2108/2110 over the KKT rows; unreadable figures count as 0. */
export function kktRegisterTotals(rows: readonly KktLandUse[]): KktRegisterTotals {
  const countByType = Object.fromEntries(KKT_TYPES.map((t) => [t, 0])) as Record<KktType, number>;
  const plus = (a: string | undefined, b: string | undefined) =>
    formatDecimal(add(readDecimal(a) ?? ZERO, readDecimal(b) ?? ZERO));
  const byArea = Object.fromEntries(
    KKT_FUNCTIONAL_AREAS.map((a) => [a, Object.fromEntries(KKT_FUNCTIONAL_AREA_DEFS[a].measures.map((m) => [m, '0']))]),
  ) as KktRegisterTotals['byArea'];
  let establishedArea = '0';
  let generalPlanArea = '0';
  let totals = emptyTotals();
  for (const row of rows) {
    countByType[row.type] += 1;
    establishedArea = plus(establishedArea, row.establishedArea);
    generalPlanArea = plus(generalPlanArea, row.generalPlanArea);
    for (const area of KKT_FUNCTIONAL_AREAS) {
      for (const measure of KKT_FUNCTIONAL_AREA_DEFS[area].measures) {
        byArea[area][measure] = plus(byArea[area][measure], row.areas[area]?.[measure]);
      }
    }
    const own = kktLandTotals(row);
    totals = Object.fromEntries(KKT_AREA_MEASURES.map((m) => [m, plus(totals[m], own[m])])) as typeof totals;
  }
  return { count: rows.length, countByType, establishedArea, generalPlanArea, byArea, totals };
}

export type KktLandIssueCode = CommonIssueCode | 'measure_not_applicable' | 'function_sum_differs';

/**
 * Figures are non-negative decimals in a measure their category has. When the sum by function
 * differs from the general-plan area the form shows a warning and never blocks (2108) [S].
 */
export function validateKktLandUse(rows: readonly KktLandUse[]): ZoneIssue<KktLandIssueCode>[] {
  const issues: ZoneIssue<KktLandIssueCode>[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.establishedArea !== undefined) {
      checkQuantity(issues, i, 'establishedArea', row.establishedArea, {
        vi: 'Diện tích thành lập',
        en: 'Established area',
      });
    }
    const planArea =
      row.generalPlanArea === undefined
        ? null
        : checkQuantity(issues, i, 'generalPlanArea', row.generalPlanArea, {
            vi: 'Tổng diện tích theo quy hoạch chung',
            en: 'General-plan area',
          });
    for (const area of KKT_FUNCTIONAL_AREAS) {
      const def = KKT_FUNCTIONAL_AREA_DEFS[area];
      for (const [measure, text] of Object.entries(row.areas[area] ?? {}) as [KktAreaMeasure, string][]) {
        const field = `areas.${area}.${measure}`;
        const m = KKT_AREA_MEASURE_LABELS[measure];
        if (!measureApplies(area, measure)) {
          issues.push(
            issue(
              i,
              'measure_not_applicable',
              `"${def.vi}" không có chỉ tiêu "${m.vi}".`,
              `"${def.en}" has no "${m.en}" figure.`,
              field,
            ),
          );
          continue;
        }
        checkQuantity(issues, i, field, text, { vi: `${def.vi} – ${m.vi}`, en: `${def.en} – ${m.en}` });
      }
    }
    const sum = readDecimal(kktLandTotals(row).general_plan) ?? ZERO;
    if (planArea !== null && compare(sum, planArea) !== 0) {
      issues.push(
        issue(
          i,
          'function_sum_differs',
          `Tổng diện tích theo chức năng (${formatDecimal(sum)} ha) khác tổng diện tích theo quy hoạch chung (${formatDecimal(planArea)} ha).`,
          `The sum by function (${formatDecimal(sum)} ha) differs from the general-plan area (${formatDecimal(planArea)} ha).`,
          'generalPlanArea',
          'warning',
        ),
      );
    }
  }
  return issues;
}
