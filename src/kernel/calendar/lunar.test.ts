import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from './local-time';
import { lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';

// The oracle lives outside the product tree; only tests may read it.
const ORACLE = path.resolve(import.meta.dirname, '../../../test/fixtures/vn-lunar-holidays-2000-2050.csv');

type OracleRow = { year: number; tet: string; eve: string; hungKings: string };

function readOracle(): OracleRow[] {
  const [header, ...lines] = readFileSync(ORACLE, 'utf8').trim().split(/\r?\n/);
  expect(header?.trim()).toBe('lunar_year,tet_nguyen_dan_1_1,giao_thua_eve,gio_to_hung_vuong_10_3');
  return lines.map((line) => {
    const [year, tet, eve, hungKings] = line.trim().split(',');
    return { year: Number(year), tet: tet ?? '', eve: eve ?? '', hungKings: hungKings ?? '' };
  });
}

const oracle = readOracle();

describe('lunar calendar against the 2000–2050 oracle', () => {
  it('covers every year 2000–2050', () => {
    expect(oracle.map((r) => r.year)).toEqual(Array.from({ length: 51 }, (_, i) => 2000 + i));
  });

  it.each(oracle)('$year: Tết $tet, giao thừa $eve, Hùng Kings $hungKings', ({ year, tet, eve, hungKings }) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(lunarToSolar(year, 1, 1)).toBe(tet);
    expect(addDays(lunarNewYear(year), -1)).toBe(eve);
    expect(lunarToSolar(year, 3, 10)).toBe(hungKings);
  });
});

describe('known dates', () => {
  it.each([
    [1985, '1985-01-21'], // differs from the Chinese (UTC+8) calendar
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2030, '2030-02-02'], // China: 2030-02-03
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Hùng Kings %i is %s', (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });

  it('places the last day of Ất Tỵ (a 29-day Chạp) on 16/2/2026', () => {
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(lunarToSolar(2025, 12, 29)).toBe('2026-02-16');
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(() => lunarToSolar(2025, 12, 30)).toThrow();
  });

  it('handles leap months (2025 has a leap 6th month; 2033 a leap 11th)', () => {
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(() => lunarToSolar(2026, 6, 1, true)).toThrow();
  });

  it('round-trips every day of 2024–2027 through solarToLunar and lunarToSolar', () => {
    for (let d = '2024-01-01'; d < '2028-01-01'; d = addDays(d, 1)) {
      const l = solarToLunar(d);
      expect(lunarToSolar(l.year, l.month, l.day, l.leap)).toBe(d);
    }
  });
});
