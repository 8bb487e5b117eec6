export {
  clockStart,
  DEFAULT_CLOCK_RULES,
  dueFrom,
  endOfOfficeDay,
  isOfficeInstant,
  nextOfficeInstant,
  officeDayMinutes,
  timelinessByDate,
} from './deadline';
export { type ClockInput, computeClock } from './dossier-clock';
export type * from './types';
