import type { DealStatus } from './contract';

/**
 * The facilitator's loop (peer-systems §3.7): proposed → contacted → agreed → operating → ended.
 * A deal may end at any stage (the partners walked away); it never goes back, so "reached
 * operating" in the precision figure is a fact, not a current state.
 */
const NEXT: Record<DealStatus, readonly DealStatus[]> = {
  proposed: ['contacted', 'ended'],
  contacted: ['agreed', 'ended'],
  agreed: ['operating', 'ended'],
  operating: ['ended'],
  ended: [],
};

export const nextStatuses = (s: DealStatus): readonly DealStatus[] => NEXT[s];

export interface DealEventLike {
  status: DealStatus;
  date: string;
}

/** Whether the deal was operating on some day of the year (a symbiosis link of that year). */
export function operatingInYear(events: readonly DealEventLike[], year: number): boolean {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const began = sorted.find((e) => e.status === 'operating');
  if (!began || began.date > end) return false;
  const ended = sorted.find((e) => e.status === 'ended' && e.date >= began.date);
  return !ended || ended.date >= start;
}

/** Whether the deal ever reached a status (for the matcher's precision). */
export const reached = (events: readonly DealEventLike[], status: DealStatus) =>
  events.some((e) => e.status === status);
