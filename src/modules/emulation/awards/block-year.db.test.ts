import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import { inTransaction } from '../../../platform/db/transaction';
import type { BlockList } from '../contract';
import { emulationBlocks, emulationMemberships, emulationUnits } from '../schema';
import type { ScoreSheet, ScoringView } from '../scoring/contract';
import type { AwardsView, EligibilityView, UnitHistory } from './contract';

/**
 * One block's year through the API on the seeded Red River Delta block (2025, six Boards after the
 * merger): the sheet, self-scores (a member only its own), cross-scores (the leader; the deputy
 * scores the leader), an agreed value with its reason, the ranking with a tie, the secret ballot,
 * a proposal refused below the threshold and one carried, the decision, the register, the
 * certificate read back with pdftotext, the unit's history and its eligibility.
 */
let t: TestContext;
let ministry: Session;
let leader: Session;
let deputy: Session;
let member: Session;
let outsider: Session;
let blockId: string;
const unit = new Map<string, string>();
const YEAR = 2025;
const url = (rest: string) => `/api/emulation/blocks/${blockId}/years/${YEAR}${rest}`;

const sheet: ScoreSheet = {
  groups: [
    {
      key: 'nhiem_vu',
      nameVi: 'Thực hiện nhiệm vụ chuyên môn',
      nameEn: 'Core duties',
      criteria: [
        { key: 'dau_tu', nameVi: 'Thu hút đầu tư', nameEn: 'Investment', maxPoints: 60, evidenceRequired: true },
        {
          key: 'cchc',
          nameVi: 'Cải cách hành chính',
          nameEn: 'Administrative reform',
          maxPoints: 40,
          evidenceRequired: false,
        },
      ],
    },
  ],
  bonuses: [{ key: 'sang_kien', nameVi: 'Sáng kiến', nameEn: 'Initiatives', maxPoints: 5, evidenceRequired: true }],
  bonusCap: 5,
  penalties: [],
  crossScoring: 'leader',
  tieBreaks: [{ kind: 'more_bonus' }],
};

beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-01-15T03:00:00Z') });
  const db = t.database.db;
  const [block] = await db.select().from(emulationBlocks).where(eq(emulationBlocks.code, 'khoi-dbsh'));
  blockId = block!.id;
  for (const u of await db.select().from(emulationUnits)) unit.set(u.code, u.id);
  const members = await db
    .select()
    .from(emulationMemberships)
    .where(and(eq(emulationMemberships.blockId, blockId), eq(emulationMemberships.year, YEAR)));
  expect(members.map((m) => m.unitId)).toEqual(
    expect.arrayContaining([unit.get('board:34:31'), unit.get('board:34:01'), unit.get('board:34:24')]),
  );
  // The rotation of 2025 (the organiser's own use case is tested with the blocks): Hải Phòng leads, Hà Nội deputises.
  await inTransaction(db, async (tx) => {
    await tx
      .update(emulationMemberships)
      .set({ role: 'leader' })
      .where(
        and(
          eq(emulationMemberships.blockId, blockId),
          eq(emulationMemberships.year, YEAR),
          eq(emulationMemberships.unitId, unit.get('board:34:31')!),
        ),
      );
    await tx
      .update(emulationMemberships)
      .set({ role: 'deputy' })
      .where(
        and(
          eq(emulationMemberships.blockId, blockId),
          eq(emulationMemberships.year, YEAR),
          eq(emulationMemberships.unitId, unit.get('board:34:01')!),
        ),
      );
    await recordAudit(tx, systemActor('test'), {
      action: 'emulation.rotation.set',
      entityType: 'emulation_block',
      entityId: blockId,
      before: null,
      after: null,
    });
  });
  await t.addUser('sc.bo', 'ministry');
  await t.addUser('sc.hp', 'board_leader', { provinceCode: '31' });
  await t.addUser('sc.hn', 'board_officer', { provinceCode: '01' });
  await t.addUser('sc.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('sc.cm', 'board_officer', { provinceCode: '96' });
  const s = await Promise.all(['sc.bo', 'sc.hp', 'sc.hn', 'sc.bn', 'sc.cm'].map((u) => t.signIn(u)));
  [ministry, leader, deputy, member, outsider] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!];
});
afterAll(() => t.close());

const call = async (s: Session, method: string, path: string, payload?: unknown) =>
  s.inject({ method, url: path, payload });
const ok = async <T>(s: Session, method: string, path: string, payload?: unknown) => {
  const res = await call(s, method, path, payload);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as T;
};
const entries = (dau_tu: number, cchc: number, sang_kien = 0) => [
  { line: 'dau_tu', points: dau_tu, evidence: ['Báo cáo thu hút đầu tư 2025'] },
  { line: 'cchc', points: cchc, evidence: [] },
  { line: 'sang_kien', points: sang_kien, evidence: sang_kien > 0 ? ['QĐ công nhận sáng kiến'] : [] },
];

describe('a block year', () => {
  it('the organiser issues the sheet; a member may not', async () => {
    expect(
      (await call(deputy, 'PUT', url('/scoring/sheet'), { definition: sheet, basis: 'Quy chế khối' })).statusCode,
    ).toBe(403);
    const bad = await call(ministry, 'PUT', url('/scoring/sheet'), {
      definition: { ...sheet, tieBreaks: [{ kind: 'group', group: 'x' }] },
      basis: 'Quy chế khối',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['body.definition.tieBreaks.0']);
    expect(
      await ok(ministry, 'PUT', url('/scoring/sheet'), { definition: sheet, basis: 'Quy chế khối, hội nghị 12/2025' }),
    ).toMatchObject({ version: 1 });
  });

  it('each member self-scores only its own card, with evidence where the sheet asks', async () => {
    const hn = unit.get('board:34:01')!;
    const hp = unit.get('board:34:31')!;
    const bn = unit.get('board:34:24')!;
    expect(
      (await call(deputy, 'PUT', url(`/scoring/cards/${hp}/self`), { entries: entries(50, 30), submit: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(ministry, 'PUT', url(`/scoring/cards/${hn}/self`), { entries: entries(50, 30), submit: true }))
        .statusCode,
    ).toBe(403);
    const noEvidence = await call(deputy, 'PUT', url(`/scoring/cards/${hn}/self`), {
      entries: [{ line: 'dau_tu', points: 50, evidence: [] }],
      submit: true,
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.fields['body.entries.0'].messageEn).toBe('These points need evidence.');
    await ok(deputy, 'PUT', url(`/scoring/cards/${hn}/self`), { entries: entries(55, 33, 2), submit: true });
    await ok(leader, 'PUT', url(`/scoring/cards/${hp}/self`), { entries: entries(56, 36, 2), submit: true });
    await ok(member, 'PUT', url(`/scoring/cards/${bn}/self`), { entries: entries(55, 35, 0), submit: true });
    expect(
      (await call(member, 'PUT', url(`/scoring/cards/${bn}/self`), { entries: entries(60, 40), submit: true }))
        .statusCode,
    ).toBe(409);
  });

  it('the leader cross-scores the members, the deputy the leader; a member may not cross-score', async () => {
    const hn = unit.get('board:34:01')!;
    const hp = unit.get('board:34:31')!;
    const bn = unit.get('board:34:24')!;
    expect(
      (await call(deputy, 'PUT', url(`/scoring/cards/${bn}/cross`), { entries: entries(55, 35), submit: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(leader, 'PUT', url(`/scoring/cards/${hp}/cross`), { entries: entries(56, 36, 2), submit: true }))
        .statusCode,
    ).toBe(403);
    await ok(deputy, 'PUT', url(`/scoring/cards/${hp}/cross`), { entries: entries(56, 36, 2), submit: true });
    await ok(leader, 'PUT', url(`/scoring/cards/${hn}/cross`), { entries: entries(55, 33, 2), submit: true });
    // Bắc Ninh claimed 55 for investment; the leader gives 53, and the meeting settles on 55 with the evidence shown.
    await ok(leader, 'PUT', url(`/scoring/cards/${bn}/cross`), { entries: entries(53, 35, 2), submit: true });
    const before = await ok<ScoringView>(member, 'GET', url('/scoring'));
    const bnCard = before.cards.find((c) => c.unit.id === bn)!;
    expect(bnCard.lines.filter((l) => l.status === 'disputed').map((l) => l.line)).toEqual(['dau_tu', 'sang_kien']);
    expect(bnCard.rank).toBeNull();
    expect((await call(member, 'PUT', url(`/scoring/cards/${bn}/resolutions`), { resolutions: [] })).statusCode).toBe(
      403,
    );
    const wrongLine = await call(leader, 'PUT', url(`/scoring/cards/${bn}/resolutions`), {
      resolutions: [{ line: 'cchc', points: 35, reason: 'không chênh' }],
    });
    expect(wrongLine.statusCode).toBe(400);
    await ok(leader, 'PUT', url(`/scoring/cards/${bn}/resolutions`), {
      resolutions: [
        { line: 'dau_tu', points: 55, reason: 'Đã đối chiếu giấy chứng nhận đăng ký đầu tư' },
        { line: 'sang_kien', points: 0, reason: 'Sáng kiến chưa được công nhận trong năm' },
      ],
    });
  });

  it('ranks by total and the sheet tie-break: Hà Nội and Bắc Ninh both 90, Hà Nội has the bonus', async () => {
    const view = await ok<ScoringView>(ministry, 'GET', url('/scoring'));
    const ranked = view.cards.filter((c) => c.rank !== null).map((c) => [c.unit.shortName, c.rank, c.total]);
    expect(ranked.slice(0, 3)).toEqual([
      [expect.any(String), 1, 94],
      [expect.any(String), 2, 90],
      [expect.any(String), 3, 90],
    ]);
    expect(view.cards.slice(0, 3).map((c) => c.unit.id)).toEqual([
      unit.get('board:34:31'),
      unit.get('board:34:01'),
      unit.get('board:34:24'),
    ]);
    expect(view.cards[1]?.decidedByVi).toBe('điểm thưởng cao hơn');
    expect(view.progress).toMatchObject({ selfSubmitted: 3, crossSubmitted: 3, final: 3 });
    // The ministry's all-blocks view: the same progress, and no first place while members are still unscored.
    const all = await ok<BlockList>(ministry, 'GET', '/api/emulation/blocks?year=2025');
    const glance = all.items.find((b) => b.id === blockId)?.scoring;
    expect(glance).toMatchObject({ members: view.progress.members, selfSubmitted: 3, crossSubmitted: 3, final: 3 });
    expect(glance?.first).toEqual([]);
    expect(all.items.filter((b) => b.id !== blockId).every((b) => b.scoring === null)).toBe(true);
    expect((await call(outsider, 'GET', url('/scoring'))).statusCode).toBe(403);
    const xlsx = await call(member, 'GET', url('/ranking.xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('records a secret ballot; a candidate below the threshold cannot be proposed, the leader of the block can', async () => {
    const hp = unit.get('board:34:31')!;
    const hn = unit.get('board:34:01')!;
    const bn = unit.get('board:34:24')!;
    const awards0 = await ok<AwardsView>(member, 'GET', url('/awards'));
    const electorate =
      awards0.titles.length > 0
        ? (await ok<ScoringView>(member, 'GET', url('/scoring'))).cards.map((c) => c.unit.id)
        : [];
    expect(electorate.length).toBeGreaterThanOrEqual(5);
    const ballot = {
      titleKey: 'co_thi_dua_bo_tinh',
      heldOn: '2026-01-12',
      voters: electorate.slice(0, 5),
      invalid: 0,
      counts: [
        { candidateId: hp, yes: 5, no: 0 },
        { candidateId: hn, yes: 2, no: 3 },
      ],
    };
    expect((await call(member, 'POST', url('/ballots'), ballot)).statusCode).toBe(403);
    const badTotals = await call(leader, 'POST', url('/ballots'), {
      ...ballot,
      counts: [{ candidateId: hp, yes: 5, no: 1 }],
    });
    expect(badTotals.statusCode).toBe(400);
    const recorded = await ok<{ id: string; quorumMet: boolean; approved: string[] }>(
      leader,
      'POST',
      url('/ballots'),
      ballot,
    );
    expect(recorded).toMatchObject({ quorumMet: true, approved: [hp] });
    const proposal = (candidate: string) => ({
      titleKey: 'co_thi_dua_bo_tinh',
      subject: { kind: 'collective', unitId: candidate },
      receivedOn: '2026-01-20',
      ballotId: recorded.id,
      documents: [
        { kind: 'to_trinh', number: '05/TTr-KTĐ', date: '2026-01-20', title: 'Tờ trình đề nghị tặng Cờ thi đua' },
        { kind: 'bien_ban', date: '2026-01-12', title: 'Biên bản hội nghị tổng kết khối' },
        { kind: 'bao_cao_thanh_tich', title: 'Báo cáo thành tích năm 2025' },
      ],
      achievement: 'Dẫn đầu phong trào thi đua năm 2025 của Khối thi đua Đồng bằng sông Hồng',
    });
    // Hà Nội is second, so not eligible for the flag; for a collective Bằng khen it is, but the vote fails.
    expect((await call(leader, 'POST', url('/proposals'), proposal(hn))).json().error.messageEn).toContain(
      'Ranked 2 in the block',
    );
    for (const year of [2024, 2025]) {
      await ok(deputy, 'PUT', '/api/emulation/assessments', {
        subject: { kind: 'collective', unitId: hn },
        year,
        rating: 'excellent',
        initiatives: [],
        disciplines: [],
        attestations: [],
      });
    }
    const meritVote = await ok<{ id: string; approved: string[] }>(leader, 'POST', url('/ballots'), {
      ...ballot,
      titleKey: 'bang_khen_bo_tinh_tap_the',
    });
    expect(meritVote.approved).toEqual([hp]);
    const missed = await call(leader, 'POST', url('/proposals'), {
      ...proposal(hn),
      titleKey: 'bang_khen_bo_tinh_tap_the',
      ballotId: meritVote.id,
    });
    expect(missed.statusCode).toBe(422);
    expect(missed.json().error.message).toMatch(
      /^Không đạt ngưỡng biểu quyết: 2\/\d+ phiếu đồng ý \(cần > 50% tổng số thành viên\); không thể trình đề nghị\.$/,
    );
    const notLeading = await call(leader, 'POST', url('/proposals'), proposal(bn));
    expect(notLeading.statusCode).toBe(422);
    expect(notLeading.json().error.messageEn).toContain('Ranked 3 in the block');
    expect(await ok(leader, 'POST', url('/proposals'), proposal(hp))).toMatchObject({ outcome: 'needs_review' });
    expect((await call(leader, 'POST', url('/proposals'), proposal(hp))).statusCode).toBe(409);
  });

  it('the organiser records the decision; the award enters the register and prints', async () => {
    const view = await ok<AwardsView>(leader, 'GET', url('/awards'));
    const p = view.proposals[0]!;
    expect(p.eligibility.conditions.map((c) => c.status)).toEqual(['met', 'unknown']);
    expect(p.canDecide).toBe(false);
    const decision = {
      number: '215/QĐ-BTC',
      signedOn: '2026-02-02',
      authority: 'Bộ trưởng Bộ Tài chính',
      signerName: 'Nguyễn Văn Thắng',
      signerTitle: 'Bộ trưởng',
    };
    expect((await call(leader, 'POST', `/api/emulation/proposals/${p.id}/decision`, decision)).statusCode).toBe(403);
    const { awardId } = await ok<{ awardId: string }>(
      ministry,
      'POST',
      `/api/emulation/proposals/${p.id}/decision`,
      decision,
    );
    expect((await call(ministry, 'POST', `/api/emulation/proposals/${p.id}/decision`, decision)).statusCode).toBe(409);
    const reg = await ok<{ items: { titleKey: string; decisionNumber: string; subjectName: string }[] }>(
      deputy,
      'GET',
      '/api/emulation/register?year=2025',
    );
    expect(reg.items).toEqual([]); // Hà Nội sees only its own province's awards
    const all = await ok<{ items: { titleKey: string; decisionNumber: string }[] }>(
      ministry,
      'GET',
      '/api/emulation/register?year=2025',
    );
    expect(all.items.map((i) => [i.titleKey, i.decisionNumber])).toEqual([['co_thi_dua_bo_tinh', '215/QĐ-BTC']]);
    expect((await call(leader, 'GET', '/api/emulation/register.xlsx?year=2025')).statusCode).toBe(200);
    const pdf = await call(leader, 'GET', `/api/emulation/awards/${awardId}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf.rawPayload }).toString('utf8');
    expect(printed).toContain('CỜ THI ĐUA');
    expect(printed).toContain('Quyết định số 215/QĐ-BTC');
    expect(printed).toContain('BỘ TRƯỞNG BỘ TÀI CHÍNH');
    expect((await call(outsider, 'GET', `/api/emulation/awards/${awardId}/certificate.pdf`)).statusCode).toBe(403);
  });

  it("shows a unit's history and its eligibility one call away; assessments are the unit's own Board's", async () => {
    const hp = unit.get('board:34:31')!;
    const h = await ok<UnitHistory>(leader, 'GET', `/api/emulation/units/${hp}/history`);
    expect(h.years[0]).toMatchObject({ year: 2025, scores: [{ total: 94, rank: 1, maximum: 105 }] });
    expect(h.years[0]?.awards.map((a) => a.titleKey)).toEqual(['co_thi_dua_bo_tinh']);
    expect(h.eligibilityYear).toBe(2025);
    expect(h.canAssess).toBe(true);
    expect((await ok<UnitHistory>(ministry, 'GET', `/api/emulation/units/${hp}/history`)).canAssess).toBe(false);
    const flag = h.eligibility.find((e) => e.titleKey === 'co_thi_dua_bo_tinh')!;
    expect(flag.conditions.find((c) => c.kind === 'attestation')?.attestation?.key).toBe('nhan_to_moi');
    expect((await call(member, 'GET', `/api/emulation/units/${hp}/history`)).statusCode).toBe(403);
    expect(
      (
        await call(deputy, 'PUT', '/api/emulation/assessments', {
          subject: { kind: 'collective', unitId: hp },
          year: 2025,
          rating: 'excellent',
          initiatives: [],
          disciplines: [],
          attestations: ['nhan_to_moi'],
        })
      ).statusCode,
    ).toBe(403);
    await ok(leader, 'PUT', '/api/emulation/assessments', {
      subject: { kind: 'collective', unitId: hp },
      year: 2025,
      rating: 'excellent',
      initiatives: [],
      disciplines: [],
      attestations: ['nhan_to_moi'],
    });
    const e = await ok<EligibilityView>(
      ministry,
      'GET',
      `/api/emulation/eligibility?titleKey=co_thi_dua_bo_tinh&year=2025&unitId=${hp}&on=2026-01-20`,
    );
    expect(e).toMatchObject({ outcome: 'eligible', ruleVersion: { id: 'law-2022-decree-152-2025' } });
    const both = await call(ministry, 'GET', `/api/emulation/eligibility?titleKey=co_thi_dua_bo_tinh&year=2025`);
    expect(both.statusCode).toBe(400);
  });
});

describe('a proposal the authority does not grant', () => {
  it('closes with the reason, by the organiser only, and adds nothing to the register', async () => {
    const hp = unit.get('board:34:31')!;
    await ok(leader, 'PUT', '/api/emulation/assessments', {
      subject: { kind: 'collective', unitId: hp },
      year: 2024,
      rating: 'excellent',
      initiatives: [],
      disciplines: [],
      attestations: [],
    });
    const before = await ok<AwardsView>(leader, 'GET', url('/awards'));
    const ballot = before.ballots.find((b) => b.titleKey === 'bang_khen_bo_tinh_tap_the')!;
    const { id } = await ok<{ id: string }>(leader, 'POST', url('/proposals'), {
      titleKey: 'bang_khen_bo_tinh_tap_the',
      subject: { kind: 'collective', unitId: hp },
      receivedOn: '2026-01-20',
      ballotId: ballot.id,
      documents: [{ kind: 'to_trinh', title: 'Tờ trình đề nghị tặng Bằng khen' }],
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025',
    });
    const reason = { reason: 'Đã được tặng Cờ thi đua cùng năm cho cùng thành tích' };
    expect((await call(leader, 'POST', `/api/emulation/proposals/${id}/reject`, reason)).statusCode).toBe(403);
    expect((await call(ministry, 'POST', `/api/emulation/proposals/${id}/reject`, { reason: '' })).statusCode).toBe(
      400,
    );
    await ok(ministry, 'POST', `/api/emulation/proposals/${id}/reject`, reason);
    expect((await call(ministry, 'POST', `/api/emulation/proposals/${id}/reject`, reason)).statusCode).toBe(409);
    const after = await ok<AwardsView>(leader, 'GET', url('/awards'));
    expect(after.proposals.find((p) => p.id === id)).toMatchObject({
      status: 'rejected',
      rejectionReason: reason.reason,
      decision: null,
    });
    const all = await ok<{ items: unknown[] }>(ministry, 'GET', '/api/emulation/register?year=2025');
    expect(all.items).toHaveLength(1);
  });
});
