/**
 * Deadline arithmetic of the legal clock: when a received dossier's time starts to run, and the
 * due date-time a time limit gives from that start. Pure; the working-day calendar
 * (`kernel/calendar`) supplies holidays, swapped days, make-up Saturdays and office-time sums.
 */
import {
  addDays,
  DEFAULT_OFFICE_HOURS,
  localDateOf,
  localInstant,
  type OfficeHours,
  parseClock,
  type WorkingCalendar,
} from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import type { ClockRules, TimeLimit, Timeliness } from './types';

const MINUTE = 60_000;
const DAY = 86_400_000;
const VN_OFFSET = 7 * 60 * MINUTE;
// A calendar without a working day for a year is broken data; stop instead of looping.
const MAX_DAYS_SCANNED = 366;

export const DEFAULT_CLOCK_RULES: ClockRules = { officeHours: DEFAULT_OFFICE_HOURS, receiptCutoff: '15:00' };

const invalid = (vi: string, en: string) => new AppError('VALIDATION_FAILED', vi, en);

/** Office minutes in one working day: the length of "1 ngày làm việc" (8 h with the default hours). */
export function officeDayMinutes(office: OfficeHours): number {
  return office.reduce((sum, p) => sum + parseClock(p.to) - parseClock(p.from), 0);
}

/** Local minutes after midnight of an instant, with fractions. */
export function localMinuteOfDay(at: Date): number {
  return ((((at.getTime() + VN_OFFSET) % DAY) + DAY) % DAY) / MINUTE;
}

/** End of office hours (17:00 by default) on a local date. */
export function endOfOfficeDay(date: string, office: OfficeHours): Date {
  const last = office[office.length - 1];
  if (!last) throw invalid('Chưa khai báo giờ làm việc.', 'No office hours given.');
  return localInstant(date, last.to);
}

/** `at` when office time is running then, otherwise the start of the next office period. */
export function nextOfficeInstant(calendar: WorkingCalendar, at: Date, office: OfficeHours): Date {
  let date = localDateOf(at);
  for (let i = 0; i <= MAX_DAYS_SCANNED; i++, date = addDays(date, 1)) {
    if (!calendar.isWorkingDay(date)) continue;
    for (const p of office) {
      const from = localInstant(date, p.from);
      if (at.getTime() < localInstant(date, p.to).getTime()) return at.getTime() > from.getTime() ? at : from;
    }
  }
  throw invalid('Lịch không có ngày làm việc.', 'No working day within a year.');
}

/** Whether an instant is inside an office period (ends included) of a working day. */
export function isOfficeInstant(calendar: WorkingCalendar, at: Date, office: OfficeHours): boolean {
  const date = localDateOf(at);
  if (!calendar.isWorkingDay(date)) return false;
  const minute = localMinuteOfDay(at);
  return office.some((p) => minute >= parseClock(p.from) && minute <= parseClock(p.to));
}

/**
 * When the legal time of a dossier received at `receivedAt` starts: at once during office hours;
 * at the next office period when received at lunch, at night or on a day off; and the next
 * working morning when received after the daily cut-off (Art. 18: a paper dossier received after
 * 15:00 is handed to the processing unit at the start of the next working day).
 */
export function clockStart(calendar: WorkingCalendar, receivedAt: Date, rules: ClockRules): Date {
  if (rules.receiptCutoff !== null && localMinuteOfDay(receivedAt) > parseClock(rules.receiptCutoff)) {
    return nextOfficeInstant(calendar, localInstant(addDays(localDateOf(receivedAt), 1)), rules.officeHours);
  }
  return nextOfficeInstant(calendar, receivedAt, rules.officeHours);
}

/** The working day on or after `date`. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: string): string {
  return calendar.addWorkingDays(date, 0);
}

export function checkTimeLimit(limit: TimeLimit): void {
  if (limit.unit === 'same_day') {
    parseClock(limit.cutoff);
    return;
  }
  if (!Number.isFinite(limit.amount) || limit.amount <= 0) {
    throw invalid('Thời hạn giải quyết phải lớn hơn 0.', 'A time limit must be greater than zero.');
  }
  if (limit.unit === 'calendar_day' && !Number.isInteger(limit.amount)) {
    throw invalid('Thời hạn tính theo ngày phải là số nguyên.', 'A limit in calendar days must be a whole number.');
  }
}

/**
 * The due date-time of `limit` counted from `start` (an instant from `clockStart`).
 * - Working days and hours: the instant at which that much office time has run (1 working day =
 *   one office day, 8 h by default, so half days work; TD reference `CaculateTime.TinhNgayHenTra`).
 * - Calendar days: the end of office hours of the `amount`-th day after the start day, moved to the
 *   next working day when that day is off (Civil Code 91/2015/QH13 Arts. 147–148: the first day is
 *   not counted; a period ending on a day off ends at the end of the next working day).
 * - Same day: the end of the office day, or of the next working day when started after the cut-off.
 */
export function dueFrom(calendar: WorkingCalendar, start: Date, limit: TimeLimit, office: OfficeHours): Date {
  checkTimeLimit(limit);
  switch (limit.unit) {
    case 'working_day':
      return calendar.addWorkingMinutes(start, limit.amount * officeDayMinutes(office), office);
    case 'working_hour':
      return calendar.addWorkingMinutes(start, limit.amount * 60, office);
    case 'calendar_day':
      return endOfOfficeDay(workingDayOnOrAfter(calendar, addDays(localDateOf(start), limit.amount)), office);
    case 'same_day': {
      const date = localDateOf(start);
      const today = calendar.isWorkingDay(date) && localMinuteOfDay(start) <= parseClock(limit.cutoff);
      return endOfOfficeDay(today ? date : calendar.nextWorkingDay(date), office);
    }
  }
}

/**
 * Timeliness of a finished dossier, at date granularity as the national progress indicators count
 * it (TD `QuyetDinh766ChiTieuTienDoWhereBuilder`): before the due date early, on it on time, after late.
 */
export function timelinessByDate(finishedAt: Date, dueAt: Date): Timeliness {
  const finished = localDateOf(finishedAt);
  const due = localDateOf(dueAt);
  return finished < due ? 'early' : finished === due ? 'on_time' : 'late';
}
