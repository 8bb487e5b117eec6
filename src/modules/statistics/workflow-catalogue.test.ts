import { describe, expect, it } from 'vitest';
import { FORM_CODES } from './contract';
import { actionsFor, canStart, DEFAULT_STEPS, type FormWorkflow, TRANSITIONS, transitionsOf } from './workflow';
import { FORM_WORKFLOWS, workflowFor, workflowIssues } from './workflow-catalogue';

const basis = { vi: 'Quyết định thử nghiệm', en: 'Test decision' };
const version = (over: Partial<FormWorkflow>): FormWorkflow => ({
  id: 'v',
  process: 'CMCĐT_BCTK_04',
  name: { vi: 'Thử', en: 'Test' },
  forms: ['2104'],
  validFrom: '2022-08-10',
  validTo: null,
  basis,
  ...DEFAULT_STEPS,
  ...over,
});
/** The officer sends straight to the ministry from 1 July 2026 (a test configuration, not the seed). */
const direct = version({ id: 'direct', validFrom: '2026-07-01', leaderApproval: false });
const before = version({ id: 'before', validTo: '2026-06-30' });

describe('the forms’ workflow catalogue (seed data)', () => {
  it('gives every form one workflow, on the default officer → leader → ministry steps, with its basis', () => {
    expect(workflowIssues(FORM_WORKFLOWS, FORM_CODES)).toEqual([]);
    for (const code of FORM_CODES) {
      const wf = workflowFor(code, '2026-11-26');
      expect([wf.process, wf.leaderApproval, wf.who]).toEqual(['CMCĐT_BCTK_04', true, DEFAULT_STEPS.who]);
      expect(wf.basis.vi).toContain('19/2022/TT-BKHĐT');
      // The default steps give exactly today's table.
      expect(transitionsOf(wf)).toEqual(TRANSITIONS);
    }
    // 2111–2116 rest on the SRS's stated process; 2101–2110 follow them by analogy (national-forms.md §C.4).
    expect(workflowFor('2113', '2026-01-01').basis.vi).toContain('UC299–334');
    expect(workflowFor('2101', '2026-01-01').basis.vi).toContain('không nêu quy trình');
  });
});

describe('a form configured differently (test configuration)', () => {
  const catalogue = [before, direct];

  it('picks the version in force on the day a submission is created', () => {
    expect(workflowFor('2104', '2026-06-30', catalogue).id).toBe('before');
    expect(workflowFor('2104', '2026-07-01', catalogue).id).toBe('direct');
    // Before the first version: the first one (nothing older exists).
    expect(workflowFor('2104', '2020-01-01', catalogue).id).toBe('before');
    expect(() => workflowFor('2105', '2026-07-01', catalogue)).toThrow(/No workflow for form 2105/);
  });

  it('without the leader’s step, the officer’s submission goes to the ministry and nobody approves', () => {
    const table = transitionsOf(direct);
    expect(table.submit).toMatchObject({ from: ['draft'], to: 'sent', policy: 'form:prepare' });
    expect([table.approve, table.return]).toEqual([undefined, undefined]);
    expect(actionsFor('board_officer', 'draft', true, table)).toEqual(['prepare', 'submit']);
    expect(actionsFor('board_leader', 'pending', true, table)).toEqual([]);
    expect(actionsFor('ministry', 'sent', true, table)).toEqual(['accept', 'request_revision']);
    expect(canStart('approve', 'pending', table)).toBe(false);
  });

  it('hands a step to another role when the version says so', () => {
    const leaderSends = version({ leaderApproval: false, who: { ...DEFAULT_STEPS.who, prepare: 'form:approve' } });
    const table = transitionsOf(leaderSends);
    expect(actionsFor('board_leader', 'draft', true, table)).toEqual(['prepare', 'submit']);
    expect(actionsFor('board_officer', 'draft', true, table)).toEqual([]);
  });

  it('refuses a catalogue with gaps, overlaps, an ended newest version, self-approval or a form left out', () => {
    expect(workflowIssues(catalogue, ['2104'])).toEqual([]);
    const gap = [version({ id: 'a', validTo: '2026-06-29' }), version({ id: 'b', validFrom: '2026-07-01' })];
    expect(workflowIssues(gap, ['2104'])).toEqual(['2104: a and b are not consecutive']);
    const overlap = [version({ id: 'a' }), version({ id: 'b', validFrom: '2026-07-01' })];
    expect(workflowIssues(overlap, ['2104'])).toEqual(['2104: a and b are not consecutive']);
    expect(workflowIssues([before], ['2104'])).toEqual(['2104: the newest version has ended']);
    const selfApproval = version({ who: { ...DEFAULT_STEPS.who, approve: 'form:prepare' } });
    expect(workflowIssues([selfApproval], ['2104'])).toEqual(['v: the preparer approves']);
    expect(workflowIssues([version({ basis: { vi: ' ', en: 'x' } })], ['2104'])).toEqual(['v: no basis']);
    expect(workflowIssues(catalogue, ['2104', '2105'])).toEqual(['2105: no workflow']);
    expect(workflowIssues([version({ validFrom: '2026-01-02', validTo: '2026-01-01' }), direct], ['2104'])).toContain(
      'v: ends before it begins',
    );
  });
});
