import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import type { SubmissionDetail, SubmissionHistory } from './contract-workflow';
import { fakeParkForm } from './fake-forms.fixture';
import { type Client, ok, seedRegistry, statisticsHttp } from './statistics-harness.fixture';
import { DEFAULT_STEPS, type FormWorkflow } from './workflow';

/**
 * The workflow is per form and dated (a test configuration: the seed keeps every form on the
 * default). Biểu 2104 drops the leader's approval from 1 July 2026: a version created before keeps
 * the old steps to the end, the next version follows the new ones. Biểu 2106 is prepared and sent
 * by the Board's leader, without a second step.
 */
const basis = { vi: 'Quyết định thử nghiệm số 1/QĐ-TEST', en: 'Test decision 1/QD-TEST' };
const common = { process: 'TEST', name: { vi: 'Quy trình thử', en: 'Test workflow' }, basis };
const WORKFLOWS: FormWorkflow[] = [
  { ...common, id: '2104-old', forms: ['2104'], validFrom: '2022-08-10', validTo: '2026-06-30', ...DEFAULT_STEPS },
  {
    ...common,
    id: '2104-direct',
    forms: ['2104'],
    validFrom: '2026-07-01',
    validTo: null,
    leaderApproval: false,
    who: DEFAULT_STEPS.who,
  },
  {
    ...common,
    id: '2106-leader',
    forms: ['2106'],
    validFrom: '2022-08-10',
    validTo: null,
    leaderApproval: false,
    who: { ...DEFAULT_STEPS.who, prepare: 'form:approve' },
  },
];

let t: TestContext;
let h: Awaited<ReturnType<typeof statisticsHttp>>;
let now = new Date('2026-05-10T09:00:00+07:00');
let officer: Client;
let leader: Client;
let ministry: Client;

beforeAll(async () => {
  t = await createTestContext();
  await seedRegistry(t);
  h = await statisticsHttp(t, [fakeParkForm('2104'), fakeParkForm('2106')], () => now, WORKFLOWS);
  officer = await h.as('wfc.bn.cv', 'board_officer', { provinceCode: '24' });
  leader = await h.as('wfc.bn.ld', 'board_leader', { provinceCode: '24' });
  ministry = await h.as('wfc.bo', 'ministry');
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const P = '2026-Q1';
const prepare = (c: Client, code: string) => c.post(`/api/statistics/forms/${code}/submissions`, { period: P });
const step = (c: Client, id: string, action: string, reason?: string) =>
  c.post(`/api/statistics/submissions/${id}/${action}`, reason === undefined ? {} : { reason });

describe('a form whose workflow changes on a date', () => {
  let v1: SubmissionDetail;

  it('follows the version in force when it was created, to the end', async () => {
    v1 = ok(await prepare(officer, '2104'), 201);
    expect([v1.workflowId, v1.workflow.leaderApproval]).toEqual(['2104-old', true]);
    ok(await step(officer, v1.id, 'submit'));
    now = new Date('2026-07-15T09:00:00+07:00');
    // The new version (no leader step) is in force now, but v1 began under the old one.
    const pending: SubmissionDetail = ok(await leader.get(`/api/statistics/submissions/${v1.id}`));
    expect([pending.status, pending.actions, pending.workflowId]).toEqual([
      'pending',
      ['approve', 'return'],
      '2104-old',
    ]);
    ok(await step(leader, v1.id, 'approve'));
    ok(await step(ministry, v1.id, 'request-revision', 'Bổ sung số liệu'));
  });

  it('sends the next version from the officer straight to the ministry', async () => {
    const v2: SubmissionDetail = ok(await prepare(officer, '2104'), 201);
    expect([v2.version, v2.workflowId]).toEqual([2, '2104-direct']);
    expect(v2.workflow.steps.map((s) => [s.action, s.to, s.roles])).toEqual([
      ['prepare', 'draft', ['board_officer']],
      ['submit', 'sent', ['board_officer']],
      ['accept', 'accepted', ['ministry']],
      ['request_revision', 'revision_requested', ['ministry']],
    ]);
    expect(v2.workflow.steps[1]!.label.vi).toBe('Gửi Bộ');
    expect(v2.workflow.basis).toEqual(basis);
    const sent: SubmissionDetail = ok(await step(officer, v2.id, 'submit'));
    expect([sent.status, sent.sentAt !== null]).toEqual(['sent', true]);
    // No leader step in this version: approving or returning is a conflict, not a silent skip.
    const approve = await step(leader, v2.id, 'approve');
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.message).toContain('không có bước');
    expect((await step(leader, v2.id, 'return', 'x')).statusCode).toBe(409);
    const accepted: SubmissionDetail = ok(await step(ministry, v2.id, 'accept'));
    expect(accepted.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['accept', 'sent', 'accepted'],
      ['submit', 'draft', 'sent'],
      ['prepare', null, 'draft'],
    ]);
    const history: SubmissionHistory = ok(await officer.get(`/api/statistics/forms/2104/submissions?period=${P}`));
    expect(history.items.map((i) => [i.version, i.workflowId])).toEqual([
      [2, '2104-direct'],
      [1, '2104-old'],
    ]);
    expect(history.workflow.id).toBe('2104-direct');
  });
});

describe('a form the leader prepares and sends', () => {
  it('gives the steps to the role the version names, and refuses the others', async () => {
    expect((await prepare(officer, '2106')).statusCode).toBe(403);
    const list = ok(await leader.get(`/api/statistics/submissions?period=${P}`));
    expect(list.items.find((i: { code: string }) => i.code === '2106').canPrepare).toBe(true);
    const draft: SubmissionDetail = ok(await prepare(leader, '2106'), 201);
    expect(draft.actions).toEqual(['prepare', 'submit']);
    expect((await step(officer, draft.id, 'submit')).statusCode).toBe(403);
    const sent: SubmissionDetail = ok(await step(leader, draft.id, 'submit'));
    expect(sent.status).toBe('sent');
    expect(sent.events[0]).toMatchObject({ action: 'submit', actorRole: 'board_leader', toStatus: 'sent' });
  });
});
