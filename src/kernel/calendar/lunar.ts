/**
 * Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7.
 *
 * Clean-room implementation of the published rules:
 * - a month starts on the local (UTC+7) civil day of a new moon;
 * - month 11 is the month containing the December solstice (sun at 270°);
 * - when 13 new moons start between two consecutive month-11 starts, the first month in which
 *   the sun enters no major solar term (a multiple of 30°) is the leap month and repeats the
 *   number of the month before it.
 * New moons follow Meeus, *Astronomical Algorithms* (2nd ed.) ch. 49, the solar longitude ch. 25,
 * and ΔT the Espenak–Meeus polynomials. The time zone is the point: at UTC+8 (the Chinese
 * calendar) Tết differs in some years, e.g. 2030 (Vietnam 2 Feb, China 3 Feb).
 */
import { AppError } from '../errors';
import { fromDayNumber, toDayNumber } from './local-time';

const TIME_ZONE_HOURS = 7;
const JDN_OF_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588861;
const RAD = Math.PI / 180;

export type LunarDate = { year: number; month: number; day: number; leap: boolean };

type LunarMonth = { year: number; month: number; leap: boolean; start: number; length: number };

const sin = (degrees: number) => Math.sin(degrees * RAD);

/** ΔT = TT − UT in seconds (Espenak & Meeus 2006 polynomials; 1900–2150 is plenty here). */
function deltaTSeconds(year: number): number {
  if (year >= 2050) return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  if (year >= 2005) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (year >= 1986) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year >= 1961) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1941) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1920) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1900) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2;
}

const deltaTDays = (jd: number) => deltaTSeconds(2000 + (jd - 2451545) / 365.25) / 86400;

// [coefficient, power of E, multipliers of M, M', F, Ω] — Meeus table 49.A, new moon column.
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// [coefficient, A0, A per k] — Meeus ch. 49 additional (planetary) corrections A2…A14;
// A1 also has a T² term and is written out in newMoonJde.
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Julian Ephemeris Day (TT) of new moon number k; k = 0 is the new moon of 6 January 2000. */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let correction = 0;
  for (const [c, ePower, cm, cmp, cf, co] of NEW_MOON_TERMS) {
    correction += c * e ** ePower * sin(cm * m + cmp * mp + cf * f + co * omega);
  }
  correction += 0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * t ** 2);
  for (const [c, a0, ak] of PLANETARY_TERMS) correction += c * sin(a0 + ak * k);
  return jde + correction;
}

/** Julian Day Number of the UTC+7 civil day on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(jde);
  return Math.floor(jdUt + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360) at a UT Julian Day (Meeus ch. 25). */
function sunLongitude(jdUt: number): number {
  const t = (jdUt + deltaTDays(jdUt) - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Major solar term in force at local midnight beginning the day: ⌊λ / 30°⌋, 0…11. */
function majorTermAtDayStart(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / 30);
}

/** Number k of the last new moon whose local day is on or before the given day. */
function newMoonOnOrBefore(jdn: number): number {
  let k = Math.floor((jdn - 2451550.1) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k++;
  while (newMoonDay(k) > jdn) k--;
  return k;
}

/** New moon number that starts month 11, the month containing the December solstice of `year`. */
function month11NewMoon(year: number): number {
  // The solstice day is the local day during which λ passes 270° (term index 8 → 9).
  for (let jdn = toJdn(`${year}-12-15`); jdn <= toJdn(`${year}-12-28`); jdn++) {
    if (majorTermAtDayStart(jdn + 1) === 9 && majorTermAtDayStart(jdn) === 8) return newMoonOnOrBefore(jdn);
  }
  throw new Error(`No December solstice found for ${year}`);
}

const toJdn = (date: string) => toDayNumber(date) + JDN_OF_UNIX_EPOCH;
const fromJdn = (jdn: number) => fromDayNumber(jdn - JDN_OF_UNIX_EPOCH);

const suiCache = new Map<number, LunarMonth[]>();

/** The months from month 11 of Gregorian `year` up to (not including) the next month 11. */
function monthsFromMonth11(year: number): LunarMonth[] {
  const cached = suiCache.get(year);
  if (cached) return cached;
  const k0 = month11NewMoon(year);
  const count = month11NewMoon(year + 1) - k0;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(k0 + i));
  const startOf = (i: number) => starts[i] as number;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (majorTermAtDayStart(startOf(i)) === majorTermAtDayStart(startOf(i + 1))) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let month = 10;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) month = (month % 12) + 1;
    // Months 11 and 12 (and a leap 11/12) close the lunar year that began in `year`.
    const lunarYear = month >= 11 ? year : year + 1;
    months.push({ year: lunarYear, month, leap, start: startOf(i), length: startOf(i + 1) - startOf(i) });
  }
  suiCache.set(year, months);
  return months;
}

const badLunarDate = (y: number, m: number, d: number, leap: boolean) =>
  new AppError(
    'VALIDATION_FAILED',
    `Ngày âm lịch không tồn tại: ${d}/${m}${leap ? ' (nhuận)' : ''}/${y}.`,
    `No such lunar date: ${d}/${m}${leap ? ' (leap)' : ''}/${y}.`,
  );

/**
 * Gregorian ISO date of a Vietnamese lunar date. `lunarYear` is the Gregorian year in which that
 * lunar year's Tết falls, so 30 Chạp of lunar year 2025 (Ất Tỵ) is in February 2026.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number, leap = false): string {
  if (!Number.isInteger(lunarYear) || !Number.isInteger(lunarMonth) || !Number.isInteger(lunarDay)) {
    throw badLunarDate(lunarYear, lunarMonth, lunarDay, leap);
  }
  const months = monthsFromMonth11(lunarMonth >= 11 ? lunarYear : lunarYear - 1);
  const found = months.find((m) => m.year === lunarYear && m.month === lunarMonth && m.leap === leap);
  if (!found || lunarDay < 1 || lunarDay > found.length) throw badLunarDate(lunarYear, lunarMonth, lunarDay, leap);
  return fromJdn(found.start + lunarDay - 1);
}

/** Gregorian ISO date of Tết Nguyên Đán (1 tháng Giêng) in the given Gregorian year. */
export function lunarNewYear(gregorianYear: number): string {
  return lunarToSolar(gregorianYear, 1, 1);
}

/** Vietnamese lunar date of a Gregorian ISO date. */
export function solarToLunar(date: string): LunarDate {
  const jdn = toJdn(date);
  const year = Number(date.slice(0, 4));
  for (const sui of [year - 1, year]) {
    for (const m of monthsFromMonth11(sui)) {
      if (jdn >= m.start && jdn < m.start + m.length) {
        return { year: m.year, month: m.month, day: jdn - m.start + 1, leap: m.leap };
      }
    }
  }
  throw new Error(`Lunar date not found for ${date}`);
}

/** Number of days (29 or 30) in a lunar month. */
export function lunarMonthLength(lunarYear: number, lunarMonth: number, leap = false): number {
  const months = monthsFromMonth11(lunarMonth >= 11 ? lunarYear : lunarYear - 1);
  const found = months.find((m) => m.year === lunarYear && m.month === lunarMonth && m.leap === leap);
  if (!found) throw badLunarDate(lunarYear, lunarMonth, 1, leap);
  return found.length;
}
