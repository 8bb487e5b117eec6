import type { Locale, Role } from './contract';

/** Where a request came from, carried into the audit log. */
export type Origin = { requestId?: string; ip?: string };

export type UserActor = {
  kind: 'user';
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: { provinceCode: string | null; enterpriseId: string | null };
  locale: Locale;
  origin?: Origin;
};

/** The CLI, seeding and background jobs act as the system, never as a borrowed user. */
export type SystemActor = { kind: 'system'; label: string; origin?: Origin };

/** Someone not signed in (public pages, the sign-in attempt itself). */
export type AnonymousActor = { kind: 'anonymous'; origin?: Origin };

export type Actor = UserActor | SystemActor | AnonymousActor;

export const systemActor = (label: string): SystemActor => ({ kind: 'system', label });

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.username;
    case 'system':
      return `system:${actor.label}`;
    case 'anonymous':
      return 'anonymous';
  }
}
