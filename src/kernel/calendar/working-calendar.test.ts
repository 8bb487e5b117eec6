import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDaysForYears, parseDecisionDays, statutoryHolidays } from './holidays';
import {
  formatLocal,
  fromDayNumber,
  localDateOf,
  localInstant,
  MS_PER_DAY,
  toDayNumber,
  weekdayOf,
} from './local-time';
import { type CalendarDay, createWorkingCalendar, DEFAULT_OFFICE_HOURS, mergeDays } from './working-calendar';

const DECISIONS = path.resolve(import.meta.dirname, '../../../data/calendar/decisions.json');
const decisions = parseDecisionDays(JSON.parse(readFileSync(DECISIONS, 'utf8')));
const days = calendarDaysForYears(2024, 2028, decisions);
const cal = createWorkingCalendar(days);

const at = (date: string, time: string) => localInstant(date, time);
/** Local minute of day and whether the local day is a working day. */
const localClock = (d: Date) => {
  const minutes = Math.round(((d.getTime() + 7 * 3_600_000) % MS_PER_DAY) / 60_000);
  return { date: localDateOf(d), minutes };
};

describe('local time at UTC+7', () => {
  it('converts between instants and local dates and times', () => {
    expect(at('2026-02-23', '10:30').toISOString()).toBe('2026-02-23T03:30:00.000Z');
    expect(localDateOf(new Date('2026-02-22T17:00:00Z'))).toBe('2026-02-23');
    expect(localDateOf(new Date('2026-02-22T16:59:59Z'))).toBe('2026-02-22');
    expect(formatLocal(new Date('2026-02-23T03:30:00Z'))).toBe('2026-02-23T10:30:00+07:00');
    expect(weekdayOf('2026-04-26')).toBe(0);
    expect(fromDayNumber(toDayNumber('2050-12-31'))).toBe('2050-12-31');
    expect(() => toDayNumber('2026-02-29')).toThrow();
  });
});

describe('mergeDays', () => {
  it('lets the 2026 decisions replace the generated Tết and 2/9 candidates', () => {
    const merged = mergeDays(statutoryHolidays(2026), decisions);
    const byDate = new Map(merged.map((d) => [d.date, d]));
    expect(byDate.get('2026-09-03')).toBeUndefined(); // generated bridge dropped: the decision chose 1/9
    expect(byDate.get('2026-09-01')?.source).toBe('decision');
    expect(byDate.get('2026-02-16')?.source).toBe('decision');
    expect(merged.map((d) => d.date)).toEqual([...merged.map((d) => d.date)].sort());
  });

  it('drops generated Tết days and their compensatory days when the year has a Tết decision', () => {
    const merged = mergeDays(statutoryHolidays(2025), decisions);
    const tet = merged.filter((d) => d.date < '2025-03-01' && d.date > '2025-01-02');
    expect(tet.map((d) => `${d.date} ${d.source}`)).toEqual([
      '2025-01-27 decision',
      '2025-01-28 decision',
      '2025-01-29 decision',
      '2025-01-30 decision',
      '2025-01-31 decision',
    ]);
  });

  it('keeps generated candidates in years without decisions', () => {
    const merged = mergeDays(statutoryHolidays(2027), decisions);
    expect(merged.filter((d) => d.date.startsWith('2027'))).toEqual(statutoryHolidays(2027));
  });
});

describe('working days with the 2025 and 2026 decisions', () => {
  it.each([
    ['2026-01-02', false], // swapped
    ['2026-01-10', true], // make-up Saturday
    ['2026-02-16', false],
    ['2026-02-23', true],
    ['2026-04-27', false], // compensatory for Sunday Hùng Kings
    ['2026-08-22', true], // make-up Saturday
    ['2026-08-31', false], // swapped
    ['2026-09-03', true], // generated 3/9 candidate replaced by the decision
    ['2026-11-24', false],
    ['2025-01-27', false],
    ['2025-02-03', true], // generated compensatory candidate replaced by the Tết decision
    ['2025-04-26', true],
    ['2025-05-02', false],
    ['2025-09-01', false],
    ['2026-03-07', false], // an ordinary Saturday
  ] as const)('%s working: %s', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('adds working days across breaks', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(cal.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(cal.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(cal.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    expect(cal.nextWorkingDay('2026-04-29')).toBe('2026-05-04');
    expect(() => cal.addWorkingDays('2026-01-05', -1)).toThrow();
    expect(() => cal.addWorkingDays('2026-01-05', 1.5)).toThrow();
  });

  it('counts working days in (from, to]', () => {
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(cal.workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    // 261 weekdays − 14 weekdays off + 2 make-up Saturdays; 2025: 261 − 12 + 1.
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(249);
    expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
  });

  it('exposes the recorded day', () => {
    expect(cal.dayInfo('2026-01-10')).toMatchObject({ status: 'work', category: 'makeup_work', source: 'decision' });
    expect(cal.dayInfo('2026-01-12')).toBeUndefined();
  });

  it('honours a different weekly rest day and rejects a calendar without working days', () => {
    const sundayOnly = createWorkingCalendar([], { weekend: [0] });
    expect(sundayOnly.isWorkingDay('2026-03-07')).toBe(true);
    expect(() => createWorkingCalendar([], { weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow();
    const allOff: CalendarDay[] = Array.from({ length: 400 }, (_, i) => ({
      date: fromDayNumber(toDayNumber('2026-01-01') + i),
      status: 'off',
      category: 'swap_off',
      nameVi: 'x',
      nameEn: 'x',
      legalBasis: 'x',
      source: 'decision',
    }));
    expect(() => createWorkingCalendar(allOff).nextWorkingDay('2026-01-01')).toThrow();
  });
});

describe('office hours (07:00–11:30, 13:30–17:00 local)', () => {
  it('a dossier received Thu 16:30 with 4 working hours is due Fri 10:30', () => {
    // 30 min on Thursday, then 3 h 30 from 07:00 on Friday.
    const due = cal.addWorkingHours(at('2026-03-05', '16:30'), 4);
    expect(due.toISOString()).toBe('2026-03-06T03:30:00.000Z');
    expect(cal.workingMinutesBetween(at('2026-03-05', '16:30'), due)).toBe(240);
  });

  it('a dossier received Fri 13/2/2026 16:30 waits out the Tết break', () => {
    expect(formatLocal(cal.addWorkingHours(at('2026-02-13', '16:30'), 4))).toBe('2026-02-23T10:30:00+07:00');
  });

  it.each([
    ['2026-03-09', '10:00', 2, '2026-03-09T14:00:00+07:00'], // 1 h 30 before lunch, 30 min after
    ['2026-03-09', '07:00', 4.5, '2026-03-09T11:30:00+07:00'], // ends exactly at the lunch break
    ['2026-03-09', '07:00', 8, '2026-03-09T17:00:00+07:00'], // a whole office day
    ['2026-03-09', '12:00', 1, '2026-03-09T14:30:00+07:00'], // received during lunch
    ['2026-03-09', '05:00', 0.5, '2026-03-09T07:30:00+07:00'], // before opening
    ['2026-03-09', '18:00', 0, '2026-03-10T07:00:00+07:00'], // zero budget moves into office time
    ['2026-03-09', '17:00', 0, '2026-03-09T17:00:00+07:00'], // already at a period end
    ['2026-01-10', '08:00', 1, '2026-01-10T09:00:00+07:00'], // make-up Saturday counts
    ['2026-03-07', '09:00', 1, '2026-03-09T08:00:00+07:00'], // ordinary Saturday does not
    ['2026-08-28', '16:00', 2, '2026-09-03T08:00:00+07:00'], // across the 2026 National Day break
  ] as const)('%s %s + %s h → %s', (date, time, hours, expected) => {
    expect(formatLocal(cal.addWorkingHours(at(date, time), hours))).toBe(expected);
  });

  it('counts minutes only inside office periods on working days', () => {
    expect(cal.workingMinutesBetween(at('2026-03-09', '00:00'), at('2026-03-10', '00:00'))).toBe(480);
    expect(cal.workingMinutesBetween(at('2026-03-06', '17:00'), at('2026-03-09', '07:00'))).toBe(0);
    expect(cal.workingMinutesBetween(at('2026-03-09', '11:00'), at('2026-03-09', '14:00'))).toBe(60);
    expect(cal.workingMinutesBetween(at('2026-03-09', '14:00'), at('2026-03-09', '11:00'))).toBe(-60);
  });

  it('accepts configured office hours and rejects overlapping periods', () => {
    const office = [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ];
    expect(formatLocal(cal.addWorkingHours(at('2026-03-09', '11:00'), 2, office))).toBe('2026-03-09T14:00:00+07:00');
    expect(() => cal.addWorkingHours(at('2026-03-09', '11:00'), 1, [...office].reverse())).toThrow();
    expect(() => cal.addWorkingHours(at('2026-03-09', '11:00'), 1, [{ from: '7h', to: '11:30' }])).toThrow();
    expect(() => cal.addWorkingHours(at('2026-03-09', '11:00'), -1)).toThrow();
  });
});

describe('properties', () => {
  const FIRST = toDayNumber('2025-01-01');
  const LAST = toDayNumber('2026-12-31');
  const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
  const workingDate = anyDate.map((d) => cal.addWorkingDays(d, 0));
  const count = fc.integer({ min: 0, max: 80 });
  // Whole minutes keep the arithmetic exact; seconds would only add noise.
  const anyInstant = fc
    .integer({ min: 0, max: (LAST - FIRST) * 1440 })
    .map((m) => new Date(at('2025-01-01', '00:00').getTime() + m * 60_000));
  const budget = fc.integer({ min: 0, max: 60 * 50 });
  const periods = DEFAULT_OFFICE_HOURS.map((p) => ({
    from: Number(p.from.slice(0, 2)) * 60 + Number(p.from.slice(3)),
    to: Number(p.to.slice(0, 2)) * 60 + Number(p.to.slice(3)),
  }));

  it('addWorkingDays composes: d + (n + m) = (d + n) + m from a working day', () => {
    fc.assert(
      fc.property(workingDate, count, count, (d, n, m) => {
        expect(cal.addWorkingDays(d, n + m)).toBe(cal.addWorkingDays(cal.addWorkingDays(d, n), m));
      }),
    );
  });

  it('addWorkingDays always lands on a working day, and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(anyDate, workingDate, count, (any, d, n) => {
        expect(cal.isWorkingDay(cal.addWorkingDays(any, n))).toBe(true);
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
        if (n > 0) expect(cal.workingDaysBetween(any, cal.addWorkingDays(any, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays is monotonic in the date and in n', () => {
    fc.assert(
      fc.property(anyDate, anyDate, count, count, (a, b, n, m) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingDays(d1, n) <= cal.addWorkingDays(d2, n)).toBe(true);
        expect(cal.addWorkingDays(d1, Math.min(n, m)) <= cal.addWorkingDays(d1, Math.max(n, m))).toBe(true);
      }),
    );
  });

  it('addWorkingHours ends inside office hours on a working day (or exactly at a period end)', () => {
    fc.assert(
      fc.property(anyInstant, budget, (start, minutes) => {
        const due = cal.addWorkingHours(start, minutes / 60);
        const { date, minutes: clock } = localClock(due);
        expect(cal.isWorkingDay(date)).toBe(true);
        const inside = periods.some((p) => (minutes > 0 ? p.from < clock : p.from <= clock) && clock <= p.to);
        expect(inside, formatLocal(due)).toBe(true);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
    );
  });

  it('workingMinutesBetween(s, addWorkingHours(s, h)) = 60 h, and budgets compose', () => {
    fc.assert(
      fc.property(anyInstant, budget, budget, (start, a, b) => {
        const due = cal.addWorkingHours(start, a / 60);
        expect(cal.workingMinutesBetween(start, due)).toBe(a);
        expect(cal.addWorkingMinutes(due, b).getTime()).toBe(cal.addWorkingMinutes(start, a + b).getTime());
      }),
    );
  });

  it('addWorkingHours is monotonic in the start and in the budget', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, budget, budget, (x, y, a, b) => {
        const [s1, s2] = x <= y ? [x, y] : [y, x];
        expect(cal.addWorkingMinutes(s1, a).getTime()).toBeLessThanOrEqual(cal.addWorkingMinutes(s2, a).getTime());
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingMinutes(s1, lo).getTime()).toBeLessThanOrEqual(cal.addWorkingMinutes(s1, hi).getTime());
      }),
    );
  });
});
