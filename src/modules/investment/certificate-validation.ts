/**
 * Checks an IRC event sequence and reports every problem, not just the first, so an officer can fix
 * a whole imported history in one pass. Amounts must stay in the currency of the issue (FDI in USD,
 * DDI in VND, Biểu 2101/2115/2116) unless a named State Bank rate is attached.
 */
import { isIsoDate } from '../../kernel/calendar/local-time';
import { add, compare, type Decimal, formatDecimal, parseDecimal, ZERO } from '../../kernel/decimal';
import { AppError } from '../../kernel/errors';
import { type Currency, convert, type ExchangeRate, type Money } from '../../kernel/money';
import type { CertificateEvent } from './certificate-events';

export type EventProblemCode =
  | 'bad_seq'
  | 'duplicate_seq'
  | 'invalid_date'
  | 'date_order'
  | 'first_not_issued'
  | 'issued_twice'
  | 'after_end'
  | 'invalid_amount'
  | 'currency_changed'
  | 'bad_conversion'
  | 'negative_capital'
  | 'negative_land'
  | 'missing_document'
  | 'capital_at_end_mismatch';

/** `index` is the position of the offending event in the array given, not in sequence order. */
export type EventProblem = { index: number; code: EventProblemCode; vi: string; en: string };

function withIndexInOrder<E extends CertificateEvent>(events: readonly E[]): Array<{ event: E; index: number }> {
  return events
    .map((event, index) => ({ event, index }))
    .sort((x, y) => x.event.seq - y.event.seq || x.index - y.index);
}

/** Events in the order they apply: by sequence number (stable for equal numbers). */
export function orderCertificateEvents<E extends CertificateEvent>(events: readonly E[]): E[] {
  return withIndexInOrder(events).map((x) => x.event);
}

export type ConversionProblem = { code: 'currency_changed' | 'bad_conversion'; vi: string; en: string };

/** Why `amount` cannot be brought into `currency` with `conversion`, or null if it can. */
export function conversionProblem(
  amount: Money,
  currency: Currency,
  conversion?: ExchangeRate,
): ConversionProblem | null {
  if (amount.currency === currency) return null;
  if (!conversion) {
    return {
      code: 'currency_changed',
      vi: `Số tiền bằng ${amount.currency} trong khi giấy chứng nhận ghi vốn bằng ${currency}; cần kèm tỷ giá Ngân hàng Nhà nước để quy đổi.`,
      en: `The amount is in ${amount.currency} but the certificate is in ${currency}; a State Bank rate must be attached to convert it.`,
    };
  }
  const pair = new Set([conversion.from, conversion.to]);
  let rate: Decimal | null = null;
  try {
    rate = parseDecimal(conversion.rate);
  } catch {}
  if (
    !pair.has(amount.currency) ||
    !pair.has(currency) ||
    rate === null ||
    rate <= ZERO ||
    conversion.source.trim() === '' ||
    !isIsoDate(conversion.date)
  ) {
    return {
      code: 'bad_conversion',
      vi: `Tỷ giá kèm theo không dùng được để đổi ${amount.currency} sang ${currency} (cần cặp tiền đúng, tỷ giá dương, ngày và nguồn công bố).`,
      en: `The attached rate cannot convert ${amount.currency} to ${currency} (it needs the right pair, a positive rate, a date and a named source).`,
    };
  }
  return null;
}

/** `amount` in the certificate's currency, converted with the attached rate when it differs. */
export function inCertificateCurrency(amount: Money, currency: Currency, conversion?: ExchangeRate): Money {
  const problem = conversionProblem(amount, currency, conversion);
  if (problem) throw new AppError('VALIDATION_FAILED', problem.vi, problem.en);
  if (amount.currency === currency) return amount;
  const { value } = convert(amount, currency, conversion!);
  return { value, currency };
}

function parseOrNull(text: string | undefined): Decimal | null {
  if (text === undefined) return null;
  try {
    return parseDecimal(text);
  } catch {
    return null;
  }
}

export function validateCertificateEvents(events: readonly CertificateEvent[]): EventProblem[] {
  const problems: EventProblem[] = [];
  const report = (index: number, code: EventProblemCode, vi: string, en: string) =>
    problems.push({ index, code, vi, en });

  const seqs = new Set<number>();
  events.forEach((e, i) => {
    if (!Number.isSafeInteger(e.seq)) {
      report(i, 'bad_seq', `Số thứ tự "${e.seq}" phải là số nguyên.`, `Sequence number "${e.seq}" must be an integer.`);
    } else if (seqs.has(e.seq)) {
      report(i, 'duplicate_seq', `Số thứ tự ${e.seq} bị trùng.`, `Sequence number ${e.seq} is used twice.`);
    }
    seqs.add(e.seq);
  });

  let currency: Currency | null = null;
  let capital: Decimal | null = null;
  let land: Decimal | null = null;
  let ended: CertificateEvent | null = null;
  let previousDate: string | null = null;

  for (const { event: e, index: i } of withIndexInOrder(events)) {
    if (!isIsoDate(e.date)) {
      report(i, 'invalid_date', `Ngày "${e.date}" không hợp lệ.`, `Invalid date "${e.date}".`);
    } else {
      if (previousDate !== null && e.date < previousDate) {
        report(
          i,
          'date_order',
          `Ngày ${e.date} sớm hơn ngày ${previousDate} của sự kiện liền trước.`,
          `Date ${e.date} is earlier than ${previousDate}, the date of the event before it.`,
        );
      }
      previousDate = e.date;
    }
    if (ended) {
      report(
        i,
        'after_end',
        `Không có sự kiện nào sau khi giấy chứng nhận đã bị ${ended.kind === 'revoked' ? 'thu hồi' : 'chấm dứt'} (${ended.date}).`,
        `No event may follow the certificate's ${ended.kind === 'revoked' ? 'revocation' : 'termination'} (${ended.date}).`,
      );
      continue;
    }
    if (currency === null && e.kind !== 'issued') {
      report(
        i,
        'first_not_issued',
        'Sự kiện đầu tiên phải là cấp giấy chứng nhận; chưa có giấy chứng nhận nào được cấp trước sự kiện này.',
        'The first event must be the issue; no certificate had been issued before this event.',
      );
      continue;
    }
    const amountIn = (m: Money, conversion?: ExchangeRate): Decimal | null => {
      if (parseOrNull(m.value) === null) {
        report(i, 'invalid_amount', `Số tiền "${m.value}" không hợp lệ.`, `Invalid amount "${m.value}".`);
        return null;
      }
      const problem = conversionProblem(m, currency!, conversion);
      if (problem) {
        report(i, problem.code, problem.vi, problem.en);
        return null;
      }
      return parseDecimal(inCertificateCurrency(m, currency!, conversion).value);
    };
    const area = (text: string | undefined): Decimal | null => {
      const d = parseOrNull(text);
      if (d === null) report(i, 'invalid_amount', `Diện tích "${text}" không hợp lệ.`, `Invalid area "${text}".`);
      return d;
    };
    switch (e.kind) {
      case 'issued':
        if (currency !== null) {
          report(
            i,
            'issued_twice',
            'Giấy chứng nhận đã được cấp; thay đổi phải là điều chỉnh hoặc cấp lại.',
            'The certificate was already issued; a change is an adjustment or a re-issue.',
          );
          break;
        }
        currency = e.registeredCapital.currency;
        capital = parseOrNull(e.registeredCapital.value);
        if (capital === null) {
          report(
            i,
            'invalid_amount',
            `Số tiền "${e.registeredCapital.value}" không hợp lệ.`,
            `Invalid amount "${e.registeredCapital.value}".`,
          );
        }
        land = area(e.landAreaHa);
        break;
      case 'adjusted':
        if (e.capitalDelta) {
          const delta = amountIn(e.capitalDelta, e.conversion);
          if (delta !== null && capital !== null) capital = add(capital, delta);
        }
        if (e.landAreaDeltaHa !== undefined) {
          const delta = area(e.landAreaDeltaHa);
          if (delta !== null && land !== null) land = add(land, delta);
        }
        break;
      case 'reissued':
        break;
      case 'revoked':
      case 'terminated': {
        ended = e;
        if (!e.documentNo?.trim()) {
          report(
            i,
            'missing_document',
            'Cần số văn bản thu hồi/chấm dứt.',
            'The revocation or termination document number is required.',
          );
        }
        const atEnd = amountIn(e.capitalAtEnd, e.conversion);
        if (atEnd !== null && capital !== null && compare(atEnd, capital) !== 0) {
          report(
            i,
            'capital_at_end_mismatch',
            `Vốn khi thu hồi/chấm dứt (${formatDecimal(atEnd)} ${currency}) khác vốn đăng ký hiện hành (${formatDecimal(capital)} ${currency}); thiếu một lần điều chỉnh?`,
            `Capital at the end (${formatDecimal(atEnd)} ${currency}) differs from the registered capital (${formatDecimal(capital)} ${currency}); is an adjustment missing?`,
          );
        }
        break;
      }
    }
    if (capital !== null && capital < ZERO) {
      report(
        i,
        'negative_capital',
        `Vốn đăng ký sau sự kiện này là ${formatDecimal(capital)} ${currency}, không được âm.`,
        `Registered capital after this event is ${formatDecimal(capital)} ${currency}; it cannot be negative.`,
      );
    }
    if (land !== null && land < ZERO) {
      report(
        i,
        'negative_land',
        `Diện tích đất sau sự kiện này là ${formatDecimal(land)} ha, không được âm.`,
        `Land area after this event is ${formatDecimal(land)} ha; it cannot be negative.`,
      );
    }
  }
  return problems;
}
