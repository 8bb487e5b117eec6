/**
 * Accepted enterprise reports as the forms add them up. In-period figures (revenue, export,
 * import, budget payments: the (*) columns of 2104, row 6 of 2101, parts C of 2109) come from the
 * reports of the period: for a quarter its quarterly reports; for a year the annual report of each
 * project, or, where a project has no accepted annual report, its accepted quarterly reports of
 * that year. Workers are a stock: the latest accepted report of each project in or before the period.
 */
import { sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import type { Period } from '../../../kernel/period';
import { periodCode } from '../../../kernel/period';
import type { FormContext } from '../forms/definition';
import { holdsOn } from './registry';
import { day, type ProjectPlace, placeOf, projectPlaces, rowsOf, str } from './sql';
import { convertAmount, type Origin } from './units';

export type ReportFact = ProjectPlace & {
  reportId: string;
  number: number;
  typeId: string;
  formCode: string;
  period: string;
  /** The project's FDI/DDI at the end of the form's period. */
  origin: Origin;
  /** Currency of `revenue` (the certificate's, when the report was made). */
  currency: 'USD' | 'VND';
  revenue: string | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetVnd: string | null;
  workersDomestic: number | null;
  workersForeign: number | null;
  workersFemale: number | null;
};

const QUARTERLY = 'quarterly_implementation';
const ANNUAL = 'annual_implementation';

function quartersOf(period: Period): string[] {
  const from = period.kind === 'quarter' ? period.quarter : period.kind === 'half' ? period.half * 2 - 1 : 1;
  const to = period.kind === 'quarter' ? period.quarter : period.kind === 'half' ? period.half * 2 : 4;
  if (period.kind === 'month') return [`${period.year}-Q${Math.ceil(period.month / 3)}`];
  return Array.from({ length: to - from + 1 }, (_, k) => `${period.year}-Q${from + k}`);
}

/** FDI/DDI of every project after its last event to `to` (joined as `oe`), from the certificate-state history. */
export const originsAtEnd = (to: string) => sql`(
  select s.project_id, s.origin from project_certificate_states s where ${holdsOn(sql`s`, to)})`;

function toFact(r: Record<string, unknown>): ReportFact {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return Object.assign(placeOf(r), {
    reportId: String(r.report_id),
    number: Number(r.number),
    typeId: String(r.type_id),
    formCode: String(r.form_code),
    period: String(r.period),
    origin: String(r.origin) as Origin,
    currency: String(r.currency) as 'USD' | 'VND',
    revenue: str(r.revenue),
    exportUsd: str(r.export_usd),
    importUsd: str(r.import_usd),
    budgetVnd: str(r.budget_vnd),
    workersDomestic: num(r.workers_domestic),
    workersForeign: num(r.workers_foreign),
    workersFemale: num(r.workers_female),
  });
}

const columns = sql`r.id as report_id, r.number, r.type_id, r.form_code, r.period, r.currency, r.revenue, r.export_usd,
  r.import_usd, r.budget_vnd, r.workers_domestic, r.workers_foreign, r.workers_female`;

/** Which accepted reports (as `r`) carry the period's in-period figures (see the module comment). */
export function periodReportsWhere(ctx: FormContext) {
  const quarters = quartersOf(ctx.period);
  const quarterly = sql`r.type_id = ${QUARTERLY} and r.period in (${sql.join(
    quarters.map((q) => sql`${q}`),
    sql`, `,
  )})`;
  const which =
    ctx.period.kind === 'year'
      ? sql`((r.type_id = ${ANNUAL} and r.period = ${periodCode(ctx.period)}) or (${quarterly} and not exists (
          select 1 from reports a where a.project_id = r.project_id and a.type_id = ${ANNUAL}
            and a.period = ${periodCode(ctx.period)} and a.status = 'accepted')))`
      : quarterly;
  return sql`r.status = 'accepted' and ${which}`;
}

/** Accepted reports whose figures belong to the period (see the module comment). */
export async function periodReports(ctx: FormContext): Promise<ReportFact[]> {
  const rows = await rowsOf(
    ctx.db,
    sql`select pp.*, ${columns}, coalesce(oe.origin, pp.origin_cache) as origin
        from reports r join (${projectPlaces(ctx.unitIds, ctx.within)}) pp on pp.project_id = r.project_id
        left join ${originsAtEnd(ctx.to)} oe on oe.project_id = r.project_id
        where ${periodReportsWhere(ctx)}
        order by pp.project_code, r.period`,
  );
  return rows.map(toFact);
}

/**
 * Each project's latest accepted report ending on or before the period's end (as `lr`, project as
 * `report_project_id`): the latest period, a quarterly report before an annual one ending the same
 * day, the last accepted first; read from the history the reports keep (`project_latest_reports`).
 */
export const latestReportRows = (ctx: FormContext) => sql`(
  select s.project_id as report_project_id, ${columns}
  from project_latest_reports s join reports r on r.id = s.report_id
  where ${holdsOn(sql`s`, ctx.to)}
) lr`;

/** The workers of each project's latest accepted report (as `latestReportRows`, without reading the reports). */
export const latestWorkersAt = (to: string) => sql`(
  select s.project_id as report_project_id, s.workers_domestic, s.workers_foreign, s.workers_female
  from project_latest_reports s
  where ${holdsOn(sql`s`, to)}
) lr`;

/** Each project's latest accepted report ending on or before the period's end (workers at the end). */
export async function latestReports(ctx: FormContext): Promise<ReportFact[]> {
  const rows = await rowsOf(
    ctx.db,
    sql`select pp.*, lr.*, coalesce(oe.origin, pp.origin_cache) as origin
        from ${latestReportRows(ctx)}
        join (${projectPlaces(ctx.unitIds, ctx.within)}) pp on pp.project_id = lr.report_project_id
        left join ${originsAtEnd(ctx.to)} oe on oe.project_id = lr.report_project_id`,
  );
  return rows.map(toFact);
}

export { day };

/** A report figure needs a USD/VND conversion and no State Bank rate is recorded to the period end. */
export function reportRateMissing(): AppError {
  return new AppError(
    'UNPROCESSABLE',
    'Có số liệu báo cáo cần quy đổi USD/VND nhưng chưa có tỷ giá của Ngân hàng Nhà nước đến cuối kỳ.',
    'Some report figures need a USD/VND conversion but no State Bank rate is recorded up to the period end.',
  );
}

export type ReportFigure = 'revenue' | 'exportUsd' | 'importUsd' | 'budgetVnd';
const CURRENCY_OF_FIGURE: Record<Exclude<ReportFigure, 'revenue'>, 'USD' | 'VND'> = {
  exportUsd: 'USD',
  importUsd: 'USD',
  budgetVnd: 'VND',
};

/**
 * A report figure in USD or VND: revenue is in the report's currency, export and import in USD,
 * budget payments in VND; another currency is converted with the State Bank rate at the period's end.
 */
export function figureIn(r: ReportFact, figure: ReportFigure, to: 'USD' | 'VND', rate: string | null): string | null {
  const value = r[figure];
  if (value === null) return null;
  const from = figure === 'revenue' ? r.currency : CURRENCY_OF_FIGURE[figure];
  if (from === to || Number(value) === 0) return from === to ? value : '0';
  if (rate === null) {
    throw reportRateMissing();
  }
  return convertAmount(value, from, to, rate);
}
