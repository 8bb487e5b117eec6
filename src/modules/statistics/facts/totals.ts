/**
 * The facts of registry.ts and reports.ts summed in SQL by place (park or KKT, admin unit, project
 * type) and FDI/DDI, for the forms' computation: a form then reads hundreds of groups instead of
 * every project and report. The selection fragments are the record facts' own (`statesAt`,
 * `realisedAt`, `periodReportsWhere`, `latestWorkersAt`), and amounts are converted row by row
 * exactly as the record path converts them, so a cell's value equals the sum of the records its
 * drill lists (the forms' drill tests check every cell).
 */
import { type SQL, sql } from 'drizzle-orm';
import { add, formatDecimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import type { FormContext } from '../forms/definition';
import { type Grain, grainWhere, groupBy, groupOf, groupSelect, type PlaceGroup } from './place-groups';
import { needRate, realisedAt, statesAt } from './registry';
import { latestWorkersAt, originsAtEnd, periodReportsWhere, reportRateMissing } from './reports';
import { projectPlaces, str } from './sql';
import { unitRows } from './unit-sums';

export type { PlaceGroup } from './place-groups';

/** Projects valid at the period's end, per place group. */
export type StockTotals = PlaceGroup & {
  projects: number;
  /** With an operation start on or before the period's end. */
  operating: number;
  usd: string | null;
  vnd: string | null;
  landHa: string | null;
  realisedUsd: string | null;
  realisedVnd: string | null;
  /** From each project's latest accepted report to the end; `workers` is domestic + foreign. */
  workersDomestic: string | null;
  workersForeign: string | null;
  workersFemale: string | null;
  workers: string | null;
  /** Infrastructure groups: the projects' codes and names in code order (the infrastructure column of 2104). */
  infrastructure: Array<{ code: string; name: string }>;
};

/** The accepted reports of the period, per place group, in the units the forms add. */
export type FlowTotals = PlaceGroup & {
  /** The reports' currency (the certificate's when they were made): the group's raw revenue is in it. */
  currency: 'USD' | 'VND';
  reports: number;
  revenue: string | null;
  /** Revenue converted to USD and to VND; exports and imports in USD, budget payments in VND. */
  revenueUsd: string | null;
  revenueVnd: string | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetVnd: string | null;
  /** Exports and imports converted to VND (2101's summary in tỷ đồng). */
  exportVnd: string | null;
  importVnd: string | null;
  /** Budget payments converted to USD (2101's FDI section in triệu USD). */
  budgetUsd: string | null;
  /** Whether a non-zero revenue needs the rate to be shown in USD / in VND, and exports or imports in VND (`requireRate`). */
  revenueNeedsUsd: boolean;
  revenueNeedsVnd: boolean;
  tradeNeedsVnd: boolean;
  budgetNeedsUsd: boolean;
};

/** 2104's infrastructure column lists each park's infrastructure projects; a province-wide group lists none. */
const infrastructureLists = (grain: Grain) =>
  grain === 'park'
    ? sql`case when pp.type = 'infrastructure' then array_agg(pp.project_code order by pp.project_code) end as infra_codes,
          case when pp.type = 'infrastructure' then array_agg(pp.name order by pp.project_code) end as infra_names,`
    : sql`null as infra_codes, null as infra_names,`;

/**
 * Valid projects at the end with their capital, land, realised capital and workers, per place
 * group. `moneyNeeded: false` for forms that sum no capital (as `validProjects`).
 */
export async function stockTotals(
  ctx: FormContext,
  rate: string | null,
  options: { moneyNeeded?: boolean; realised?: boolean; workers?: boolean; grain?: Grain } = {},
): Promise<StockTotals[]> {
  const grain = options.grain ?? 'park';
  const origin = sql`coalesce(ev.origin, pp.origin_cache)`;
  // Realised capital and workers cost a read of every realised amount and every report: only when asked.
  const realised = options.realised !== false;
  const workers = options.workers !== false;
  const rows = await unitRows(
    ctx,
    `stock:${JSON.stringify({ rate, realised, workers, grain })}`,
    (unitIds) => sql`select ${groupSelect(grain)}, ${origin} as origin,
               count(*)::int as projects,
               count(*) filter (where pp.operation_started_on <= ${ctx.to}::date)::int as operating,
               sum(ev.usd) as usd, sum(ev.vnd) as vnd, sum(ev.land) as land,
               sum(rc.usd) as realised_usd, sum(rc.vnd) as realised_vnd,
               sum(lr.workers_domestic) as workers_domestic, sum(lr.workers_foreign) as workers_foreign,
               sum(lr.workers_female) as workers_female,
               sum(case when lr.workers_domestic is null and lr.workers_foreign is null then null
                        else coalesce(lr.workers_domestic, 0) + coalesce(lr.workers_foreign, 0) end) as workers,
               ${infrastructureLists(grain)}
               bool_or((${origin} = 'FDI' and ev.missing_usd) or (${origin} = 'DDI' and ev.missing_vnd)) as missing
        from (${projectPlaces(unitIds)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        ${realised ? sql`left join ${realisedAt(ctx.to, rate)} on rc.project_id = pp.project_id` : sql`left join (select null::numeric as usd, null::numeric as vnd) rc on false`}
        ${workers ? sql`left join ${latestWorkersAt(ctx.to)} on lr.report_project_id = pp.project_id` : sql`left join (select null::int as workers_domestic, null::int as workers_foreign, null::int as workers_female) lr on false`}
        where ${grainWhere(grain)}
        group by ${groupBy(grain)}, ${origin}`,
  );
  if (options.moneyNeeded !== false && rows.some((r) => r.missing === true)) throw needRate('khoản vốn', ctx.to);
  return rows.map((r) =>
    Object.assign(groupOf(r), {
      projects: Number(r.projects),
      operating: Number(r.operating),
      usd: str(r.usd),
      vnd: str(r.vnd),
      landHa: str(r.land),
      realisedUsd: str(r.realised_usd),
      realisedVnd: str(r.realised_vnd),
      workersDomestic: str(r.workers_domestic),
      workersForeign: str(r.workers_foreign),
      workersFemale: str(r.workers_female),
      workers: str(r.workers),
      infrastructure: ((r.infra_codes as string[] | null) ?? []).map((code, i) => ({
        code,
        name: (r.infra_names as string[])[i]!,
      })),
    }),
  );
}

/** Workers of every project's latest accepted report to the end (valid or not), per place group. */
export type WorkerTotals = PlaceGroup & {
  reports: number;
  workersDomestic: number;
  workersForeign: number;
  workersFemale: number;
};

export async function workerTotals(ctx: FormContext, grain: Grain = 'park'): Promise<WorkerTotals[]> {
  const origin = sql`coalesce(oe.origin, pp.origin_cache)`;
  const rows = await unitRows(
    ctx,
    `workers:${grain}`,
    (unitIds) => sql`select ${groupSelect(grain)}, ${origin} as origin, count(*)::int as reports,
               coalesce(sum(lr.workers_domestic), 0)::int as workers_domestic,
               coalesce(sum(lr.workers_foreign), 0)::int as workers_foreign,
               coalesce(sum(lr.workers_female), 0)::int as workers_female
        from ${latestWorkersAt(ctx.to)}
        join (${projectPlaces(unitIds)}) pp on pp.project_id = lr.report_project_id
        left join ${originsAtEnd(ctx.to)} oe on oe.project_id = lr.report_project_id
        group by ${groupBy(grain)}, ${origin}`,
  );
  return rows.map((r) =>
    Object.assign(groupOf(r), {
      reports: Number(r.reports),
      workersDomestic: Number(r.workers_domestic),
      workersForeign: Number(r.workers_foreign),
      workersFemale: Number(r.workers_female),
    }),
  );
}

/**
 * A report's revenue in `to`, converted as `figureIn` does (kernel decimal: the quotient or product
 * rounded half away from zero to 6 places, then to cents or whole đồng); null where a rate is
 * needed and missing (the caller then stops with a 422, as `figureIn` does).
 */
function amountIn(value: SQL, from: SQL, to: 'USD' | 'VND', rate: string | null): SQL {
  const converted =
    to === 'USD'
      ? sql`round(round(${value} / ${rate}::numeric, 6), 2)`
      : sql`round(round(${value} * ${rate}::numeric, 6), 0)`;
  return sql`case when ${from} = ${to} or ${value} = 0 then ${value}
                  when ${rate}::numeric is not null then ${converted} end`;
}
export const revenueIn = (to: 'USD' | 'VND', rate: string | null) =>
  amountIn(sql`r.revenue`, sql`r.currency`, to, rate);

/** Stops as `figureIn` does when a figure the form shows needs a rate and none is recorded. */
export function requireRate(rate: string | null, needed: boolean): void {
  if (rate === null && needed) throw reportRateMissing();
}

/**
 * The period's accepted reports (the in-period figures), per place group. `among: 'valid'`: only
 * the reports of projects valid at the end (2112 adds the figures of the projects it counts), with
 * the origin of their certificate state.
 */
export async function flowTotals(
  ctx: FormContext,
  rate: string | null,
  grain: Grain = 'park',
  among: 'all' | 'valid' = 'all',
): Promise<FlowTotals[]> {
  const origin =
    among === 'valid' ? sql`coalesce(ev.origin, pp.origin_cache)` : sql`coalesce(oe.origin, pp.origin_cache)`;
  const originJoin =
    among === 'valid'
      ? sql`join ${statesAt(ctx.to, rate)} on ev.project_id = r.project_id`
      : sql`left join ${originsAtEnd(ctx.to)} oe on oe.project_id = r.project_id`;
  const rows = await unitRows(
    ctx,
    `flows:${JSON.stringify({ rate, grain, ...(among === 'valid' ? { among } : {}) })}`,
    (
      unitIds,
    ) => sql`select ${groupSelect(grain)}, ${origin} as origin, r.currency, count(*)::int as reports, sum(r.revenue) as revenue,
               sum(${revenueIn('USD', rate)}) as revenue_usd, sum(${revenueIn('VND', rate)}) as revenue_vnd,
               sum(r.export_usd) as export_usd, sum(r.import_usd) as import_usd, sum(r.budget_vnd) as budget_vnd,
               sum(${amountIn(sql`r.export_usd`, sql`'USD'`, 'VND', rate)}) as export_vnd,
               sum(${amountIn(sql`r.import_usd`, sql`'USD'`, 'VND', rate)}) as import_vnd,
               sum(${amountIn(sql`r.budget_vnd`, sql`'VND'`, 'USD', rate)}) as budget_usd,
               coalesce(bool_or(r.budget_vnd <> 0), false) as budget_needs_usd,
               coalesce(bool_or(r.revenue <> 0 and r.currency <> 'USD'), false) as revenue_needs_usd,
               coalesce(bool_or(r.revenue <> 0 and r.currency <> 'VND'), false) as revenue_needs_vnd,
               coalesce(bool_or(r.export_usd <> 0 or r.import_usd <> 0), false) as trade_needs_vnd
        from reports r
        join (${projectPlaces(unitIds)}) pp on pp.project_id = r.project_id
        ${originJoin}
        where ${periodReportsWhere(ctx)} and ${grainWhere(grain)}
        group by ${groupBy(grain)}, ${origin}, r.currency`,
  );
  return rows.map((r) =>
    Object.assign(groupOf(r), {
      currency: String(r.currency) as 'USD' | 'VND',
      reports: Number(r.reports),
      revenue: str(r.revenue),
      revenueUsd: str(r.revenue_usd),
      revenueVnd: str(r.revenue_vnd),
      exportUsd: str(r.export_usd),
      importUsd: str(r.import_usd),
      budgetVnd: str(r.budget_vnd),
      exportVnd: str(r.export_vnd),
      importVnd: str(r.import_vnd),
      revenueNeedsUsd: r.revenue_needs_usd === true,
      revenueNeedsVnd: r.revenue_needs_vnd === true,
      tradeNeedsVnd: r.trade_needs_vnd === true,
      budgetUsd: str(r.budget_usd),
      budgetNeedsUsd: r.budget_needs_usd === true,
    }),
  );
}

/** Decimal amounts added exactly; null when there are none (as a sum over no records). */
export function addAmounts(values: ReadonlyArray<string | null | undefined>): string | null {
  const present = values.filter((v): v is string => v !== null && v !== undefined);
  return present.length === 0 ? null : formatDecimal(present.reduce((a, v) => add(a, parseDecimal(v)), ZERO));
}

type Summable<T> = { [K in keyof T]: T[K] extends string | null ? K : T[K] extends number ? K : never }[keyof T];

/**
 * Several groups added into one (a total row): counts added, amounts added exactly (null when
 * every group has none, as a sum over no records). The place fields are the first group's.
 */
export function addUp<T extends PlaceGroup>(groups: readonly T[], fields: readonly Summable<T>[]): T | undefined {
  if (groups.length === 0) return undefined;
  const out = { ...groups[0]! };
  for (const f of fields) {
    const values = groups.map((g) => g[f] as unknown as string | number | null);
    if (typeof values[0] === 'number') {
      (out as Record<string, unknown>)[f as string] = values.reduce<number>((a, v) => a + Number(v), 0);
    } else {
      (out as Record<string, unknown>)[f as string] = addAmounts(values as Array<string | null>);
    }
  }
  return out;
}

export const STOCK_SUMS: readonly Summable<StockTotals>[] = [
  'projects',
  'operating',
  'usd',
  'vnd',
  'landHa',
  'realisedUsd',
  'realisedVnd',
  'workersDomestic',
  'workersForeign',
  'workersFemale',
  'workers',
];
export const FLOW_SUMS: readonly Summable<FlowTotals>[] = [
  'reports',
  'revenue',
  'revenueUsd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetVnd',
  'exportVnd',
  'importVnd',
  'budgetUsd',
];
