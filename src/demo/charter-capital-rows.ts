/**
 * The charter capital (vốn điều lệ) the demo's certificates state (Biểu 2115 cols 7–8): a share
 * of the registered capital fixed per project (20–60 %, from its code), on the issue and on most
 * capital adjustments (every third one leaves it unchanged), in the certificate's currency, never
 * taking the charter capital below zero.
 */
import { add, compare, type Decimal, formatDecimal, mul, parseDecimal, round, ZERO } from '../kernel/decimal';
import { hashSeed } from './country/random';

const MILLION = parseDecimal('1000000');

/** A running charter capital for one project's events, in order. */
export function charterTrack(projectCode: string, currency: string) {
  const share = parseDecimal(String((20 + (Math.abs(hashSeed(projectCode, 'charter')) % 41)) / 100));
  let total: Decimal = ZERO;
  return (capital: string | null, kind: string, seq: number): string | null => {
    if (capital === null || (kind !== 'issued' && kind !== 'adjusted')) return null;
    if (kind === 'adjusted' && seq % 3 === 0) return null;
    const raw = mul(parseDecimal(capital), share);
    // VND to the million, USD to the dollar, as certificates state them.
    const amount = currency === 'VND' ? mul(round(mul(raw, parseDecimal('0.000001')), 0), MILLION) : round(raw, 0);
    if (compare(add(total, amount), ZERO) < 0 || compare(amount, ZERO) === 0) return null;
    total = add(total, amount);
    return formatDecimal(amount);
  };
}
