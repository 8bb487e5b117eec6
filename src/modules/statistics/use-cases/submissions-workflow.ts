import { conflict } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import type { Actor } from '../../../platform/auth/actor';
import { isAllowed } from '../../../platform/auth/policy';
import {
  type FormWorkflowView,
  SUBMIT_DIRECT_LABEL,
  type SubmissionStatus,
  WORKFLOW_ACTION_LABELS,
  type WorkflowAction,
} from '../contract-workflow';
import type { formSubmissions } from '../schema';
import {
  actionsFor,
  type FormWorkflow,
  rolesOfStep,
  TRANSITIONS,
  type TransitionTable,
  transitionsOf,
} from '../workflow';
import { workflowFor } from '../workflow-catalogue';
import { provinceTarget, type StatisticsDeps } from './form-scope';

type Row = typeof formSubmissions.$inferSelect;

/** A form's workflow version with its transition table. */
export type AppliedWorkflow = { version: FormWorkflow; table: TransitionTable };

/** The version a submission of `code` created at `at` follows (the deps may bring their own catalogue). */
export function workflowAt(deps: StatisticsDeps, code: string, at: Date): AppliedWorkflow {
  const version = workflowFor(code, todayInVietnam(at), deps.workflows);
  return { version, table: transitionsOf(version) };
}

/** The version a stored submission follows: the one in force the day the version was created. */
export const workflowOfRow = (deps: StatisticsDeps, row: Row) => workflowAt(deps, row.formCode, row.createdAt);

export const roleOf = (actor: Actor) => (actor.kind === 'user' ? actor.role : null);

/** What this caller may do with a version: its workflow's actions for the role, within its province. */
export function allowedActions(actor: Actor, row: Row, latest: boolean, wf: AppliedWorkflow): WorkflowAction[] {
  return actionsFor(roleOf(actor), row.status as SubmissionStatus, latest, wf.table).filter((a) =>
    isAllowed(actor, wf.table[a]!.policy, provinceTarget(row.provinceCode)),
  );
}

/** The version as the page explains it: steps in order, who takes each, the basis. */
export function workflowView(wf: AppliedWorkflow): FormWorkflowView {
  const { version, table } = wf;
  return {
    id: version.id,
    process: version.process,
    name: version.name,
    validFrom: version.validFrom,
    validTo: version.validTo,
    basis: version.basis,
    leaderApproval: version.leaderApproval,
    steps: (Object.keys(TRANSITIONS) as WorkflowAction[]).flatMap((action) => {
      const rule = table[action];
      if (!rule) return [];
      const label = action === 'submit' && rule.to === 'sent' ? SUBMIT_DIRECT_LABEL : WORKFLOW_ACTION_LABELS[action];
      return [{ action, label, roles: [...rolesOfStep(rule)], to: rule.to, reason: rule.reason }];
    }),
  };
}

/** A step the form's workflow version does not have (e.g. the leader's approval where the officer sends). */
export function stepNotInWorkflow(wf: AppliedWorkflow, action: WorkflowAction) {
  const label = WORKFLOW_ACTION_LABELS[action];
  return conflict(
    `Quy trình "${wf.version.name.vi}" của biểu này không có bước "${label.vi}".`,
    `This form's workflow "${wf.version.name.en}" has no step "${label.en}".`,
  );
}
