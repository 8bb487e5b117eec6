import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../src/modules/calendar/contract';
import { dayKind, daysInMonth, weekdayOf } from './dayKinds';

const day = (status: 'off' | 'work', category: string): CalendarDay => ({
  date: '2026-01-02',
  status,
  category,
  nameVi: '',
  nameEn: '',
  legalBasis: '',
  source: 'decision',
  confirmed: true,
});

describe('calendar days', () => {
  it('counts weekdays from Monday', () => {
    expect(weekdayOf('2025-07-01')).toBe(1); // Tuesday
    expect(weekdayOf('2026-02-22')).toBe(6); // Sunday
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 1)).toBe(29);
    expect(daysInMonth(2026, 1)).toBe(28);
  });

  it('paints holidays, moved days off, make-up Saturdays and weekends apart', () => {
    expect(dayKind(day('off', 'tet'), 1)).toBe('holiday');
    expect(dayKind(day('off', 'compensatory'), 0)).toBe('moved');
    expect(dayKind(day('off', 'swap_off'), 4)).toBe('moved');
    expect(dayKind(day('work', 'makeup_work'), 5)).toBe('work');
    expect(dayKind(undefined, 6)).toBe('weekend');
    expect(dayKind(undefined, 2)).toBe('plain');
  });
});
