/**
 * Biểu 2114's cumulative columns summed in SQL: the FDI projects valid at the period's end in parks,
 * coastal KKTs and border-gate KKTs, per investor signature (the nationalities and shares of the
 * project's investors at the end) and split. Each signature is turned into its partner group with
 * the investment module's own rule (`partnerGroup2114`) when a unit's sums are built, and the kept
 * rows are the groups': a few dozen per province instead of thousands of signatures. The selection
 * is `validProjects`' (statesAt, realisedAt), so a cell equals the sum of its drill.
 */
import { sql } from 'drizzle-orm';
import { formatDecimal, parseDecimal } from '../../../kernel/decimal';
import { type PartnerGroupKind, partnerGroup2114 } from '../../investment/partner-country';
import type { FormContext } from '../forms/definition';
import { periodEventLines } from './event-totals';
import type { FlowLine } from './flows';
import { needRate, realisedAt, statesAt } from './registry';
import { projectPlaces, type Row, rowsOf, str } from './sql';
import { addAmounts } from './totals';
import { keptRows } from './unit-sums';
import { negate } from './units';

export type Split2114 = 'parks' | 'coastal' | 'border_gate';

/** A 2114 row: the partner group's key, kind and foreign countries (largest share first). */
export type PartnerGroupOf = { key: string; kind: PartnerGroupKind; countries: string[] };

/**
 * The partner group of a project from its investors at the end. Every foreign-only joint venture is
 * one row ("Liên doanh khác"), so its countries are not kept.
 */
export function partnerGroupOfInvestors(
  investors: ReadonlyArray<{ nationality: string; share: string }>,
): PartnerGroupOf {
  const g = partnerGroup2114(
    investors.map((i) => ({ kind: 'organisation' as const, nationality: i.nationality, share: i.share })),
  );
  return g.kind === 'jv_foreign_only' || g.kind === 'vietnam'
    ? { key: g.kind, kind: g.kind, countries: [] }
    : { key: `${g.kind}:${g.countries.join('-')}`, kind: g.kind, countries: g.countries };
}

export type PartnerStock = {
  group: PartnerGroupOf;
  split: Split2114;
  projects: number;
  usd: string | null;
  realisedUsd: string | null;
};

/** `nationality=share` pairs joined with `;`, as the SQL below writes them. */
export function investorsOfSignature(signature: string | null): Array<{ nationality: string; share: string }> {
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

/**
 * The signature rows of a unit added up per partner group and `by` (split or flow line): counts and
 * amounts added, `missing` kept if any row lacks the rate. A signature whose shares do not add up
 * stops the build as it stops the records build.
 */
function byPartnerGroup(rows: Row[], by: string): Row[] {
  const out = new Map<string, Row>();
  const groups = new Map<string | null, PartnerGroupOf>();
  for (const r of rows) {
    const signature = str(r.signature);
    // Rows the form does not count (DDI events, events on no flow line) keep no group.
    let group = r.counted === false ? null : groups.get(signature);
    if (group === undefined) {
      group = partnerGroupOfInvestors(investorsOfSignature(signature));
      groups.set(signature, group);
    }
    const key = `${r.unit_id}|${group?.key}|${r[by]}|${r.counted !== false}`;
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...r, signature: null, group, usd: str(r.usd), realised_usd: str(r.realised_usd ?? null) });
      continue;
    }
    seen.projects = Number(seen.projects) + Number(r.projects);
    seen.usd = addAmounts([str(seen.usd), str(r.usd)]);
    seen.realised_usd = addAmounts([str(seen.realised_usd), str(r.realised_usd ?? null)]);
    seen.missing = seen.missing === true || r.missing === true;
  }
  return [...out.values()];
}

export async function partnerStockTotals(ctx: FormContext, rate: string | null): Promise<PartnerStock[]> {
  const split = sql`case when pp.park_id is not null then 'parks' else pp.kkt_type end`;
  const rows = await keptRows(
    ctx,
    `partner-group-stock:${JSON.stringify({ rate, within: ctx.within ?? null })}`,
    async (db, unitIds) =>
      byPartnerGroup(
        await rowsOf(
          db,
          sql`select pp.unit_id, inv.signature, ${split} as split, count(*)::int as projects,
                   sum(ev.usd) as usd, sum(rc.usd) as realised_usd, bool_or(ev.missing_usd) as missing
            from (${projectPlaces(unitIds, ctx.within)}) pp
            join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
            left join ${realisedAt(ctx.to, rate)} on rc.project_id = pp.project_id
            left join ${investorSignaturesAt(ctx.to)} on inv.project_id = pp.project_id
            where coalesce(ev.origin, pp.origin_cache) = 'FDI'
              and (pp.park_id is not null or pp.kkt_type in ('coastal', 'border_gate'))
            group by pp.unit_id, inv.signature, ${split}`,
        ),
        'split',
      ),
  );
  // As validProjects: an FDI capital recorded only in đồng needs the period-end rate.
  if (rows.some((r) => r.missing === true)) throw needRate('dự án', ctx.to);
  return rows.map((r) => ({
    group: r.group as PartnerGroupOf,
    split: String(r.split) as Split2114,
    projects: Number(r.projects),
    usd: str(r.usd),
    realisedUsd: str(r.realised_usd),
  }));
}

/** The period's FDI certificate events of one flow line, per partner group of the project at the end. */
export type PartnerFlow = {
  group: PartnerGroupOf;
  line: FlowLine;
  /** Distinct projects (a project has one partner group). */
  projects: number;
  /** The line's amount in USD, positive (a decrease's change negated). */
  usd: string | null;
};

/**
 * Biểu 2114's in-period columns summed in SQL: each FDI event with a flow line (after the event),
 * grouped by its project's partner group at the end; as `periodEvents`, an amount of any event
 * of the scope that needs the missing rate stops the form.
 */
export async function partnerFlowTotals(ctx: FormContext, rate: string | null): Promise<PartnerFlow[]> {
  const rows = await keptRows(ctx, `partner-group-flows:${JSON.stringify({ rate })}`, async (db, unitIds) =>
    byPartnerGroup(
      await rowsOf(
        db,
        sql`select pp.unit_id, inv.signature, pp.line, count(distinct pp.project_id)::int as projects,
                   sum(pp.usd) as usd, bool_or(pp.missing) as missing,
                   bool_and(pp.origin = 'FDI' and pp.line is not null) as counted
            from ${periodEventLines(ctx, rate, unitIds)}
            left join ${investorSignaturesAt(ctx.to)} on inv.project_id = pp.project_id
            group by pp.unit_id, inv.signature, pp.line, (pp.origin = 'FDI' and pp.line is not null)`,
      ),
      'line',
    ),
  );
  if (rows.some((r) => r.missing === true)) throw needRate('khoản vốn', ctx.to);
  return rows
    .filter((r) => r.counted === true)
    .map((r) => {
      const line = String(r.line) as FlowLine;
      const usd = str(r.usd);
      return {
        group: r.group as PartnerGroupOf,
        line,
        projects: Number(r.projects),
        usd: usd === null || line !== 'decreased' ? usd : formatDecimal(negate(parseDecimal(usd))),
      };
    });
}
