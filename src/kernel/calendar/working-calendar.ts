/**
 * The working-day calendar: which days are working days, and deadline arithmetic in working
 * days and in office hours.
 *
 * The engine knows nothing about holidays by itself. It takes the list of days that differ from
 * an ordinary week (weekend = rest, other days = work): the candidates from `statutoryHolidays`
 * merged with the published decisions (`mergeDays`). Administrators confirm that list per year,
 * because the Tết range, the 2/9 adjacent day and the civil-service swaps are yearly decisions
 * rather than formulas.
 */
import { AppError } from '../errors';
import {
  fromDayNumber,
  localDayNumber,
  localDayStartMs,
  MS_PER_MINUTE,
  parseClock,
  toDayNumber,
  weekdayOfDayNumber,
} from './local-time';

export type DayStatus = 'off' | 'work';

export type DayCategory =
  | 'statutory' // a fixed-date holiday of Labour Code Art. 112(1)
  | 'tet' // one of the 5 Tết Nguyên Đán days
  | 'bridge' // the day adjacent to 2/9 (Art. 112(1)(đ))
  | 'compensatory' // nghỉ bù: next working day after a holiday on a weekly rest day (Art. 111(3))
  | 'swap_off' // hoán đổi: a weekday off in exchange for a make-up Saturday
  | 'makeup_work' // làm bù: a weekend day worked
  | 'culture_day'; // 24/11 Ngày Văn hóa Việt Nam

/** Which statutory holiday a generated day belongs to, so that a decision can replace the whole group. */
export type HolidayKey =
  | 'new_year'
  | 'tet'
  | 'hung_kings'
  | 'reunification'
  | 'labour_day'
  | 'national_day'
  | 'culture_day';

export type CalendarDay = {
  date: string; // YYYY-MM-DD
  status: DayStatus;
  category: DayCategory;
  nameVi: string;
  nameEn: string;
  legalBasis: string;
  source: 'generated' | 'decision';
  /** Set on generated days (including their compensatory days); decisions may omit it. */
  holiday?: HolidayKey;
  /** Generated candidates that the law leaves to a yearly decision (Tết range, 2/9 adjacent day). */
  needsConfirmation?: boolean;
};

export type OfficePeriod = { from: string; to: string }; // local HH:MM
export type OfficeHours = readonly OfficePeriod[];

/** Usual office hours of provincial agencies; each authority may configure its own. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = [
  { from: '07:00', to: '11:30' },
  { from: '13:30', to: '17:00' },
];

export type WorkingCalendarOptions = {
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Civil servants rest on Saturday and Sunday. */
  weekend?: readonly number[];
};

export type WorkingCalendar = {
  isWorkingDay(date: string): boolean;
  /** The recorded special day for a date, if any. */
  dayInfo(date: string): CalendarDay | undefined;
  /** First working day strictly after `date`. */
  nextWorkingDay(date: string): string;
  /**
   * The n-th working day after `date` (n ≥ 0). Days are counted from the day after `date`, so the
   * start day never counts even if it is a working day. n = 0 means "the date itself if it is a
   * working day, otherwise the next working day" — the day from which a deadline can run.
   */
  addWorkingDays(date: string, n: number): string;
  /** Working days in the half-open range (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
  /**
   * The instant at which `hours` of office time after `start` have elapsed. Time outside office
   * periods and on non-working days does not count. With a positive budget the result is never the
   * start of a period: a budget that runs out exactly at 11:30 gives 11:30, not 13:30.
   */
  addWorkingHours(start: Date, hours: number, office?: OfficeHours): Date;
  addWorkingMinutes(start: Date, minutes: number, office?: OfficeHours): Date;
  /** Office minutes inside [start, end]; negative when `end` is before `start`. May be fractional. */
  workingMinutesBetween(start: Date, end: Date, office?: OfficeHours): number;
};

// A calendar that never yields a working day would loop for ever; no real break is this long.
const MAX_CONSECUTIVE_DAYS_OFF = 366;

const invalid = (vi: string, en: string) => new AppError('VALIDATION_FAILED', vi, en);

type Period = { from: number; to: number }; // minutes after local midnight

function compileOfficeHours(office: OfficeHours): Period[] {
  const periods = office.map((p) => ({ from: parseClock(p.from), to: parseClock(p.to) }));
  periods.forEach((p, i) => {
    const previous = periods[i - 1];
    if (p.from >= p.to || (previous && previous.to > p.from)) {
      throw invalid(
        'Giờ làm việc phải tăng dần và không chồng lấn.',
        'Office periods must be in order and must not overlap.',
      );
    }
  });
  if (periods.length === 0) throw invalid('Chưa khai báo giờ làm việc.', 'No office hours given.');
  return periods;
}

export function createWorkingCalendar(
  days: readonly CalendarDay[],
  options: WorkingCalendarOptions = {},
): WorkingCalendar {
  const weekend = new Set(options.weekend ?? [0, 6]);
  if ([...weekend].some((d) => !Number.isInteger(d) || d < 0 || d > 6) || weekend.size > 6) {
    throw invalid('Ngày nghỉ hằng tuần không hợp lệ.', 'Invalid weekly rest days.');
  }
  // Later entries win, so callers may append corrections to a list.
  const special = new Map<number, CalendarDay>();
  for (const day of days) special.set(toDayNumber(day.date), day);

  const isWorking = (day: number): boolean => {
    const s = special.get(day);
    return s ? s.status === 'work' : !weekend.has(weekdayOfDayNumber(day));
  };

  const nextWorking = (day: number): number => {
    for (let d = day + 1; d <= day + MAX_CONSECUTIVE_DAYS_OFF; d++) if (isWorking(d)) return d;
    throw invalid('Lịch không có ngày làm việc.', `No working day within a year after ${fromDayNumber(day)}.`);
  };

  const countBetween = (from: number, to: number): number => {
    if (to < from) return -countBetween(to, from);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (isWorking(d)) n++;
    return n;
  };

  const addMs = (start: Date, budgetMs: number, periods: Period[]): Date => {
    let cursor = start.getTime();
    let budget = budgetMs;
    let idle = 0;
    for (let day = localDayNumber(start); idle <= MAX_CONSECUTIVE_DAYS_OFF; day++) {
      if (!isWorking(day)) {
        idle++;
        continue;
      }
      idle = 0;
      const midnight = localDayStartMs(day);
      for (const p of periods) {
        const from = midnight + p.from * MS_PER_MINUTE;
        const to = midnight + p.to * MS_PER_MINUTE;
        if (cursor > to) continue;
        cursor = Math.max(cursor, from);
        if (budget <= to - cursor) return new Date(cursor + budget);
        budget -= to - cursor;
        cursor = to;
      }
    }
    throw invalid('Lịch không có ngày làm việc.', 'No working day within a year.');
  };

  const minutesBetween = (start: Date, end: Date, periods: Period[]): number => {
    const s = start.getTime();
    const e = end.getTime();
    if (e < s) return -minutesBetween(end, start, periods);
    let ms = 0;
    for (let day = localDayNumber(start); day <= localDayNumber(end); day++) {
      if (!isWorking(day)) continue;
      const midnight = localDayStartMs(day);
      for (const p of periods) {
        const overlap = Math.min(e, midnight + p.to * MS_PER_MINUTE) - Math.max(s, midnight + p.from * MS_PER_MINUTE);
        if (overlap > 0) ms += overlap;
      }
    }
    return ms / MS_PER_MINUTE;
  };

  const checkCount = (n: number, what: string) => {
    if (!Number.isFinite(n) || n < 0) {
      throw invalid(`Số ${what} phải là số không âm.`, `The number of ${what} must be a non-negative number.`);
    }
  };
  const checkInstant = (d: Date) => {
    if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw invalid('Thời điểm không hợp lệ.', 'Invalid instant.');
  };

  const addWorkingMinutes = (start: Date, minutes: number, office: OfficeHours = DEFAULT_OFFICE_HOURS): Date => {
    checkInstant(start);
    checkCount(minutes, 'phút');
    return addMs(start, Math.round(minutes * MS_PER_MINUTE), compileOfficeHours(office));
  };

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    dayInfo: (date) => special.get(toDayNumber(date)),
    nextWorkingDay: (date) => fromDayNumber(nextWorking(toDayNumber(date))),
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw invalid('Số ngày làm việc phải là số nguyên không âm.', 'Working days must be a non-negative integer.');
      }
      let day = toDayNumber(date);
      if (n === 0) return fromDayNumber(isWorking(day) ? day : nextWorking(day));
      for (let i = 0; i < n; i++) day = nextWorking(day);
      return fromDayNumber(day);
    },
    workingDaysBetween: (from, to) => countBetween(toDayNumber(from), toDayNumber(to)),
    addWorkingMinutes,
    addWorkingHours: (start, hours, office) => {
      checkCount(hours, 'giờ');
      return addWorkingMinutes(start, hours * 60, office);
    },
    workingMinutesBetween(start, end, office = DEFAULT_OFFICE_HOURS) {
      checkInstant(start);
      checkInstant(end);
      return minutesBetween(start, end, compileOfficeHours(office));
    },
  };
}

const yearOf = (date: string) => date.slice(0, 4);

/**
 * Generated candidates overlaid with published decisions. A decision for a date replaces the
 * candidate for that date. A year with any 'tet' decision drops every generated Tết day of that
 * year (and compensatory days derived from them), because the Prime Minister's decision fixes the
 * whole range; likewise a 'bridge' decision drops the generated 2/9 adjacent day and the
 * compensatory days of the 2/9 group, keeping 2/9 itself.
 */
export function mergeDays(generated: readonly CalendarDay[], decisions: readonly CalendarDay[]): CalendarDay[] {
  const yearsWith = (category: DayCategory) =>
    new Set(decisions.filter((d) => d.category === category).map((d) => yearOf(d.date)));
  const tetYears = yearsWith('tet');
  const bridgeYears = yearsWith('bridge');
  const byDate = new Map<string, CalendarDay>();
  for (const day of generated) {
    const group =
      day.holiday ?? (day.category === 'tet' ? 'tet' : day.category === 'bridge' ? 'national_day' : undefined);
    if (group === 'tet' && tetYears.has(yearOf(day.date))) continue;
    if (group === 'national_day' && day.category !== 'statutory' && bridgeYears.has(yearOf(day.date))) continue;
    byDate.set(day.date, day);
  }
  for (const day of decisions) byDate.set(day.date, day);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
