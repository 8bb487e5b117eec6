import { describe, expect, it } from 'vitest';
import { charterCapitalAsOf, charterGoesNegative } from './charter-capital';

const events = [
  { seq: 1, date: '2020-01-10', charterCapital: '1000000' },
  { seq: 2, date: '2021-05-01', charterCapital: null },
  { seq: 3, date: '2022-03-15', charterCapital: '250000.50' },
  { seq: 4, date: '2023-07-01', charterCapital: '-400000' },
];

describe('charter capital', () => {
  it('adds the issue amount and the signed changes dated up to the day', () => {
    expect(charterCapitalAsOf(events, '2019-12-31')).toBeNull();
    expect(charterCapitalAsOf(events, '2021-12-31')).toBe('1000000');
    expect(charterCapitalAsOf(events, '2022-03-15')).toBe('1250000.5');
    expect(charterCapitalAsOf(events, '2024-01-01')).toBe('850000.5');
  });

  it('is null when no event states a charter capital', () => {
    expect(charterCapitalAsOf([{ seq: 1, date: '2020-01-01', charterCapital: null }], '2024-01-01')).toBeNull();
  });

  it('finds the first event that takes it below zero', () => {
    expect(charterGoesNegative(events)).toBeNull();
    expect(charterGoesNegative([...events, { seq: 5, date: '2024-01-01', charterCapital: '-900000' }])).toEqual({
      date: '2024-01-01',
      value: '-49999.5',
    });
  });
});
