/**
 * The facts of one period summed per admin unit in SQL (a few hundred rows at most, whatever the
 * number of projects), so a briefing, its national denominators and the choropleth all come from
 * one round of queries. Sums are decimal strings; folding units into sets is done in figures.ts.
 */
import { sql } from 'drizzle-orm';
import { type Period, periodCode, periodEnd, periodStart } from '../../kernel/period';
import type { DbOrTx } from '../../platform/db/client';
import {
  acceptedReports,
  eventsIn,
  type FactFilter,
  parkStatesAt,
  projectStatesAt,
  rateOn,
  realisedTo,
  reportsOf,
  rowsOf,
  zonesAt,
} from './facts';

export type NamedRate = { rate: string; date: string; source: string };

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

const str = (v: unknown) => (v === null || v === undefined ? '0' : String(v));
const num = (v: unknown) => Number(v ?? 0);

export const reportTypeOf = (p: Period) => (p.kind === 'year' ? 'annual_implementation' : 'quarterly_implementation');

export async function namedRateOn(db: DbOrTx, day: string): Promise<NamedRate | null> {
  const [row] = await rowsOf(db, rateOn(day));
  return row ? { rate: String(row.rate), date: String(row.date), source: String(row.source) } : null;
}

/** Every aggregate a briefing or dashboard needs for one period (queries run one after another: PGlite has one connection). */
export async function periodAggregates(
  db: DbOrTx,
  period: Period,
  filter: FactFilter = {},
  knownRate?: NamedRate | null,
): Promise<PeriodAggregates> {
  const from = periodStart(period);
  const to = periodEnd(period);
  const rate = knownRate === undefined ? await namedRateOn(db, to) : knownRate;
  const r = rate?.rate ?? null;
  const reportType = reportTypeOf(period);

  const parks = await rowsOf(
    db,
    sql`select unit, status, count(*)::int as parks, coalesce(sum(established),0)::text as established,
               coalesce(sum(coalesce(planned, established)),0)::text as plan_area,
               coalesce(sum(industrial),0)::text as industrial, coalesce(sum(leased),0)::text as leased
        from (${parkStatesAt(to, filter)}) s group by unit, status`,
  );
  const zones = filter.parkIds
    ? []
    : await rowsOf(
        db,
        sql`select unit, count(*)::int as zones, coalesce(sum(area),0)::text as area from (${zonesAt(to)}) z group by unit`,
      );
  const valid = await rowsOf(
    db,
    sql`select unit, origin, count(*)::int as projects, coalesce(sum(usd),0)::text as usd, coalesce(sum(vnd),0)::text as vnd
        from (${projectStatesAt(to, r, filter)}) s where valid group by unit, origin`,
  );
  const flows = await rowsOf(
    db,
    sql`select unit, origin, kind, count(distinct project_id)::int as projects,
               coalesce(sum(usd),0)::text as usd, coalesce(sum(vnd),0)::text as vnd
        from (${eventsIn(from, to, r, filter)}) e
        where kind = 'issued' or (kind = 'adjusted' and coalesce(usd, vnd, 0) > 0)
        group by unit, origin, kind`,
  );
  const realised = await rowsOf(
    db,
    sql`select unit, origin, currency, coalesce(sum(amount),0)::text as amount
        from (${realisedTo(to, filter)}) x group by unit, origin, currency`,
  );
  const reports = await rowsOf(
    db,
    sql`select unit, currency, count(*)::int as reports,
               coalesce(sum(revenue),0)::text as revenue, coalesce(sum(export_usd),0)::text as export_usd,
               coalesce(sum(import_usd),0)::text as import_usd, coalesce(sum(budget_vnd),0)::text as budget_vnd,
               coalesce(sum(coalesce(workers_domestic,0) + coalesce(workers_foreign,0)),0)::int as workers,
               coalesce(sum(workers_foreign),0)::int as foreign_workers, coalesce(sum(workers_female),0)::int as female
        from (${acceptedReports(reportType, periodCode(period), filter)}) r group by unit, currency`,
  );

  const origin = (row: Record<string, unknown>): OriginAgg => ({
    unit: String(row.unit),
    origin: row.origin === 'FDI' ? 'FDI' : 'DDI',
    projects: num(row.projects),
    usd: str(row.usd),
    vnd: str(row.vnd),
  });
  return {
    period,
    from,
    to,
    rate,
    reportType,
    parks: parks.map((x) => ({
      unit: String(x.unit),
      status: String(x.status),
      parks: num(x.parks),
      established: str(x.established),
      planArea: str(x.plan_area),
      industrial: str(x.industrial),
      leased: str(x.leased),
    })),
    zones: zones.map((x) => ({ unit: String(x.unit), zones: num(x.zones), area: str(x.area) })),
    valid: valid.map(origin),
    issued: flows.filter((x) => x.kind === 'issued').map(origin),
    increased: flows.filter((x) => x.kind === 'adjusted').map(origin),
    realised: realised.map((x) => ({
      unit: String(x.unit),
      origin: x.origin === 'FDI' ? 'FDI' : 'DDI',
      currency: x.currency === 'USD' ? 'USD' : 'VND',
      amount: str(x.amount),
    })),
    reports: reports.map((x) => ({
      unit: String(x.unit),
      currency: x.currency === 'USD' ? 'USD' : 'VND',
      reports: num(x.reports),
      revenue: str(x.revenue),
      exportUsd: str(x.export_usd),
      importUsd: str(x.import_usd),
      budgetVnd: str(x.budget_vnd),
      workers: num(x.workers),
      foreign: num(x.foreign_workers),
      female: num(x.female),
    })),
  };
}

/**
 * Reporting completeness per unit: projects valid at the period end are expected to report
 * (Law on Investment Art. 72); filed = submitted at least once; late = first submitted after the
 * deadline day (Hà Nội), or still not filed once the deadline has passed.
 */
export async function completenessAggregates(
  db: DbOrTx,
  period: Period,
  deadline: string,
  today: string,
  filter: FactFilter = {},
): Promise<CompletenessAgg[]> {
  const to = periodEnd(period);
  const rows = await rowsOf(
    db,
    sql`select s.unit, count(*)::int as expected,
               count(r.id) filter (where r.ever_submitted)::int as filed,
               count(r.id) filter (where r.status = 'accepted')::int as accepted,
               count(*) filter (where
                 (r.ever_submitted and (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > ${deadline}::date)
                 or (coalesce(r.ever_submitted, false) = false and ${today}::date > ${deadline}::date))::int as late
        from (${projectStatesAt(to, null, filter)}) s
        left join (${reportsOf(reportTypeOf(period), periodCode(period), filter)}) r on r.project_id = s.id
        where s.valid group by s.unit`,
  );
  return rows.map((x) => ({
    unit: String(x.unit),
    expected: num(x.expected),
    filed: num(x.filed),
    accepted: num(x.accepted),
    late: num(x.late),
  }));
}
