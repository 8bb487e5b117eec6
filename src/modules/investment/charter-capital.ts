/**
 * Charter capital (vốn điều lệ) as the certificate states it (Biểu 2115 cols 7–8): the issue
 * gives the amount, an adjustment a signed change, in the certificate's currency. Like the
 * investment capital it is a fold over the dated events; it never goes below zero.
 */
import { add, compare, formatDecimal, parseDecimal, ZERO } from '../../kernel/decimal';

export type CharterEntry = { date: string; seq: number; charterCapital: string | null };

/** The charter capital on `asOf` (events dated up to it), or null when no event states one. */
export function charterCapitalAsOf(events: readonly CharterEntry[], asOf: string): string | null {
  let total = ZERO;
  let stated = false;
  for (const e of events) {
    if (e.date > asOf || e.charterCapital === null) continue;
    total = add(total, parseDecimal(e.charterCapital));
    stated = true;
  }
  return stated ? formatDecimal(total) : null;
}

/**
 * The first day (in sequence order) on which the charter capital would fall below zero, or null.
 * Used when a decrease is recorded: it may not take away more than was stated before.
 */
export function charterGoesNegative(events: readonly CharterEntry[]): { date: string; value: string } | null {
  let total = ZERO;
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.charterCapital === null) continue;
    total = add(total, parseDecimal(e.charterCapital));
    if (compare(total, ZERO) < 0) return { date: e.date, value: formatDecimal(total) };
  }
  return null;
}
