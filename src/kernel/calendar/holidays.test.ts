import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_RULES, nationalDayAdjacent, parseDecisionDays, statutoryHolidays } from './holidays';
import type { CalendarDay } from './working-calendar';

const DECISIONS = path.resolve(import.meta.dirname, '../../../data/calendar/decisions.json');

const summary = (days: CalendarDay[]) => days.map((d) => `${d.date} ${d.category}`);

describe('statutoryHolidays', () => {
  it('generates the 2026 candidates with the Sunday Hùng Kings compensatory day', () => {
    expect(summary(statutoryHolidays(2026))).toEqual([
      '2026-01-01 statutory',
      '2026-02-16 tet',
      '2026-02-17 tet',
      '2026-02-18 tet',
      '2026-02-19 tet',
      '2026-02-20 tet',
      '2026-04-26 statutory',
      '2026-04-27 compensatory',
      '2026-04-30 statutory',
      '2026-05-01 statutory',
      '2026-09-02 statutory',
      '2026-09-03 bridge',
      '2026-11-24 culture_day',
    ]);
  });

  it('generates 2025: Tết from giao thừa (29 Chạp) with a compensatory day for Saturday mùng 4', () => {
    expect(summary(statutoryHolidays(2025))).toEqual([
      '2025-01-01 statutory',
      '2025-01-28 tet',
      '2025-01-29 tet',
      '2025-01-30 tet',
      '2025-01-31 tet',
      '2025-02-01 tet',
      '2025-02-03 compensatory',
      '2025-04-07 statutory',
      '2025-04-30 statutory',
      '2025-05-01 statutory',
      '2025-09-01 bridge',
      '2025-09-02 statutory',
    ]);
  });

  it('gives successive compensatory days when several holidays hit a weekend (2023)', () => {
    const days = statutoryHolidays(2023);
    // 1/1 Sunday → Mon 2/1; Hùng Kings Sat 29/4 and 30/4 Sun → Tue 2/5 and Wed 3/5 (1/5 is itself a holiday).
    expect(summary(days.filter((d) => d.category === 'compensatory'))).toEqual([
      '2023-01-02 compensatory',
      '2023-01-26 compensatory',
      '2023-01-27 compensatory',
      '2023-05-02 compensatory',
      '2023-05-03 compensatory',
      '2023-09-04 compensatory',
    ]);
    const hung = days.find((d) => d.date === '2023-05-02');
    expect(hung?.nameVi).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(hung?.legalBasis).toContain('khoản 3 Điều 111');
  });

  it('adds 24/11 Ngày Văn hóa Việt Nam from 2026 only', () => {
    const culture = (y: number) => statutoryHolidays(y).filter((d) => d.category === 'culture_day');
    expect(culture(2025)).toEqual([]);
    expect(culture(2026).map((d) => d.date)).toEqual(['2026-11-24']);
    expect(culture(2030).map((d) => d.date)).toEqual(['2030-11-24']);
    expect(culture(2026)[0]?.legalBasis).toContain('28/2026/QH16');
  });

  it('applies the Labour Code in force: one National Day before 2021, two from 2021', () => {
    expect(statutoryHolidays(2020).filter((d) => d.holiday === 'national_day')).toHaveLength(1);
    expect(statutoryHolidays(2020)[0]?.legalBasis).toContain('10/2012/QH13');
    expect(statutoryHolidays(2021).filter((d) => d.category === 'bridge')).toHaveLength(1);
    expect(statutoryHolidays(2021)[0]?.legalBasis).toContain('45/2019/QH14');
  });

  it('gives 11 statutory days a year under Labour Code 45/2019 and 12 from 2026', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2035]) {
      const own = statutoryHolidays(year).filter((d) => d.category !== 'compensatory');
      expect(own, String(year)).toHaveLength(year >= 2026 ? 12 : 11);
    }
  });

  it('fills every day with names, category and legal basis, and flags the PM-decided days', () => {
    for (const year of [2024, 2026, 2031]) {
      for (const day of statutoryHolidays(year)) {
        expect(day.status).toBe('off');
        expect(day.source).toBe('generated');
        expect(day.nameVi.length * day.nameEn.length * day.legalBasis.length).toBeGreaterThan(0);
        expect(day.needsConfirmation === true, day.date).toBe(day.holiday === 'tet' || day.category === 'bridge');
      }
    }
  });

  it('never produces two days on one date, nor a compensatory day on a weekend', () => {
    for (let year = 2013; year <= 2050; year++) {
      const days = statutoryHolidays(year);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      for (const d of days.filter((x) => x.category === 'compensatory')) {
        expect([0, 6]).not.toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay());
      }
    }
  });

  it('keeps the rule table versioned with a legal basis on every record', () => {
    for (const rule of HOLIDAY_RULES) {
      expect(rule.legalBasis).not.toBe('');
      expect(rule.effectiveTo === null || rule.effectiveFrom <= rule.effectiveTo).toBe(true);
    }
  });
});

describe('nationalDayAdjacent (candidate needing confirmation)', () => {
  it.each([
    [2024, '2024-09-03'], // 2/9 Monday → Tuesday (decided: 2–3/9/2024)
    [2025, '2025-09-01'], // Tuesday → Monday 1/9 (decided)
    [2026, '2026-09-03'], // Wednesday → 3/9 by default; the 2026 decision chose 1/9 with a swap
    [2021, '2021-09-03'], // Thursday → Friday
    [2022, '2022-09-01'], // Friday → Thursday
    [2023, '2023-09-01'], // Saturday → Friday
    [2029, '2029-09-03'], // Sunday → Monday
  ])('%i → %s', (year, date) => {
    expect(nationalDayAdjacent(year)).toBe(date);
  });
});

describe('parseDecisionDays', () => {
  const file = JSON.parse(readFileSync(DECISIONS, 'utf8')) as unknown;

  it('reads data/calendar/decisions.json', () => {
    const days = parseDecisionDays(file);
    expect(days.length).toBeGreaterThan(20);
    expect(days.every((d) => d.source === 'decision')).toBe(true);
    expect(days.filter((d) => d.status === 'work').map((d) => d.date)).toEqual([
      '2025-04-26',
      '2026-01-10',
      '2026-08-22',
    ]);
  });

  it('rejects a make-up day marked off, an unknown category and duplicates', () => {
    const ok = {
      date: '2026-01-10',
      status: 'work',
      category: 'makeup_work',
      nameVi: 'a',
      nameEn: 'b',
      legalBasis: 'c',
    };
    expect(parseDecisionDays([ok])).toHaveLength(1);
    expect(() => parseDecisionDays([{ ...ok, status: 'off' }])).toThrow(/status/);
    expect(() => parseDecisionDays([{ ...ok, category: 'party' }])).toThrow(/category/);
    expect(() => parseDecisionDays([ok, ok])).toThrow(/duplicate/);
    expect(() => parseDecisionDays([{ ...ok, date: '2026-02-30' }])).toThrow(/date/);
    expect(() => parseDecisionDays({})).toThrow();
  });
});
