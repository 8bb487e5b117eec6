/**
 * Worked examples of the legal clock on the seeded calendar, each with its due date written out.
 * Default rules: office 07:00–11:30 and 13:30–17:00; receipt cut-off 15:00 (Decree 61/2018 Art. 18).
 * 1 working day = 8 office hours, counted from the moment the clock starts (TD reference system).
 */
import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../../kernel/calendar';
import { computeClock } from './dossier-clock';
import { seededCalendar as calendar, vn } from './test-calendar';
import type { ClockEvent, TimeLimit } from './types';

const wd = (amount: number): TimeLimit => ({ unit: 'working_day', amount });
const days = (amount: number): TimeLimit => ({ unit: 'calendar_day', amount });
const hours = (amount: number): TimeLimit => ({ unit: 'working_hour', amount });
const sameDay: TimeLimit = { unit: 'same_day', cutoff: '15:00' };

const dueOf = (limit: TimeLimit, received: string, more: ClockEvent[] = []) =>
  formatLocal(
    computeClock({ limit, calendar, now: vn(received), events: [{ type: 'received', at: vn(received) }, ...more] })
      .dueAt,
  ).slice(0, 16);

// [rule cited, limit, received (local), expected due (local)]
const EXAMPLES: [string, TimeLimit, string, string][] = [
  // Work permit 1.014199.H05, 10 working days (Bắc Ninh QĐ 1513/QĐ-UBND); Tết Bính Ngọ off Mon 16/2 – Fri 20/2/2026.
  ['10 wd across Tết Bính Ngọ 2026', wd(10), '2026-02-09 09:00', '2026-03-02T09:00'],
  // Received after 15:00 on the last day before Tết: the clock starts Mon 23/2 07:00 (Art. 18), 10 full days.
  ['10 wd, after 15:00 before Tết 2026', wd(10), '2026-02-13 15:30', '2026-03-06T17:00'],
  // Exactly 15:00 is not "after 15:00": the clock starts at once.
  ['1 wd, received at 15:00 sharp', wd(1), '2026-03-10 15:00', '2026-03-11T15:00'],
  // IRC, 10 days ("ngày", Decree 239/2025): 22/4 + 10 = Sat 2/5; 30/4–3/5 off, so Mon 4/5 at close of office.
  ['10 calendar days into 30/4–1/5 2026', days(10), '2026-04-22 10:00', '2026-05-04T17:00'],
  // Investment-policy approval, 17 days: 13/4 + 17 = Thu 30/4 (holiday) → Mon 4/5 (Civil Code Art. 148).
  ['17 calendar days ending on 30/4/2026', days(17), '2026-04-13 08:00', '2026-05-04T17:00'],
  // WP re-issue 1.014200.H05, 3 wd; Fri 24/4 after 15:00, Mon 27/4 is the Hùng Kings compensatory day.
  ['3 wd after 15:00 over Hùng Kings and 30/4 2026', wd(3), '2026-04-24 16:00', '2026-05-04T17:00'],
  // WP exemption, 5 wd; 2/9/2026: Mon 31/8 swapped off, Tue 1/9 + Wed 2/9 holidays.
  ['5 wd across Quốc khánh 2026', wd(5), '2026-08-27 10:00', '2026-09-08T10:00'],
  // Sat 22/8/2026 is a make-up working day (worked for Mon 31/8).
  ['1 wd onto the make-up Saturday 22/8/2026', wd(1), '2026-08-21 14:00', '2026-08-22T14:00'],
  // 24/11/2026 Ngày Văn hóa Việt Nam (NA Res. 28/2026/QH16) is a day off.
  ['1 wd over 24/11/2026', wd(1), '2026-11-23 10:00', '2026-11-25T10:00'],
  // New Year 2026: Thu 1/1 holiday, Fri 2/1 swapped off (12729/VPCP-KGVX).
  ['1 wd over New Year 2026', wd(1), '2025-12-31 10:00', '2026-01-05T10:00'],
  // Same-day procedure (Hà Nội 2.000635): before 15:00 returned the same day at close of office …
  ['same day, received 14:59', sameDay, '2026-03-10 14:59', '2026-03-10T17:00'],
  // … after 15:00 returned by the end of the next working day.
  ['same day, received 15:01', sameDay, '2026-03-10 15:01', '2026-03-11T17:00'],
  // Same day on the Friday before Tết 2026 after 15:00: next working day is Mon 23/2.
  ['same day, after 15:00 before Tết 2026', sameDay, '2026-02-13 16:00', '2026-02-23T17:00'],
  // Received at lunch: the clock starts 13:30; 4 h = 3.5 h today + 0.5 h tomorrow.
  ['4 working hours from lunch', hours(4), '2026-03-10 12:00', '2026-03-11T07:30'],
  // Hours skip the lunch break: 10:00 + 2 h = 1.5 h before lunch + 0.5 h after.
  ['2 working hours over lunch', hours(2), '2026-03-10 10:00', '2026-03-10T14:00'],
  // Saturday receipt (online): the clock starts Monday 07:00; half a day = 4 h.
  ['half a working day from a Saturday', wd(0.5), '2026-03-14 10:00', '2026-03-16T11:00'],
  // Eco-IP consultation, 3 wd (Decree 35/2022 Art. 41(3)); Tết 2027 candidates: 5–9/2 plus 10–11/2 in lieu.
  ['3 wd across Tết 2027 (candidates)', wd(3), '2027-02-03 09:00', '2027-02-15T09:00'],
  // Eco-IP appraisal, 40 days (Art. 41(5)): 4/1/2027 + 40 = Sat 13/2 → Mon 15/2/2027.
  ['40 calendar days into Tết 2027', days(40), '2027-01-04 09:00', '2027-02-15T17:00'],
  // Ministries' replies, 15 days (Art. 41(4)): 22/1/2027 + 15 = Sat 6/2 (mùng 1 Tết) → Fri 12/2/2027.
  ['15 calendar days ending in Tết 2027', days(15), '2027-01-22 08:00', '2027-02-12T17:00'],
  // 2027: Fri 30/4, Sat 1/5 with Mon 3/5 in lieu (Labour Code Art. 111(3)).
  ['10 wd across 30/4–1/5 2027', wd(10), '2027-04-28 08:00', '2027-05-14T08:00'],
  // 2/9/2027 Thu + adjacent Fri 3/9 (candidate); received after 15:00 on Wed 1/9: the clock starts Mon 6/9.
  ['3 wd after 15:00 before Quốc khánh 2027', wd(3), '2027-09-01 16:00', '2027-09-08T17:00'],
];

describe('worked examples on the seeded calendar', () => {
  it.each(EXAMPLES)('%s', (_rule, limit, received, expected) => {
    expect(dueOf(limit, received)).toBe(expected);
  });
});

describe('worked examples with pauses and the extension', () => {
  const received = '2026-03-02 09:00'; // Mon; 10 wd → Mon 16/3 09:00
  const pause: ClockEvent = { type: 'paused', at: vn('2026-03-04 09:00'), reason: 'supplement' };
  const completeAt = vn('2026-03-09 10:00');

  it('restarts from zero once the supplement is complete (Decree 61/2018 Art. 19(4))', () => {
    expect(dueOf(wd(10), received)).toBe('2026-03-16T09:00');
    expect(dueOf(wd(10), received, [pause, { type: 'resumed', at: completeAt, mode: 'restart' }])).toBe(
      '2026-03-23T10:00',
    );
  });

  it('shifts the due date by the 25 office hours paused (TD shift mode)', () => {
    expect(dueOf(wd(10), received, [pause, { type: 'resumed', at: completeAt, mode: 'shift' }])).toBe(
      '2026-03-19T10:00',
    );
  });

  it('extends once to the date on the apology letter and tells whether it was sent in time', () => {
    const clock = computeClock({
      limit: wd(10),
      calendar,
      now: vn('2026-03-20 16:00'),
      events: [
        { type: 'received', at: vn(received) },
        { type: 'extended', at: vn('2026-03-12 10:00'), newDueAt: vn('2026-03-20 17:00') },
        { type: 'finished', at: vn('2026-03-20 16:00') },
      ],
    });
    expect(formatLocal(clock.originalDueAt)).toBe('2026-03-16T09:00:00+07:00');
    expect(formatLocal(clock.dueAt)).toBe('2026-03-20T17:00:00+07:00');
    expect(clock).toMatchObject({ extended: true, extensionInTime: true, timeliness: 'on_time', overdue: false });
  });

  it('counts a finish on the due date after the due time as on time (date granularity)', () => {
    const clock = computeClock({
      limit: wd(10),
      calendar,
      now: vn('2026-03-16 16:00'),
      events: [
        { type: 'received', at: vn(received) },
        { type: 'finished', at: vn('2026-03-16 16:00') },
      ],
    });
    expect(clock.timeliness).toBe('on_time');
    expect(clock.remainingMinutes).toBe(-5 * 60); // 09:00–11:30 and 13:30–16:00 past the due time
  });
});
