import { sql } from 'drizzle-orm';
import {
  add,
  compare,
  type Decimal,
  div,
  formatDecimal,
  mul,
  parseDecimal,
  round,
  sub,
  ZERO,
} from '../../../kernel/decimal';

const HUNDRED = parseDecimal('100');
const MILLION = parseDecimal('1000000');

import { todayInVietnam } from '../../../kernel/format';
import { type Period, periodCode, periodEnd, periodLabel, shiftPeriod } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { reportingWindow } from '../../reporting/period-state';
import type { FactFilter } from '../aggregates';
import {
  completenessAggregates,
  type FdiSliceAgg,
  fdiSliceAggregates,
  namedRateOn,
  periodAggregates,
  reportTypeOf,
} from '../aggregates';
import type { Dashboard, DashboardQuery, DrillKey, DrillResult, FigureKey, Trends } from '../contract';
import { drill } from '../drill';
import { rowsOf } from '../facts';
import { FIGURE_BY_KEY } from '../figure-definitions';
import { everyUnit, figureValues, type UnitMatch, unitsIn } from '../figures';
import { COUNTRY_SELECTOR, provinceSet } from '../set-units';
import { sectorName } from '../vsic-sections';
import { type InsightsDeps, onePark, parksOfDeveloper, readPeriod, unitNamer } from './shared';

const KEY_FIGURES: readonly FigureKey[] = [
  'valid.FDI.count',
  'valid.FDI.capital',
  'valid.DDI.count',
  'valid.DDI.capital',
  'new.FDI.capital',
  'new.DDI.capital',
  'revenue.FDI',
  'export',
  'workers',
  'parks.occupancy',
];
const TREND_FIGURES: readonly FigureKey[] = [
  'valid.FDI.capital',
  'valid.DDI.capital',
  'new.FDI.count',
  'new.DDI.count',
];
const TREND_YEARS = 6;

type Scope = {
  kind: Dashboard['scope']['kind'];
  name: string;
  provinceCode: string | null;
  parkId: string | null;
  selector: string;
  unitIds: ReadonlySet<string> | null;
  filter: FactFilter;
};

/** The dashboard's scope: a park (its Board, its developer, the ministry), a province, or the country. */
async function scopeOf(
  deps: InsightsDeps,
  actor: Actor,
  query: Pick<DashboardQuery, 'province' | 'park'>,
): Promise<Scope> {
  authorize(actor, 'insights:read');
  const ix = await deps.geo.getIndex();
  if (query.park) {
    const park = await onePark(deps, ix, actor, query.park);
    const base = { kind: 'park' as const, name: park.name, provinceCode: park.provinceCode, parkId: park.id };
    return { ...base, selector: COUNTRY_SELECTOR, unitIds: null, filter: { parkIds: [park.id] } };
  }
  if (actor.kind === 'user' && actor.role === 'developer') {
    const parks = actor.scope.enterpriseId ? await parksOfDeveloper(deps, ix, actor.scope.enterpriseId) : [];
    return {
      kind: 'park',
      name: parks.map((p) => p.name).join(', ') || '—',
      provinceCode: null,
      parkId: parks.length === 1 ? parks[0]!.id : null,
      selector: COUNTRY_SELECTOR,
      unitIds: null,
      filter: { parkIds: parks.map((p) => p.id) },
    };
  }
  const code = query.province ?? (actor.kind === 'user' && actor.role !== 'ministry' ? actor.scope.provinceCode : null);
  if (code) {
    authorize(actor, 'insights:read', { kind: 'province', code });
    const set = provinceSet(ix, code);
    return {
      kind: 'province',
      name: set.name,
      provinceCode: code,
      parkId: null,
      selector: set.selector,
      unitIds: set.unitIds,
      filter: {},
    };
  }
  authorize(actor, 'insights:read', { kind: 'record', provinceCode: null, enterpriseIds: [] });
  return {
    kind: 'country',
    name: 'Cả nước',
    provinceCode: null,
    parkId: null,
    selector: COUNTRY_SELECTOR,
    unitIds: null,
    filter: {},
  };
}

const printed = (key: FigureKey, v: Decimal | null) =>
  v === null ? null : formatDecimal(round(v, FIGURE_BY_KEY.get(key)!.places));

function change(value: string | null, previous: string | null): string | null {
  if (value === null || previous === null) return null;
  const p = parseDecimal(previous);
  if (p === ZERO) return null;
  const magnitude = (p < ZERO ? -p : p) as Decimal;
  return formatDecimal(round(div(mul(sub(parseDecimal(value), p), HUNDRED), magnitude), 1));
}

export async function dashboardFor(deps: InsightsDeps, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const scope = await scopeOf(deps, actor, query);
  const period = readPeriod(query.period);
  const previous = shiftPeriod(period, -1);
  const match: UnitMatch = scope.unitIds === null ? everyUnit : unitsIn(scope.unitIds);
  const rate = await namedRateOn(deps.db, periodEnd(period));
  const current = await periodAggregates(deps.db, period, scope.filter, rate);
  const now = figureValues(current, match);
  // The previous period only for the key figures: no realised capital, no KKTs needed.
  const before = figureValues(
    await periodAggregates(deps.db, previous, scope.filter, undefined, {
      parts: new Set(['projects', 'places', 'flows', 'stock']),
    }),
    match,
  );

  const keyFigures = KEY_FIGURES.map((key) => {
    const def = FIGURE_BY_KEY.get(key)!;
    const value = printed(key, now[key]);
    const prev = printed(key, before[key]);
    return {
      key,
      label: def.label,
      unit: def.unit,
      value,
      previous: prev,
      change: change(value, prev),
      drill: def.drill,
    };
  });

  const ops = current.parks.filter((p) => p.status === 'operating' && match(p.unit));
  const sum = (pick: (p: (typeof ops)[number]) => string) =>
    formatDecimal(ops.reduce((acc, p) => (acc + parseDecimal(pick(p))) as Decimal, ZERO));

  const window = reportingWindow(reportTypeOf(period), period);
  const completeness = (
    await completenessAggregates(deps.db, period, window.deadline, todayInVietnam(deps.clock()), scope.filter)
  ).filter((c) => match(c.unit));
  const slices = await fdiSliceAggregates(deps.db, period, rate?.rate ?? null, scope.filter);
  const totals = completeness.reduce(
    (acc, c) => ({
      expected: acc.expected + c.expected,
      filed: acc.filed + c.filed,
      accepted: acc.accepted + c.accepted,
      late: acc.late + c.late,
    }),
    { expected: 0, filed: 0, accepted: 0, late: 0 },
  );

  return {
    scope: {
      kind: scope.kind,
      name: scope.name,
      provinceCode: scope.provinceCode,
      parkId: scope.parkId,
      selector: scope.selector,
    },
    period: periodCode(period),
    periodLabel: { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') },
    previousPeriod: periodCode(previous),
    keyFigures,
    occupancy: {
      industrial: sum((p) => p.industrial),
      leased: sum((p) => p.leased),
      percent: printed('parks.occupancy', now['parks.occupancy']),
    },
    fdiByPartner: await fdiSlices(deps, slices, match, 'partner'),
    fdiBySector: await fdiSlices(deps, slices, match, 'sector'),
    completeness: {
      reportType: reportTypeOf(period),
      deadline: window.deadline,
      ...totals,
      missing: totals.expected - totals.filed,
    },
    rate,
    computedAt: deps.clock().toISOString(),
  };
}

/** Values of the last whole years up to the period: stocks at each year end, flows over each year. */
export async function dashboardTrends(deps: InsightsDeps, actor: Actor, query: DashboardQuery): Promise<Trends> {
  const scope = await scopeOf(deps, actor, query);
  const period = readPeriod(query.period);
  const match: UnitMatch = scope.unitIds === null ? everyUnit : unitsIn(scope.unitIds);
  // Whole years only: a quarter's own year is not over, and its new projects would read as a fall.
  const last = period.kind === 'year' ? period.year : period.year - 1;
  const years = Array.from({ length: TREND_YEARS }, (_, i) => last - TREND_YEARS + 1 + i);
  const values = new Map<FigureKey, (string | null)[]>(TREND_FIGURES.map((k) => [k, []]));
  for (const year of years) {
    const p: Period = { kind: 'year', year };
    const v = figureValues(
      await periodAggregates(deps.db, p, scope.filter, undefined, { parts: new Set(['projects']) }),
      match,
    );
    for (const key of TREND_FIGURES) values.get(key)!.push(printed(key, v[key]));
  }
  return {
    years,
    series: TREND_FIGURES.map((key) => {
      const def = FIGURE_BY_KEY.get(key)!;
      return { key, label: def.label, unit: def.unit, values: values.get(key)! };
    }),
  };
}

const TOP = 10;

/** Valid FDI projects at the period end by main partner country or by main business line (VSIC division). */
async function fdiSlices(
  deps: InsightsDeps,
  groups: readonly FdiSliceAgg[],
  match: UnitMatch,
  by: 'partner' | 'sector',
) {
  const byCode = new Map<string, { projects: number; usd: Decimal }>();
  for (const g of groups) {
    if (!match(g.unit)) continue;
    const code = by === 'partner' ? (g.partner ?? '—') : (g.division ?? '—');
    const acc = byCode.get(code) ?? { projects: 0, usd: ZERO };
    acc.projects += g.projects;
    acc.usd = add(acc.usd, parseDecimal(g.usd));
    byCode.set(code, acc);
  }
  const names = by === 'partner' ? await countryNames(deps, [...byCode.keys()]) : null;
  const sorted = [...byCode.entries()].sort((a, b) => compare(b[1].usd, a[1].usd) || a[0].localeCompare(b[0]));
  const toSlice = (code: string, v: { projects: number; usd: Decimal }) => ({
    code,
    name: by === 'partner' ? (names!.get(code) ?? (code === '—' ? 'Chưa xác định' : code)) : sectorName(code),
    projects: v.projects,
    capital: formatDecimal(round(div(v.usd, MILLION), 2)),
  });
  const top = sorted.slice(0, TOP).map(([c, v]) => toSlice(c, v));
  const rest = sorted
    .slice(TOP)
    .reduce((acc, [, v]) => ({ projects: acc.projects + v.projects, usd: add(acc.usd, v.usd) }), {
      projects: 0,
      usd: ZERO,
    });
  if (rest.projects > 0) top.push({ ...toSlice('khac', rest), name: 'Khác' });
  return top;
}

async function countryNames(deps: InsightsDeps, codes: string[]): Promise<Map<string, string>> {
  const real = codes.filter((c) => /^[A-Z]{2}$/.test(c));
  if (real.length === 0) return new Map();
  const rows = await rowsOf(
    deps.db,
    sql`select alpha2, name_vi from ref_countries where alpha2 in (${sql.join(
      real.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [String(r.alpha2), String(r.name_vi)]));
}

export async function dashboardDrill(
  deps: InsightsDeps,
  actor: Actor,
  query: DashboardQuery & { cell: DrillKey; page: number; pageSize: number },
): Promise<DrillResult> {
  const scope = await scopeOf(deps, actor, query);
  const period = readPeriod(query.period);
  const ix = await deps.geo.getIndex();
  const rate = await namedRateOn(deps.db, periodEnd(period));
  const result = await drill(
    {
      db: deps.db,
      period,
      rate: rate?.rate ?? null,
      unitIds: scope.unitIds,
      filter: scope.filter,
      unitName: unitNamer(ix),
      page: query.page,
      pageSize: query.pageSize,
    },
    query.cell,
  );
  return { cell: query.cell, ...result };
}
