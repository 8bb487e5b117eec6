/**
 * Exact sums and the forms' units, without floats: amounts come from SQL as decimal strings in
 * USD or VND and are added with kernel/decimal, then shown in triệu USD (FDI) or tỷ đồng (DDI)
 * rounded half away from zero to the form's places.
 */
import { add, type Decimal, div, formatDecimal, mul, parseDecimal, round, ZERO } from '../../../kernel/decimal';
import { FORM_UNITS, type FormUnit } from '../../../kernel/money';

/** Money in the forms: 2 decimals of triệu USD / tỷ đồng; areas 2 decimals of ha. */
export const MONEY_PLACES = 2;
export const AREA_PLACES = 2;

export type Origin = 'FDI' | 'DDI';
export const UNIT_OF: Record<Origin, FormUnit> = { FDI: 'trieu_usd', DDI: 'ty_dong' };
export const UNIT_LABEL: Record<Origin, string> = { FDI: 'triệu USD', DDI: 'tỷ đồng' };

export function sumDecimals(values: Iterable<string | null>): Decimal {
  let total = ZERO;
  for (const v of values) if (v !== null) total = add(total, parseDecimal(v));
  return total;
}

/** An amount in whole currency (USD or VND) shown in a form unit. */
export function inUnit(amount: Decimal, unit: FormUnit, places = MONEY_PLACES): string {
  return formatDecimal(round(div(amount, parseDecimal(FORM_UNITS[unit].factor)), places));
}

export const rounded = (amount: Decimal, places: number) => formatDecimal(round(amount, places));

/** USD → VND or VND → USD with a State Bank USD/VND rate (VND whole đồng, USD cents). */
export function convertAmount(value: string, from: 'USD' | 'VND', to: 'USD' | 'VND', usdVnd: string): string {
  if (from === to) return value;
  const r = parseDecimal(usdVnd);
  const v = parseDecimal(value);
  return to === 'VND' ? formatDecimal(round(mul(v, r), 0)) : formatDecimal(round(div(v, r), 2));
}

export const negate = (d: Decimal) => (ZERO - d) as Decimal;
