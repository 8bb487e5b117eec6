import { describe, expect, it } from 'vitest';
import {
  addYears,
  apportion,
  cumulative,
  dayOf,
  isoOf,
  opaqueNumber,
  projectCodeOf,
  Rng,
  rngFor,
  searchCumulative,
  taxCodeOf,
  unitsToDecimal,
} from './random';

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });

  it('derives independent keyed streams', () => {
    expect(rngFor(7, 'tenant', 1).next()).toBe(rngFor(7, 'tenant', 1).next());
    expect(rngFor(7, 'tenant', 1).next()).not.toBe(rngFor(7, 'tenant', 2).next());
    expect(rngFor(7, 'tenant', 1).next()).not.toBe(rngFor(8, 'tenant', 1).next());
  });

  it('draws integers in range and weighted indices in proportion', () => {
    const rng = new Rng(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      counts[rng.weighted([1, 2, 7])]! += 1;
    }
    expect(counts[2]! / 30_000).toBeCloseTo(0.7, 1);
    expect(counts[0]! / 30_000).toBeCloseTo(0.1, 1);
  });

  it('searches a cumulative table, never landing on a zero weight', () => {
    const cum = cumulative([0, 1, 0, 3]);
    expect(searchCumulative(cum, 0)).toBe(1);
    expect(searchCumulative(cum, 0.2)).toBe(1);
    expect(searchCumulative(cum, 0.3)).toBe(3);
    expect(searchCumulative(cum, 0.999)).toBe(3);
  });
});

describe('opaque numbers and codes', () => {
  it('is a bijection of [0, modulus)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const v = opaqueNumber(i, 99, 1000);
      expect(v >= 0 && v < 1000).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(1000);
  });

  it('gives 10-digit tax and project codes', () => {
    expect(taxCodeOf(2026, 0)).toMatch(/^\d{10}$/);
    expect(projectCodeOf(2026, 12345)).toMatch(/^[1-9]\d{9}$/);
    expect(taxCodeOf(2026, 5)).not.toBe(taxCodeOf(2027, 5));
  });
});

describe('helpers', () => {
  it('apportions exactly, largest remainders first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const parts = apportion(440, [10, 33, 7, 0, 2.5]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(440);
    expect(parts[3]).toBe(0);
  });

  it('writes integer units as exact decimals', () => {
    expect(unitsToDecimal(12345, 2)).toBe('123.45');
    expect(unitsToDecimal(5, 2)).toBe('0.05');
    expect(unitsToDecimal(-1200, 2)).toBe('-12');
    expect(unitsToDecimal(7)).toBe('7');
  });

  it('adds years on the calendar, 29 February becoming 28 February', () => {
    expect(isoOf(addYears(dayOf('2008-02-29'), 15))).toBe('2023-02-28');
    expect(isoOf(addYears(dayOf('2010-07-15'), 15))).toBe('2025-07-15');
  });
});
