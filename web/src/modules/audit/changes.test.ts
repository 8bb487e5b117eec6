import { describe, expect, it } from 'vitest';
import { changedKeys } from './changes';

describe('changedKeys', () => {
  it('lists the top-level fields that differ', () => {
    expect(changedKeys({ a: 1, b: { c: 2 }, d: 'x' }, { a: 1, b: { c: 3 }, e: true })).toEqual(['b', 'd', 'e']);
  });

  it('is empty when either side is missing', () => {
    expect(changedKeys(null, { a: 1 })).toEqual([]);
    expect(changedKeys({ a: 1 }, null)).toEqual([]);
  });
});
