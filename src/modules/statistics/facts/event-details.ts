/**
 * What the event forms print beside an event's figures (2115 adjustments, 2116 revocations and
 * terminations): its charter-capital change, and its project's first certificate and investors
 * (name, nationality, largest share first) at the end of the period. Kept per unit and period like
 * the period's events (unit-sums.ts): looking these up per request for a country's year is a few
 * thousand projects' certificates and investors. A certificate event, a project's investors or an
 * investor's name or nationality changing drops the unit's rows (migrations 0023, 0025); the named
 * exchange rates an event points to are never edited, only added.
 */
import { sql } from 'drizzle-orm';
import { parseDecimal, ZERO } from '../../../kernel/decimal';
import type { FormContext } from '../forms/definition';
import { day, inList, projectPlaces, str } from './sql';
import { unitRows } from './unit-sums';

export type Charter = { value: string; currency: string; rate: string | null };
export type EventDetails = {
  /** Charter-capital changes by event id (only the events that state one). */
  charters: Map<string, Charter>;
  /** The project's first certificate (date, number or document) by project id. */
  issues: Map<string, { date: string; document: string | null }>;
  /** The project's investors at the end, largest share first, by project id. */
  investors: Map<string, Array<{ name: string; nationality: string }>>;
};

const KINDS = { adjusted: ['adjusted'], ended: ['revoked', 'terminated'] } as const;

/**
 * The details of the events of `kinds` dated in the period. `periodRate` converts a charter change
 * whose event names no State Bank rate.
 */
export async function eventDetails(
  ctx: FormContext,
  periodRate: string | null,
  kinds: keyof typeof KINDS,
): Promise<EventDetails> {
  const rows = await unitRows(
    ctx,
    `event-details:${JSON.stringify({ rate: periodRate, kinds })}`,
    (unitIds) => sql`select pp.unit_id, e.id, e.project_id, e.charter_capital, p.currency,
               case when r.from_currency = 'USD' and r.to_currency = 'VND' then r.rate else ${periodRate}::numeric end as rate,
               issue.date as issued_on, issue.document,
               (select json_agg(json_build_object('name', i.name, 'nationality', i.nationality) order by pi.share desc, i.name)
                from project_investors pi join investors i on i.id = pi.investor_id
                where pi.project_id = e.project_id and pi.valid_from <= ${ctx.to}
                  and (pi.valid_to is null or pi.valid_to > ${ctx.to})) as investors
        from certificate_events e
        join projects p on p.id = e.project_id
        join (${projectPlaces(unitIds)}) pp on pp.project_id = e.project_id
        left join exchange_rates r on r.id = e.exchange_rate_id
        left join lateral (
          select x.date, coalesce(x.certificate_no, x.document_no) as document from certificate_events x
          where x.project_id = e.project_id and x.kind = 'issued' order by x.seq desc limit 1
        ) issue on true
        where ${inList(sql`e.kind`, KINDS[kinds])} and e.date >= ${ctx.from} and e.date <= ${ctx.to}`,
  );
  const details: EventDetails = { charters: new Map(), issues: new Map(), investors: new Map() };
  for (const r of rows) {
    const charter = str(r.charter_capital);
    if (charter !== null && parseDecimal(charter) !== ZERO) {
      details.charters.set(String(r.id), { value: charter, currency: String(r.currency), rate: str(r.rate) });
    }
    const project = String(r.project_id);
    if (r.issued_on !== null) details.issues.set(project, { date: day(r.issued_on)!, document: str(r.document) });
    details.investors.set(project, (r.investors ?? []) as Array<{ name: string; nationality: string }>);
  }
  return details;
}
