/**
 * The project facts the place forms need, for a few projects only: park infrastructure projects
 * (2102, 2103), KKT infrastructure outside parks (2111), projects in special zones (2112). The
 * definitions are those of facts/registry.ts and facts/reports.ts (valid at the end = issued and
 * not revoked or terminated by then; origin after the last event; capital = issued + adjusted;
 * reports accepted, of the period, the annual report or else the quarters of a year; workers from
 * the latest accepted report), but the queries start from the chosen projects: the shared facts
 * aggregate every project of the scope, which for the country is ~20,000 projects and seconds on
 * PGlite, to keep a few hundred. When the shared facts take a project filter, use them instead.
 */
import { type SQL, sql } from 'drizzle-orm';
import { periodCode } from '../../../kernel/period';
import { holdsOn, type ValidProject } from '../facts/registry';
import type { ReportFact } from '../facts/reports';
import { day, inList, inUuids, periodEndOf, placeOf, projectPlaces, rowsOf, str } from '../facts/sql';
import type { Origin } from '../facts/units';
import type { FormContext } from './definition';

const usdOf = (rate: string | null) =>
  sql`coalesce(e.capital_usd, case when e.currency = 'USD' then e.capital when ${rate}::numeric is not null then round(e.capital / ${rate}::numeric, 2) end)`;
const vndOf = (rate: string | null) =>
  sql`coalesce(e.capital_vnd, case when e.currency = 'VND' then e.capital when ${rate}::numeric is not null then round(e.capital * ${rate}::numeric, 0) end)`;

/** Projects of the scope matching `filter` (on `pp`, a row of facts/sql.ts projectPlaces) valid at the end. */
export async function validWhere(ctx: FormContext, filter: SQL, rate: string | null): Promise<ValidProject[]> {
  const rows = await rowsOf(
    ctx.db,
    sql`with chosen as (select * from (${projectPlaces(ctx.unitIds)}) pp where ${filter})
        select c.*, ev.origin, ev.partner, ev.issued_on, ev.usd, ev.vnd, ev.land_ha
        from chosen c join (
          select e.project_id,
                 (array_agg(e.origin_after order by e.seq desc))[1] as origin,
                 (array_agg(e.partner_after order by e.seq desc))[1] as partner,
                 min(e.date) filter (where e.kind = 'issued') as issued_on,
                 sum(case when e.kind in ('issued', 'adjusted') then ${usdOf(rate)} end) as usd,
                 sum(case when e.kind in ('issued', 'adjusted') then ${vndOf(rate)} end) as vnd,
                 sum(case when e.kind in ('issued', 'adjusted') then e.land_area_ha end) as land_ha
          from certificate_events e
          where e.project_id in (select project_id from chosen) and e.date <= ${ctx.to}
          group by e.project_id
          having bool_or(e.kind = 'issued') and not bool_or(e.kind in ('revoked', 'terminated'))
        ) ev on ev.project_id = c.project_id
        order by c.project_code`,
  );
  return rows.map((r) => {
    const place = placeOf(r);
    return Object.assign(place, {
      origin: (str(r.origin) ?? place.originCache) as Origin,
      partner: str(r.partner),
      issuedOn: day(r.issued_on)!,
      usd: str(r.usd),
      vnd: str(r.vnd),
      landHa: str(r.land_ha),
      inOperation: place.operationStartedOn !== null && place.operationStartedOn <= ctx.to,
    });
  });
}

/** Realised capital of the given projects, cumulative to the end, in USD and VND. */
export async function realisedAmong(
  ctx: FormContext,
  ids: readonly string[],
  rate: string | null,
): Promise<Map<string, { usd: string | null; vnd: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf(
    ctx.db,
    sql`select r.project_id,
               sum(case when r.currency = 'USD' then r.amount when ${rate}::numeric is not null then round(r.amount / ${rate}::numeric, 2) end) as usd,
               sum(case when r.currency = 'VND' then r.amount when ${rate}::numeric is not null then round(r.amount * ${rate}::numeric, 0) end) as vnd
        from realised_capital r
        where ${inUuids(sql`r.project_id`, ids)} and ${periodEndOf(sql`r.period`)} <= ${ctx.to}::date
        group by r.project_id`,
  );
  return new Map(rows.map((r) => [String(r.project_id), { usd: str(r.usd), vnd: str(r.vnd) }]));
}

const QUARTERLY = 'quarterly_implementation';
const ANNUAL = 'annual_implementation';

function quartersOf(ctx: FormContext): string[] {
  const p = ctx.period;
  if (p.kind === 'month') return [`${p.year}-Q${Math.ceil(p.month / 3)}`];
  const [a, b] =
    p.kind === 'quarter' ? [p.quarter, p.quarter] : p.kind === 'half' ? [p.half * 2 - 1, p.half * 2] : [1, 4];
  return Array.from({ length: b - a + 1 }, (_, k) => `${p.year}-Q${a + k}`);
}

const columns = sql`r.id as report_id, r.number, r.type_id, r.form_code, r.period, r.currency, r.revenue,
  r.export_usd, r.import_usd, r.budget_vnd, r.workers_domestic, r.workers_foreign, r.workers_female`;

function toFact(r: Record<string, unknown>, origins: ReadonlyMap<string, Origin>): ReportFact {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const place = placeOf(r);
  return Object.assign(place, {
    reportId: String(r.report_id),
    number: Number(r.number),
    typeId: String(r.type_id),
    formCode: String(r.form_code),
    period: String(r.period),
    origin: origins.get(place.projectId) ?? place.originCache,
    currency: String(r.currency) as 'USD' | 'VND',
    revenue: str(r.revenue),
    exportUsd: str(r.export_usd),
    importUsd: str(r.import_usd),
    budgetVnd: str(r.budget_vnd),
    workersDomestic: num(r.workers_domestic),
    workersForeign: num(r.workers_foreign),
    workersFemale: num(r.workers_female),
  }) as ReportFact;
}

/**
 * The accepted reports of the given (valid) projects: those of the period and, per project, the
 * latest one ending by the period's end (workers at the end). `projects` gives the origin at the end.
 */
export async function reportsAmong(
  ctx: FormContext,
  projects: readonly ValidProject[],
): Promise<{ inPeriod: ReportFact[]; latest: ReportFact[] }> {
  if (projects.length === 0) return { inPeriod: [], latest: [] };
  const ids = projects.map((p) => p.projectId);
  const origins = new Map(projects.map((p) => [p.projectId, p.origin]));
  const quarterly = sql`r.type_id = ${QUARTERLY} and ${inList(sql`r.period`, quartersOf(ctx))}`;
  const year = periodCode(ctx.period);
  const among = inUuids(sql`r.project_id`, ids);
  // A year's figures: the annual report, else the quarterly ones. Two selections joined, as one
  // condition with an `or` makes the planner read every report of the projects.
  const chosenReports =
    ctx.period.kind === 'year'
      ? sql`(select r.* from reports r where ${among} and r.status = 'accepted' and r.type_id = ${ANNUAL} and r.period = ${year}
          union all
          select r.* from reports r where ${among} and r.status = 'accepted' and ${quarterly} and not exists (
            select 1 from reports a where a.project_id = r.project_id and a.type_id = ${ANNUAL}
              and a.period = ${year} and a.status = 'accepted'))`
      : sql`(select r.* from reports r where ${among} and r.status = 'accepted' and ${quarterly})`;
  const chosen = sql`(select * from (${projectPlaces(ctx.unitIds)}) pp where ${inUuids(sql`pp.project_id`, ids)})`;
  const [inPeriod, latest] = [
    await rowsOf(
      ctx.db,
      sql`select pp.*, ${columns} from ${chosenReports} r join ${chosen} pp on pp.project_id = r.project_id
          order by pp.project_code, r.period`,
    ),
    await rowsOf(
      ctx.db,
      // Each project's latest accepted report by the end, from the history the reports keep (facts/reports.ts).
      sql`select pp.*, ${columns}
          from project_latest_reports s join reports r on r.id = s.report_id
          join ${chosen} pp on pp.project_id = s.project_id
          where ${holdsOn(sql`s`, ctx.to)}`,
    ),
  ];
  const byCode = (a: ReportFact, b: ReportFact) =>
    a.projectCode < b.projectCode ? -1 : a.projectCode > b.projectCode ? 1 : 0;
  return {
    inPeriod: inPeriod.map((r) => toFact(r, origins)),
    latest: latest.map((r) => toFact(r, origins)).sort(byCode),
  };
}
