import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from '../../kernel/calendar/local-time';
import { AppError } from '../../kernel/errors';
import { parsePeriod, periodEnd } from '../../kernel/period';
import { periodStateOn, reportingWindow } from './period-state';
import { checkSchedules, REPORTING_SCHEDULES, type ReportingSchedule } from './reporting-schedules';

const quarterly = (p: string) => reportingWindow('quarterly_implementation', parsePeriod(p));
const annual = (p: string) => reportingWindow('annual_implementation', parsePeriod(p));

describe('reporting windows (Decree 31/2021 Art. 102(1))', () => {
  it('a quarter is reported from the next day until the 10th of the next quarter’s first month', () => {
    const w = quarterly('2026-Q3');
    expect(w).toMatchObject({ period: '2026-Q3', opensOn: '2026-10-01', deadline: '2026-10-10' });
    expect(w.schedule.legalBasis).toMatch(/Nghị định 31\/2021/);
    expect(periodStateOn(w, '2026-09-30')).toBe('not_due');
    expect(periodStateOn(w, '2026-10-01')).toBe('open');
    expect(periodStateOn(w, '2026-10-10')).toBe('open');
    expect(periodStateOn(w, '2026-10-11')).toBe('closed');
  });

  it('the fourth quarter runs into the next year; the year is due by 31 March', () => {
    expect(quarterly('2025-Q4')).toMatchObject({ opensOn: '2026-01-01', deadline: '2026-01-10' });
    const y = annual('2025');
    expect(y).toMatchObject({ opensOn: '2026-01-01', deadline: '2026-03-31' });
    expect(periodStateOn(y, '2026-03-31')).toBe('open');
    expect(periodStateOn(y, '2026-04-01')).toBe('closed');
  });

  it('periods before the 2021 decree follow the 2014 law’s rule (Decree 118/2015 Art. 71), marked unverified', () => {
    const w = quarterly('2020-Q4');
    expect(w).toMatchObject({ opensOn: '2021-01-01', deadline: '2021-01-10' });
    expect(w.schedule.legalBasis).toMatch(/118\/2015.*unverified/);
    expect(annual('2015')).toMatchObject({ opensOn: '2016-01-01', deadline: '2016-03-31' });
    // Q1 2021 ends after the decree took effect on 26 March 2021.
    expect(quarterly('2021-Q1').schedule.id).toBe('nd31-2021-art102-quarter');
  });

  it('has no rule for a period before any recorded law, and says so in both languages', () => {
    let error: unknown;
    try {
      quarterly('2005-Q4');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('2005-Q4');
    expect((error as AppError).messageEn).toContain('No reporting deadline rule');
  });

  it('reads a "before the day" rule and a day past the month’s end from the data', () => {
    const strict: ReportingSchedule = {
      ...REPORTING_SCHEDULES[0]!,
      id: 'test-strict',
      deadlineMonthsAfterEnd: 2,
      deadlineDay: 31,
      deadlineInclusive: false,
    };
    // Q4 2027 + 2 months = February 2028 (29 days): the 31st is the 29th, and "before" it the 28th.
    expect(reportingWindow('quarterly_implementation', parsePeriod('2027-Q4'), [strict]).deadline).toBe('2028-02-28');
  });

  it('ships schedules with a legal basis and no overlapping windows; overlaps are caught', () => {
    expect(checkSchedules(REPORTING_SCHEDULES)).toEqual([]);
    const twice = [REPORTING_SCHEDULES[0]!, { ...REPORTING_SCHEDULES[0]!, id: 'again', effectiveFrom: '2024-01-01' }];
    expect(checkSchedules(twice)).toEqual(['again: overlaps nd31-2021-art102-quarter']);
  });

  it('moves only forward: not yet due, then open, then closed, with the deadline 1–45 days after the period', () => {
    const quarter = fc.record({ year: fc.integer({ min: 2022, max: 2060 }), q: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(
        quarter,
        fc.integer({ min: -120, max: 120 }),
        fc.integer({ min: 0, max: 60 }),
        ({ year, q }, a, b) => {
          const period = parsePeriod(`${year}-Q${q}`);
          const w = reportingWindow('quarterly_implementation', period);
          const end = periodEnd(period);
          const gap = toDayNumber(w.deadline) - toDayNumber(end);
          expect(gap).toBeGreaterThanOrEqual(1);
          expect(gap).toBeLessThanOrEqual(45);
          const order = { not_due: 0, open: 1, closed: 2 } as const;
          const first = periodStateOn(w, addDays(end, a));
          const later = periodStateOn(w, addDays(end, a + b));
          expect(order[later]).toBeGreaterThanOrEqual(order[first]);
        },
      ),
    );
  });
});
