/**
 * The working calendar the clock tests run on: the Labour Code candidates for 2025–2028 overlaid
 * with the published decisions the reference-data seed loads (data/calendar/decisions.json), i.e.
 * the same days `calendar.loadReferenceData` + `statutoryHolidays` give the application.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { calendarDaysForYears, createWorkingCalendar, localInstant, parseDecisionDays } from '../../../kernel/calendar';

const DECISIONS = path.resolve(import.meta.dirname, '../../../../data/calendar/decisions.json');
const decisions = parseDecisionDays(JSON.parse(readFileSync(DECISIONS, 'utf8')));

export const seededCalendar = createWorkingCalendar(calendarDaysForYears(2025, 2028, decisions));

/** A local (UTC+7) instant from "YYYY-MM-DD HH:MM". */
export const vn = (text: string) => {
  const [date = '', time = '00:00'] = text.split(' ');
  return localInstant(date, time);
};
