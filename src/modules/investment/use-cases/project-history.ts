/**
 * A project's stored history read back as the pure rules take it: certificate events (with the
 * exchange-rate rows they name) and the investors valid on a day.
 *
 * `project_investors` rows are valid from `valid_from` (inclusive) until `valid_to` (exclusive;
 * null while current). Every change of investors closes the whole list and opens the new one,
 * so the rows valid on a day share one `valid_from`: the day the investors were set.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import type { Currency, ExchangeRate, Money } from '../../../kernel/money';
import type { DbOrTx } from '../../../platform/db/client';
import { type CapitalOrigin, classifyCapitalOrigin, type Investor as RuleInvestor } from '../capital-origin';
import type { CertificateEvent } from '../certificate-events';
import { type CertificateEventView, EVENT_KIND_LABELS, type ExchangeRate as RateView } from '../contract';
import { mainPartnerCountry } from '../partner-country';
import { certificateEvents, exchangeRates, investors, projectInvestors, projects } from '../schema';
import { asRuleInvestor, trimDecimal } from './manage-investors';

export type EventRow = typeof certificateEvents.$inferSelect;
export type RateRow = typeof exchangeRates.$inferSelect;
export type InvestorRow = typeof investors.$inferSelect;
export type ShareRow = typeof projectInvestors.$inferSelect;

export type EventDetails = {
  objectives?: string[];
  schedule?: string;
  investors?: Array<{ investorId: string; share: string }>;
};

export type StoredEvent = { row: EventRow; rate: RateRow | null; event: CertificateEvent };

export const rateOfRow = (r: RateRow): ExchangeRate => ({
  from: r.fromCurrency as Currency,
  to: r.toCurrency as Currency,
  rate: trimDecimal(r.rate)!,
  date: r.date,
  source: r.source,
});
export const rateView = (r: RateRow): RateView => ({ id: r.id, ...rateOfRow(r) });

const moneyOf = (value: string | null, currency: string | null): Money | null =>
  value === null || currency === null ? null : { value: trimDecimal(value)!, currency: currency as Currency };

/** One stored row as the pure event type (amounts in their own currency, conversion from its rate row). */
export function toPureEvent(row: EventRow, rate: RateRow | null): CertificateEvent {
  const details = (row.details ?? {}) as EventDetails;
  const base = { seq: row.seq, date: row.date, ...(row.documentNo ? { documentNo: row.documentNo } : {}) };
  const conversion = rate ? { conversion: rateOfRow(rate) } : {};
  const capital = moneyOf(row.capital, row.currency);
  switch (row.kind) {
    case 'issued':
      return {
        ...base,
        kind: 'issued',
        registeredCapital: capital ?? { value: '0', currency: 'VND' },
        landAreaHa: trimDecimal(row.landAreaHa) ?? '0',
        ...(details.objectives ? { objectives: details.objectives } : {}),
        ...(details.schedule ? { schedule: details.schedule } : {}),
      };
    case 'adjusted':
      return {
        ...base,
        kind: 'adjusted',
        ...(capital ? { capitalDelta: capital } : {}),
        ...conversion,
        ...(row.landAreaHa !== null ? { landAreaDeltaHa: trimDecimal(row.landAreaHa)! } : {}),
        ...(details.objectives ? { objectives: details.objectives } : {}),
        ...(details.schedule ? { schedule: details.schedule } : {}),
      };
    case 'reissued':
      return { ...base, kind: 'reissued' };
    case 'revoked':
    case 'terminated':
      return {
        ...base,
        kind: row.kind,
        documentNo: row.documentNo ?? '',
        capitalAtEnd: capital ?? { value: '0', currency: 'VND' },
        ...conversion,
      };
    default:
      throw new AppError('INTERNAL', `Loại sự kiện lạ: ${row.kind}.`, `Unknown event kind: ${row.kind}.`);
  }
}

export type InvestorNames = ReadonlyMap<string, { name: string; nationality: string }>;

/** `projectCurrency`: the certificate's currency, in which the charter capital is stated. */
export function eventView(
  s: StoredEvent,
  asOf: string,
  names: InvestorNames,
  projectCurrency: string,
): CertificateEventView {
  const { row, rate } = s;
  const details = (row.details ?? {}) as EventDetails;
  const kind = row.kind as CertificateEventView['kind'];
  return {
    id: row.id,
    seq: row.seq,
    kind,
    label: EVENT_KIND_LABELS[kind],
    date: row.date,
    certificateNo: row.certificateNo,
    documentNo: row.documentNo,
    capital: moneyOf(row.capital, row.currency),
    landAreaHa: trimDecimal(row.landAreaHa),
    charterCapital: moneyOf(row.charterCapital, projectCurrency),
    exchangeRate: rate ? rateView(rate) : null,
    objectives: details.objectives ?? null,
    schedule: details.schedule ?? null,
    investors:
      details.investors?.map((i) => ({
        investorId: i.investorId,
        share: trimDecimal(i.share)!,
        name: names.get(i.investorId)?.name ?? null,
        nationality: names.get(i.investorId)?.nationality ?? null,
      })) ?? null,
    applied: row.date <= asOf,
    recordedAt: row.recordedAt.toISOString(),
    source: (row.source as CertificateEventView['source']) ?? null,
  };
}

/** The events of the projects matching `where` (a condition on `projects`), in sequence order per project. */
export async function loadEvents(tx: DbOrTx, where: SQL | undefined): Promise<Map<string, StoredEvent[]>> {
  const rows = await tx
    .select({ row: certificateEvents, rate: exchangeRates })
    .from(certificateEvents)
    .innerJoin(projects, eq(projects.id, certificateEvents.projectId))
    .leftJoin(exchangeRates, eq(exchangeRates.id, certificateEvents.exchangeRateId))
    .where(where)
    .orderBy(asc(certificateEvents.projectId), asc(certificateEvents.seq));
  const out = new Map<string, StoredEvent[]>();
  for (const { row, rate } of rows) {
    const list = out.get(row.projectId) ?? [];
    list.push({ row, rate, event: toPureEvent(row, rate) });
    out.set(row.projectId, list);
  }
  return out;
}

export type InvestorsOn = {
  /** The day this list was set (the issue or the change of investors). */
  validFrom: string;
  rows: Array<{ share: ShareRow; investor: InvestorRow }>;
};

const validOn = (date: string) =>
  and(lte(projectInvestors.validFrom, date), or(isNull(projectInvestors.validTo), gt(projectInvestors.validTo, date)));

/** Investors valid on `date` (or the current ones when date is null) of the projects matching `where`. */
export async function loadInvestorsOn(
  tx: DbOrTx,
  where: SQL | undefined,
  date: string | null,
): Promise<Map<string, InvestorsOn>> {
  const rows = await tx
    .select({ share: projectInvestors, investor: investors })
    .from(projectInvestors)
    .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
    .innerJoin(projects, eq(projects.id, projectInvestors.projectId))
    .where(and(where, date === null ? isNull(projectInvestors.validTo) : validOn(date)))
    .orderBy(asc(projectInvestors.projectId), desc(projectInvestors.share), asc(investors.name));
  const out = new Map<string, InvestorsOn>();
  for (const r of rows) {
    const list = out.get(r.share.projectId) ?? { validFrom: r.share.validFrom, rows: [] };
    list.rows.push(r);
    out.set(r.share.projectId, list);
  }
  return out;
}

/** Names and nationalities of the investors the events' lists name. */
export async function investorNamesOf(tx: DbOrTx, stored: readonly StoredEvent[]): Promise<InvestorNames> {
  const ids = [
    ...new Set(
      stored.flatMap((s) => ((s.row.details ?? {}) as EventDetails).investors?.map((i) => i.investorId) ?? []),
    ),
  ];
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: investors.id, name: investors.name, nationality: investors.nationality })
    .from(investors)
    .where(inArray(investors.id, ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, nationality: r.nationality }]));
}

export async function investorsOfProject(tx: DbOrTx, projectId: string, date: string | null) {
  return (await loadInvestorsOn(tx, inArray(projects.id, [projectId]), date)).get(projectId) ?? null;
}

export const ruleInvestors = (list: InvestorsOn): RuleInvestor[] =>
  list.rows.map((r) => asRuleInvestor(r.investor, r.share.share));

/** The main partner country of a list of investors on the day they were set (null: no foreign investor). */
export const partnerOf = (rule: readonly RuleInvestor[], on: string): string | null =>
  mainPartnerCountry(rule, on)?.country ?? null;

/** FDI or DDI of a list of investors, on the day they were set. */
export const originOf = (list: InvestorsOn): CapitalOrigin =>
  classifyCapitalOrigin(ruleInvestors(list), list.validFrom);
