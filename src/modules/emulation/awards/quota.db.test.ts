import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import { inTransaction } from '../../../platform/db/transaction';
import { emulationBlocks, emulationMemberships, emulationPeople, emulationPositions, emulationUnits } from '../schema';
import type { AwardsView, EligibilityView } from './contract';
import { emulationAssessments, emulationAwards, emulationDecisions } from './schema';

/**
 * The per-unit quota on CSTĐCS (≤ 15% of the unit's LĐTT holders, unverified rule data) read from
 * the tables: the Hải Phòng Board has 10 staff in 2025, 7 of them LĐTT (so at most 1 CSTĐCS).
 * The first candidate is within the quota; once one is proposed, the next is over it, which the
 * eligibility answer shows before signing and the stored proposal keeps as "needs review".
 */
let t: TestContext;
let leader: Session;
let blockId: string;
let hp: string;
const YEAR = 2025;
const people: string[] = [];

beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-01-15T03:00:00Z') });
  const db = t.database.db;
  const [block] = await db.select().from(emulationBlocks).where(eq(emulationBlocks.code, 'khoi-dbsh'));
  blockId = block!.id;
  const [unit] = await db.select().from(emulationUnits).where(eq(emulationUnits.code, 'board:34:31'));
  hp = unit!.id;
  await inTransaction(db, async (tx) => {
    await tx
      .update(emulationMemberships)
      .set({ role: 'leader' })
      .where(
        and(
          eq(emulationMemberships.blockId, blockId),
          eq(emulationMemberships.year, YEAR),
          eq(emulationMemberships.unitId, hp),
        ),
      );
    const decisionId = randomUUID();
    await tx.insert(emulationDecisions).values({
      id: decisionId,
      number: '15/QĐ-BQL',
      signedOn: '2026-01-05',
      authority: 'Trưởng ban Ban Quản lý khu kinh tế Hải Phòng',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Trưởng ban',
    });
    for (let i = 0; i < 10; i++) {
      const id = randomUUID();
      people.push(id);
      await tx.insert(emulationPeople).values({ id, fullName: `Cán bộ ${i + 1}`, gender: 'female', birthYear: 1985 });
      await tx.insert(emulationPositions).values({
        id: randomUUID(),
        personId: id,
        unitId: hp,
        title: 'Chuyên viên',
        validFrom: '2022-01-01',
        validTo: null,
      });
      await tx.insert(emulationAssessments).values({
        id: randomUUID(),
        year: YEAR,
        subjectKind: 'individual',
        personId: id,
        rating: 'excellent',
        initiatives: [{ scope: 'grassroots', title: `Sáng kiến ${i + 1}` }],
        disciplines: [],
        attestations: [],
      });
      if (i < 7) {
        await tx.insert(emulationAwards).values({
          id: randomUUID(),
          year: YEAR,
          titleKey: 'lao_dong_tien_tien',
          kind: 'merit',
          subjectKind: 'individual',
          personId: id,
          decisionId,
          achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
        });
      }
    }
    await recordAudit(tx, systemActor('test'), {
      action: 'emulation.rotation.set',
      entityType: 'emulation_block',
      entityId: blockId,
      before: null,
      after: null,
    });
  });
  await t.addUser('q.hp', 'board_leader', { provinceCode: '31' });
  leader = await t.signIn('q.hp');
});
afterAll(() => t.close());

const eligibility = async (personId: string) => {
  const res = await leader.inject({
    method: 'GET',
    url: `/api/emulation/eligibility?titleKey=chien_si_thi_dua_co_so&year=${YEAR}&personId=${personId}&on=2026-01-10`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as EligibilityView;
};
const propose = (personId: string) =>
  leader.inject({
    method: 'POST',
    url: `/api/emulation/blocks/${blockId}/years/${YEAR}/proposals`,
    payload: {
      titleKey: 'chien_si_thi_dua_co_so',
      subject: { kind: 'individual', personId },
      receivedOn: '2026-01-10',
      documents: [{ kind: 'to_trinh', number: '01/TTr-BQL', date: '2026-01-10', title: 'Tờ trình đề nghị CSTĐCS' }],
      achievement: 'Có sáng kiến được công nhận năm 2025',
    },
  });

describe('the CSTĐCS quota of a unit', () => {
  it('the first LĐTT is within the quota: eligible, with the quota shown as met', async () => {
    const e = await eligibility(people[0]!);
    expect(e.outcome).toBe('eligible');
    const quota = e.conditions.find((c) => c.kind === 'quota');
    expect(quota).toMatchObject({ status: 'met', verified: false });
    expect(quota?.reasonVi).toContain('tối đa 1 trên 7');
    const res = await propose(people[0]!);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ outcome: 'eligible' });
  });

  it('the next one would exceed it: needs review with the reason, before signing and in the stored proposal', async () => {
    const e = await eligibility(people[1]!);
    expect(e.outcome).toBe('needs_review');
    const quota = e.conditions.find((c) => c.kind === 'quota');
    expect(quota?.status).toBe('unknown');
    expect(quota?.reasonVi).toContain('vượt hạn mức');
    expect(quota?.reasonVi).toContain('kể cả ứng viên này là 2');
    const res = await propose(people[1]!);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ outcome: 'needs_review' });
    const view = (
      await leader.inject({ method: 'GET', url: `/api/emulation/blocks/${blockId}/years/${YEAR}/awards` })
    ).json() as AwardsView;
    const stored = view.proposals.find((p) => p.subjectId === people[1]);
    expect(stored?.eligibility.conditions.some((c) => c.kind === 'quota' && c.status === 'unknown')).toBe(true);
  });

  it('a staff member without LĐTT fails on the title itself, the quota aside', async () => {
    const e = await eligibility(people[8]!);
    expect(e.outcome).toBe('not_eligible');
    expect((await propose(people[8]!)).statusCode).toBe(422);
  });
});
