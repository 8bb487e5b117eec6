/**
 * Property tests of the legal clock on the seeded 2025–2028 calendar: hundreds of generated
 * receipts, limits and pauses per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocal, localInstant } from '../../../kernel/calendar';
import { DEFAULT_CLOCK_RULES, dueFrom, isOfficeInstant } from './deadline';
import { computeClock } from './dossier-clock';
import { seededCalendar as calendar, vn } from './test-calendar';
import type { ClockEvent, ResumeMode, TimeLimit } from './types';

const office = DEFAULT_CLOCK_RULES.officeHours;
const RUNS = { numRuns: Number(process.env.CLOCK_RUNS ?? 300) };
const MINUTE = 60_000;
const FIRST = localInstant('2025-01-01').getTime();
const LAST = localInstant('2027-10-31').getTime();

/** Any instant, at minute resolution, over the seeded years (nights, weekends and holidays included). */
const instant = fc.integer({ min: FIRST / MINUTE, max: LAST / MINUTE }).map((m) => new Date(m * MINUTE));
const workingLimit = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((amount): TimeLimit => ({ unit: 'working_day', amount })),
  fc.integer({ min: 1, max: 40 }).map((half): TimeLimit => ({ unit: 'working_day', amount: half / 2 })),
  fc.integer({ min: 1, max: 80 }).map((amount): TimeLimit => ({ unit: 'working_hour', amount })),
);
const anyLimit = fc.oneof(
  workingLimit,
  fc.integer({ min: 1, max: 60 }).map((amount): TimeLimit => ({ unit: 'calendar_day', amount })),
  fc.constantFrom<TimeLimit>({ unit: 'same_day', cutoff: '15:00' }, { unit: 'same_day', cutoff: '11:00' }),
);
const mode = fc.constantFrom<ResumeMode>('restart', 'shift');
/** Offsets in minutes, up to ~3 weeks, to place pauses and resumes after the receipt. */
const offset = fc.integer({ min: 0, max: 21 * 24 * 60 });
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);

const read = (limit: TimeLimit, events: ClockEvent[], now: Date) => computeClock({ limit, calendar, events, now });
const received = (at: Date): ClockEvent => ({ type: 'received', at });

describe('the legal clock (properties)', () => {
  it('adding n then m working days equals adding n + m', () => {
    const count = fc.integer({ min: 1, max: 30 });
    fc.assert(
      fc.property(instant, count, count, fc.boolean(), (start, n, m, half) => {
        const unit = half ? 0.5 : 1;
        const limit = (k: number): TimeLimit => ({ unit: 'working_day', amount: k * unit });
        const stepwise = dueFrom(calendar, dueFrom(calendar, start, limit(n), office), limit(m), office);
        expect(formatLocal(stepwise)).toBe(formatLocal(dueFrom(calendar, start, limit(n + m), office)));
      }),
      RUNS,
    );
  });

  it('never puts a due date on a day off or outside office hours', () => {
    fc.assert(
      fc.property(instant, anyLimit, (at, limit) => {
        const clock = read(limit, [received(at)], at);
        expect(isOfficeInstant(calendar, clock.dueAt, office), formatLocal(clock.dueAt)).toBe(true);
        expect(isOfficeInstant(calendar, clock.startedAt, office)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is monotonic in the receipt time', () => {
    fc.assert(
      fc.property(instant, offset, anyLimit, (at, later, limit) => {
        const first = read(limit, [received(at)], at).dueAt;
        const second = read(limit, [received(plus(at, later))], at).dueAt;
        expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
      }),
      RUNS,
    );
  });

  it('never shortens the time left by pausing', () => {
    fc.assert(
      fc.property(instant, offset, offset, offset, anyLimit, mode, (at, toPause, pauseLength, toNow, limit, how) => {
        const pausedAt = plus(at, toPause);
        const resumedAt = plus(pausedAt, pauseLength);
        const now = plus(resumedAt, toNow);
        const plain = read(limit, [received(at)], now);
        const paused = read(
          limit,
          [
            received(at),
            { type: 'paused', at: pausedAt, reason: 'supplement' },
            { type: 'resumed', at: resumedAt, mode: how },
          ],
          now,
        );
        expect(paused.dueAt.getTime()).toBeGreaterThanOrEqual(plain.dueAt.getTime());
        expect(paused.remainingMinutes).toBeGreaterThanOrEqual(plain.remainingMinutes);
      }),
      RUNS,
    );
  });

  it('never ends a restart from zero earlier than a shift', () => {
    fc.assert(
      fc.property(instant, offset, offset, anyLimit, (at, toPause, pauseLength, limit) => {
        const pausedAt = plus(at, toPause);
        const resumedAt = plus(pausedAt, pauseLength);
        const withMode = (how: ResumeMode) =>
          read(
            limit,
            [
              received(at),
              { type: 'paused', at: pausedAt, reason: 'supplement' },
              { type: 'resumed', at: resumedAt, mode: how },
            ],
            resumedAt,
          ).dueAt;
        expect(withMode('restart').getTime()).toBeGreaterThanOrEqual(withMode('shift').getTime());
      }),
      RUNS,
    );
  });

  it('freezes the time left while paused, and a shift adds exactly the paused office time', () => {
    fc.assert(
      fc.property(instant, offset, offset, workingLimit, (at, toPause, pauseLength, limit) => {
        const pausedAt = plus(at, toPause);
        const resumedAt = plus(pausedAt, pauseLength);
        const events: ClockEvent[] = [received(at), { type: 'paused', at: pausedAt, reason: 'consultation' }];
        const atPause = read(limit, events, pausedAt);
        expect(read(limit, events, resumedAt).remainingMinutes).toBe(atPause.remainingMinutes);
        const resumed = read(limit, [...events, { type: 'resumed', at: resumedAt, mode: 'shift' }], resumedAt);
        const plain = read(limit, [received(at)], resumedAt);
        const shifted = calendar.addWorkingMinutes(plain.dueAt, resumed.pausedMinutes, office);
        expect(formatLocal(resumed.dueAt)).toBe(formatLocal(shifted));
        if (pausedAt.getTime() >= atPause.startedAt.getTime()) {
          expect(resumed.remainingMinutes).toBeCloseTo(atPause.remainingMinutes, 6);
          expect(resumed.elapsedMinutes + resumed.remainingMinutes).toBeCloseTo(resumed.budgetMinutes, 6);
        }
      }),
      RUNS,
    );
  });

  it('runs exactly the office time of the limit from start to due (working-time limits)', () => {
    fc.assert(
      fc.property(instant, workingLimit, (at, limit) => {
        const clock = read(limit, [received(at)], at);
        const minutes =
          limit.unit === 'working_hour' ? limit.amount * 60 : limit.unit === 'working_day' ? limit.amount * 480 : 0;
        expect(calendar.workingMinutesBetween(clock.startedAt, clock.dueAt, office)).toBeCloseTo(minutes, 6);
        expect(read(limit, [received(at)], clock.dueAt).overdue).toBe(false);
        expect(read(limit, [received(at)], plus(clock.dueAt, 1)).overdue).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives a finished dossier a timeliness consistent with its due date', () => {
    fc.assert(
      fc.property(instant, offset, anyLimit, (at, toFinish, limit) => {
        const finishedAt = plus(at, toFinish);
        const clock = read(limit, [received(at), { type: 'finished', at: finishedAt }], finishedAt);
        const expected = finishedAt.getTime() <= clock.dueAt.getTime() ? ['early', 'on_time'] : ['on_time', 'late'];
        expect(expected).toContain(clock.timeliness);
        expect(clock.dueSoon).toBe(false);
      }),
      RUNS,
    );
  });
});

describe("the legal clock with an authority's own office hours", () => {
  const own = [
    { from: '07:30', to: '11:30' },
    { from: '13:00', to: '17:00' },
  ];
  it('keeps due dates inside those hours and counts a working day as their length', () => {
    fc.assert(
      fc.property(instant, anyLimit, (at, limit) => {
        const clock = computeClock({ limit, calendar, events: [received(at)], now: at, rules: { officeHours: own } });
        expect(isOfficeInstant(calendar, clock.dueAt, own), formatLocal(clock.dueAt)).toBe(true);
        if (limit.unit === 'working_day') {
          expect(calendar.workingMinutesBetween(clock.startedAt, clock.dueAt, own)).toBeCloseTo(limit.amount * 480, 6);
        }
      }),
      RUNS,
    );
  });
});

describe('the legal clock (event rules)', () => {
  const limit: TimeLimit = { unit: 'working_day', amount: 10 };
  const start = vn('2026-03-02 09:00');

  it('refuses a second extension, an earlier "new" due date and events out of order', () => {
    const extend = (at: string, to: string): ClockEvent => ({ type: 'extended', at: vn(at), newDueAt: vn(to) });
    expect(() =>
      read(
        limit,
        [
          received(start),
          extend('2026-03-10 09:00', '2026-03-18 17:00'),
          extend('2026-03-11 09:00', '2026-03-20 17:00'),
        ],
        start,
      ),
    ).toThrow(/một lần/);
    expect(() => read(limit, [received(start), extend('2026-03-10 09:00', '2026-03-13 17:00')], start)).toThrow(
      /sau ngày hẹn/,
    );
    expect(() => read(limit, [received(start), { type: 'finished', at: vn('2026-03-01 09:00') }], start)).toThrow(
      /thứ tự/,
    );
    expect(() => read(limit, [{ type: 'finished', at: start }], start)).toThrow(/tiếp nhận/);
    expect(() => read(limit, [received(start), { type: 'resumed', at: start, mode: 'shift' }], start)).toThrow(
      /không hợp lệ/,
    );
  });

  it("keeps the extension's extra time when the clock later restarts from zero", () => {
    const clock = read(
      limit,
      [
        received(start),
        { type: 'extended', at: vn('2026-03-10 09:00'), newDueAt: vn('2026-03-18 09:00') }, // +2 working days
        { type: 'paused', at: vn('2026-03-11 09:00'), reason: 'supplement' },
        { type: 'resumed', at: vn('2026-03-13 09:00'), mode: 'restart' },
      ],
      vn('2026-03-13 09:00'),
    );
    // 10 working days from Fri 13/3 09:00 = Fri 27/3 09:00, plus the 2 extra days = Tue 31/3 09:00.
    expect(formatLocal(clock.dueAt)).toBe('2026-03-31T09:00:00+07:00');
    expect(clock).toMatchObject({ extended: true, extensionInTime: true, restarts: 1 });
  });

  it('flags an extension asked on the due date itself as late (Art. 19(9): at least one day before)', () => {
    const clock = read(
      limit,
      [received(start), { type: 'extended', at: vn('2026-03-16 08:00'), newDueAt: vn('2026-03-20 17:00') }],
      vn('2026-03-16 08:00'),
    );
    expect(clock.extensionInTime).toBe(false);
  });

  it('keeps per-step clocks that wait while the dossier waits and shows the current step', () => {
    const clock = read(
      limit,
      [
        received(start),
        {
          type: 'step_started',
          at: vn('2026-03-02 09:00'),
          step: 'receive',
          budget: { unit: 'working_day', amount: 0.5 },
        },
        { type: 'step_finished', at: vn('2026-03-02 10:00'), step: 'receive' },
        {
          type: 'step_started',
          at: vn('2026-03-02 10:00'),
          step: 'appraise',
          budget: { unit: 'working_day', amount: 6 },
        },
        { type: 'paused', at: vn('2026-03-03 10:00'), reason: 'supplement' },
        { type: 'resumed', at: vn('2026-03-05 10:00'), mode: 'restart' },
      ],
      vn('2026-03-05 11:00'),
    );
    expect(clock.steps[0]).toMatchObject({ step: 'receive', timeliness: 'early', elapsedMinutes: 60 });
    expect(clock.currentStep?.step).toBe('appraise');
    // 6 wd from Mon 2/3 10:00 = Tue 10/3 10:00, plus the 16 office hours the dossier waited.
    expect(formatLocal(clock.currentStep?.dueAt ?? new Date(0))).toBe('2026-03-12T10:00:00+07:00');
    expect(clock.currentStep?.elapsedMinutes).toBe(9 * 60);
    expect(formatLocal(clock.dueAt)).toBe('2026-03-19T10:00:00+07:00'); // restarted: 10 wd from Thu 5/3 10:00
    expect(clock).toMatchObject({ restarts: 1, pausedMinutes: 16 * 60, elapsedMinutes: 60, state: 'running' });
  });

  it('marks an open dossier due soon within one working day and stops the clock on withdrawal', () => {
    const events: ClockEvent[] = [received(start)];
    expect(read(limit, events, vn('2026-03-13 10:00')).dueSoon).toBe(true);
    expect(read(limit, events, vn('2026-03-12 10:00')).dueSoon).toBe(false);
    const withdrawn = read(
      limit,
      [...events, { type: 'withdrawn', at: vn('2026-03-04 09:00') }],
      vn('2026-04-30 09:00'),
    );
    expect(withdrawn).toMatchObject({ state: 'withdrawn', overdue: false, timeliness: null, elapsedMinutes: 16 * 60 });
  });
});
