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
  | { kind: 'user'; id: string }
  /**
   * A registry record: the post-2025 province it lies in today (old units roll up through the
   * lineage) and the enterprises it belongs to (owner, developer of its park).
   */
  | { kind: 'record'; provinceCode: string | null; enterpriseIds: readonly string[] }
  /**
   * An emulation block (or one of its records): the post-2025 provinces of the Boards that may act
   * on it (its members, its organiser; for leader-only actions, the year's leader alone) and
   * whether the ministry organises it.
   */
  | { kind: 'emulation'; provinceCodes: readonly string[]; ministryOrganised: boolean };

type Rule = {
  roles: readonly Role[] | 'everyone';
  /** Scope check once the target is known; absent means the role alone decides. */
  scope?: (actor: UserActor, target: Target) => boolean;
  /** The system actor (CLI, seeding, jobs) may do this. */
  system?: boolean;
};

const ALL_ROLES = 'everyone' as const;

const ownAccount = (actor: UserActor, target: Target) => target.kind === 'user' && target.id === actor.id;

/**
 * The registry scope: the ministry sees the country; a Board its province; a developer or an
 * enterprise the records it belongs to.
 */
function inRegistryScope(actor: UserActor, target: Target): boolean {
  const province = target.kind === 'record' ? target.provinceCode : target.kind === 'province' ? target.code : null;
  const enterprises = target.kind === 'record' ? target.enterpriseIds : target.kind === 'enterprise' ? [target.id] : [];
  switch (actor.role) {
    case 'ministry':
      return true;
    case 'board_leader':
    case 'board_officer':
      return province !== null && province === actor.scope.provinceCode;
    case 'developer':
    case 'enterprise':
      return actor.scope.enterpriseId !== null && enterprises.includes(actor.scope.enterpriseId);
    default:
      return false;
  }
}

const BOARDS = ['board_leader', 'board_officer'] as const;

/** Emulation: the ministry sees every block and runs those it organises; a Board acts where its unit is named. */
function inEmulationScope(write: boolean) {
  return (actor: UserActor, target: Target): boolean => {
    if (target.kind !== 'emulation') return false;
    if (actor.role === 'ministry') return !write || target.ministryOrganised;
    if (actor.role === 'board_leader' || actor.role === 'board_officer') {
      return actor.scope.provinceCode !== null && target.provinceCodes.includes(actor.scope.provinceCode);
    }
    return false;
  };
}

export const POLICY = {
  'account:read': { roles: ALL_ROLES, scope: ownAccount },
  'account:update': { roles: ALL_ROLES, scope: ownAccount },
  'audit:read': { roles: ['admin'], system: true },
  'user:read': { roles: ['admin'], system: true },
  'user:manage': { roles: ['admin'], system: true },
  'calendar:manage': { roles: ['admin'], system: true },
  'reference:manage': { roles: ['admin'], system: true },
  // Registry: the ministry reads everything; Boards keep their province's records.
  'registry:read': {
    roles: ['ministry', ...BOARDS, 'developer', 'enterprise'],
    scope: inRegistryScope,
    system: true,
  },
  'zone:manage': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** Land and leases of a park: its Board, and its developer. */
  'park_land:update': { roles: [...BOARDS, 'developer'], scope: inRegistryScope, system: true },
  'enterprise:manage': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** An enterprise keeps its own contact details current. */
  'enterprise:update_contact': { roles: [...BOARDS, 'enterprise', 'developer'], scope: inRegistryScope, system: true },
  'project:manage': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** State Bank rates are national data. */
  'exchange_rate:manage': { roles: ['ministry'], system: true },
  /** Periodic reports on project implementation (issue 4): read in registry scope; the ministry reads only. */
  'report:read': { roles: ['ministry', ...BOARDS, 'developer', 'enterprise'], scope: inRegistryScope, system: true },
  /** File (create, edit, submit) a project's report: its enterprise, or the Board on its behalf. */
  'report:file': { roles: [...BOARDS, 'developer', 'enterprise'], scope: inRegistryScope, system: true },
  /** Accept, request revision, edit an accepted report, reopen a period: the Board of the province. */
  'report:review': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** Excel imports into the registry: Boards; each row is then authorised by the service that writes it. */
  'registry:import': { roles: BOARDS, system: true },
  /** National forms (Biểu 2101–2116): a Board reads its province's, the ministry any province or the country. */
  'statistics:read': { roles: ['ministry', ...BOARDS], scope: inRegistryScope, system: true },
  /** The ministry's view of every Board's forms for a period. */
  'statistics:overview': { roles: ['ministry'], system: true },
  /**
   * Takes part in the national forms' workflow at all (the routes of its steps); each step is then
   * authorised by the policy the form's workflow version gives it (statistics/workflow-catalogue.ts).
   */
  'form:workflow': { roles: [...BOARDS, 'ministry'], scope: inRegistryScope },
  /** A Board officer prepares a form (computes and freezes it) and submits it to the leader. */
  'form:prepare': { roles: ['board_officer'], scope: inRegistryScope },
  /** The Board's leader approves and sends it to the ministry, or returns it. */
  'form:approve': { roles: ['board_leader'], scope: inRegistryScope },
  /** The ministry accepts a sent form or asks for a revision. */
  'form:review': { roles: ['ministry'], scope: inRegistryScope },
  /**
   * Briefings and dashboards (live statistics): the ministry everything; a Board its province; a
   * developer the dashboard of the parks it develops.
   */
  'insights:read': { roles: ['ministry', ...BOARDS, 'developer'], scope: inRegistryScope, system: true },
  /** Emulation blocks, the Club, movements and pacts (issue 7): the ministry all; a Board where its unit is a member or organiser. */
  'emulation:read': { roles: ['ministry', ...BOARDS], scope: inEmulationScope(false), system: true },
  /** Members, rotation, conferences, movements of a block: its organiser (the ministry for its own blocks, or a Board). */
  'emulation:manage': { roles: ['ministry', ...BOARDS], scope: inEmulationScope(true), system: true },
  /** A member registers its own pact targets and registrations (target: the member's province). */
  'emulation:register': { roles: BOARDS, scope: inEmulationScope(true), system: true },
  /** The year's leader only: signs the pact at the block meeting (target: the leader's province). */
  'emulation:lead': { roles: BOARDS, scope: inEmulationScope(true), system: true },
  /**
   * Eco-industrial parks (issue 6): the exchange, scorecards and RECP registers are read in registry
   * scope; each listing is then shown by its confidentiality (eco/matching/visibility.ts).
   */
  'eco:read': { roles: ['ministry', ...BOARDS, 'developer', 'enterprise'], scope: inRegistryScope, system: true },
  /** List offers and needs, keep RECP measures: the enterprise for itself, or the Board on its behalf. */
  'eco:list': { roles: [...BOARDS, 'developer', 'enterprise'], scope: inRegistryScope, system: true },
  /** The facilitator: deals, their impact, substitution pairs. A Board of the park's province. */
  'eco:facilitate': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** A park's declared criteria answers and its action plan: its Board or its developer. */
  'eco:declare': { roles: [...BOARDS, 'developer'], scope: inRegistryScope, system: true },
  /** Revoke an eco-park or eco-enterprise certificate: the leader of the Board that decided it (target: its province). */
  'eco:certify': { roles: ['board_leader'], scope: inRegistryScope, system: true },
  /** Eco reports A.4/A.5 (the park's developer) and B.4/B.5 (an enterprise of the park): draft and submit its own. */
  'eco_report:file': { roles: ['developer', 'enterprise'], scope: inRegistryScope, system: true },
  /** The Board of the park's province accepts an eco report or requests its revision. */
  'eco_report:review': { roles: BOARDS, scope: inRegistryScope, system: true },
  /**
   * One-stop dossiers (issue 5): read (the service narrows it: an enterprise its own dossiers, a
   * Board its province's, the ministry all); submit online (an enterprise); process at the Board
   * (receive at the desk, work queue); act on a dossier at all (each transition is then checked by
   * the lifecycle: applicant, desk, assigned officer or leader).
   */
  'dossier:read': { roles: ['ministry', ...BOARDS, 'enterprise'], scope: inRegistryScope },
  'dossier:submit': { roles: ['enterprise'], scope: inRegistryScope },
  'dossier:process': { roles: BOARDS, scope: inRegistryScope },
  'dossier:act': { roles: [...BOARDS, 'enterprise'], scope: inRegistryScope },
  /** An import's progress and result: its uploader, and administrators. */
  'import:read': {
    roles: [...BOARDS, 'admin'],
    scope: (actor, target) => actor.role === 'admin' || ownAccount(actor, target),
    system: true,
  },
  /** One-stop forms 01–06 of a dossier (PDF): the Board of its province, and the applicant enterprise. */
  'dossier_form:read': { roles: [...BOARDS, 'enterprise'], scope: inRegistryScope, system: true },
  /** The tracking book (form 07) of a Board's desk. */
  'dossier_book:read': { roles: BOARDS, scope: inRegistryScope, system: true },
  /** One-stop KPIs: a Board its province, the ministry every province and the country. */
  'onestop_kpi:read': { roles: ['ministry', ...BOARDS], scope: inRegistryScope, system: true },
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
