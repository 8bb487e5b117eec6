import { describe, expect, it } from 'vitest';
import { charterTrack } from './charter-capital-rows';

describe('demo charter capital', () => {
  it('states 20–60 % of the capital on the issue, VND to the million and USD to the dollar', () => {
    const vnd = charterTrack('1234567890', 'VND')('271300000000', 'issued', 1)!;
    expect(Number(vnd) / 271_300_000_000).toBeGreaterThanOrEqual(0.2);
    expect(Number(vnd) / 271_300_000_000).toBeLessThanOrEqual(0.6);
    expect(Number(vnd) % 1_000_000).toBe(0);
    const usd = charterTrack('2234567890', 'USD')('12345677', 'issued', 1)!;
    expect(usd).toMatch(/^\d+$/);
  });

  it('changes with most capital adjustments, never on other events, and never below zero', () => {
    const next = charterTrack('3234567890', 'USD');
    const issued = Number(next('1000000', 'issued', 1));
    expect(next('500000', 'adjusted', 2)).not.toBeNull();
    expect(next('500000', 'adjusted', 3)).toBeNull(); // every third adjustment leaves it as it is
    expect(next('1000000', 'revoked', 4)).toBeNull();
    expect(next(null, 'adjusted', 5)).toBeNull();
    // A decrease larger than what was stated is not stated (the registry would refuse it).
    expect(next(String(-10 * (issued + 1_000_000)), 'adjusted', 7)).toBeNull();
    expect(Number(next('-100000', 'adjusted', 8))).toBeLessThan(0);
  });
});
