import { AppError } from './errors';

/**
 * Reporting periods. A period is written `2025`, `2025-H1`, `2025-Q3` or `2025-07`; its days are
 * Hà Nội calendar days, first and last inclusive.
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number };

const PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

export function parsePeriod(text: string): Period {
  const m = PATTERN.exec(text.trim());
  if (!m) {
    throw new AppError(
      'BAD_REQUEST',
      `Kỳ "${text}" không hợp lệ (ví dụ: 2025, 2025-H1, 2025-Q3, 2025-07).`,
      `Invalid period "${text}" (e.g. 2025, 2025-H1, 2025-Q3, 2025-07).`,
    );
  }
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, half: Number(m[2]) as 1 | 2 };
  if (m[3]) return { kind: 'quarter', year, quarter: Number(m[3]) as 1 | 2 | 3 | 4 };
  if (m[4]) return { kind: 'month', year, month: Number(m[4]) };
  return { kind: 'year', year };
}

export function periodCode(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `${p.year}`;
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** How the forms name a period: "Quý III/2025", "6 tháng đầu năm 2025", "Năm 2025", "Tháng 7/2025". */
export function periodLabel(p: Period, locale: 'vi' | 'en' = 'vi'): string {
  if (locale === 'en') {
    switch (p.kind) {
      case 'year':
        return `Year ${p.year}`;
      case 'half':
        return `${p.half === 1 ? 'First' : 'Second'} half of ${p.year}`;
      case 'quarter':
        return `Q${p.quarter} ${p.year}`;
      case 'month':
        return `${String(p.month).padStart(2, '0')}/${p.year}`;
    }
  }
  switch (p.kind) {
    case 'year':
      return `Năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.quarter - 1]}/${p.year}`;
    case 'month':
      return `Tháng ${p.month}/${p.year}`;
  }
}

/** First and last month (1–12) of the period. */
function monthRange(p: Period): [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'half':
      return p.half === 1 ? [1, 6] : [7, 12];
    case 'quarter':
      return [p.quarter * 3 - 2, p.quarter * 3];
    case 'month':
      return [p.month, p.month];
  }
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function periodStart(p: Period): string {
  return iso(p.year, monthRange(p)[0], 1);
}

export function periodEnd(p: Period): string {
  const last = monthRange(p)[1];
  return iso(p.year, last, lastDayOfMonth(p.year, last));
}

export function periodContains(p: Period, date: string): boolean {
  return date >= periodStart(p) && date <= periodEnd(p);
}

/** The period of the given kind that contains the date. */
export function periodOf(date: string, kind: Period['kind']): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'year':
      return { kind, year };
    case 'half':
      return { kind, year, half: month <= 6 ? 1 : 2 };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'month':
      return { kind, year, month };
  }
}

export function shiftPeriod(p: Period, steps: number): Period {
  switch (p.kind) {
    case 'year':
      return { kind: 'year', year: p.year + steps };
    case 'half': {
      const n = p.year * 2 + (p.half - 1) + steps;
      return { kind: 'half', year: Math.floor(n / 2), half: ((((n % 2) + 2) % 2) + 1) as 1 | 2 };
    }
    case 'quarter': {
      const n = p.year * 4 + (p.quarter - 1) + steps;
      return { kind: 'quarter', year: Math.floor(n / 4), quarter: ((((n % 4) + 4) % 4) + 1) as 1 | 2 | 3 | 4 };
    }
    case 'month': {
      const n = p.year * 12 + (p.month - 1) + steps;
      return { kind: 'month', year: Math.floor(n / 12), month: (((n % 12) + 12) % 12) + 1 };
    }
  }
}

/** The same period a year earlier, for "cùng kỳ năm trước" comparisons. */
export const samePeriodLastYear = (p: Period): Period => ({ ...p, year: p.year - 1 });

/** The year-to-date span the forms call "lũy kế từ đầu năm": 1 January to the period's end. */
export function yearToDate(p: Period): { from: string; to: string } {
  return { from: iso(p.year, 1, 1), to: periodEnd(p) };
}
