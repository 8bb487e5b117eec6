/**
 * The facts each certificate event carries so the national forms can sum in SQL instead of folding
 * every history: the project's FDI/DDI and main partner after the event (from the investor list
 * valid on the event's day, classified on the day that list was set) and the event's amount in
 * USD and in VND. The amount is the one the event states (issued: the registered capital; adjusted:
 * the signed change; revoked/terminated: the capital at the end); the other currency is converted
 * with the event's named State Bank rate, or else the latest one on or before the event's day, or
 * left null when none is recorded (the forms then convert with the rate at the period's end).
 *
 * Rewritten for a whole project whenever an event is recorded or its investors change, in the
 * writer's transaction, so the facts never disagree with the history.
 */
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { type Currency, convert, type Money } from '../../../kernel/money';
import type { DbOrTx } from '../../../platform/db/client';
import { certificateEvents, exchangeRates, investors, projectInvestors, projects } from '../schema';
import { trimDecimal } from './manage-investors';
import { type InvestorsOn, originOf, partnerOf, type RateRow, rateOfRow, ruleInvestors } from './project-history';

export type EventFacts = {
  originAfter: string | null;
  partnerAfter: string | null;
  capitalUsd: string | null;
  capitalVnd: string | null;
};

/** The amount in both currencies; `rate` converts into the other one (null: only the stated one). */
export function amountsOf(amount: Money | null, rate: RateRow | null): Pick<EventFacts, 'capitalUsd' | 'capitalVnd'> {
  if (!amount) return { capitalUsd: null, capitalVnd: null };
  const other: Currency = amount.currency === 'USD' ? 'VND' : 'USD';
  const converted = rate ? convert(amount, other, rateOfRow(rate)).value : null;
  return amount.currency === 'USD'
    ? { capitalUsd: amount.value, capitalVnd: converted }
    : { capitalUsd: converted, capitalVnd: amount.value };
}

/** FDI/DDI and main partner of a list; a list set before any FDI/DDI rule keeps `fallback`. */
export function originAndPartner(
  list: InvestorsOn | null,
  fallback: string,
): Pick<EventFacts, 'originAfter' | 'partnerAfter'> {
  if (!list) return { originAfter: fallback, partnerAfter: null };
  let origin = fallback;
  try {
    origin = originOf(list).origin;
  } catch {
    // No rule in force on the list's day: the recorded origin stands.
  }
  let partner: string | null = null;
  try {
    partner = partnerOf(ruleInvestors(list), list.validFrom);
  } catch {
    partner = null;
  }
  return { originAfter: origin, partnerAfter: partner };
}

async function rateFor(tx: DbOrTx, named: RateRow | null, currency: string, date: string): Promise<RateRow | null> {
  if (named) return named;
  const [row] = await tx
    .select()
    .from(exchangeRates)
    .where(
      and(eq(exchangeRates.fromCurrency, 'USD'), eq(exchangeRates.toCurrency, 'VND'), lte(exchangeRates.date, date)),
    )
    .orderBy(desc(exchangeRates.date), asc(exchangeRates.source))
    .limit(1);
  return currency === 'USD' || currency === 'VND' ? (row ?? null) : null;
}

/** Every investor list the project ever had, each with the day it ended (exclusive; null while current). */
async function loadInvestorHistory(
  tx: DbOrTx,
  projectId: string,
): Promise<Array<InvestorsOn & { validTo: string | null }>> {
  const rows = await tx
    .select({ share: projectInvestors, investor: investors })
    .from(projectInvestors)
    .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
    .where(eq(projectInvestors.projectId, projectId))
    .orderBy(asc(projectInvestors.validFrom), desc(projectInvestors.share), asc(investors.name));
  const byStart = new Map<string, InvestorsOn & { validTo: string | null }>();
  for (const r of rows) {
    const list = byStart.get(r.share.validFrom) ?? { validFrom: r.share.validFrom, validTo: r.share.validTo, rows: [] };
    list.rows.push(r);
    byStart.set(r.share.validFrom, list);
  }
  return [...byStart.values()];
}

/** Recomputes and stores the facts of every event of one project (in the caller's transaction). */
export async function rewriteEventFacts(tx: DbOrTx, projectId: string): Promise<void> {
  const [project] = await tx.select({ origin: projects.originCache }).from(projects).where(eq(projects.id, projectId));
  if (!project) return;
  const rows = await tx
    .select({ event: certificateEvents, rate: exchangeRates })
    .from(certificateEvents)
    .leftJoin(exchangeRates, eq(exchangeRates.id, certificateEvents.exchangeRateId))
    .where(eq(certificateEvents.projectId, projectId))
    .orderBy(asc(certificateEvents.seq));
  const lists = await loadInvestorHistory(tx, projectId);
  for (const { event, rate } of rows) {
    const list = lists.find((l) => l.validFrom <= event.date && (l.validTo === null || l.validTo > event.date)) ?? null;
    const amount =
      event.capital !== null && event.currency !== null
        ? { value: trimDecimal(event.capital)!, currency: event.currency as Currency }
        : null;
    const facts: EventFacts = {
      ...originAndPartner(list, project.origin),
      ...amountsOf(amount, amount ? await rateFor(tx, rate, amount.currency, event.date) : null),
    };
    if (
      facts.originAfter === event.originAfter &&
      facts.partnerAfter === event.partnerAfter &&
      sameNumber(facts.capitalUsd, event.capitalUsd) &&
      sameNumber(facts.capitalVnd, event.capitalVnd)
    ) {
      continue;
    }
    await tx.update(certificateEvents).set(facts).where(eq(certificateEvents.id, event.id));
  }
}

const sameNumber = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : trimDecimal(a) === trimDecimal(b);
