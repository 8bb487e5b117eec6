/**
 * The briefing's figures for a set of units and for the country, from one period's aggregates.
 * Pure. Money stays in the national forms' units and is never added across currencies: FDI in
 * triệu USD, DDI in tỷ đồng, export and import in triệu USD, budget payments in tỷ đồng
 * (national-forms.md §A). Each figure carries the drill key of the records behind it.
 */
import { add, type Decimal, div, formatDecimal, mul, parseDecimal, round, ZERO } from '../../kernel/decimal';
import type { PeriodAggregates } from './aggregates';
import type { BriefingFigure, FigureKey } from './contract';
import { FIGURE_DEFINITIONS } from './figure-definitions';

export type UnitMatch = (unit: string) => boolean;
export const everyUnit: UnitMatch = () => true;
export const unitsIn =
  (ids: ReadonlySet<string> | null): UnitMatch =>
  (unit) =>
    ids === null || ids.has(unit);

const dec = (s: string) => parseDecimal(s);
const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');
const HUNDRED = parseDecimal('100');

const total = <T extends { unit: string }>(rows: readonly T[], match: UnitMatch, pick: (r: T) => Decimal): Decimal =>
  rows.filter((r) => match(r.unit)).reduce((acc, r) => add(acc, pick(r)), ZERO);
const count = <T extends { unit: string }>(rows: readonly T[], match: UnitMatch, pick: (r: T) => number): Decimal =>
  total(rows, match, (r) => parseDecimal(String(pick(r))));

const PLAN = new Set(['planned', 'established', 'under_construction', 'operating']);
const BUILDING = new Set(['established', 'under_construction']);

/** The raw value of every figure for the units matched: counts, hectares, form-unit money, people. */
export function figureValues(a: PeriodAggregates, match: UnitMatch): Record<FigureKey, Decimal | null> {
  const parks = (statuses: Set<string>) => a.parks.filter((p) => statuses.has(p.status));
  const operating = parks(new Set(['operating']));
  const origin = (o: 'FDI' | 'DDI') => (r: { origin: string }) => r.origin === o;
  const inUnit = (o: 'FDI' | 'DDI', v: Decimal) => round(div(v, o === 'FDI' ? MILLION : BILLION), 6);
  const money = (rows: PeriodAggregates['valid'], o: 'FDI' | 'DDI') =>
    inUnit(
      o,
      total(rows.filter(origin(o)), match, (r) => dec(o === 'FDI' ? r.usd : r.vnd)),
    );
  const projects = (rows: PeriodAggregates['valid'], o: 'FDI' | 'DDI') =>
    count(rows.filter(origin(o)), match, (r) => r.projects);
  // Realised capital stays in the project's currency: FDI in USD, DDI in VND (a row in the other one is not added).
  const realised = (o: 'FDI' | 'DDI') =>
    inUnit(
      o,
      total(
        a.realised.filter((r) => r.origin === o && r.currency === (o === 'FDI' ? 'USD' : 'VND')),
        match,
        (r) => dec(r.amount),
      ),
    );
  const reports = (currency: 'USD' | 'VND') => a.reports.filter((r) => r.currency === currency);
  const industrial = total(operating, match, (p) => dec(p.industrial));
  const leased = total(operating, match, (p) => dec(p.leased));
  return {
    'parks.plan.count': count(parks(PLAN), match, (p) => p.parks),
    'parks.plan.area': total(parks(PLAN), match, (p) => dec(p.planArea)),
    'parks.operating.count': count(operating, match, (p) => p.parks),
    'parks.operating.area': total(operating, match, (p) => dec(p.established)),
    'parks.construction.count': count(parks(BUILDING), match, (p) => p.parks),
    'parks.construction.area': total(parks(BUILDING), match, (p) => dec(p.established)),
    'parks.occupancy': industrial === ZERO ? null : round(div(mul(leased, HUNDRED), industrial), 2),
    'zones.count': count(a.zones, match, (z) => z.zones),
    'zones.area': total(a.zones, match, (z) => dec(z.area)),
    'new.FDI.count': projects(a.issued, 'FDI'),
    'new.FDI.capital': money(a.issued, 'FDI'),
    'new.DDI.count': projects(a.issued, 'DDI'),
    'new.DDI.capital': money(a.issued, 'DDI'),
    'adj.FDI.count': projects(a.increased, 'FDI'),
    'adj.FDI.capital': money(a.increased, 'FDI'),
    'adj.DDI.count': projects(a.increased, 'DDI'),
    'adj.DDI.capital': money(a.increased, 'DDI'),
    'valid.FDI.count': projects(a.valid, 'FDI'),
    'valid.FDI.capital': money(a.valid, 'FDI'),
    'valid.DDI.count': projects(a.valid, 'DDI'),
    'valid.DDI.capital': money(a.valid, 'DDI'),
    'realised.FDI': realised('FDI'),
    'realised.DDI': realised('DDI'),
    'revenue.FDI': inUnit(
      'FDI',
      total(reports('USD'), match, (r) => dec(r.revenue)),
    ),
    'revenue.DDI': inUnit(
      'DDI',
      total(reports('VND'), match, (r) => dec(r.revenue)),
    ),
    export: inUnit(
      'FDI',
      total(a.reports, match, (r) => dec(r.exportUsd)),
    ),
    import: inUnit(
      'FDI',
      total(a.reports, match, (r) => dec(r.importUsd)),
    ),
    budget: inUnit(
      'DDI',
      total(a.reports, match, (r) => dec(r.budgetVnd)),
    ),
    workers: count(a.reports, match, (r) => r.workers),
    'workers.female': count(a.reports, match, (r) => r.female),
    'reports.accepted': count(a.reports, match, (r) => r.reports),
  };
}

/** value ÷ national × 100 to one decimal; null when the country has none (or for ratios). */
export function shareOf(value: Decimal | null, national: Decimal | null): string | null {
  if (value === null || national === null || national === ZERO) return null;
  return formatDecimal(round(div(mul(value, HUNDRED), national), 1));
}

/** The figures of a set beside the country's, each with its share, rounded to its unit's places. */
export function briefingFigures(a: PeriodAggregates, match: UnitMatch): BriefingFigure[] {
  const mine = figureValues(a, match);
  const country = figureValues(a, everyUnit);
  return FIGURE_DEFINITIONS.map((d) => {
    const v = mine[d.key];
    const n = country[d.key];
    return {
      key: d.key,
      section: d.section,
      label: d.label,
      unit: d.unit,
      value: v === null ? null : formatDecimal(round(v, d.places)),
      national: n === null ? null : formatDecimal(round(n, d.places)),
      share: d.shared ? shareOf(v, n) : null,
      drill: d.drill,
    };
  });
}
