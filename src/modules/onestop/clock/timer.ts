/**
 * One running budget of office time: the whole dossier's limit or one step's budget. It keeps the
 * due instant and the run/pause segments; `dossier-clock.ts` drives it from the events.
 */
import { addDays, localDateOf, type OfficeHours, type WorkingCalendar } from '../../../kernel/calendar';
import { dueFrom, endOfOfficeDay, workingDayOnOrAfter } from './deadline';
import type { TimeLimit } from './types';

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const dayDiff = (from: Date, to: Date) =>
  Math.round((Date.parse(localDateOf(to)) - Date.parse(localDateOf(from))) / 86_400_000);

export type Timer = ReturnType<typeof createTimer>;

export function createTimer(calendar: WorkingCalendar, office: OfficeHours, limit: TimeLimit, start: Date) {
  const minutes = (a: Date, b: Date) => calendar.workingMinutesBetween(a, b, office);
  /** The unmoved last day of a calendar-day limit. */
  const nominalOf = (from: Date) => addDays(localDateOf(from), limit.unit === 'calendar_day' ? limit.amount : 0);
  let startedAt = start;
  let due = dueFrom(calendar, start, limit, office);
  /** Calendar-day limits shift by whole days from the unmoved last day, then move off days off again. */
  let nominalDay = nominalOf(start);
  let runningSince: Date | null = start;
  let pausedAt: Date | null = null;
  /** When the pause or the end happened; `pausedAt` is never before the clock started. */
  let pauseRef: Date | null = null;
  let elapsed = 0;
  let pausedTotal = 0;
  /** The extension's addition, kept across a restart so that a restart never ends earlier than a shift. */
  let extra: { minutes: number; days: number } = { minutes: 0, days: 0 };

  /** Time before `runningSince` (received after the cut-off, the clock not yet started) never counts. */
  const ran = (until: Date) => (runningSince ? Math.max(0, minutes(runningSince, later(until, runningSince))) : 0);

  /** Restart from zero: the whole limit (plus any extension) from `newStart`. */
  function restart(at: Date, newStart: Date): void {
    if (pausedAt) pausedTotal += minutes(pausedAt, later(at, pausedAt));
    startedAt = newStart;
    due = dueFrom(calendar, newStart, limit, office);
    nominalDay = nominalOf(newStart);
    if (limit.unit === 'calendar_day' && extra.days > 0) {
      nominalDay = addDays(nominalDay, extra.days);
      due = endOfOfficeDay(workingDayOnOrAfter(calendar, nominalDay), office);
    } else if (extra.minutes > 0) {
      due = calendar.addWorkingMinutes(due, extra.minutes, office);
    }
    elapsed = 0;
    runningSince = newStart;
    pausedAt = null;
    pauseRef = null;
  }

  return {
    get startedAt() {
      return startedAt;
    },
    get due() {
      return due;
    },
    get pausedTotal() {
      return pausedTotal;
    },
    get paused() {
      return pausedAt !== null;
    },
    pause(at: Date) {
      if (!runningSince) return;
      elapsed += ran(at);
      pausedAt = later(at, runningSince);
      pauseRef = at;
      runningSince = null;
    },
    /**
     * Shift: the paused office time is added to the due date; calendar-day limits move by whole
     * days instead, so that they keep ending at the close of an office day. A same-day limit has
     * nothing to carry over: it counts from the day the complete dossier arrives in either mode.
     */
    resumeShift(at: Date, restartStart: Date) {
      if (!pausedAt) return;
      if (limit.unit === 'same_day') {
        restart(at, restartStart);
        return;
      }
      const resumeAt = later(at, pausedAt);
      const paused = minutes(pausedAt, resumeAt);
      pausedTotal += paused;
      if (limit.unit === 'calendar_day') {
        nominalDay = addDays(nominalDay, dayDiff(pausedAt, resumeAt));
        due = endOfOfficeDay(workingDayOnOrAfter(calendar, nominalDay), office);
      } else {
        due = calendar.addWorkingMinutes(due, paused, office);
      }
      runningSince = resumeAt;
      pausedAt = null;
      pauseRef = null;
    },
    restart,
    extendTo(newDue: Date) {
      extra = {
        minutes: extra.minutes + Math.max(0, minutes(due, newDue)),
        days: extra.days + Math.max(0, dayDiff(due, newDue)),
      };
      due = newDue;
      nominalDay = localDateOf(newDue);
    },
    stop(at: Date) {
      if (runningSince) {
        elapsed += ran(at);
        pausedAt = later(at, runningSince);
        pauseRef = at;
        runningSince = null;
      }
    },
    /**
     * As seen at `at`: office minutes run, office minutes from `at` (or from the pause / the end) to
     * the due time, and the budget = run + what the clock will still run (office time before a
     * late-afternoon receipt is left to the officer but not on the legal clock).
     */
    read(at: Date) {
      const ref = runningSince ? at : (pauseRef ?? at);
      const run = elapsed + ran(at);
      const ahead = minutes(runningSince ? later(at, runningSince) : ref, due);
      return { elapsed: run, remaining: minutes(ref, due), budget: run + ahead, ref };
    },
  };
}
