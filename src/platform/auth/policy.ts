import { forbidden, unauthenticated } from '../../kernel/errors';
import type { Actor, UserActor } from './actor';
import type { Role } from './contract';

/**
 * The one authorisation function. Routes declare the action they perform (checked by the HTTP
 * layer before input is parsed, so a forbidden caller learns nothing from validation errors);
 * services call it again with the target, which is where scope (province, park, enterprise) is
 * decided. No route or service decides access any other way.
 */
export type Target =
  | { kind: 'province'; code: string }
  | { kind: 'enterprise'; id: string }
  | { kind: 'user'; id: string };

type Rule = {
  roles: readonly Role[] | 'everyone';
  /** Scope check once the target is known; absent means the role alone decides. */
  scope?: (actor: UserActor, target: Target) => boolean;
  /** The system actor (CLI, seeding, jobs) may do this. */
  system?: boolean;
};

const ALL_ROLES = 'everyone' as const;

const ownAccount = (actor: UserActor, target: Target) => target.kind === 'user' && target.id === actor.id;

export const POLICY = {
  'account:read': { roles: ALL_ROLES, scope: ownAccount },
  'account:update': { roles: ALL_ROLES, scope: ownAccount },
  'audit:read': { roles: ['admin'], system: true },
  'user:read': { roles: ['admin'], system: true },
  'user:manage': { roles: ['admin'], system: true },
  'calendar:manage': { roles: ['admin'], system: true },
  'reference:manage': { roles: ['admin'], system: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export function rolesAllowed(action: Action): readonly Role[] | 'everyone' {
  return (POLICY[action] as Rule).roles;
}

export function isAllowed(actor: Actor, action: Action, target?: Target): boolean {
  const rule: Rule = POLICY[action];
  if (actor.kind === 'system') return rule.system === true;
  if (actor.kind !== 'user') return false;
  if (rule.roles !== 'everyone' && !rule.roles.includes(actor.role)) return false;
  if (target && rule.scope) return rule.scope(actor, target);
  return true;
}

/** Throws 401 for an anonymous caller and 403 for a signed-in one outside the rule. */
export function authorize(actor: Actor, action: Action, target?: Target): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isAllowed(actor, action, target)) throw forbidden();
}
