/**
 * In-period flows from certificate events (Biểu 2101 rows 1–5, 2109 fields 3–11, 2114 cols 3–10):
 * a new certificate, a capital increase or decrease (an adjustment's signed change; gross: a
 * project with both in the period is counted in both lines), a revocation or termination (with
 * the capital it had). Each event counts under its own FDI/DDI (`origin_after`), in USD for FDI
 * and VND for DDI.
 */

import { formatDecimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import { capitalOf } from './records';
import type { PeriodEvent } from './registry';
import { negate, sumDecimals } from './units';

export type FlowLine = 'new' | 'increased' | 'decreased' | 'ended';
export const FLOW_LINES: readonly FlowLine[] = ['new', 'increased', 'decreased', 'ended'];

/** The line an event counts in and its (positive) amount, or null for events that move no capital. */
export function flowOf(e: PeriodEvent): { line: FlowLine; amount: string | null } | null {
  const amount = capitalOf(e);
  switch (e.kind) {
    case 'issued':
      return { line: 'new', amount };
    case 'revoked':
    case 'terminated':
      return { line: 'ended', amount };
    case 'adjusted': {
      if (amount === null) return null;
      const d = parseDecimal(amount);
      if (d > ZERO) return { line: 'increased', amount };
      if (d < ZERO) return { line: 'decreased', amount: formatDecimal(negate(d)) };
      return null;
    }
    default:
      return null;
  }
}

/**
 * Change of land leased to projects: the area of new certificates, the signed land changes of
 * adjustments, minus the area of certificates revoked or terminated (null for events without land).
 */
export function landChangeOf(e: PeriodEvent): string | null {
  if (e.landHa === null) return null;
  if (e.kind === 'issued' || e.kind === 'adjusted') return e.landHa;
  if (e.kind === 'revoked' || e.kind === 'terminated') return formatDecimal(negate(parseDecimal(e.landHa)));
  return null;
}

export const total = (values: Iterable<string | null>) => formatDecimal(sumDecimals(values));
