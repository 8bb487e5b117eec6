/**
 * Biểu 2113's rows in one read: each production/business project valid at the period's end in the
 * area of a KKT outside its parks, with its capital, land, realised capital, latest workers and the
 * sums of its accepted reports of the period (converted as `figureIn` converts them). One row per
 * project instead of four record reads; the fragments are the record facts', so the cells equal
 * their drills.
 */
import { sql } from 'drizzle-orm';
import type { FormContext } from '../forms/definition';
import { needRate, realisedAt, statesAt } from './registry';
import { latestWorkersAt, periodReportsWhere } from './reports';
import { day, projectPlaces, str } from './sql';
import { requireRate, revenueIn } from './totals';
import { unitRows } from './unit-sums';
import type { Origin } from './units';

export type KktAreaProject = {
  projectId: string;
  name: string;
  sectors: string[];
  inOperation: boolean;
  origin: Origin;
  /** Registered capital in the origin's currency (USD for FDI, VND for DDI). */
  capital: string | null;
  realised: string | null;
  landHa: string | null;
  /** The period's accepted reports: revenue in the origin's currency, trade in USD, budget in VND. */
  revenue: string | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetVnd: string | null;
  workersDomestic: string | null;
  workersForeign: string | null;
};

export async function kktAreaProjects(ctx: FormContext, rate: string | null): Promise<KktAreaProject[]> {
  const origin = sql`coalesce(ev.origin, pp.origin_cache)`;
  // Kept per unit (the country's 2113 reads ~17,000 rows at scale 10, 0.7 s to compute): after a
  // write only the written province is read again. Kept rows come back unit by unit, so the
  // projects are put in code order here, as the records build lists them.
  const rows = await unitRows(
    ctx,
    `kkt-area-projects:${JSON.stringify({ rate })}`,
    (unitIds) =>
      // The period's report sums are looked up per project (by its index on reports): as a grouped
      // subquery joined to one province's projects, the planner re-aggregated it per project.
      sql`select pp.unit_id, pp.project_id, pp.project_code, pp.name, pp.sectors, pp.operation_started_on,
               ${origin} as origin,
               ev.usd, ev.vnd, ev.land, ev.missing_usd, ev.missing_vnd, rc.usd as realised_usd, rc.vnd as realised_vnd,
               lr.workers_domestic, lr.workers_foreign, rp.revenue_usd, rp.revenue_vnd, rp.export_usd, rp.import_usd,
               rp.budget_vnd, rp.needs_usd, rp.needs_vnd
        from (${projectPlaces(unitIds, 'kkt_area')}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        left join ${realisedAt(ctx.to, rate)} on rc.project_id = pp.project_id
        left join ${latestWorkersAt(ctx.to)} on lr.report_project_id = pp.project_id
        left join lateral (
          select sum(${revenueIn('USD', rate)}) as revenue_usd, sum(${revenueIn('VND', rate)}) as revenue_vnd,
                 sum(r.export_usd) as export_usd, sum(r.import_usd) as import_usd, sum(r.budget_vnd) as budget_vnd,
                 coalesce(bool_or(r.revenue <> 0 and r.currency <> 'USD'), false) as needs_usd,
                 coalesce(bool_or(r.revenue <> 0 and r.currency <> 'VND'), false) as needs_vnd
          from reports r
          where r.project_id = pp.project_id and ${periodReportsWhere(ctx)}
        ) rp on true
        where pp.park_id is null and pp.kkt_id is not null and pp.type = 'production_business'`,
  );
  const code = (r: Record<string, unknown>) => String(r.project_code);
  rows.sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0));
  const fdi = (r: Record<string, unknown>) => r.origin === 'FDI';
  if (rows.some((r) => (fdi(r) ? r.missing_usd : r.missing_vnd) === true)) throw needRate('dự án', ctx.to);
  requireRate(
    rate,
    rows.some((r) => (fdi(r) ? r.needs_usd : r.needs_vnd) === true),
  );
  return rows.map((r) => {
    const started = day(r.operation_started_on);
    return {
      projectId: String(r.project_id),
      name: String(r.name),
      sectors: (r.sectors as string[] | null) ?? [],
      inOperation: started !== null && started <= ctx.to,
      origin: String(r.origin) as Origin,
      capital: str(fdi(r) ? r.usd : r.vnd),
      realised: str(fdi(r) ? r.realised_usd : r.realised_vnd),
      landHa: str(r.land),
      revenue: str(fdi(r) ? r.revenue_usd : r.revenue_vnd),
      exportUsd: str(r.export_usd),
      importUsd: str(r.import_usd),
      budgetVnd: str(r.budget_vnd),
      workersDomestic: str(r.workers_domestic),
      workersForeign: str(r.workers_foreign),
    };
  });
}
