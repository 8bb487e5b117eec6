export {
  COMPENSATION_RULES,
  type CompensationRule,
  calendarDaysForYears,
  HOLIDAY_RULES,
  type HolidayRule,
  nationalDayAdjacent,
  parseDecisionDays,
  statutoryHolidays,
} from './holidays';
export {
  addDays,
  formatLocal,
  fromDayNumber,
  isIsoDate,
  localDateOf,
  localInstant,
  parseClock,
  toDayNumber,
  VN_UTC_OFFSET_MINUTES,
  weekdayOf,
} from './local-time';
export { type LunarDate, lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
export {
  type CalendarDay,
  createWorkingCalendar,
  type DayCategory,
  type DayStatus,
  DEFAULT_OFFICE_HOURS,
  type HolidayKey,
  mergeDays,
  type OfficeHours,
  type OfficePeriod,
  type WorkingCalendar,
  type WorkingCalendarOptions,
} from './working-calendar';
