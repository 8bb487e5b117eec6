import { add as addDecimal, type Decimal, div, formatDecimal, mul, parseDecimal, round } from './decimal';
import { AppError } from './errors';

/** FDI capital is registered in USD, domestic capital in VND; an amount never loses its currency. */
export type Currency = 'VND' | 'USD';
export type Money = { value: string; currency: Currency };

/**
 * A State Bank of Vietnam rate: 1 unit of `from` = `rate` units of `to`, on `date`.
 * Every conversion names the rate it used, so a figure can be traced and re-done.
 */
export type ExchangeRate = { from: Currency; to: Currency; rate: string; date: string; source: string };
export type Converted = Money & { convertedWith: ExchangeRate };

export const money = (value: string | number, currency: Currency): Money => ({
  value: formatDecimal(parseDecimal(String(value))),
  currency,
});

function assertSameCurrency(a: Money, b: Money) {
  if (a.currency !== b.currency) {
    throw new AppError(
      'UNPROCESSABLE',
      `Không cộng được ${a.currency} với ${b.currency} khi chưa quy đổi.`,
      `Cannot add ${a.currency} to ${b.currency} without a conversion.`,
    );
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { value: formatDecimal(addDecimal(parseDecimal(a.value), parseDecimal(b.value))), currency: a.currency };
}

export function sumMoney(items: Money[], currency: Currency): Money {
  return items.reduce((acc, m) => addMoney(acc, m), money(0, currency));
}

/** Converts with the given rate (or its inverse); VND results are whole đồng, USD results cents. */
export function convert(amount: Money, to: Currency, rate: ExchangeRate): Converted {
  if (amount.currency === to) return { ...amount, convertedWith: rate };
  const value = parseDecimal(amount.value);
  const r = parseDecimal(rate.rate);
  let result: Decimal;
  if (rate.from === amount.currency && rate.to === to) result = mul(value, r);
  else if (rate.from === to && rate.to === amount.currency) result = div(value, r);
  else {
    throw new AppError(
      'UNPROCESSABLE',
      `Tỷ giá ${rate.from}/${rate.to} không dùng được để đổi ${amount.currency} sang ${to}.`,
      `A ${rate.from}/${rate.to} rate cannot convert ${amount.currency} to ${to}.`,
    );
  }
  return { value: formatDecimal(round(result, to === 'VND' ? 0 : 2)), currency: to, convertedWith: rate };
}

/** The units the national forms use: FDI in triệu USD (million USD), DDI in tỷ đồng (billion VND). */
export type FormUnit = 'trieu_usd' | 'ty_dong';
export const FORM_UNITS: Record<FormUnit, { currency: Currency; factor: string; vi: string; en: string }> = {
  trieu_usd: { currency: 'USD', factor: '1000000', vi: 'triệu USD', en: 'million USD' },
  ty_dong: { currency: 'VND', factor: '1000000000', vi: 'tỷ đồng', en: 'billion VND' },
};

export function inFormUnit(amount: Money, unit: FormUnit, places = 2): string {
  const u = FORM_UNITS[unit];
  if (amount.currency !== u.currency) {
    throw new AppError(
      'UNPROCESSABLE',
      `Số tiền bằng ${amount.currency} không biểu diễn được theo ${u.vi}.`,
      `An amount in ${amount.currency} cannot be shown in ${u.en}.`,
    );
  }
  return formatDecimal(round(div(parseDecimal(amount.value), parseDecimal(u.factor)), places));
}
