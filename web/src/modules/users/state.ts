import type { UserSummary } from '../../../../src/platform/auth/contract';

export type UserState = { kind: 'active' } | { kind: 'locked'; until: string } | { kind: 'inactive' };

/** What the state column shows: inactive wins over a lockout, which only counts while it lasts. */
export function userState(user: Pick<UserSummary, 'active' | 'lockedUntil'>, now: number = Date.now()): UserState {
  if (!user.active) return { kind: 'inactive' };
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return { kind: 'locked', until: user.lockedUntil };
  return { kind: 'active' };
}
