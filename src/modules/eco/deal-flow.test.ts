import { describe, expect, it } from 'vitest';
import { nextStatuses, operatingInYear, reached } from './deal-flow';

describe('deal flow', () => {
  it('moves forward only, and may end from any open stage', () => {
    expect(nextStatuses('proposed')).toEqual(['contacted', 'ended']);
    expect(nextStatuses('agreed')).toEqual(['operating', 'ended']);
    expect(nextStatuses('ended')).toEqual([]);
  });
  it('counts a link in every year it operated', () => {
    const ev = [
      { status: 'proposed' as const, date: '2024-03-01' },
      { status: 'operating' as const, date: '2024-11-15' },
      { status: 'ended' as const, date: '2026-02-01' },
    ];
    expect([2023, 2024, 2025, 2026, 2027].map((y) => operatingInYear(ev, y))).toEqual([false, true, true, true, false]);
    expect(operatingInYear(ev.slice(0, 2), 2030)).toBe(true);
    expect(operatingInYear(ev.slice(0, 1), 2024)).toBe(false);
    expect(reached(ev, 'agreed')).toBe(false);
    expect(reached(ev, 'operating')).toBe(true);
  });
});
