/**
 * The facts of one period summed per admin unit (a few hundred rows at most), so a briefing, its
 * national denominators and the choropleth all come from one round of reads. The project and
 * report facts are the statistics module's (statistics/facts: "valid at the period end", events,
 * realised capital, accepted reports — one definition for the forms and the briefings); parks and
 * KKTs come from facts.ts. Sums stay exact decimal strings; figures.ts folds units into sets.
 */
import { sql } from 'drizzle-orm';
import { add, type Decimal, formatDecimal, parseDecimal, ZERO } from '../../kernel/decimal';
import { type Period, periodCode, periodEnd, periodStart } from '../../kernel/period';
import type { DbOrTx } from '../../platform/db/client';
import { eventTotals } from '../statistics/facts/event-totals';
import {
  type PeriodEvent,
  periodEvents,
  statesAt,
  type ValidProject,
  validProjects,
} from '../statistics/facts/registry';
import { inList, projectPlaces } from '../statistics/facts/sql';
import { flowTotals, type PlaceGroup, stockTotals, workerTotals } from '../statistics/facts/totals';
import { keptRows, unitRows } from '../statistics/facts/unit-sums';
import type { FormContext } from '../statistics/forms/definition';
import { type ParkState, parkStates, rateOn, rowsOf, zonesAt } from './facts';

export type NamedRate = { rate: string; date: string; source: string };
/** Narrowing to some parks (a park dashboard). */
export type FactFilter = { parkIds?: readonly string[] | null };

export type ParkAgg = {
  unit: string;
  status: string;
  parks: number;
  established: string;
  planArea: string;
  industrial: string;
  leased: string;
};
export type ZoneAgg = { unit: string; zones: number; area: string };
export type OriginAgg = { unit: string; origin: 'FDI' | 'DDI'; projects: number; usd: string; vnd: string };
export type RealisedAgg = { unit: string; origin: 'FDI' | 'DDI'; currency: 'USD' | 'VND'; amount: string };
export type ReportAgg = {
  unit: string;
  currency: 'USD' | 'VND';
  reports: number;
  revenue: string;
  exportUsd: string;
  importUsd: string;
  budgetVnd: string;
  workers: number;
  foreign: number;
  female: number;
};
export type CompletenessAgg = { unit: string; expected: number; filed: number; accepted: number; late: number };

export type PeriodAggregates = {
  period: Period;
  from: string;
  to: string;
  rate: NamedRate | null;
  reportType: 'quarterly_implementation' | 'annual_implementation';
  parks: ParkAgg[];
  zones: ZoneAgg[];
  valid: OriginAgg[];
  issued: OriginAgg[];
  increased: OriginAgg[];
  realised: RealisedAgg[];
  reports: ReportAgg[];
};

export const reportTypeOf = (p: Period) => (p.kind === 'year' ? 'annual_implementation' : 'quarterly_implementation');

export async function namedRateOn(db: DbOrTx, day: string): Promise<NamedRate | null> {
  const [row] = await rowsOf(db, rateOn(day));
  return row ? { rate: String(row.rate), date: String(row.date), source: String(row.source) } : null;
}

/** The statistics facts' context for a period over some admin units (null = the country). */
export function factContext(db: DbOrTx, period: Period, unitIds: readonly string[] | null = null): FormContext {
  return {
    db,
    period,
    from: periodStart(period),
    to: periodEnd(period),
    scope: { kind: 'country' },
    unitIds,
  };
}

const dec = (v: string | null | undefined) => (v === null || v === undefined ? ZERO : parseDecimal(v));
const unitOf = (x: { unitId: string | null }) => x.unitId ?? '';
const inParks = (filter: FactFilter) => (x: { parkId: string | null }) =>
  !filter.parkIds || (x.parkId !== null && filter.parkIds.includes(x.parkId));

/** Groups rows by key and folds each group. */
function grouped<T, A>(
  rows: readonly T[],
  key: (r: T) => string,
  start: () => A,
  step: (a: A, r: T) => void,
): Map<string, A> {
  const out = new Map<string, A>();
  for (const r of rows) {
    const k = key(r);
    let acc = out.get(k);
    if (!acc) {
      acc = start();
      out.set(k, acc);
    }
    step(acc, r);
  }
  return out;
}

/** The project rows of a period, read once and reused by the figures, drills and slices. */
export type PeriodFacts = { valid: ValidProject[]; events: PeriodEvent[] };

export async function projectFacts(
  db: DbOrTx,
  period: Period,
  rate: string | null,
  filter: FactFilter = {},
  unitIds: readonly string[] | null = null,
): Promise<PeriodFacts> {
  const ctx = factContext(db, period, unitIds);
  const keep = inParks(filter);
  return {
    valid: (await validProjects(ctx, rate)).filter(keep),
    events: (await periodEvents(ctx, rate)).filter(keep),
  };
}

/** Adjustments that added capital: a positive change in the origin's currency. */
export const addsCapital = (e: PeriodEvent) => e.kind === 'adjusted' && dec(e.origin === 'FDI' ? e.usd : e.vnd) > ZERO;

/**
 * The groups of facts a caller may ask for: projects (valid at the end, events), places (parks,
 * KKTs), realised capital, report flows of the period, and the workers stock (latest reports).
 */
export type AggregatePart = 'projects' | 'places' | 'realised' | 'flows' | 'stock';

/** Valid projects (or events) summed per unit and origin from SQL totals. */
function originAggs(groups: ReadonlyArray<PlaceGroup & { projects: number; usd: string | null; vnd: string | null }>) {
  const out = grouped(
    groups,
    (g) => `${unitOf(g)}|${g.origin}`,
    () => ({ projects: 0, usd: ZERO, vnd: ZERO }),
    (a, g) => {
      a.projects += g.projects;
      a.usd = add(a.usd, dec(g.usd));
      a.vnd = add(a.vnd, dec(g.vnd));
    },
  );
  return [...out].map(([k, a]): OriginAgg => {
    const [unit = '', origin] = k.split('|');
    const o = origin === 'FDI' ? 'FDI' : 'DDI';
    return { unit, origin: o, projects: a.projects, usd: formatDecimal(a.usd), vnd: formatDecimal(a.vnd) };
  });
}

/**
 * Every aggregate a briefing or dashboard needs for one period, summed in SQL per park group
 * (statistics/facts/totals.ts) and folded per unit here (reads run one after another: PGlite has
 * one connection).
 */
export async function periodAggregates(
  db: DbOrTx,
  period: Period,
  filter: FactFilter = {},
  knownRate?: NamedRate | null,
  options: { parts?: ReadonlySet<AggregatePart> } = {},
): Promise<PeriodAggregates> {
  const wants = (part: AggregatePart) => !options.parts || options.parts.has(part);
  const from = periodStart(period);
  const to = periodEnd(period);
  const rate = knownRate === undefined ? await namedRateOn(db, to) : knownRate;
  const r = rate?.rate ?? null;
  const ctx = factContext(db, period);
  const keep = inParks(filter);
  // Province-wide groups unless the figures are for chosen parks.
  const grain = filter.parkIds ? 'park' : 'class';
  // Workers come from every project's latest report (workerTotals), not only the valid ones'.
  const stock =
    wants('projects') || wants('realised')
      ? (await stockTotals(ctx, r, { realised: wants('realised'), workers: false, grain })).filter(keep)
      : [];
  const events = wants('projects') ? (await eventTotals(ctx, r, grain)).filter(keep) : [];
  const base = {
    period,
    from,
    to,
    rate,
    reportType: reportTypeOf(period),
    valid: wants('projects') ? originAggs(stock) : [],
    // New certificates and the adjustments that added capital (flows.ts lines, as `addsCapital` picks them).
    issued: originAggs(events.filter((g) => g.line === 'new')),
    increased: originAggs(events.filter((g) => g.line === 'increased')),
  } as const;
  const parks = !wants('places')
    ? []
    : filter.parkIds
      ? parkAggregates(await parkStates(db, to, filter.parkIds))
      : await keptParkAggregates(ctx);
  const zones =
    !wants('places') || filter.parkIds
      ? []
      : (await rowsOf(db, zonesAt(to))).map((z) => ({ unit: String(z.unit), zones: 1, area: String(z.area) }));

  // Realised capital of the projects valid at the end, in the project's currency (FDI USD, DDI VND).
  const realised: RealisedAgg[] = wants('realised')
    ? stock.flatMap((g) => {
        const amount = g.origin === 'FDI' ? g.realisedUsd : g.realisedVnd;
        if (amount === null) return [];
        return [{ unit: unitOf(g), origin: g.origin, currency: g.origin === 'FDI' ? 'USD' : 'VND', amount }];
      })
    : [];

  const flows = wants('flows') ? (await flowTotals(ctx, r, grain)).filter(keep) : [];
  const workers = wants('stock') ? (await workerTotals(ctx, grain)).filter(keep) : [];
  const reportGroups = grouped(
    flows,
    (x) => `${unitOf(x)}|${x.currency}`,
    () => ({ reports: 0, revenue: ZERO, exportUsd: ZERO, importUsd: ZERO, budgetVnd: ZERO }),
    (a, x) => {
      a.reports += x.reports;
      a.revenue = add(a.revenue, dec(x.revenue));
      a.exportUsd = add(a.exportUsd, dec(x.exportUsd));
      a.importUsd = add(a.importUsd, dec(x.importUsd));
      a.budgetVnd = add(a.budgetVnd, dec(x.budgetVnd));
    },
  );
  const reports: ReportAgg[] = [...reportGroups].map(([k, a]) => {
    const [unit = '', currency] = k.split('|');
    return {
      unit,
      currency: currency === 'USD' ? 'USD' : 'VND',
      reports: a.reports,
      revenue: formatDecimal(a.revenue),
      exportUsd: formatDecimal(a.exportUsd),
      importUsd: formatDecimal(a.importUsd),
      budgetVnd: formatDecimal(a.budgetVnd),
      workers: 0,
      foreign: 0,
      female: 0,
    };
  });
  // Workers are a stock: each project's latest accepted report to the period end (rows of their own).
  for (const x of workers) {
    reports.push({
      unit: unitOf(x),
      currency: 'VND',
      reports: 0,
      revenue: '0',
      exportUsd: '0',
      importUsd: '0',
      budgetVnd: '0',
      workers: x.workersDomestic + x.workersForeign,
      foreign: x.workersForeign,
      female: x.workersFemale,
    });
  }
  return { ...base, parks, zones, realised, reports };
}

/** Every province's parks by status, kept per unit and period like the project totals (unit-sums.ts). */
async function keptParkAggregates(ctx: FormContext): Promise<ParkAgg[]> {
  const rows = await keptRows(ctx, 'parks', async (db, unitIds) =>
    parkAggregates(await parkStates(db, ctx.to, null, unitIds)).map((a) => ({ ...a, unit_id: a.unit })),
  );
  return rows.map(({ unit_id: _, ...a }) => a as ParkAgg);
}

function parkAggregates(states: readonly ParkState[]): ParkAgg[] {
  const groups = grouped(
    states,
    (p) => `${p.unit}|${p.status}`,
    () => ({ parks: 0, established: ZERO, planArea: ZERO, industrial: ZERO, leased: ZERO }),
    (a, p) => {
      a.parks += 1;
      a.established = add(a.established, dec(p.established));
      a.planArea = add(a.planArea, dec(p.planArea));
      // Occupancy counts a park only with both values (as zones' occupancy leaves the others out).
      if (p.industrial !== null && p.leased !== null) {
        a.industrial = add(a.industrial, dec(p.industrial));
        a.leased = add(a.leased, dec(p.leased));
      }
    },
  );
  return [...groups].map(([k, a]) => {
    const [unit = '', status = ''] = k.split('|');
    const s = (d: Decimal) => formatDecimal(d);
    return {
      unit,
      status,
      parks: a.parks,
      established: s(a.established),
      planArea: s(a.planArea),
      industrial: s(a.industrial),
      leased: s(a.leased),
    };
  });
}

/** Valid FDI projects at the end per unit, main partner and VSIC division of the first sector (the dashboard's slices). */
export type FdiSliceAgg = {
  unit: string;
  partner: string | null;
  division: string | null;
  projects: number;
  usd: string;
};

const parkFilter = (filter: FactFilter) => (filter.parkIds ? inList(sql`pp.park_id`, [...filter.parkIds]) : sql`true`);

export async function fdiSliceAggregates(
  db: DbOrTx,
  period: Period,
  rate: string | null,
  filter: FactFilter = {},
): Promise<FdiSliceAgg[]> {
  const ctx = factContext(db, period);
  const query = (unitIds: readonly string[] | null) =>
    sql`select pp.unit_id, ev.partner, left(pp.sectors[1], 2) as division, count(*)::int as projects,
               coalesce(sum(ev.usd), 0) as usd
        from (${projectPlaces(unitIds)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        where coalesce(ev.origin, pp.origin_cache) = 'FDI' and ${parkFilter(filter)}
        group by pp.unit_id, ev.partner, left(pp.sectors[1], 2)`;
  // Chosen parks are read directly; the country's slices are kept per province.
  const rows = filter.parkIds
    ? await rowsOf(db, query(null))
    : await unitRows(ctx, `fdi-slices:${JSON.stringify({ rate })}`, query);
  return rows.map((r) => ({
    unit: r.unit_id === null ? '' : String(r.unit_id),
    partner: r.partner === null ? null : String(r.partner),
    division: r.division === null ? null : String(r.division),
    projects: Number(r.projects),
    usd: String(r.usd),
  }));
}

/**
 * Reporting completeness per unit: projects valid at the period end are expected to report
 * (Law on Investment Art. 72); filed = submitted at least once; late = first submitted after the
 * deadline day (Hà Nội), or still not filed once the deadline has passed. Counted in SQL.
 */
export async function completenessAggregates(
  db: DbOrTx,
  period: Period,
  deadline: string,
  today: string,
  filter: FactFilter = {},
): Promise<CompletenessAgg[]> {
  const ctx = factContext(db, period);
  const rows = await rowsOf(
    db,
    sql`select pp.unit_id, count(*)::int as expected,
               count(*) filter (where r.ever_submitted)::int as filed,
               count(*) filter (where r.status = 'accepted')::int as accepted,
               count(*) filter (where case when r.ever_submitted
                 then (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > ${deadline}::date
                 else ${today}::date > ${deadline}::date end)::int as late
        from (${projectPlaces(null)}) pp
        join ${statesAt(ctx.to, null)} on ev.project_id = pp.project_id
        left join reports r on r.project_id = pp.project_id and r.type_id = ${reportTypeOf(period)}
          and r.period = ${periodCode(period)}
        where ${parkFilter(filter)}
        group by pp.unit_id`,
  );
  return rows.map((r) => ({
    unit: r.unit_id === null ? '' : String(r.unit_id),
    expected: Number(r.expected),
    filed: Number(r.filed),
    accepted: Number(r.accepted),
    late: Number(r.late),
  }));
}
