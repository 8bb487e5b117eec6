import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { auditLog } from '../../platform/audit/schema';
import type { FormTable } from './contract';
import type { Overview, SubmissionChanges, SubmissionDetail, SubmissionHistory } from './contract-workflow';
import { fakeParkForm } from './fake-forms.fixture';
import { formSubmissionEvents } from './schema';
import {
  type Client,
  documentXml,
  ok,
  openWorkbook,
  seedRegistry,
  sheetText,
  statisticsHttp,
  system,
} from './statistics-harness.fixture';

/**
 * A Board's form on its way to the ministry: each step by its role and province only, every step
 * in the events and the audit log, a revision answered by a new version that keeps the old one,
 * an accepted form locked; later the live figures move and the form says which cells and who.
 */
let t: TestContext;
let h: Awaited<ReturnType<typeof statisticsHttp>>;
let ids: Awaited<ReturnType<typeof seedRegistry>>;
let officer: Client;
let leader: Client;
let hpOfficer: Client;
let hpLeader: Client;
let ministry: Client;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedRegistry(t);
  h = await statisticsHttp(t, [fakeParkForm('2104'), fakeParkForm('2106')]);
  officer = await h.as('wf.bn.cv', 'board_officer', { provinceCode: '24' });
  leader = await h.as('wf.bn.ld', 'board_leader', { provinceCode: '24' });
  hpOfficer = await h.as('wf.hp.cv', 'board_officer', { provinceCode: '31' });
  hpLeader = await h.as('wf.hp.ld', 'board_leader', { provinceCode: '31' });
  ministry = await h.as('wf.bo', 'ministry');
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const P = '2026-Q1';
const prepare = (c: Client, code = '2104', period = P) =>
  c.post(`/api/statistics/forms/${code}/submissions`, { period });
const step = (c: Client, id: string, action: string, reason?: string) =>
  c.post(`/api/statistics/submissions/${id}/${action}`, reason === undefined ? {} : { reason });

describe('the workflow', () => {
  let v1: SubmissionDetail;
  let v2: SubmissionDetail;

  it('lets only the officer prepare, for an ended period, and freezes the computed form', async () => {
    expect((await prepare(leader)).statusCode).toBe(403);
    expect((await prepare(ministry)).statusCode).toBe(403);
    const running = await prepare(officer, '2104', '2026-Q4');
    expect(running.statusCode).toBe(422);
    expect(running.json().error.fields['body.period'].message).toContain('chưa kết thúc');
    v1 = ok(await prepare(officer), 201);
    expect(v1).toMatchObject({ formCode: '2104', period: P, provinceCode: '24', version: 1, status: 'draft' });
    expect(v1.reportCode).toBe(`EZ_2104HQLKKT_${v1.number}`);
    expect(v1.actions).toEqual(['prepare', 'submit']);
    // Preparing the draft again refreshes it in place.
    const again: SubmissionDetail = ok(await prepare(officer), 201);
    expect([again.id, again.version, again.events.length]).toEqual([v1.id, 1, 2]);
  });

  it('moves each step by its role and province only', async () => {
    expect((await step(leader, v1.id, 'submit')).statusCode).toBe(403);
    const pending: SubmissionDetail = ok(await step(officer, v1.id, 'submit'));
    expect(pending.status).toBe('pending');
    expect((await step(officer, v1.id, 'approve')).statusCode).toBe(403);
    expect((await step(hpLeader, v1.id, 'approve')).statusCode).toBe(403);
    // The ministry may accept, but only what the leader has sent.
    expect((await step(ministry, v1.id, 'accept')).statusCode).toBe(409);
    expect((await step(leader, v1.id, 'accept')).statusCode).toBe(403);
    expect((await step(officer, v1.id, 'submit')).statusCode).toBe(409);
    const sent: SubmissionDetail = ok(await step(leader, v1.id, 'approve'));
    expect([sent.status, sent.sentAt !== null]).toEqual(['sent', true]);
    expect((await hpOfficer.get(`/api/statistics/submissions/${v1.id}`)).statusCode).toBe(403);
  });

  it('asks the ministry for a reason to send it back, then a new version keeps the old one', async () => {
    const noReason = await step(ministry, v1.id, 'request-revision', '  ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields['body.reason'].message).toBe('Hãy nêu lý do.');
    const back: SubmissionDetail = ok(
      await step(ministry, v1.id, 'request-revision', 'Thiếu dự án của KCN Quang Châu'),
    );
    expect([back.status, back.reason]).toEqual(['revision_requested', 'Thiếu dự án của KCN Quang Châu']);
    expect(back.actions).toEqual([]);

    v2 = ok(await prepare(officer), 201);
    expect([v2.version, v2.status, v2.id === v1.id, v2.number > v1.number]).toEqual([2, 'draft', false, true]);
    // The old version is history: it stays as it was and no longer moves.
    const old: SubmissionDetail = ok(await officer.get(`/api/statistics/submissions/${v1.id}`));
    expect([old.status, old.actions]).toEqual(['revision_requested', []]);
    expect((await step(officer, v1.id, 'prepare')).statusCode).toBe(404);
    expect((await step(officer, v1.id, 'submit')).statusCode).toBe(409);
  });

  it('lets the leader return a version with a reason', async () => {
    ok(await step(officer, v2.id, 'submit'));
    expect((await step(leader, v2.id, 'return')).statusCode).toBe(400);
    const returned: SubmissionDetail = ok(await step(leader, v2.id, 'return', 'Kiểm tra lại vốn đăng ký'));
    expect(returned.status).toBe('revision_requested');
  });

  it('locks the accepted version for good, with every step in the events and the audit log', async () => {
    const v3: SubmissionDetail = ok(await prepare(officer), 201);
    ok(await step(officer, v3.id, 'submit'));
    ok(await step(leader, v3.id, 'approve'));
    const accepted: SubmissionDetail = ok(await step(ministry, v3.id, 'accept'));
    expect([accepted.status, accepted.version, accepted.actions]).toEqual(['accepted', 3, []]);
    expect((await prepare(officer)).statusCode).toBe(409);
    expect((await step(ministry, v3.id, 'request-revision', 'muộn')).statusCode).toBe(409);
    expect(accepted.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['accept', 'sent', 'accepted'],
      ['approve', 'pending', 'sent'],
      ['submit', 'draft', 'pending'],
      ['prepare', null, 'draft'],
    ]);
    expect(accepted.events[0]!.actorName).toBe('Người dùng wf.bo');
    const stored = await t.database.db
      .select()
      .from(formSubmissionEvents)
      .where(eq(formSubmissionEvents.submissionId, v3.id));
    expect(stored).toHaveLength(4);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, v3.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['form.accept', 'form.approve', 'form.prepare', 'form.submit']);

    const history: SubmissionHistory = ok(await officer.get(`/api/statistics/forms/2104/submissions?period=${P}`));
    expect(history.items.map((i) => [i.version, i.status])).toEqual([
      [3, 'accepted'],
      [2, 'revision_requested'],
      [1, 'revision_requested'],
    ]);
    expect(history.canPrepare).toBe(false);
  });

  it('exports a frozen version under its report code', async () => {
    const history: SubmissionHistory = ok(
      await ministry.get(`/api/statistics/forms/2104/submissions?period=${P}&province=24`),
    );
    const accepted = history.items[0]!;
    const res = await ministry.get(`/api/statistics/submissions/${accepted.id}/file.xlsx`);
    expect(res.headers['content-disposition']).toContain(`EZ_2104HQLKKT_${accepted.number}_${P}_BQLKCN.xlsx`);
    const text = sheetText(await openWorkbook(res)).join('\n');
    expect(text).toContain(`Mã báo cáo: EZ_2104HQLKKT_${accepted.number}`);
    const xml = await documentXml(await officer.get(`/api/statistics/submissions/${accepted.id}/file.docx`));
    expect(xml).toContain(`Mã báo cáo: EZ_2104HQLKKT_${accepted.number}`);
  });

  it('shows the cells that moved since and who changed which record in the province', async () => {
    const history: SubmissionHistory = ok(await officer.get(`/api/statistics/forms/2104/submissions?period=${P}`));
    const accepted = history.items[0]!;
    const before: SubmissionChanges = ok(await officer.get(`/api/statistics/submissions/${accepted.id}/changes`));
    expect(before.cells).toEqual([]);

    await t.app.services.investment.createEnterprise(system, {
      taxCode: '2300009999',
      nameVi: 'Công ty không liên quan',
      adminUnitId: '63:27',
      sectors: [],
    });
    const added = await ids.project('STAT-YP-2', ids.parks.yenPhong, '4000000', '2026-03-01');
    await ids.project('STAT-DV-2', ids.parks.dinhVu, '1000000', '2026-03-01');

    const after: SubmissionChanges = ok(await officer.get(`/api/statistics/submissions/${accepted.id}/changes`));
    expect(after.cells.map((c) => [c.rowLabel, c.column, c.was, c.now])).toEqual([
      ['KCN Yên Phong', 'projects', '1', '2'],
      ['KCN Yên Phong', 'capital', '12.50', '16.50'],
      ['Tổng cộng', 'projects', '2', '3'],
      ['Tổng cộng', 'capital', '15.50', '19.50'],
    ]);
    expect(after.registryChanges.map((c) => [c.action, c.entityId, c.actorLabel, c.actionLabel.vi])).toEqual([
      ['project.create', added, 'system:test', 'Tạo dự án và cấp GCNĐKĐT'],
    ]);
    // The frozen table itself did not move.
    const frozen = await ministry.get(`/api/statistics/submissions/${accepted.id}/file.xlsx`);
    expect(sheetText(await openWorkbook(frozen)).join('\n')).toContain('Tổng cộng | 2 | 15.5');
    const live: FormTable = ok(await officer.get(`/api/statistics/forms/2104?period=${P}`));
    expect(live.sections[0]!.total!.cells.projects!.value).toBe('3');
  });
});

describe('status list and the ministry overview', () => {
  it('lists a Board’s forms with the newest status, and what the caller may do', async () => {
    const list = ok(await officer.get(`/api/statistics/submissions?period=${P}`));
    expect(
      list.items.map((i: { code: string; latest: { status: string } | null; canPrepare: boolean }) => [
        i.code,
        i.latest?.status ?? null,
        i.canPrepare,
      ]),
    ).toEqual([
      ['2104', 'accepted', false],
      ['2106', null, true],
    ]);
    const country = ok(await ministry.get(`/api/statistics/submissions?period=${P}`));
    expect(country.scope).toEqual({ kind: 'country' });
    expect(country.items.every((i: { latest: unknown }) => i.latest === null)).toBe(true);
  });

  it('shows the ministry every province × form with its status and counts the rest as not started', async () => {
    const hp = ok(await prepare(hpOfficer, '2106'), 201);
    ok(await step(hpOfficer, hp.id, 'submit'));
    const view: Overview = ok(await ministry.get(`/api/statistics/overview?period=${P}`));
    expect(view.forms).toEqual(['2104', '2106']);
    expect(view.provinces).toHaveLength(34);
    const bn = view.provinces.find((p) => p.code === '24')!;
    expect(bn.name).toBe('Tỉnh Bắc Ninh');
    expect(bn.statuses['2104']).toMatchObject({ status: 'accepted', version: 3 });
    expect(view.provinces.find((p) => p.code === '31')!.statuses).toEqual({
      '2106': expect.objectContaining({ status: 'pending', version: 1 }),
    });
    expect(view.counts).toEqual({ notStarted: 66, draft: 0, pending: 1, sent: 0, accepted: 1, revision_requested: 0 });
    expect((await officer.get(`/api/statistics/overview?period=${P}`)).statusCode).toBe(403);
    expect((await ministry.get('/api/statistics/overview?period=2026-H1')).statusCode).toBe(400);
  });
});
