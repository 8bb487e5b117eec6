/**
 * Biểu 2114's cumulative columns summed in SQL: the FDI projects valid at the period's end in parks,
 * coastal KKTs and border-gate KKTs, per investor signature (the nationalities and shares of the
 * project's investors at the end) and split. The signatures are a few hundred whatever the number
 * of projects; the form turns each into its partner group with the investment module's own rule.
 * The selection is `validProjects`' (statesAt, realisedAt), so a cell equals the sum of its drill.
 */
import { sql } from 'drizzle-orm';
import { formatDecimal, parseDecimal } from '../../../kernel/decimal';
import type { FormContext } from '../forms/definition';
import { periodEventLines } from './event-totals';
import type { FlowLine } from './flows';
import { needRate, realisedAt, statesAt } from './registry';
import { projectPlaces, str } from './sql';
import { unitRows } from './unit-sums';
import { negate } from './units';

export type Split2114 = 'parks' | 'coastal' | 'border_gate';

export type PartnerStock = {
  /** The investors at the end, largest share first; empty when the project has none. */
  investors: Array<{ nationality: string; share: string }>;
  split: Split2114;
  projects: number;
  usd: string | null;
  realisedUsd: string | null;
};

/** `nationality=share` pairs joined with `;`, as the SQL below writes them. */
export function investorsOfSignature(signature: string | null): PartnerStock['investors'] {
  if (signature === null || signature === '') return [];
  return signature.split(';').map((pair) => {
    const at = pair.lastIndexOf('=');
    return { nationality: pair.slice(0, at), share: pair.slice(at + 1) };
  });
}

/** Investors valid at the end of the period, one signature per project (as `inv`). */
export const investorSignaturesAt = (to: string) => sql`(
  select pi.project_id,
         string_agg(i.nationality || '=' || pi.share::text, ';' order by pi.share desc, i.name) as signature
  from project_investors pi join investors i on i.id = pi.investor_id
  where pi.valid_from <= ${to} and (pi.valid_to is null or pi.valid_to > ${to})
  group by pi.project_id
) inv`;

export async function partnerStockTotals(ctx: FormContext, rate: string | null): Promise<PartnerStock[]> {
  const split = sql`case when pp.park_id is not null then 'parks' else pp.kkt_type end`;
  // Kept per unit: a signature's rows from several provinces are added by the form like any two signatures of a group.
  const rows = await unitRows(
    ctx,
    `partner-stock:${JSON.stringify({ rate, within: ctx.within ?? null })}`,
    (unitIds) => sql`select pp.unit_id, inv.signature, ${split} as split, count(*)::int as projects,
               sum(ev.usd) as usd, sum(rc.usd) as realised_usd, bool_or(ev.missing_usd) as missing
        from (${projectPlaces(unitIds, ctx.within)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        left join ${realisedAt(ctx.to, rate)} on rc.project_id = pp.project_id
        left join ${investorSignaturesAt(ctx.to)} on inv.project_id = pp.project_id
        where coalesce(ev.origin, pp.origin_cache) = 'FDI'
          and (pp.park_id is not null or pp.kkt_type in ('coastal', 'border_gate'))
        group by pp.unit_id, inv.signature, ${split}`,
  );
  // As validProjects: an FDI capital recorded only in đồng needs the period-end rate.
  if (rows.some((r) => r.missing === true)) throw needRate('dự án', ctx.to);
  return rows.map((r) => ({
    investors: investorsOfSignature(str(r.signature)),
    split: String(r.split) as Split2114,
    projects: Number(r.projects),
    usd: str(r.usd),
    realisedUsd: str(r.realised_usd),
  }));
}

/** The period's FDI certificate events of one flow line, per investor signature at the end. */
export type PartnerFlow = {
  investors: PartnerStock['investors'];
  line: FlowLine;
  /** Distinct projects (a project has one signature). */
  projects: number;
  /** The line's amount in USD, positive (a decrease's change negated). */
  usd: string | null;
};

/**
 * Biểu 2114's in-period columns summed in SQL: each FDI event with a flow line (after the event),
 * grouped by its project's investor signature at the end; as `periodEvents`, an amount of any event
 * of the scope that needs the missing rate stops the form.
 */
export async function partnerFlowTotals(ctx: FormContext, rate: string | null): Promise<PartnerFlow[]> {
  const rows = await unitRows(
    ctx,
    `partner-flows:${JSON.stringify({ rate })}`,
    (unitIds) => sql`select pp.unit_id, inv.signature, pp.line, count(distinct pp.project_id)::int as projects,
               sum(pp.usd) as usd, bool_or(pp.missing) as missing, bool_and(pp.origin = 'FDI' and pp.line is not null) as counted
        from ${periodEventLines(ctx, rate, unitIds)}
        left join ${investorSignaturesAt(ctx.to)} on inv.project_id = pp.project_id
        group by pp.unit_id, inv.signature, pp.line, (pp.origin = 'FDI' and pp.line is not null)`,
  );
  if (rows.some((r) => r.missing === true)) throw needRate('khoản vốn', ctx.to);
  return rows
    .filter((r) => r.counted === true)
    .map((r) => {
      const line = String(r.line) as FlowLine;
      const usd = str(r.usd);
      return {
        investors: investorsOfSignature(str(r.signature)),
        line,
        projects: Number(r.projects),
        usd: usd === null || line !== 'decreased' ? usd : formatDecimal(negate(parseDecimal(usd))),
      };
    });
}
