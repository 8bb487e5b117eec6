/**
 * An investment registration certificate (IRC, giấy chứng nhận đăng ký đầu tư) as the dated events
 * that happened to it: issued, adjusted, re-issued, revoked or terminated (Law on Investment
 * 61/2020/QH14 Arts. 38, 41, 47, 48). Every figure "as of" a date is a fold over the events dated up
 * to it, so the statistical forms can be recomputed for any past period.
 */
import { isIsoDate } from '../../kernel/calendar/local-time';
import { add, formatDecimal, parseDecimal } from '../../kernel/decimal';
import { AppError, type FieldErrors } from '../../kernel/errors';
import type { ExchangeRate, Money } from '../../kernel/money';
import type { Investor } from './capital-origin';
import {
  type EventProblem,
  inCertificateCurrency,
  orderCertificateEvents,
  validateCertificateEvents,
} from './certificate-validation';

export {
  conversionProblem,
  type EventProblem,
  type EventProblemCode,
  inCertificateCurrency,
  orderCertificateEvents,
  validateCertificateEvents,
} from './certificate-validation';

type EventBase = {
  /** Recording order; also orders events of the same date. Unique within a certificate. */
  seq: number;
  date: string;
  documentNo?: string;
};

export type IssuedEvent = EventBase & {
  kind: 'issued';
  /** FDI certificates in USD, DDI in VND; every later amount must be in this currency. */
  registeredCapital: Money;
  landAreaHa: string;
  objectives?: string[];
  schedule?: string;
  investors?: Investor[];
};

export type AdjustedEvent = EventBase & {
  kind: 'adjusted';
  /** Signed change of registered capital. */
  capitalDelta?: Money;
  /** Required when capitalDelta is not in the currency of the issue: a named State Bank rate. */
  conversion?: ExchangeRate;
  landAreaDeltaHa?: string;
  objectives?: string[];
  schedule?: string;
  investors?: Investor[];
};

/** Re-issue of a lost or damaged certificate (Decree 31/2021 Art. 41): content unchanged. */
export type ReissuedEvent = EventBase & { kind: 'reissued' };

export type EndingEvent = EventBase & {
  kind: 'revoked' | 'terminated';
  documentNo: string;
  /** Registered capital at the end, reported by Biểu 2101 row 4 and Biểu 2116. */
  capitalAtEnd: Money;
  conversion?: ExchangeRate;
};

export type CertificateEvent = IssuedEvent | AdjustedEvent | ReissuedEvent | EndingEvent;

export type CertificateStatus = 'not_issued' | 'valid' | 'revoked' | 'terminated';

export type CertificateState = {
  status: CertificateStatus;
  /** In the currency of the issue; after an end, the capital the certificate last had. */
  registeredCapital: Money | null;
  landAreaHa: string | null;
  objectives: string[];
  schedule: string | null;
  investors: Investor[] | null;
  issuedOn: string | null;
  lastAdjustedOn: string | null;
  endedOn: string | null;
  endDocumentNo: string | null;
  eventsApplied: number;
};

export const NOT_ISSUED: CertificateState = {
  status: 'not_issued',
  registeredCapital: null,
  landAreaHa: null,
  objectives: [],
  schedule: null,
  investors: null,
  issuedOn: null,
  lastAdjustedOn: null,
  endedOn: null,
  endDocumentNo: null,
  eventsApplied: 0,
};

const plus = (a: string, b: string) => formatDecimal(add(parseDecimal(a), parseDecimal(b)));

/** One event applied to a state; assumes the sequence was validated (see validateCertificateEvents). */
export function applyCertificateEvent(state: CertificateState, event: CertificateEvent): CertificateState {
  const applied = { eventsApplied: state.eventsApplied + 1 };
  const currency = state.registeredCapital?.currency;
  switch (event.kind) {
    case 'issued':
      return {
        ...NOT_ISSUED,
        ...applied,
        status: 'valid',
        registeredCapital: {
          value: formatDecimal(parseDecimal(event.registeredCapital.value)),
          currency: event.registeredCapital.currency,
        },
        landAreaHa: formatDecimal(parseDecimal(event.landAreaHa)),
        objectives: event.objectives ?? [],
        schedule: event.schedule ?? null,
        investors: event.investors ?? null,
        issuedOn: event.date,
      };
    case 'adjusted': {
      let capital = state.registeredCapital;
      if (event.capitalDelta && capital && currency) {
        const delta = inCertificateCurrency(event.capitalDelta, currency, event.conversion);
        capital = { value: plus(capital.value, delta.value), currency };
      }
      return {
        ...state,
        ...applied,
        registeredCapital: capital,
        landAreaHa:
          event.landAreaDeltaHa !== undefined && state.landAreaHa !== null
            ? plus(state.landAreaHa, event.landAreaDeltaHa)
            : state.landAreaHa,
        objectives: event.objectives ?? state.objectives,
        schedule: event.schedule ?? state.schedule,
        investors: event.investors ?? state.investors,
        lastAdjustedOn: event.date,
      };
    }
    case 'reissued':
      return { ...state, ...applied };
    case 'revoked':
    case 'terminated':
      return { ...state, ...applied, status: event.kind, endedOn: event.date, endDocumentNo: event.documentNo };
  }
}

/** Throws VALIDATION_FAILED listing every problem, keyed `events.<index>` (index in the given array). */
export function assertValidCertificateEvents(events: readonly CertificateEvent[], subject?: Subject): void {
  const problems = validateCertificateEvents(events);
  if (problems.length === 0) return;
  throw certificateError(problems, subject);
}

/** Whose certificate, for messages: `{ vi: 'dự án P1', en: 'project P1' }`. */
export type Subject = { vi: string; en: string };

export function certificateError(problems: readonly EventProblem[], subject?: Subject, path = 'events'): AppError {
  const fields: FieldErrors = {};
  for (const p of problems) {
    const key = `${path}.${p.index}`;
    const prev = fields[key];
    fields[key] = prev
      ? { message: `${prev.message} ${p.vi}`, messageEn: `${prev.messageEn} ${p.en}` }
      : { message: p.vi, messageEn: p.en };
  }
  const first = problems[0]!;
  const more =
    problems.length > 1
      ? { vi: ` (và ${problems.length - 1} lỗi khác)`, en: ` (and ${problems.length - 1} more)` }
      : { vi: '', en: '' };
  const who = subject ? { vi: ` của ${subject.vi}`, en: ` of ${subject.en}` } : { vi: '', en: '' };
  return new AppError(
    'VALIDATION_FAILED',
    `Chuỗi sự kiện giấy chứng nhận${who.vi} không hợp lệ: ${first.vi}${more.vi}`,
    `Invalid certificate events${who.en}: ${first.en}${more.en}`,
    fields,
  );
}

/**
 * The certificate as it stood at the end of `date`: only events dated on or before it, in sequence
 * order. Throws VALIDATION_FAILED if the event sequence is invalid anywhere, so no figure is ever
 * computed from a history that is known to be wrong.
 */
export function certificateStateAsOf(events: readonly CertificateEvent[], date: string): CertificateState {
  if (!isIsoDate(date)) {
    throw new AppError('VALIDATION_FAILED', `Ngày "${date}" không hợp lệ.`, `Invalid date "${date}".`);
  }
  assertValidCertificateEvents(events);
  return orderCertificateEvents(events)
    .filter((e) => e.date <= date)
    .reduce(applyCertificateEvent, NOT_ISSUED);
}
