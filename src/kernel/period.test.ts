import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  type Period,
  parsePeriod,
  periodCode,
  periodContains,
  periodEnd,
  periodLabel,
  periodOf,
  periodStart,
  samePeriodLastYear,
  shiftPeriod,
  yearToDate,
} from './period';

const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 2000, max: 2100 }).map((year) => ({ kind: 'year' as const, year })),
  fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(1 as const, 2 as const)).map(([year, half]) => ({
    kind: 'half' as const,
    year,
    half,
  })),
  fc
    .tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([year, quarter]) => ({ kind: 'quarter' as const, year, quarter })),
  fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => ({
    kind: 'month' as const,
    year,
    month,
  })),
);

describe('period', () => {
  it('parses and prints the four kinds', () => {
    expect(parsePeriod('2025-Q3')).toEqual({ kind: 'quarter', year: 2025, quarter: 3 });
    expect(parsePeriod('2025')).toEqual({ kind: 'year', year: 2025 });
    expect(parsePeriod('2025-H1')).toEqual({ kind: 'half', year: 2025, half: 1 });
    expect(parsePeriod('2024-02')).toEqual({ kind: 'month', year: 2024, month: 2 });
    expect(() => parsePeriod('2025-Q5')).toThrow(AppError);
    expect(() => parsePeriod('Q3/2025')).toThrow(/không hợp lệ/);
  });

  it('knows the first and last day, leap years included', () => {
    expect(periodStart(parsePeriod('2025-Q3'))).toBe('2025-07-01');
    expect(periodEnd(parsePeriod('2025-Q3'))).toBe('2025-09-30');
    expect(periodEnd(parsePeriod('2024-02'))).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2025-02'))).toBe('2025-02-28');
    expect(periodEnd(parsePeriod('2025-H1'))).toBe('2025-06-30');
  });

  it('labels periods the way the forms do', () => {
    expect(periodLabel(parsePeriod('2025-Q3'))).toBe('Quý III/2025');
    expect(periodLabel(parsePeriod('2025-H1'))).toBe('6 tháng đầu năm 2025');
    expect(periodLabel(parsePeriod('2025'))).toBe('Năm 2025');
    expect(periodLabel(parsePeriod('2025-Q3'), 'en')).toBe('Q3 2025');
  });

  it('shifts across year ends', () => {
    expect(periodCode(shiftPeriod(parsePeriod('2025-Q1'), -1))).toBe('2024-Q4');
    expect(periodCode(shiftPeriod(parsePeriod('2025-12'), 1))).toBe('2026-01');
    expect(periodCode(samePeriodLastYear(parsePeriod('2025-Q2')))).toBe('2024-Q2');
    expect(yearToDate(parsePeriod('2025-Q3'))).toEqual({ from: '2025-01-01', to: '2025-09-30' });
  });

  it('round-trips codes and shifting (property)', () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: -50, max: 50 }), (p, n) => {
        expect(parsePeriod(periodCode(p))).toEqual(p);
        expect(shiftPeriod(shiftPeriod(p, n), -n)).toEqual(p);
      }),
    );
  });

  it('consecutive periods tile the calendar with no gap or overlap (property)', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const next = shiftPeriod(p, 1);
        const dayAfter = new Date(Date.parse(`${periodEnd(p)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(periodStart(next)).toBe(dayAfter);
        expect(periodContains(p, periodStart(p))).toBe(true);
        expect(periodContains(p, periodEnd(p))).toBe(true);
        expect(periodOf(periodEnd(p), p.kind)).toEqual(p);
      }),
    );
  });
});
