/**
 * Calendar-date and Vietnam-local-time helpers.
 *
 * Calendar dates travel as ISO strings (`YYYY-MM-DD`) and are computed on as day numbers
 * (days since 1970-01-01), which keeps date arithmetic free of time zones. Instants are JS
 * `Date`s; their local (Asia/Ho_Chi_Minh) reading uses a fixed +07:00 offset, because Vietnam
 * has not observed daylight saving time since 1975 and `Intl` time-zone data is not needed.
 */
import { AppError } from '../errors';

export const VN_UTC_OFFSET_MINUTES = 7 * 60;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = VN_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

const invalid = (vi: string, en: string) => new AppError('VALIDATION_FAILED', vi, en);

/** Days since 1970-01-01 for an ISO calendar date; rejects impossible dates such as 2026-02-30. */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC silently rolls 2026-02-30 over to March, so round-trip to detect it.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms / MS_PER_DAY;
    }
  }
  throw invalid(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD).`, `Invalid date "${date}" (expected YYYY-MM-DD).`);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** ISO date for a day number (inverse of `toDayNumber`). */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

function assertInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw invalid('Thời điểm không hợp lệ.', 'Invalid instant.');
  return t;
}

/** Day number of the Vietnam-local calendar day containing `instant`. */
export function localDayNumber(instant: Date): number {
  return Math.floor((assertInstant(instant) + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Vietnam-local calendar date (`YYYY-MM-DD`) of an instant. */
export function localDateOf(instant: Date): string {
  return fromDayNumber(localDayNumber(instant));
}

/** Epoch milliseconds of local midnight at the start of a day number. */
export function localDayStartMs(day: number): number {
  return day * MS_PER_DAY - VN_OFFSET_MS;
}

/** Minutes after `00:00` for an `HH:MM` clock reading; `24:00` is allowed as an end of day. */
export function parseClock(clock: string): number {
  const m = CLOCK.exec(clock);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(minutes <= 24 * 60)) {
    throw invalid(`Giờ không hợp lệ: "${clock}" (cần dạng HH:MM).`, `Invalid time "${clock}" (expected HH:MM).`);
  }
  return minutes;
}

/** The instant at which the Vietnam-local clock shows `time` on `date`. */
export function localInstant(date: string, time = '00:00'): Date {
  return new Date(localDayStartMs(toDayNumber(date)) + parseClock(time) * MS_PER_MINUTE);
}

/** `2026-02-23T10:30:00+07:00` — for logs, messages and test failure output. */
export function formatLocal(instant: Date): string {
  const shifted = new Date(assertInstant(instant) + VN_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}
