import type { Role } from '../../platform/auth/contract';
import { rolesAllowed } from '../../platform/auth/policy';
import type { SubmissionStatus, WorkflowAction } from './contract-workflow';

/**
 * The workflow of a Board's national form as a table built from the form's workflow version
 * (national-forms.md §C.3–C.4; the versions are data in `workflow-catalogue.ts`). Each action names
 * the statuses it starts from, the status it leads to, the policy action (which decides the role
 * and the province) and whether a reason is required. `prepare` from `revision_requested` starts a
 * new version, so the returned version stays as it was; an accepted version is locked for good.
 */
export type Transition = {
  /** null: no version exists yet for this form, period and province. */
  from: readonly (SubmissionStatus | null)[];
  to: SubmissionStatus;
  policy: StepPolicy;
  reason: boolean;
};

/** The policy actions a workflow step may be given to (each fixes roles and the province scope). */
export type StepPolicy = 'form:prepare' | 'form:approve' | 'form:review';
/** The Board's side of the workflow: the officer's or the leader's policy. */
export type BoardPolicy = 'form:prepare' | 'form:approve';

/**
 * One dated version of a form's workflow: which steps apply and who takes each, with the basis
 * it rests on. A submission follows the version in force on the day it was created (a later
 * version applies to the next submission, never to one already under way).
 */
export type FormWorkflow = {
  id: string;
  /** The central system's process code (CMCĐT_BCTK_04: "> 2 steps", CMCĐT_BCTK_01: "2 steps"). */
  process: string;
  name: { vi: string; en: string };
  /** Form codes ('2101' …) this version governs. */
  forms: readonly string[];
  /** First day (Hà Nội) a new submission follows this version. */
  validFrom: string;
  /** Last day, inclusive; null = still in force. */
  validTo: string | null;
  /** The legal or administrative basis, cited. */
  basis: { vi: string; en: string };
  /** The Board's leader approves before the form goes to the ministry; false = the preparer sends it directly. */
  leaderApproval: boolean;
  /** Who prepares and submits, who approves or returns (when the leader's step applies), who receives. */
  who: { prepare: BoardPolicy; approve: BoardPolicy; review: 'form:review' };
};

export type TransitionTable = Partial<Record<WorkflowAction, Transition>>;

/** The transition table of a workflow version: the steps it leaves out are absent. */
export function transitionsOf(wf: FormWorkflow): TransitionTable {
  const { prepare, approve, review } = wf.who;
  const table: TransitionTable = {
    prepare: { from: [null, 'draft', 'revision_requested'], to: 'draft', policy: prepare, reason: false },
    submit: { from: ['draft'], to: wf.leaderApproval ? 'pending' : 'sent', policy: prepare, reason: false },
    accept: { from: ['sent'], to: 'accepted', policy: review, reason: false },
    request_revision: { from: ['sent'], to: 'revision_requested', policy: review, reason: true },
  };
  if (wf.leaderApproval) {
    table.approve = { from: ['pending'], to: 'sent', policy: approve, reason: false };
    table.return = { from: ['pending'], to: 'revision_requested', policy: approve, reason: true };
  }
  return table;
}

/**
 * The default: the "> 2 steps" flow CMCĐT_BCTK_04 (Board officer → Board leader → the ministry),
 * which every form follows unless its own version says otherwise.
 */
export const DEFAULT_STEPS = {
  leaderApproval: true,
  who: { prepare: 'form:prepare', approve: 'form:approve', review: 'form:review' },
} as const satisfies Pick<FormWorkflow, 'leaderApproval' | 'who'>;

/** The default table in full (every step applies). */
export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  prepare: { from: [null, 'draft', 'revision_requested'], to: 'draft', policy: 'form:prepare', reason: false },
  submit: { from: ['draft'], to: 'pending', policy: 'form:prepare', reason: false },
  approve: { from: ['pending'], to: 'sent', policy: 'form:approve', reason: false },
  return: { from: ['pending'], to: 'revision_requested', policy: 'form:approve', reason: true },
  accept: { from: ['sent'], to: 'accepted', policy: 'form:review', reason: false },
  request_revision: { from: ['sent'], to: 'revision_requested', policy: 'form:review', reason: true },
};

/** Whether a role holds the policy action of a transition (scope is checked by the service). */
function roleMay(role: Role, rule: Transition): boolean {
  const roles = rolesAllowed(rule.policy);
  return roles === 'everyone' || roles.includes(role);
}

export const canStart = (
  action: WorkflowAction,
  status: SubmissionStatus | null,
  table: TransitionTable = TRANSITIONS,
): boolean => table[action]?.from.includes(status) ?? false;

/** Whether `prepare` on this status makes a new version (true) or refreshes the draft in place (false). */
export const preparesNewVersion = (status: SubmissionStatus | null): boolean => status !== 'draft';

/**
 * The actions a role may take on a version now. `latest` is false for an older version: only
 * the newest version of a form moves (older ones are history).
 */
export function actionsFor(
  role: Role | null,
  status: SubmissionStatus,
  latest: boolean,
  table: TransitionTable = TRANSITIONS,
): WorkflowAction[] {
  if (!latest || role === null) return [];
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((a) => {
    const rule = table[a];
    return rule !== undefined && canStart(a, status, table) && roleMay(role, rule);
  });
}

/** The roles that may take each step of a version (for the page that explains the workflow). */
export function rolesOfStep(rule: Transition): readonly Role[] {
  const roles = rolesAllowed(rule.policy);
  return roles === 'everyone' ? [] : roles;
}
