/**
 * The certificate events of a period summed per place group, FDI/DDI (after each event) and flow
 * line (flows.ts: new, increased, decreased, ended; null for events that move no capital): the
 * counts and amounts of Biểu 2101 rows 1–5 and of the briefing's new certificates and capital
 * increases, without reading every event. Amounts are converted per event exactly as
 * `periodEvents` converts them, so each group adds up to the records its cells drill to.
 */
import { type SQL, sql } from 'drizzle-orm';
import { formatDecimal, parseDecimal } from '../../../kernel/decimal';
import type { FormContext } from '../forms/definition';
import type { FlowLine } from './flows';
import { type Grain, groupBy, groupOf, groupSelect, type PlaceGroup } from './place-groups';
import { needRate, usdOf, vndOf } from './registry';
import { projectPlaces, str } from './sql';
import { unitRows } from './unit-sums';
import { negate } from './units';

export type EventTotals = PlaceGroup & {
  line: FlowLine | null;
  /** Distinct projects with such an event (a project lies in one group). */
  projects: number;
  /** The events' signed amounts in USD and VND (an adjustment's change; an ending's capital). */
  usd: string | null;
  vnd: string | null;
  /** The line's amount in the origin's currency, positive (a decrease's change negated). */
  amount: string | null;
  /** Leased land change: new and adjusted area, minus the area of certificates ended. */
  landHa: string | null;
};

/**
 * Each certificate event of the period in the units' projects (as `pp`: the project's place
 * columns, then its `origin` after the event, flow `line`, `usd` and `vnd` amounts, `land` change
 * and whether an amount `missing` a rate), for the grouped reads to sum by plain columns.
 */
export function periodEventLines(ctx: FormContext, rate: string | null, unitIds: readonly string[]): SQL {
  const origin = sql`coalesce(e.origin_after, p.origin_cache)`;
  const usd = usdOf(rate);
  const vnd = vndOf(rate);
  const change = sql`case when ${origin} = 'FDI' then ${usd} else ${vnd} end`;
  const line = sql`case when e.kind = 'issued' then 'new' when e.kind in ('revoked', 'terminated') then 'ended'
                        when e.kind = 'adjusted' and ${change} > 0 then 'increased'
                        when e.kind = 'adjusted' and ${change} < 0 then 'decreased' end`;
  return sql`(
    select p.*, ${origin} as origin, ${line} as line, ${usd} as usd, ${vnd} as vnd,
           case when e.kind in ('issued', 'adjusted') then e.land_area_ha
                when e.kind in ('revoked', 'terminated') then -(
                  select sum(x.land_area_ha) from certificate_events x
                  where x.project_id = e.project_id and x.seq < e.seq and x.kind in ('issued', 'adjusted'))
           end as land,
           (e.capital is not null and ${change} is null) as missing
    from certificate_events e
    join (${projectPlaces(unitIds)}) p on p.project_id = e.project_id
    where e.date >= ${ctx.from} and e.date <= ${ctx.to}
  ) pp`;
}

/**
 * `among` narrows the groups returned (and the events whose missing rate stops the form, as
 * `periodEvents` over a narrower scope would), e.g. to the KKTs for 2109.
 */
export async function eventTotals(
  ctx: FormContext,
  rate: string | null,
  grain: Grain = 'park',
  among: (group: PlaceGroup) => boolean = () => true,
): Promise<EventTotals[]> {
  const rows = await unitRows(
    ctx,
    `events:${JSON.stringify({ rate, grain })}`,
    (unitIds) => sql`select ${groupSelect(grain)}, pp.origin, pp.line,
               count(distinct pp.project_id)::int as projects, sum(pp.usd) as usd, sum(pp.vnd) as vnd,
               sum(pp.land) as land, bool_or(pp.missing) as missing
        from ${periodEventLines(ctx, rate, unitIds)}
        group by ${groupBy(grain)}, pp.origin, pp.line`,
  );
  const chosen = rows.map((r) => [r, groupOf(r)] as const).filter(([, g]) => among(g));
  if (chosen.some(([r]) => r.missing === true)) throw needRate('khoản vốn', ctx.to);
  return chosen.map(([r, group]) => {
    const lineOf = str(r.line) as FlowLine | null;
    const own = str(group.origin === 'FDI' ? r.usd : r.vnd);
    return Object.assign(group, {
      line: lineOf,
      projects: Number(r.projects),
      usd: str(r.usd),
      vnd: str(r.vnd),
      amount: own === null || lineOf !== 'decreased' ? own : formatDecimal(negate(parseDecimal(own))),
      landHa: str(r.land),
    });
  });
}
