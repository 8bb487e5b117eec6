/**
 * Validation primitives shared by the zone registry's pure logic. Validators return every problem
 * at once (an officer fixing a park's history wants the whole list, not the first error), each
 * with the index of the offending record and a Vietnamese and English sentence; the service turns
 * them into one `AppError` with `issuesToFieldErrors`.
 */
import { isIsoDate } from '../../kernel/calendar/local-time';
import { compare, type Decimal, parseDecimal, ZERO } from '../../kernel/decimal';
import type { FieldErrors } from '../../kernel/errors';

/** How far a rule can be trusted, with the tags of the domain brief: read in a source, from the
 * BA spec of the national system, from memory, or inferred. Shown with the rule. */
export type Certainty = 'V' | 'S' | 'M' | 'I';

/** A decision, certificate or other document that grounds a dated fact. */
export interface Decision {
  number: string;
  /** ISO date the document was signed. */
  date: string;
  issuer?: string;
}

export interface ZoneIssue<C extends string = string> {
  /** Index of the record in the list that was validated (event, value, plant record). */
  index: number;
  code: C;
  /** The record's field at fault, when there is one. */
  field?: string;
  /** Warnings are shown but never block a save (Biểu 2108's "sum by function" check). */
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

/** Codes the shared checks below can raise; every validator's own code union includes them. */
export type CommonIssueCode =
  | 'date_invalid'
  | 'date_order'
  | 'decision_missing'
  | 'decision_after_event'
  | 'value_invalid'
  | 'value_out_of_range';

/** Any issue list whose codes include the common ones. */
type IssueSink = { push(issue: ZoneIssue<CommonIssueCode>): unknown };

export const issue = <C extends string>(
  index: number,
  code: C,
  vi: string,
  en: string,
  field?: string,
  severity: 'error' | 'warning' = 'error',
): ZoneIssue<C> => ({ index, code, severity, message: vi, messageEn: en, ...(field ? { field } : {}) });

export const errorsOnly = <I extends ZoneIssue>(issues: readonly I[]): I[] =>
  issues.filter((i) => i.severity === 'error');

/**
 * Field errors keyed `prefix.index.field` (e.g. `body.events.3.date`), several messages on the same
 * field joined, for `unprocessable(…, fields)`.
 */
export function issuesToFieldErrors(issues: readonly ZoneIssue[], prefix: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const i of issues) {
    const key = [prefix, String(i.index), i.field].filter(Boolean).join('.');
    const prev = fields[key];
    fields[key] = prev
      ? { message: `${prev.message} ${i.message}`, messageEn: `${prev.messageEn} ${i.messageEn}` }
      : { message: i.message, messageEn: i.messageEn };
  }
  return fields;
}

/** A decimal string, or null when it is not one (the caller reports it). */
export function readDecimal(text: string | undefined | null): Decimal | null {
  if (text === undefined || text === null) return null;
  try {
    return parseDecimal(text);
  } catch {
    return null;
  }
}

/** Reads a non-negative quantity (hectares, m³/day) or reports why it cannot. */
export function checkQuantity(
  issues: IssueSink,
  index: number,
  field: string,
  text: string | undefined,
  what: { vi: string; en: string },
  options: { positive?: boolean } = {},
): Decimal | null {
  const value = readDecimal(text);
  if (value === null) {
    issues.push(
      issue(
        index,
        'value_invalid',
        `${what.vi} "${text ?? ''}" không phải là số thập phân hợp lệ.`,
        `${what.en} "${text ?? ''}" is not a valid decimal number.`,
        field,
      ),
    );
    return null;
  }
  const floor = compare(value, ZERO);
  if (floor < 0 || (options.positive && floor === 0)) {
    issues.push(
      issue(
        index,
        'value_out_of_range',
        `${what.vi} phải ${options.positive ? 'lớn hơn 0' : 'không âm'}.`,
        `${what.en} must be ${options.positive ? 'greater than zero' : 'zero or more'}.`,
        field,
      ),
    );
  }
  return value;
}

/** Checks a record's date and that records are in date order; returns whether the date is usable. */
export function checkDateOrder(issues: IssueSink, index: number, date: string, previous: string | null): boolean {
  if (!isIsoDate(date)) {
    issues.push(
      issue(
        index,
        'date_invalid',
        `Ngày "${date}" không hợp lệ (YYYY-MM-DD).`,
        `Invalid date "${date}" (YYYY-MM-DD).`,
        'date',
      ),
    );
    return false;
  }
  if (previous !== null && date < previous) {
    issues.push(
      issue(
        index,
        'date_order',
        `Ngày ${date} sớm hơn ngày của bản ghi trước (${previous}); các bản ghi phải theo thứ tự thời gian.`,
        `Date ${date} is before the previous record's date (${previous}); records must be in date order.`,
        'date',
      ),
    );
  }
  return true;
}

/** A grounding document must name a number and be signed no later than the fact it grounds. */
export function checkDecision(issues: IssueSink, index: number, decision: Decision | undefined, eventDate: string) {
  if (!decision || decision.number.trim() === '') {
    issues.push(
      issue(
        index,
        'decision_missing',
        'Cần số và ngày của quyết định/văn bản làm căn cứ.',
        'The number and date of the grounding decision are required.',
        'decision',
      ),
    );
    return;
  }
  if (!isIsoDate(decision.date)) {
    issues.push(
      issue(
        index,
        'date_invalid',
        `Ngày quyết định "${decision.date}" không hợp lệ (YYYY-MM-DD).`,
        `Invalid decision date "${decision.date}" (YYYY-MM-DD).`,
        'decision.date',
      ),
    );
  } else if (isIsoDate(eventDate) && decision.date > eventDate) {
    issues.push(
      issue(
        index,
        'decision_after_event',
        `Quyết định ${decision.number} ký ngày ${decision.date}, sau ngày của sự kiện (${eventDate}).`,
        `Decision ${decision.number} is dated ${decision.date}, after the event (${eventDate}).`,
        'decision.date',
      ),
    );
  }
}

/** Whether a dated rule is in force on `date` (both ends inclusive, null = open). */
export const inForce = (rule: { effectiveFrom: string | null; effectiveTo: string | null }, date: string) =>
  (rule.effectiveFrom === null || rule.effectiveFrom <= date) &&
  (rule.effectiveTo === null || date <= rule.effectiveTo);
