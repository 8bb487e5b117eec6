import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { systemActor } from '../../../platform/auth/actor';

/**
 * Dossiers through the API: the IRC issue from online submission to the certificate in the
 * registry (same transaction), a refused registry write rolling the decision back, permissions
 * and scope, the one extension, documents.
 */
let t: TestContext;
let now = new Date('2026-03-02T09:00:00+07:00');
const s = {} as Record<'desk' | 'lead' | 'hp' | 'entA' | 'entB', Session>;
const ids = {} as Record<'entA' | 'entB' | 'park' | 'investor' | 'desk' | 'lead', string>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
function refused(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json() as { error: { code: string; message: string; messageEn: string } };
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.messageEn.length).toBeGreaterThan(0);
  return error;
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const act = (who: Session, id: string, body: object) => call(who, 'POST', `/api/dossiers/${id}/transitions`, body);
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

const applicant = { name: 'Công ty Điện tử A', phone: '0222 3800 000', email: 'a@example.vn' };
const issueRequest = (projectCode: string) => ({
  kind: 'issue',
  project: {
    projectCode,
    name: `Nhà máy linh kiện ${projectCode}`,
    enterpriseId: ids.entA,
    location: { kind: 'park', parkId: ids.park },
    type: 'production_business',
    landAreaHa: '3.5',
    investors: [{ investorId: ids.investor, share: '100' }],
    certificate: { registeredCapital: { value: '12000000', currency: 'USD' } },
  },
});
const submitIssue = async (projectCode: string) =>
  ok(
    await call(s.entA, 'POST', '/api/dossiers', {
      provinceCode: '24',
      procedureCode: 'BQL-DT-01',
      caseKey: 'issue',
      subject: `Cấp GCNĐKĐT dự án ${projectCode}`,
      applicant,
      registry: issueRequest(projectCode),
    }),
    201,
  );

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (
      await inv.createEnterprise(system, {
        taxCode,
        nameVi,
        adminUnitId: '63:27',
        sectors: [],
        legalRepresentative: 'Lê Văn Bình',
      })
    ).id;
  ids.entA = await enterprise('2300000031', 'Công ty Điện tử A');
  ids.entB = await enterprise('2300000032', 'Công ty Linh kiện B');
  ids.park = (
    await t.app.services.zones.createPark(system, {
      code: 'QV-DOSSIER',
      name: 'KCN Quế Võ hồ sơ',
      kinds: [],
      adminUnitId: '63:27',
      developerEnterpriseId: null,
    })
  ).id;
  ids.desk = (await t.addUser('mc.bn', 'board_officer', { provinceCode: '24' })).id;
  ids.lead = (await t.addUser('ld.bn', 'board_leader', { provinceCode: '24' })).id;
  await t.addUser('mc.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('dn.a', 'enterprise', { enterpriseId: ids.entA });
  await t.addUser('dn.b', 'enterprise', { enterpriseId: ids.entB });
  s.desk = await t.signIn('mc.bn');
  s.lead = await t.signIn('ld.bn');
  s.hp = await t.signIn('mc.hp');
  s.entA = await t.signIn('dn.a');
  s.entB = await t.signIn('dn.b');
  ids.investor = ok(
    await call(s.desk, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
});
afterAll(() => t.close());

describe('an IRC issued through the one-stop desk', () => {
  it('online → supplement at receipt → supplied → received → assigned → decided: the project is in the registry', async () => {
    let d = await submitIssue('DOS-001');
    expect(d.code).toMatch(/^BQL24-260302-\d{4}$/);
    expect(d.state).toBe('submitted');
    expect(d.portal.code).toBe(1);
    later(30);
    d = ok(
      await act(s.desk, d.id, {
        action: 'request_supplement_at_receipt',
        reason: 'Thiếu bản sao hộ chiếu của nhà đầu tư',
      }),
    );
    expect(d.portal.code).toBe(5);
    later(60);
    d = ok(await act(s.entA, d.id, { action: 'supply', note: 'Đã bổ sung' }));
    expect(d.state).toBe('submitted');
    later(30);
    d = ok(await act(s.desk, d.id, { action: 'receive' }));
    expect(d.state).toBe('received');
    // Online, received Mon 2/3/2026 11:00: 10 calendar days end Thu 12/3 at the close of office hours.
    expect(d.clock.dueAt).toBe(new Date('2026-03-12T17:00:00+07:00').toISOString());
    refused(await act(s.desk, d.id, { action: 'assign', officerId: ids.desk }), 403);
    d = ok(await act(s.lead, d.id, { action: 'transfer', unit: 'investment' }));
    d = ok(await act(s.lead, d.id, { action: 'assign', officerId: ids.desk }));
    expect(d.state).toBe('in_process');
    expect(d.officerName).toBe('Người dùng mc.bn');
    later(60);
    d = ok(await act(s.desk, d.id, { action: 'start_step', step: 'appraise' }));
    d = ok(await act(s.desk, d.id, { action: 'finish_step', step: 'appraise' }));
    refused(await act(s.desk, d.id, { action: 'decide', result: 'granted' }), 403);
    d = ok(
      await act(s.lead, d.id, {
        action: 'decide',
        result: 'granted',
        note: 'Cấp GCNĐKĐT',
        certificateNo: '2345678901',
      }),
    );
    expect(d.state).toBe('decided');
    expect(d.portal.code).toBe(9);
    expect(d.resultRef).toMatchObject({ kind: 'certificate', event: 'issued', projectCode: 'DOS-001' });
    const project = ok(await call(s.lead, 'GET', `/api/projects/${d.resultRef.projectId}`));
    expect(project.certificate.status).toBe('valid');
    expect(project.events[0]).toMatchObject({ kind: 'issued', date: '2026-03-02', certificateNo: '2345678901' });
    // The certificate names the dossier it came from.
    expect(project.events[0].source).toEqual({ kind: 'dossier', id: d.id, code: d.code });
    d = ok(await act(s.desk, d.id, { action: 'return_result' }));
    expect(d.state).toBe('returned');
    expect(d.portal.code).toBe(10);
    expect(d.clock.timeliness).toBe('early');
    expect(d.events.map((e: { type: string }) => e.type)).toEqual([
      'submit_online',
      'request_supplement_at_receipt',
      'supply',
      'receive',
      'transfer',
      'assign',
      'start_step',
      'finish_step',
      'decide',
      'return_result',
    ]);
  });

  it('a result the registry refuses blocks the decision and leaves nothing behind', async () => {
    // The same project code again: the registry refuses the issue, so the decision rolls back.
    let d = await submitIssue('DOS-001');
    d = ok(await act(s.desk, d.id, { action: 'receive' }));
    d = ok(await act(s.lead, d.id, { action: 'assign', officerId: ids.desk }));
    const error = refused(await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '' }), 409);
    expect(error.message).toMatch(/Sổ đăng ký đầu tư không ghi được kết quả/);
    expect(error.messageEn).toMatch(/investment registry refused/);
    const after = ok(await call(s.lead, 'GET', `/api/dossiers/${d.id}`));
    expect(after.state).toBe('in_process');
    expect(after.events.at(-1).type).toBe('assign');
    // Adjusting a project that does not exist: 422, still in process.
    let adj = ok(
      await call(s.entA, 'POST', '/api/dossiers', {
        provinceCode: '24',
        procedureCode: 'BQL-DT-02',
        caseKey: 'no_policy_change',
        subject: 'Điều chỉnh vốn',
        applicant,
        registry: {
          kind: 'adjust',
          projectId: '00000000-0000-4000-8000-000000000000',
          change: { landAreaDeltaHa: '1' },
        },
      }),
      201,
    );
    adj = ok(await act(s.desk, adj.id, { action: 'receive' }));
    adj = ok(await act(s.lead, adj.id, { action: 'assign', officerId: ids.desk }));
    refused(await act(s.lead, adj.id, { action: 'decide', result: 'granted', note: '' }), 422);
    expect(ok(await call(s.lead, 'GET', `/api/dossiers/${adj.id}`)).state).toBe('in_process');
    // Refusing after appraisal writes nothing to the registry and needs its reason.
    refused(await act(s.lead, adj.id, { action: 'decide', result: 'refused', note: '' }), 400);
    adj = ok(await act(s.lead, adj.id, { action: 'decide', result: 'refused', note: 'Dự án không tồn tại' }));
    expect(adj.result).toBe('refused');
    expect(adj.resultRef).toBeNull();
  });

  it('the leader may give the certificate contents when deciding; without them the decision is refused', async () => {
    const submit = (registry?: object) =>
      call(s.entA, 'POST', '/api/dossiers', {
        provinceCode: '24',
        procedureCode: 'BQL-DT-01',
        caseKey: 'issue',
        subject: 'Cấp GCNĐKĐT, nội dung do Ban ghi',
        applicant,
        ...(registry ? { registry } : {}),
      });
    // Details of another procedure's kind are refused on the field.
    const error = refused(await submit({ kind: 'reissue', projectId: ids.park }), 400);
    expect(error.code).toBe('VALIDATION_FAILED');
    let d = ok(await submit(), 201);
    d = ok(await act(s.desk, d.id, { action: 'receive' }));
    d = ok(await act(s.lead, d.id, { action: 'assign', officerId: ids.desk }));
    refused(await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '' }), 422);
    d = ok(
      await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '', registry: issueRequest('DOS-BOARD') }),
    );
    expect(d.resultRef).toMatchObject({ event: 'issued', projectCode: 'DOS-BOARD' });
  });
});

describe('scope', () => {
  it('an enterprise sees only its own dossiers, a Board only its province', async () => {
    const d = await submitIssue('DOS-SCOPE');
    refused(await call(s.entB, 'GET', `/api/dossiers/${d.id}`), 404);
    refused(await act(s.entB, d.id, { action: 'withdraw', reason: 'x' }), 404);
    refused(await call(s.hp, 'GET', `/api/dossiers/${d.id}`), 404);
    refused(await act(s.hp, d.id, { action: 'receive' }), 404);
    const mine = ok(await call(s.entB, 'GET', '/api/dossiers?status=all'));
    expect(mine.items).toEqual([]);
    const hp = ok(await call(s.hp, 'GET', '/api/dossiers?status=all&mine=false'));
    expect(hp.items).toEqual([]);
    const a = ok(await call(s.entA, 'GET', '/api/dossiers?status=all'));
    expect(a.items.map((i: { id: string }) => i.id)).toContain(d.id);
    const queue = ok(await call(s.lead, 'GET', '/api/dossiers'));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(d.id);
    // An officer's own queue holds the common pool (not yet received or assigned) and what is assigned to them.
    const own = ok(await call(s.desk, 'GET', '/api/dossiers'));
    expect(own.items.map((i: { id: string }) => i.id)).toContain(d.id);
    expect(own.items.every((i: { officerId: string | null }) => i.officerId === null || i.officerId === ids.desk)).toBe(
      true,
    );
    // The applicant withdraws its own dossier.
    expect(ok(await act(s.entA, d.id, { action: 'withdraw', reason: 'Không còn nhu cầu' })).state).toBe('withdrawn');
    refused(await call(s.entA, 'POST', '/api/dossiers/desk', {}), 403);
  });
});

describe('clock rules through the API', () => {
  it('one extension only, and a supplement during appraisal pauses the clock', async () => {
    let d = ok(
      await call(s.desk, 'POST', '/api/dossiers/desk', {
        channel: 'in_person',
        outcome: 'receive',
        procedureCode: '1.014199.H05',
        caseKey: 'grant',
        subject: 'Cấp giấy phép lao động cho ông Kim',
        applicant: { name: 'Kim Min-jun', idNumber: 'M12345678' },
      }),
      201,
    );
    expect(d.events[0]).toMatchObject({ type: 'receive', fromState: null, toState: 'received' });
    const due = d.clock.dueAt;
    d = ok(await act(s.lead, d.id, { action: 'assign', officerId: ids.desk }));
    d = ok(
      await act(s.lead, d.id, { action: 'extend', newDueAt: '2026-03-25T17:00:00+07:00', reason: 'Chờ xác minh' }),
    );
    expect(d.clock.extended).toBe(true);
    expect(d.clock.dueAt).not.toBe(due);
    refused(await act(s.lead, d.id, { action: 'extend', newDueAt: '2026-03-30T17:00:00+07:00', reason: 'x' }), 409);
    d = ok(await act(s.desk, d.id, { action: 'request_supplement', reason: 'Bổ sung lý lịch tư pháp' }));
    expect(d.state).toBe('supplement_in_process');
    expect(d.clock.paused).toBe(true);
    expect(d.actions).toContain('supply');
    refused(await act(s.entA, d.id, { action: 'supply' }), 404);
    d = ok(await act(s.desk, d.id, { action: 'supply' }));
    expect(d.state).toBe('in_process');
  });
});

describe('documents', () => {
  it('uploads a PDF and gives the same bytes back; refuses other formats', async () => {
    const d = await submitIssue('DOS-DOC');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const upload = (who: Session, body: Buffer, type: string, kind = 'application') =>
      who.inject({
        method: 'POST',
        url: `/api/dossiers/${d.id}/documents?kind=${kind}&title=${encodeURIComponent('Văn bản đề nghị')}&fileName=de-nghi.pdf`,
        payload: body as unknown as object,
        headers: { 'content-type': type },
      });
    const doc = ok(await upload(s.entA, pdf, 'application/pdf'), 201);
    expect(doc).toMatchObject({ format: 'pdf', sizeBytes: pdf.length });
    const back = await call(s.desk, 'GET', `/api/dossiers/${d.id}/documents/${doc.id}`);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    refused(await upload(s.entA, Buffer.from('plain text, not a pdf'), 'application/octet-stream'), 415);
    refused(await upload(s.entA, pdf, 'application/pdf', 'result'), 403);
    refused(await call(s.entB, 'GET', `/api/dossiers/${d.id}/documents/${doc.id}`), 404);
    const detail = ok(await call(s.entA, 'GET', `/api/dossiers/${d.id}`));
    expect(detail.documents.map((x: { id: string }) => x.id)).toEqual([doc.id]);
  });
});
