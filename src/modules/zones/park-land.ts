/**
 * A park's land as dated values (hectares as exact decimals), read "as of" any date, and the
 * occupancy rate computed from them. The ministry publishes occupancy over all established parks
 * and over operating parks only, and its ratios do not reproduce from its own sums (Oct 2023:
 * 51,800 ÷ 87,700 = 59.1% against 57.8% published, domain brief §1.4), so the numerator, the
 * denominator and the parks behind them are kept with every ratio.
 */
import { add, compare, type Decimal, div, formatDecimal, mul, parseDecimal, ZERO } from '../../kernel/decimal';
import { type CommonIssueCode, checkDateOrder, checkQuantity, issue, readDecimal, type ZoneIssue } from './checks';
import { type ParkEvent, type ParkHistory, parkStatusAsOf } from './park-lifecycle';
import { inParkSet, type ParkSet } from './park-rules';

export interface LandValue {
  /** ISO date from which the value holds. */
  date: string;
  /** Hectares, decimal string. */
  value: string;
  /** The decision, survey or report the value comes from. */
  source: string;
}
export type LandSeries = readonly LandValue[];

/** `handed_over`: land handed over to the developer for building the infrastructure (Biểu 2103 col. 16). */
export const LAND_MEASURES = ['planned', 'established', 'industrial', 'leased', 'handed_over'] as const;
export type LandMeasure = (typeof LAND_MEASURES)[number];

/** Names as the forms print them (Biểu 2107 col. D, 2102 f.8–9, 2103 col. 10–12 and 16, 2112 col. 5–7). */
export const LAND_MEASURE_LABELS = {
  planned: { vi: 'Quy mô diện tích quy hoạch', en: 'Planned area' },
  established: { vi: 'Quy mô diện tích đất thành lập', en: 'Established area' },
  industrial: { vi: 'Diện tích đất công nghiệp, dịch vụ', en: 'Industrial-service land for lease' },
  leased: { vi: 'Diện tích đất công nghiệp, dịch vụ đã cho thuê', en: 'Leased industrial-service land' },
  handed_over: {
    vi: 'Quy mô diện tích đất đã giao để xây dựng hạ tầng',
    en: 'Land handed over for infrastructure construction',
  },
} as const satisfies Record<LandMeasure, { vi: string; en: string }>;

export type ParkLand = { readonly [M in LandMeasure]?: LandSeries };

/** The value in force on `date`: the latest dated on or before it, the later one on a tie. */
export function landAsOf(series: LandSeries | undefined, date: string): LandValue | null {
  let found: LandValue | null = null;
  for (const v of series ?? []) {
    if (v.date <= date && (found === null || v.date >= found.date)) found = v;
  }
  return found;
}

export function parkLandAsOf(land: ParkLand, date: string): Record<LandMeasure, LandValue | null> {
  return {
    planned: landAsOf(land.planned, date),
    established: landAsOf(land.established, date),
    industrial: landAsOf(land.industrial, date),
    leased: landAsOf(land.leased, date),
    handed_over: landAsOf(land.handed_over, date),
  };
}

/** The established-area series the lifecycle implies, so the area has one source of truth. */
export function establishedSeriesFromEvents(events: readonly ParkEvent[]): LandValue[] {
  const series: LandValue[] = [];
  for (const e of events) {
    if (e.kind === 'established') series.push({ date: e.date, value: e.area, source: e.decision.number });
    else if (e.kind === 'area_increased' || e.kind === 'area_decreased') {
      series.push({ date: e.date, value: e.areaAfter, source: e.decision.number });
    } else if ((e.kind === 'revoked' || e.kind === 'converted_to_urban_service') && series.length > 0) {
      series.push({ date: e.date, value: '0', source: e.decision.number });
    }
  }
  return series;
}

export type LandIssueCode =
  | CommonIssueCode
  | 'source_missing'
  | 'leased_exceeds_industrial'
  | 'industrial_exceeds_established'
  | 'handed_over_exceeds_established';
export type LandIssue = ZoneIssue<LandIssueCode> & { series: LandMeasure };

const ha = (d: Decimal) => `${formatDecimal(d)} ha`;

/**
 * Values are non-negative decimals with a source, in date order, and on every date one of them
 * changes: leased ≤ industrial-service land ≤ established area (the forms' col. 12 ≤ 11 ≤ 10),
 * and land handed over for building ≤ established area (2103 col. 16 ≤ 10).
 */
export function validateParkLand(land: ParkLand): LandIssue[] {
  const issues: LandIssue[] = [];
  for (const measure of LAND_MEASURES) {
    const own: ZoneIssue<LandIssueCode>[] = [];
    let previous: string | null = null;
    for (const [i, v] of (land[measure] ?? []).entries()) {
      if (checkDateOrder(own, i, v.date, previous) && (previous === null || v.date > previous)) previous = v.date;
      checkQuantity(own, i, 'value', v.value, LAND_MEASURE_LABELS[measure]);
      if (v.source.trim() === '') {
        own.push(
          issue(
            i,
            'source_missing',
            'Cần ghi nguồn số liệu (quyết định, văn bản).',
            'The source (decision, document) is required.',
            'source',
          ),
        );
      }
    }
    issues.push(...own.map((x) => ({ ...x, series: measure })));
  }
  checkChain(land, 'leased', 'industrial', 'leased_exceeds_industrial', issues);
  checkChain(land, 'industrial', 'established', 'industrial_exceeds_established', issues);
  checkChain(land, 'handed_over', 'established', 'handed_over_exceeds_established', issues);
  return issues;
}

/** On each date `part` or `whole` changes, part ≤ whole; the issue goes to the value that changed. */
function checkChain(
  land: ParkLand,
  part: LandMeasure,
  whole: LandMeasure,
  code: 'leased_exceeds_industrial' | 'industrial_exceeds_established' | 'handed_over_exceeds_established',
  issues: LandIssue[],
) {
  const dates = new Set([...(land[part] ?? []), ...(land[whole] ?? [])].map((v) => v.date));
  for (const date of [...dates].sort()) {
    const p = landAsOf(land[part], date);
    const w = landAsOf(land[whole], date);
    const pv = readDecimal(p?.value);
    const wv = readDecimal(w?.value);
    if (!p || !w || pv === null || wv === null || compare(pv, wv) <= 0) continue;
    const series = p.date === date ? part : whole;
    const index = (land[series] ?? []).indexOf(series === part ? p : w);
    const [lp, lw] = [LAND_MEASURE_LABELS[part], LAND_MEASURE_LABELS[whole]];
    issues.push({
      ...issue(
        index,
        code,
        `Ngày ${date}: ${lp.vi.toLowerCase()} (${ha(pv)}) lớn hơn ${lw.vi.toLowerCase()} (${ha(wv)}).`,
        `On ${date}: ${lp.en.toLowerCase()} (${ha(pv)}) exceeds ${lw.en.toLowerCase()} (${ha(wv)}).`,
        'value',
      ),
      series,
    });
  }
}

export interface OccupancyPark extends ParkHistory {
  land: ParkLand;
}

export interface OccupancyContribution {
  id: string;
  leased: LandValue;
  industrial: LandValue;
}

export interface Occupancy {
  date: string;
  basis: ParkSet;
  /** Σ leased industrial-service land of the included parks (ha): the numerator. */
  leased: string;
  /** Σ industrial-service land of the included parks (ha): the denominator. */
  industrial: string;
  /** leased ÷ industrial to 6 places; null when the denominator is 0 (the forms print "-"). */
  ratio: string | null;
  /** The same as a percentage to 2 places, rounded half away from zero from the exact quotient. */
  percent: string | null;
  /** The parks behind the sums and the values used, for drill-down. */
  included: OccupancyContribution[];
  /** Parks of the set left out because a value is missing or unreadable on the date. */
  withoutData: { id: string; missing: ('industrial' | 'leased')[] }[];
}

/**
 * Occupancy (tỷ lệ lấp đầy) on `date` = Σ leased ÷ Σ industrial-service land over the parks of
 * the chosen set (Biểu 2103 total row: SUM(col 12) ÷ SUM(col 11)), never an average of ratios.
 */
export function occupancy(parks: readonly OccupancyPark[], date: string, basis: ParkSet): Occupancy {
  let leased = ZERO;
  let industrial = ZERO;
  const included: OccupancyContribution[] = [];
  const withoutData: Occupancy['withoutData'] = [];
  for (const park of parks) {
    if (!inParkSet(parkStatusAsOf(park.events, date)?.status, basis)) continue;
    const l = landAsOf(park.land.leased, date);
    const ind = landAsOf(park.land.industrial, date);
    const [lv, iv] = [readDecimal(l?.value), readDecimal(ind?.value)];
    if (!l || !ind || lv === null || iv === null) {
      const missing: ('industrial' | 'leased')[] = [];
      if (iv === null) missing.push('industrial');
      if (lv === null) missing.push('leased');
      withoutData.push({ id: park.id, missing });
      continue;
    }
    leased = add(leased, lv);
    industrial = add(industrial, iv);
    included.push({ id: park.id, leased: l, industrial: ind });
  }
  const zero = industrial === ZERO;
  return {
    date,
    basis,
    leased: formatDecimal(leased),
    industrial: formatDecimal(industrial),
    ratio: zero ? null : formatDecimal(div(leased, industrial)),
    percent: zero ? null : formatDecimal(percentTo2(leased, industrial)),
    included,
    withoutData,
  };
}

const TEN_THOUSAND = parseDecimal('10000');

/**
 * n × 100 ÷ d rounded once to 2 places: `div` rounds to 6 places, so the quotient is taken 10⁴
 * times smaller and scaled back, which rounding the 6-place ratio again would not equal.
 */
function percentTo2(n: Decimal, d: Decimal): Decimal {
  return mul(div(mul(n, parseDecimal('100')), mul(d, TEN_THOUSAND)), TEN_THOUSAND);
}
