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
import { holdsOn, needRate, realisedAt, statesAt, type ValidProject } from '../facts/registry';
import type { ReportFact } from '../facts/reports';
import { day, inList, inUuids, placeOf, projectPlaces, rowsOf, str } from '../facts/sql';
import type { Origin } from '../facts/units';
import type { FormContext } from './definition';

/**
 * Projects of the scope matching `filter` (on `pp`, a row of facts/sql.ts projectPlaces) valid at
 * the end, read from the certificate-state history as `validProjects` reads it, so these forms and
 * the others convert an amount recorded only in the other currency the same way (once per project)
 * and stop the same way when the rate it needs is missing.
 */
export async function validWhere(ctx: FormContext, filter: SQL, rate: string | null): Promise<ValidProject[]> {
  const rows = await rowsOf(
    ctx.db,
    sql`select pp.*, ev.origin, ev.partner, ev.issued_on, ev.usd, ev.vnd, ev.land as land_ha, ev.missing_usd, ev.missing_vnd
        from (${projectPlaces(ctx.unitIds)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        where ${filter}
        order by pp.project_code`,
  );
  return rows.map((r) => {
    const place = placeOf(r);
    const origin = (str(r.origin) ?? place.originCache) as Origin;
    if ((origin === 'FDI' && r.missing_usd === true) || (origin === 'DDI' && r.missing_vnd === true)) {
      throw needRate('dự án', ctx.to);
    }
    return Object.assign(place, {
      origin,
      partner: str(r.partner),
      issuedOn: day(r.issued_on)!,
      usd: str(r.usd),
      vnd: str(r.vnd),
      landHa: str(r.land_ha),
      inOperation: place.operationStartedOn !== null && place.operationStartedOn <= ctx.to,
    });
  });
}

/** Realised capital of the given projects, cumulative to the end, in USD and VND (as `realisedTo`). */
export async function realisedAmong(
  ctx: FormContext,
  ids: readonly string[],
  rate: string | null,
): Promise<Map<string, { usd: string | null; vnd: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf(
    ctx.db,
    sql`select rc.project_id, rc.usd, rc.vnd from ${realisedAt(ctx.to, rate)} where ${inUuids(sql`rc.project_id`, ids)}`,
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
