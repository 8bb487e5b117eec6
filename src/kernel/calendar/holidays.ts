/**
 * Candidate public holidays generated from the law, and the parser for published decisions.
 *
 * The rules are data: a new or amended holiday is one more record in HOLIDAY_RULES with its own
 * validity window and legal basis. Generated days are *candidates*: the Prime Minister fixes the
 * exact Tết days and the day adjacent to 2/9 each year (Labour Code 45/2019 Art. 112(3)), and the
 * civil service swaps days on top, so an administrator confirms them against the decisions.
 */
import { AppError } from '../errors';
import { addDays, isIsoDate, weekdayOf } from './local-time';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
import { type CalendarDay, type DayCategory, type HolidayKey, mergeDays } from './working-calendar';

type DateRule =
  | { kind: 'solar'; month: number; day: number }
  | { kind: 'lunar'; month: number; day: number }
  /** `days` consecutive days starting on the last day of the lunar year (giao thừa). */
  | { kind: 'tet'; days: number }
  /** 1/9 or 3/9, see `nationalDayAdjacent`. */
  | { kind: 'national_day_adjacent' };

export type HolidayRule = {
  id: string;
  holiday: HolidayKey;
  category: DayCategory;
  nameVi: string;
  nameEn: string;
  date: DateRule;
  /** Inclusive ISO dates; a generated day is kept only if it falls inside the window. */
  effectiveFrom: string;
  effectiveTo: string | null;
  legalBasis: string;
  /** The law leaves the exact day(s) to a yearly decision. */
  needsConfirmation?: boolean;
};

/** Nghỉ bù: when a holiday falls on a weekly rest day, the next working day is off. */
export type CompensationRule = { effectiveFrom: string; effectiveTo: string | null; legalBasis: string };

type HolidayDefinition = Omit<HolidayRule, 'id' | 'effectiveFrom' | 'effectiveTo' | 'legalBasis'>;

const PM_DECIDES = 'Thủ tướng Chính phủ quyết định cụ thể ngày nghỉ hằng năm (khoản 3 Điều 112)';

const NEW_YEAR: HolidayDefinition = {
  holiday: 'new_year',
  category: 'statutory',
  nameVi: 'Tết Dương lịch',
  nameEn: "New Year's Day",
  date: { kind: 'solar', month: 1, day: 1 },
};
const TET: HolidayDefinition = {
  holiday: 'tet',
  category: 'tet',
  nameVi: 'Tết Âm lịch',
  nameEn: 'Lunar New Year (Tết)',
  date: { kind: 'tet', days: 5 },
  needsConfirmation: true,
};
const VICTORY: HolidayDefinition = {
  holiday: 'reunification',
  category: 'statutory',
  nameVi: 'Ngày Chiến thắng',
  nameEn: 'Victory Day (Reunification Day)',
  date: { kind: 'solar', month: 4, day: 30 },
};
const LABOUR: HolidayDefinition = {
  holiday: 'labour_day',
  category: 'statutory',
  nameVi: 'Ngày Quốc tế Lao động',
  nameEn: 'International Labour Day',
  date: { kind: 'solar', month: 5, day: 1 },
};
const NATIONAL: HolidayDefinition = {
  holiday: 'national_day',
  category: 'statutory',
  nameVi: 'Quốc khánh',
  nameEn: 'National Day',
  date: { kind: 'solar', month: 9, day: 2 },
};
const NATIONAL_ADJACENT: HolidayDefinition = {
  holiday: 'national_day',
  category: 'bridge',
  nameVi: 'Quốc khánh (ngày liền kề)',
  nameEn: 'National Day (adjacent day)',
  date: { kind: 'national_day_adjacent' },
  needsConfirmation: true,
};
const HUNG_KINGS: HolidayDefinition = {
  holiday: 'hung_kings',
  category: 'statutory',
  nameVi: 'Giỗ Tổ Hùng Vương',
  nameEn: "Hùng Kings' Commemoration Day",
  date: { kind: 'lunar', month: 3, day: 10 },
};

/** Labour Code 10/2012/QH13 Art. 115(1), in force 1/5/2013 – 31/12/2020. */
const lc2012 = (id: string, def: HolidayDefinition, point: string, detail = ''): HolidayRule => ({
  id: `lc2012-${id}`,
  ...def,
  effectiveFrom: '2013-05-01',
  effectiveTo: '2020-12-31',
  legalBasis: `điểm ${point} khoản 1 Điều 115 Bộ luật Lao động số 10/2012/QH13${detail}`,
});

/** Labour Code 45/2019/QH14 Art. 112(1), in force from 1/1/2021. */
const lc2019 = (id: string, def: HolidayDefinition, point: string, detail = ''): HolidayRule => ({
  id: `lc2019-${id}`,
  ...def,
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  legalBasis: `điểm ${point} khoản 1 Điều 112 Bộ luật Lao động số 45/2019/QH14${detail}`,
});

export const HOLIDAY_RULES: readonly HolidayRule[] = [
  lc2012('new-year', NEW_YEAR, 'a'),
  lc2012('tet', TET, 'b', ' (05 ngày)'),
  lc2012('victory', VICTORY, 'c'),
  lc2012('labour', LABOUR, 'd'),
  lc2012('national', NATIONAL, 'đ', ' (01 ngày)'),
  lc2012('hung-kings', HUNG_KINGS, 'e'),

  lc2019('new-year', NEW_YEAR, 'a'),
  lc2019('tet', TET, 'b', ` (05 ngày); ${PM_DECIDES}`),
  lc2019('victory', VICTORY, 'c'),
  lc2019('labour', LABOUR, 'd'),
  lc2019('national', NATIONAL, 'đ'),
  lc2019('national-adjacent', NATIONAL_ADJACENT, 'đ', ` (02/9 và 01 ngày liền kề trước hoặc sau); ${PM_DECIDES}`),
  lc2019('hung-kings', HUNG_KINGS, 'e'),

  {
    id: 'nq28-2026-culture-day',
    holiday: 'culture_day',
    category: 'culture_day',
    nameVi: 'Ngày Văn hóa Việt Nam',
    nameEn: 'Vietnamese Culture Day',
    date: { kind: 'solar', month: 11, day: 24 },
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    legalBasis: 'Nghị quyết số 28/2026/QH16 của Quốc hội về phát triển văn hóa Việt Nam (hiệu lực 01/07/2026)',
  },
];

export const COMPENSATION_RULES: readonly CompensationRule[] = [
  {
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    legalBasis: 'khoản 3 Điều 115 Bộ luật Lao động số 10/2012/QH13 (nghỉ bù)',
  },
  {
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    legalBasis: 'khoản 3 Điều 111 Bộ luật Lao động số 45/2019/QH14 (nghỉ bù)',
  },
];

const inForce = (r: { effectiveFrom: string; effectiveTo: string | null }, date: string) =>
  r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Default candidate for the day adjacent to 2/9 (to be confirmed against the PM's decision): a
 * weekday that joins the break to a weekend (Tue 2/9 → Mon 1/9, Thu → Fri 3/9, Fri or Sat → 1/9,
 * Sun or Mon → 3/9); when neither does (Wed 2/9), 3/9. Past decisions (2021–2025) fit this rule;
 * 2026 (Wed) chose 1/9 with a swap, which is why decisions override.
 */
export function nationalDayAdjacent(year: number, weekend: readonly number[] = [0, 6]): string {
  const isRest = (date: string) => weekend.includes(weekdayOf(date));
  const before = `${year}-09-01`;
  const after = `${year}-09-03`;
  const candidates = [before, after].filter((d) => !isRest(d));
  const bridging = candidates.find((d) => isRest(addDays(d, d === before ? -1 : 1)));
  return bridging ?? (candidates.includes(after) ? after : (candidates[0] ?? after));
}

function tetDayNames(date: string): { nameVi: string; nameEn: string } {
  const l = solarToLunar(date);
  return l.month === 12
    ? { nameVi: `Tết Âm lịch (${l.day} tháng Chạp)`, nameEn: `Lunar New Year's Eve (day ${l.day} of lunar month 12)` }
    : { nameVi: `Tết Âm lịch (mùng ${l.day} tháng Giêng)`, nameEn: `Lunar New Year (day ${l.day} of lunar month 1)` };
}

function datesOf(rule: HolidayRule, year: number, weekend: readonly number[]): string[] {
  const d = rule.date;
  switch (d.kind) {
    case 'solar':
      return [`${year}-${pad(d.month)}-${pad(d.day)}`];
    case 'lunar':
      return [lunarToSolar(year, d.month, d.day)];
    case 'tet': {
      const eve = addDays(lunarNewYear(year), -1);
      return Array.from({ length: d.days }, (_, i) => addDays(eve, i));
    }
    case 'national_day_adjacent':
      return [nationalDayAdjacent(year, weekend)];
  }
}

/**
 * Candidate days off for a Gregorian year under the rules in force on each date, with
 * compensatory days. A holiday on a weekly rest day — or, in the unlikely case of two holidays on
 * one date, the later rule's day — gives the next day that is neither a rest day nor a holiday.
 */
export function statutoryHolidays(year: number, options: { weekend?: readonly number[] } = {}): CalendarDay[] {
  const weekend = options.weekend ?? [0, 6];
  const isRest = (date: string) => weekend.includes(weekdayOf(date));
  const byDate = new Map<string, CalendarDay>();
  const owed: CalendarDay[] = [];
  for (const rule of HOLIDAY_RULES) {
    for (const date of datesOf(rule, year, weekend)) {
      if (!inForce(rule, date)) continue;
      const names = rule.date.kind === 'tet' ? tetDayNames(date) : { nameVi: rule.nameVi, nameEn: rule.nameEn };
      const day: CalendarDay = {
        date,
        status: 'off',
        category: rule.category,
        ...names,
        legalBasis: rule.legalBasis,
        source: 'generated',
        holiday: rule.holiday,
        ...(rule.needsConfirmation ? { needsConfirmation: true } : {}),
      };
      if (byDate.has(date)) owed.push(day);
      else byDate.set(date, day);
    }
  }
  for (const day of byDate.values()) if (isRest(day.date)) owed.push(day);
  owed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const h of owed) {
    const basis = COMPENSATION_RULES.find((r) => inForce(r, h.date));
    if (!basis) continue;
    let date = addDays(h.date, 1);
    while (isRest(date) || byDate.has(date)) date = addDays(date, 1);
    byDate.set(date, {
      date,
      status: 'off',
      category: 'compensatory',
      nameVi: `Nghỉ bù ${h.nameVi}`,
      nameEn: `Compensatory day off for ${h.nameEn}`,
      legalBasis: basis.legalBasis,
      source: 'generated',
      ...(h.holiday ? { holiday: h.holiday } : {}),
      ...(h.needsConfirmation ? { needsConfirmation: true } : {}),
    });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Candidates for a range of years overlaid with the published decisions. */
export function calendarDaysForYears(
  fromYear: number,
  toYear: number,
  decisions: readonly CalendarDay[],
): CalendarDay[] {
  const generated: CalendarDay[] = [];
  for (let y = fromYear; y <= toYear; y++) generated.push(...statutoryHolidays(y));
  return mergeDays(generated, decisions);
}

const CATEGORIES: readonly DayCategory[] = [
  'statutory',
  'tet',
  'bridge',
  'compensatory',
  'swap_off',
  'makeup_work',
  'culture_day',
];

/**
 * Validates the decisions file (`data/calendar/decisions.json`: `{ source, days: [...] }`, or a bare
 * array of days) and returns its days with `source: 'decision'`. A make-up working day must have
 * status 'work' and every other category 'off', which catches the usual data-entry slip.
 */
export function parseDecisionDays(raw: unknown): CalendarDay[] {
  const list = Array.isArray(raw) ? raw : (raw as { days?: unknown } | null)?.days;
  if (!Array.isArray(list)) throw badDecision('', 'expected an array of days');
  const seen = new Set<string>();
  return list.map((item: unknown, i) => {
    const e = (item ?? {}) as Record<string, unknown>;
    const where = `#${i} ${String(e.date)}`;
    if (!isIsoDate(e.date)) throw badDecision(where, 'date');
    if (seen.has(e.date)) throw badDecision(where, 'duplicate date');
    seen.add(e.date);
    if (!CATEGORIES.includes(e.category as DayCategory)) throw badDecision(where, 'category');
    if (e.status !== (e.category === 'makeup_work' ? 'work' : 'off')) throw badDecision(where, 'status');
    for (const field of ['nameVi', 'nameEn', 'legalBasis'] as const) {
      if (typeof e[field] !== 'string' || e[field].trim() === '') throw badDecision(where, field);
    }
    return {
      date: e.date,
      status: e.status as CalendarDay['status'],
      category: e.category as DayCategory,
      nameVi: e.nameVi as string,
      nameEn: e.nameEn as string,
      legalBasis: e.legalBasis as string,
      source: 'decision',
    };
  });
}

const badDecision = (where: string, what: string) =>
  new AppError(
    'VALIDATION_FAILED',
    `Quyết định ngày nghỉ không hợp lệ ${where}: ${what}.`,
    `Invalid holiday decision ${where}: ${what}.`,
  );
