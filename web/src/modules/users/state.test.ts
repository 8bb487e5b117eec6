import { describe, expect, it } from 'vitest';
import { userState } from './state';

const now = Date.parse('2026-03-02T08:00:00Z');

describe('userState', () => {
  it('is locked only while the lockout lasts', () => {
    expect(userState({ active: true, lockedUntil: '2026-03-02T08:10:00Z' }, now)).toEqual({
      kind: 'locked',
      until: '2026-03-02T08:10:00Z',
    });
    expect(userState({ active: true, lockedUntil: '2026-03-02T07:59:00Z' }, now)).toEqual({ kind: 'active' });
    expect(userState({ active: true, lockedUntil: null }, now)).toEqual({ kind: 'active' });
  });

  it('shows an inactive account as inactive even while locked', () => {
    expect(userState({ active: false, lockedUntil: '2026-03-02T08:10:00Z' }, now)).toEqual({ kind: 'inactive' });
  });
});
