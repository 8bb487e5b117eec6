import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/contract';
import { rolesAllowed } from '../../platform/auth/policy';
import { SUBMISSION_STATUSES, WORKFLOW_ACTIONS } from './contract-workflow';
import { actionsFor, canStart, preparesNewVersion, TRANSITIONS } from './workflow';

describe('the national form workflow table', () => {
  it('walks officer → leader → ministry, each step by one role', () => {
    expect(actionsFor('board_officer', 'draft', true)).toEqual(['prepare', 'submit']);
    expect(actionsFor('board_leader', 'pending', true)).toEqual(['approve', 'return']);
    expect(actionsFor('ministry', 'sent', true)).toEqual(['accept', 'request_revision']);
    expect(actionsFor('board_officer', 'revision_requested', true)).toEqual(['prepare']);
  });

  it('locks an accepted form and every older version', () => {
    for (const role of ROLES) expect(actionsFor(role, 'accepted', true)).toEqual([]);
    for (const role of ROLES) for (const s of SUBMISSION_STATUSES) expect(actionsFor(role, s, false)).toEqual([]);
  });

  it('gives no step to the roles outside the workflow', () => {
    for (const role of ['admin', 'developer', 'enterprise'] as const) {
      for (const s of SUBMISSION_STATUSES) expect(actionsFor(role, s, true)).toEqual([]);
    }
  });

  it('lets nobody skip a step or act on a status it does not start from', () => {
    const allowed: Record<string, string[]> = {};
    for (const a of WORKFLOW_ACTIONS) {
      allowed[a] = [null, ...SUBMISSION_STATUSES].filter((s) => canStart(a, s)).map(String);
    }
    expect(allowed).toEqual({
      prepare: ['null', 'draft', 'revision_requested'],
      submit: ['draft'],
      approve: ['pending'],
      return: ['pending'],
      accept: ['sent'],
      request_revision: ['sent'],
    });
  });

  it('asks for a reason exactly when a form goes back', () => {
    const withReason = WORKFLOW_ACTIONS.filter((a) => TRANSITIONS[a].reason);
    expect(withReason).toEqual(['return', 'request_revision']);
    for (const a of withReason) expect(TRANSITIONS[a].to).toBe('revision_requested');
  });

  it('makes a new version after a revision request and refreshes a draft in place', () => {
    expect(preparesNewVersion(null)).toBe(true);
    expect(preparesNewVersion('revision_requested')).toBe(true);
    expect(preparesNewVersion('draft')).toBe(false);
  });

  it('matches the policy table: officer prepares, leader approves, ministry reviews', () => {
    expect(rolesAllowed('form:prepare')).toEqual(['board_officer']);
    expect(rolesAllowed('form:approve')).toEqual(['board_leader']);
    expect(rolesAllowed('form:review')).toEqual(['ministry']);
  });
});
