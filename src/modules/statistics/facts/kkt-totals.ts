/**
 * Biểu 2109's stock and report figures summed in SQL by project type, FDI/DDI and where in the KKT
 * (its parks or the areas outside them): a dozen groups instead of every project and report of the
 * KKTs. The selections and conversions are the record facts' (statesAt, realisedAt, latestWorkersAt,
 * periodReportsWhere, revenueIn), so each cell equals the sum of the records its drill lists.
 */
import { sql } from 'drizzle-orm';
import type { FormContext } from '../forms/definition';
import { groupedBy } from './records';
import { needRate, realisedAt, statesAt } from './registry';
import { latestWorkersAt, periodReportsWhere } from './reports';
import { projectPlaces, type Row, str } from './sql';
import { addAmounts, requireRate, revenueIn } from './totals';
import { unitRows } from './unit-sums';
import type { Origin } from './units';

export type KktWhere = 'in_parks' | 'outside';

export type KktStock = {
  type: 'production_business' | 'infrastructure';
  origin: Origin;
  where: KktWhere;
  projects: number;
  /** Distinct enterprises (or the project, without one) of the projects operating at the end. */
  enterprises: number;
  usd: string | null;
  vnd: string | null;
  landHa: string | null;
  realisedUsd: string | null;
  realisedVnd: string | null;
  workersDomestic: string | null;
  workersForeign: string | null;
  workers: string | null;
};

export type KktFlow = {
  where: KktWhere;
  revenueUsd: string | null;
  importUsd: string | null;
  exportUsd: string | null;
  budgetVnd: string | null;
};

const WHERE = sql`case when pp.park_id is not null then 'in_parks' else 'outside' end`;

/** Projects of the scope's KKTs valid at the end. `ctx.within` must be 'kkt'. */
export async function kktStockTotals(ctx: FormContext, rate: string | null): Promise<KktStock[]> {
  const origin = sql`coalesce(ev.origin, pp.origin_cache)`;
  // Kept per unit; an enterprise may operate in the KKTs of two provinces, so each unit keeps its
  // operating enterprises' ids and the country counts their union.
  const perUnit = await unitRows(
    ctx,
    `kkt-stock:${JSON.stringify({ rate, within: ctx.within ?? null })}`,
    (unitIds) => sql`select pp.unit_id, pp.type, ${origin} as origin, ${WHERE} as place, count(*)::int as projects,
               coalesce(array_agg(distinct coalesce(pp.enterprise_id, pp.project_id))
                 filter (where pp.operation_started_on <= ${ctx.to}::date), '{}') as enterprise_ids,
               sum(ev.usd) as usd, sum(ev.vnd) as vnd, sum(ev.land) as land,
               sum(rc.usd) as realised_usd, sum(rc.vnd) as realised_vnd,
               sum(lr.workers_domestic) as workers_domestic, sum(lr.workers_foreign) as workers_foreign,
               sum(case when lr.workers_domestic is null and lr.workers_foreign is null then null
                        else coalesce(lr.workers_domestic, 0) + coalesce(lr.workers_foreign, 0) end) as workers,
               bool_or((${origin} = 'FDI' and ev.missing_usd) or (${origin} = 'DDI' and ev.missing_vnd)) as missing
        from (${projectPlaces(unitIds, ctx.within)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        left join ${realisedAt(ctx.to, rate)} on rc.project_id = pp.project_id
        left join ${latestWorkersAt(ctx.to)} on lr.report_project_id = pp.project_id
        where pp.kkt_id is not null
        group by pp.unit_id, pp.type, ${origin}, ${WHERE}`,
  );
  if (perUnit.some((r) => r.missing === true)) throw needRate('dự án', ctx.to);
  return [...groupedBy(perUnit, (r) => `${r.type}|${r.origin}|${r.place}`).values()].map((rs) => {
    const [r] = rs as [Row, ...Row[]];
    const sum = (column: string) => addAmounts(rs.map((x) => str(x[column])));
    return {
      type: String(r.type) as KktStock['type'],
      origin: String(r.origin) as Origin,
      where: String(r.place) as KktWhere,
      projects: rs.reduce((a, x) => a + Number(x.projects), 0),
      enterprises: new Set(rs.flatMap((x) => x.enterprise_ids as string[])).size,
      usd: sum('usd'),
      vnd: sum('vnd'),
      landHa: sum('land'),
      realisedUsd: sum('realised_usd'),
      realisedVnd: sum('realised_vnd'),
      workersDomestic: sum('workers_domestic'),
      workersForeign: sum('workers_foreign'),
      workers: sum('workers'),
    };
  });
}

/** The period's accepted reports of the scope's KKT projects, in 2109's fixed units. */
export async function kktFlowTotals(ctx: FormContext, rate: string | null): Promise<KktFlow[]> {
  const perUnit = await unitRows(
    ctx,
    `kkt-flows:${JSON.stringify({ rate, within: ctx.within ?? null })}`,
    (unitIds) => sql`select pp.unit_id, ${WHERE} as place, sum(${revenueIn('USD', rate)}) as revenue_usd,
               sum(r.import_usd) as import_usd, sum(r.export_usd) as export_usd, sum(r.budget_vnd) as budget_vnd,
               coalesce(bool_or(r.revenue <> 0 and r.currency <> 'USD'), false) as revenue_needs_usd
        from reports r
        join (${projectPlaces(unitIds, ctx.within)}) pp on pp.project_id = r.project_id
        where pp.kkt_id is not null and ${periodReportsWhere(ctx)}
        group by pp.unit_id, ${WHERE}`,
  );
  requireRate(
    rate,
    perUnit.some((r) => r.revenue_needs_usd === true),
  );
  return [...groupedBy(perUnit, (r) => String(r.place)).values()].map((rs) => {
    const sum = (column: string) => addAmounts(rs.map((x) => str(x[column])));
    return {
      where: String(rs[0]!.place) as KktWhere,
      revenueUsd: sum('revenue_usd'),
      importUsd: sum('import_usd'),
      exportUsd: sum('export_usd'),
      budgetVnd: sum('budget_vnd'),
    };
  });
}
