import type { CalendarDay } from '../../../../src/modules/calendar/contract';
import type { MessageKey, Translate } from '../../app/i18n';

/** How a day is painted: a holiday, a moved day off, a make-up working day, a weekend or a plain day. */
export type DayKind = 'holiday' | 'moved' | 'work' | 'weekend' | 'plain';

export const DAY_COLORS: Record<DayKind, { background: string; color: string }> = {
  holiday: { background: '#ffccc7', color: '#a8071a' },
  moved: { background: '#ffe7ba', color: '#ad4e00' },
  work: { background: '#d9f7be', color: '#237804' },
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  plain: { background: 'transparent', color: 'rgba(0,0,0,0.88)' },
};

export function dayKind(day: CalendarDay | undefined, weekday: number): DayKind {
  if (day?.status === 'work') return 'work';
  if (day?.status === 'off')
    return day.category === 'compensatory' || day.category === 'swap_off' ? 'moved' : 'holiday';
  return weekday >= 5 ? 'weekend' : 'plain';
}

const CATEGORY_KEYS: Record<string, MessageKey> = {
  statutory: 'calendar.cat.statutory',
  tet: 'calendar.cat.tet',
  bridge: 'calendar.cat.bridge',
  compensatory: 'calendar.cat.compensatory',
  swap_off: 'calendar.cat.swap_off',
  makeup_work: 'calendar.cat.makeup_work',
  culture_day: 'calendar.cat.culture_day',
};

export function categoryLabel(category: string, t: Translate): string {
  const key = CATEGORY_KEYS[category];
  return key ? t(key) : category;
}

/** Monday = 0 … Sunday = 6, for an ISO date, without time-zone surprises. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
