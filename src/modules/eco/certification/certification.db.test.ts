import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { auditLog } from '../../../platform/audit/schema';
import { systemActor } from '../../../platform/auth/actor';

/**
 * Eco certification through the one-stop desk: a granted BQL-ST-01 dossier certifies the park in
 * the deciding transaction (the 15-day consultation of the ministries runs inside the 40-day limit
 * and does not move the due date), a park of another province blocks the decision, an eco-enterprise
 * dossier certifies its applicant, and only the deciding Board's leader revokes, with the register
 * readable as of a day before and after.
 */
let t: TestContext;
let now = new Date('2026-03-02T09:00:00+07:00');
const s = {} as Record<'desk' | 'lead' | 'hpLead' | 'ent' | 'ministry', Session>;
const ids = {} as Record<'ent' | 'park' | 'hpPark' | 'desk', string>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const act = (who: Session, id: string, body: object) => call(who, 'POST', `/api/dossiers/${id}/transitions`, body);
const days = (n: number) => {
  now = new Date(now.getTime() + n * 86_400_000);
};
const applicant = { name: 'Công ty Phát triển hạ tầng KCN Quế Võ', phone: '0222 3634 000' };

async function receive(procedureCode: string, caseKey: string, registry: object | null, enterpriseId?: string) {
  const d = ok(
    await call(s.desk, 'POST', '/api/dossiers/desk', {
      channel: 'in_person',
      outcome: 'receive',
      procedureCode,
      caseKey,
      subject: 'Đề nghị chứng nhận sinh thái',
      applicant,
      ...(enterpriseId ? { applicantEnterpriseId: enterpriseId } : {}),
      ...(registry ? { registry } : {}),
    }),
    201,
  );
  return ok(await act(s.lead, d.id, { action: 'assign', officerId: ids.desk }));
}
const certificates = async (who: Session, query: string) =>
  ok(await call(who, 'GET', `/api/eco/certifications?${query}`));

beforeAll(async () => {
  // The dossier runs for weeks of the clock: sessions must outlive it.
  t = await createTestContext({
    clock: () => now,
    authSettings: { sessionIdleMinutes: 90 * 24 * 60, sessionMaxHours: 90 * 24 },
  });
  ids.ent = (
    await t.app.services.investment.createEnterprise(system, {
      taxCode: '2300000091',
      nameVi: 'Công ty Dệt may Xanh',
      adminUnitId: '63:27',
      sectors: [],
      legalRepresentative: 'Trần Thu Hà',
    })
  ).id;
  const park = async (code: string, name: string, adminUnitId: string) =>
    (await t.app.services.zones.createPark(system, { code, name, kinds: [], adminUnitId, developerEnterpriseId: null }))
      .id;
  ids.park = await park('QV-ECO', 'KCN Quế Võ sinh thái', '63:27');
  ids.hpPark = await park('HP-ECO', 'KCN Đình Vũ sinh thái', '63:31');
  ids.desk = (await t.addUser('mc.eco', 'board_officer', { provinceCode: '24' })).id;
  await t.addUser('ld.eco', 'board_leader', { provinceCode: '24' });
  await t.addUser('ld.hp', 'board_leader', { provinceCode: '31' });
  await t.addUser('dn.xanh', 'enterprise', { enterpriseId: ids.ent });
  await t.addUser('bo.eco', 'ministry');
  s.desk = await t.signIn('mc.eco');
  s.lead = await t.signIn('ld.eco');
  s.hpLead = await t.signIn('ld.hp');
  s.ent = await t.signIn('dn.xanh');
  s.ministry = await t.signIn('bo.eco');
});
afterAll(() => t.close());

describe('eco-industrial-park certification by a one-stop decision', () => {
  let certificationId = '';
  let dossierCode = '';

  it('consults the ministries without moving the due date, and the decision certifies the park', async () => {
    let d = await receive('BQL-ST-01', 'certify', { kind: 'eco_park', parkId: ids.park });
    dossierCode = d.code;
    const due = d.clock.dueAt;
    // 40 calendar days from the complete dossier (Decree 35/2022 Art. 41): 11/04/2026 is a Saturday.
    expect(due).toBe(new Date('2026-04-13T17:00:00+07:00').toISOString());
    days(2);
    d = ok(
      await act(s.desk, d.id, {
        action: 'consult',
        body: 'Bộ Nông nghiệp và Môi trường',
        deadline: '2026-03-19',
        question: 'Ý kiến về tiêu chí bảo vệ môi trường (Điều 37)',
      }),
    );
    const seq = d.events.at(-1).seq;
    expect(d.clock.dueAt).toBe(due);
    expect(d.clock.paused).toBe(false);
    expect((await certificates(s.lead, `parkId=${ids.park}`)).certified).toBe(false);
    days(15);
    d = ok(await act(s.desk, d.id, { action: 'consultation_answered', consultationSeq: seq, answer: 'Thống nhất' }));
    // Art. 19(5) gives the consultation its own deadline; only a supplement stops the clock (Art. 19(4)).
    expect(d.clock.dueAt).toBe(due);
    days(5);
    d = ok(await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '', certificateNo: '01/GCN-KCNST' }));
    expect(d.state).toBe('decided');
    expect(d.resultRef).toMatchObject({ kind: 'eco_certification', certification: 'eco_industrial_park' });
    certificationId = d.resultRef.certificationId;

    const list = await certificates(s.lead, `parkId=${ids.park}`);
    expect(list.certified).toBe(true);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: certificationId,
      kind: 'eco_industrial_park',
      certificateNo: '01/GCN-KCNST',
      certifiedOn: '2026-03-24',
      validUntil: null,
      status: 'valid',
      canRevoke: true,
      dossier: { id: d.id, code: dossierCode, procedureCode: 'BQL-ST-01' },
    });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, certificationId));
    expect(audit.map((a) => a.action)).toEqual(['eco_certification.grant']);
  });

  it('refuses a park of another province: the decision rolls back and nothing is certified', async () => {
    const d = await receive('BQL-ST-01', 'certify', { kind: 'eco_park', parkId: ids.hpPark });
    const res = await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.message).toContain(d.code);
    const after = ok(await call(s.lead, 'GET', `/api/dossiers/${d.id}`));
    expect(after.state).toBe('in_process');
    expect((await certificates(s.ministry, `parkId=${ids.hpPark}`)).items).toEqual([]);
  });

  it("only the deciding Board's leader revokes, with a reason; the register reads as of a day", async () => {
    const revoke = (who: Session, body: object) =>
      call(who, 'POST', `/api/eco/certifications/${certificationId}/revoke`, body);
    const body = { revokedOn: '2026-03-30', reason: 'Không duy trì liên kết cộng sinh (Điều 37)' };
    days(10);
    expect((await revoke(s.hpLead, body)).statusCode).toBe(403);
    expect((await revoke(s.desk, body)).statusCode).toBe(403);
    expect((await revoke(s.ent, body)).statusCode).toBe(403);
    expect((await revoke(s.lead, { ...body, revokedOn: '2026-03-01' })).statusCode).toBe(400);
    const revoked = ok(await revoke(s.lead, body));
    expect(revoked).toMatchObject({ status: 'revoked', revokedOn: '2026-03-30', canRevoke: false });
    expect((await revoke(s.lead, body)).statusCode).toBe(409);

    const before = await certificates(s.ministry, `parkId=${ids.park}&asOf=2026-03-29`);
    expect(before.certified).toBe(true);
    expect(before.items[0]).toMatchObject({ status: 'valid', revokedOn: null, revokedReason: null });
    const after = await certificates(s.ministry, `parkId=${ids.park}&asOf=2026-03-30`);
    expect(after.certified).toBe(false);
    expect(after.items[0]).toMatchObject({ status: 'revoked', revokedReason: body.reason });
    expect((await certificates(s.ministry, `parkId=${ids.park}&asOf=2026-03-23`)).items).toEqual([]);
  });

  it('certifies the applicant of an eco-enterprise dossier, shown to the enterprise itself', async () => {
    const d = await receive('BQL-ST-02', 'certify', null, ids.ent);
    const decided = ok(await act(s.lead, d.id, { action: 'decide', result: 'granted', note: '' }));
    expect(decided.resultRef).toMatchObject({ certification: 'eco_enterprise', enterpriseId: ids.ent });
    const own = await certificates(s.ent, `enterpriseId=${ids.ent}`);
    expect(own.certified).toBe(true);
    expect(own.items[0]).toMatchObject({ kind: 'eco_enterprise', canRevoke: false, dossier: { code: d.code } });
    expect((await call(s.hpLead, 'GET', `/api/eco/certifications?enterpriseId=${ids.ent}`)).statusCode).toBe(403);
  });
});
