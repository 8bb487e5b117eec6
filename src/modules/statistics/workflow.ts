import type { Role } from '../../platform/auth/contract';
import { type Action, rolesAllowed } from '../../platform/auth/policy';
import type { SubmissionStatus, WorkflowAction } from './contract-workflow';

/**
 * The workflow of a Board's national form as one table (national-forms.md §C.3, the "> 2 steps"
 * CMCĐT_BCTK_04 flow: Board officer → Board leader → the ministry). Each action names the statuses
 * it starts from, the status it leads to, the policy action (which decides the role and the
 * province) and whether a reason is required. `prepare` from `revision_requested` starts a new
 * version, so the returned version stays as it was; an accepted version is locked for good.
 */
export type Transition = {
  /** null: no version exists yet for this form, period and province. */
  from: readonly (SubmissionStatus | null)[];
  to: SubmissionStatus;
  policy: Action;
  reason: boolean;
};

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  prepare: { from: [null, 'draft', 'revision_requested'], to: 'draft', policy: 'form:prepare', reason: false },
  submit: { from: ['draft'], to: 'pending', policy: 'form:prepare', reason: false },
  approve: { from: ['pending'], to: 'sent', policy: 'form:approve', reason: false },
  return: { from: ['pending'], to: 'revision_requested', policy: 'form:approve', reason: true },
  accept: { from: ['sent'], to: 'accepted', policy: 'form:review', reason: false },
  request_revision: { from: ['sent'], to: 'revision_requested', policy: 'form:review', reason: true },
};

/** Whether a role holds the policy action of a transition (scope is checked by the service). */
function roleMay(role: Role, action: WorkflowAction): boolean {
  const roles = rolesAllowed(TRANSITIONS[action].policy);
  return roles === 'everyone' || roles.includes(role);
}

export const canStart = (action: WorkflowAction, status: SubmissionStatus | null): boolean =>
  TRANSITIONS[action].from.includes(status);

/** Whether `prepare` on this status makes a new version (true) or refreshes the draft in place (false). */
export const preparesNewVersion = (status: SubmissionStatus | null): boolean => status !== 'draft';

/**
 * The actions a role may take on a version now. `latest` is false for an older version: only
 * the newest version of a form moves (older ones are history).
 */
export function actionsFor(role: Role | null, status: SubmissionStatus, latest: boolean): WorkflowAction[] {
  if (!latest || role === null) return [];
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((a) => canStart(a, status) && roleMay(role, a));
}
