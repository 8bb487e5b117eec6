/**
 * The award register (every title and award by year, with its decision), a unit's history of
 * scores, titles and awards with its eligibility, the eligibility of any candidate, and the
 * yearly assessments the rules read. Scope: the ministry sees all; a Board its province's units
 * and their staff; an assessment is written by the unit's own Board.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { ruleVersionOn } from '../rules/rule-files';
import { emulationBlocks, emulationPositions } from '../schema';
import { sheetMaximum } from '../scoring/sheet';
import { blockTarget, type EmulationDeps, loadUnitRefs } from '../use-cases/common';
import { candidateInfo, eligibilityOf, namesOf, ruleVersions } from './candidates';
import type { AssessmentBody, AwardEntry, EligibilityQuery, RegisterQuery, Subject, UnitHistory } from './contract';
import { unitRanks } from './history-data';
import { emulationAssessments, emulationAwards, emulationDecisions } from './schema';

/** Read scope of a candidate: its unit's province (the ministry reads everything). */
const readTarget = (provinceCode: string | null) => blockTarget('ministry', [provinceCode]);
/** Write scope: only the unit's own Board (never the ministry on a Board's behalf). */
const writeTarget = (provinceCode: string | null) => blockTarget('none', [provinceCode]);

export function createRegisterService(deps: EmulationDeps) {
  async function entries(
    tx: DbOrTx,
    where: SQL | undefined,
  ): Promise<(AwardEntry & { provinceCode: string | null })[]> {
    const rows = await tx
      .select({ award: emulationAwards, decision: emulationDecisions })
      .from(emulationAwards)
      .innerJoin(emulationDecisions, eq(emulationDecisions.id, emulationAwards.decisionId))
      .where(where)
      .orderBy(asc(emulationAwards.year), asc(emulationAwards.titleKey));
    const personIds = rows.map((r) => r.award.personId).filter((p): p is string => p !== null);
    const positions = personIds.length
      ? await tx.select().from(emulationPositions).where(inArray(emulationPositions.personId, personIds))
      : [];
    const unitOfPerson = (personId: string, year: number) =>
      positions
        .filter((p) => p.personId === personId && p.validFrom <= `${year}-12-31`)
        .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]?.unitId ?? null;
    const unitIds = rows
      .map((r) => r.award.unitId ?? unitOfPerson(r.award.personId!, r.award.year))
      .filter((u): u is string => u !== null);
    const units = await loadUnitRefs(deps, tx, unitIds);
    const names = await namesOf(deps, tx, personIds);
    const versions = ruleVersions();
    return rows.map(({ award: a, decision: d }) => {
      const unitId = a.unitId ?? unitOfPerson(a.personId!, a.year);
      const unit = unitId ? units.get(unitId) : undefined;
      const title = (ruleVersionOn(versions, d.signedOn) ?? versions.at(-1)!).titles.find((t) => t.key === a.titleKey);
      return {
        id: a.id,
        year: a.year,
        titleKey: a.titleKey,
        titleVi: title?.nameVi ?? a.titleKey,
        kind: a.kind as AwardEntry['kind'],
        subjectKind: a.subjectKind as AwardEntry['subjectKind'],
        subjectId: (a.unitId ?? a.personId) as string,
        subjectName: a.unitId ? (unit?.name ?? '') : (names.get(a.personId!) ?? ''),
        unitName: unit?.name ?? null,
        decisionNumber: d.number,
        decisionDate: d.signedOn,
        authority: d.authority,
        achievement: a.achievement,
        provinceCode: unit?.provinceCode ?? null,
      };
    });
  }

  async function register(actor: Actor, q: z.infer<typeof RegisterQuery>): Promise<{ items: AwardEntry[] }> {
    authorize(actor, 'emulation:read');
    const conditions = [
      q.year !== undefined ? eq(emulationAwards.year, q.year) : undefined,
      q.titleKey ? eq(emulationAwards.titleKey, q.titleKey) : undefined,
      q.unitId ? eq(emulationAwards.unitId, q.unitId) : undefined,
    ].filter((c): c is SQL => c !== undefined);
    const all = await entries(deps.db, conditions.length ? and(...conditions) : undefined);
    return {
      items: all
        .filter((e) => isAllowed(actor, 'emulation:read', readTarget(e.provinceCode)))
        .map(({ provinceCode: _, ...e }) => e),
    };
  }

  async function eligibility(actor: Actor, q: z.infer<typeof EligibilityQuery>) {
    const subject = subjectOf(q);
    const info = await candidateInfo(deps, deps.db, subject);
    authorize(actor, 'emulation:read', readTarget(info.provinceCode));
    return eligibilityOf(deps.db, subject, q.titleKey, q.year, q.on ?? todayInVietnam(deps.clock()));
  }

  async function history(actor: Actor, unitId: string, year?: number): Promise<UnitHistory> {
    const info = await candidateInfo(deps, deps.db, { kind: 'collective', unitId });
    authorize(actor, 'emulation:read', readTarget(info.provinceCode));
    const today = todayInVietnam(deps.clock());
    const eligibilityYear = year ?? Number(today.slice(0, 4)) - 1;
    const [awards, ranks, assessments] = [
      await entries(deps.db, eq(emulationAwards.unitId, unitId)),
      await unitRanks(deps.db, unitId),
      await deps.db.select().from(emulationAssessments).where(eq(emulationAssessments.unitId, unitId)),
    ];
    const blockIds = [...new Set(ranks.map((r) => r.blockId))];
    const blocks = blockIds.length
      ? await deps.db.select().from(emulationBlocks).where(inArray(emulationBlocks.id, blockIds))
      : [];
    const years = [
      ...new Set([...awards.map((a) => a.year), ...ranks.map((r) => r.year), ...assessments.map((a) => a.year)]),
    ].sort((a, b) => b - a);
    const version = ruleVersionOn(ruleVersions(), today) ?? ruleVersions().at(-1)!;
    const collectiveTitles = version.titles.filter((t) => t.subject === 'collective');
    const subject: Subject = { kind: 'collective', unitId };
    return {
      unit: { id: info.id, name: info.name, shortName: info.name, provinceCode: info.provinceCode },
      years: years.map((y) => {
        const a = assessments.find((x) => x.year === y);
        return {
          year: y,
          rating: (a?.rating ?? null) as UnitHistory['years'][number]['rating'],
          assessed: !!a,
          scores: ranks
            .filter((r) => r.year === y)
            .map((r) => ({
              blockId: r.blockId,
              blockName: blocks.find((b) => b.id === r.blockId)?.name ?? '',
              total: r.total,
              maximum: sheetMaximum(r.sheet),
              rank: r.rank,
              members: r.members,
            })),
          awards: awards.filter((w) => w.year === y).map(({ provinceCode: _, ...w }) => w),
        };
      }),
      eligibilityYear,
      canAssess: isAllowed(actor, 'emulation:register', writeTarget(info.provinceCode)),
      assessments: assessments.map((a) => ({
        year: a.year,
        rating: a.rating as UnitHistory['assessments'][number]['rating'],
        disciplines: a.disciplines as UnitHistory['assessments'][number]['disciplines'],
        attestations: a.attestations as string[],
      })),
      eligibility: await Promise.all(
        collectiveTitles.map((t) => eligibilityOf(deps.db, subject, t.key, eligibilityYear, today)),
      ),
    };
  }

  async function setAssessment(actor: Actor, body: z.infer<typeof AssessmentBody>) {
    return inTransaction(deps.db, async (tx) => {
      const info = await candidateInfo(deps, tx, body.subject);
      authorize(actor, 'emulation:register', writeTarget(info.provinceCode));
      const key =
        body.subject.kind === 'collective'
          ? eq(emulationAssessments.unitId, body.subject.unitId)
          : eq(emulationAssessments.personId, body.subject.personId);
      const [existing] = await tx
        .select()
        .from(emulationAssessments)
        .where(and(key, eq(emulationAssessments.year, body.year)));
      const values = {
        rating: body.rating,
        initiatives: body.initiatives,
        disciplines: body.disciplines,
        attestations: body.attestations,
      };
      const id = existing?.id ?? randomUUID();
      if (existing)
        await tx
          .update(emulationAssessments)
          .set({ ...values, updatedAt: deps.clock() })
          .where(eq(emulationAssessments.id, id));
      else
        await tx.insert(emulationAssessments).values({
          id,
          year: body.year,
          subjectKind: body.subject.kind,
          unitId: body.subject.kind === 'collective' ? body.subject.unitId : null,
          personId: body.subject.kind === 'individual' ? body.subject.personId : null,
          ...values,
        });
      await recordAudit(tx, actor, {
        action: 'emulation.assessment.set',
        entityType: 'emulation_assessment',
        entityId: id,
        before: existing
          ? {
              rating: existing.rating,
              initiatives: existing.initiatives,
              disciplines: existing.disciplines,
              attestations: existing.attestations,
            }
          : null,
        after: { year: body.year, ...values },
      });
      return { id };
    });
  }

  /** One register entry with the decision's signer, for printing; scope as the register. */
  async function awardForPrint(actor: Actor, awardId: string) {
    const [row] = await entries(deps.db, eq(emulationAwards.id, awardId));
    if (!row) throw notFound('khen thưởng', 'award');
    authorize(actor, 'emulation:read', readTarget(row.provinceCode));
    const [a] = await deps.db.select().from(emulationAwards).where(eq(emulationAwards.id, awardId));
    const [d] = await deps.db.select().from(emulationDecisions).where(eq(emulationDecisions.id, a!.decisionId));
    const version = ruleVersionOn(ruleVersions(), d!.signedOn) ?? ruleVersions().at(-1)!;
    const title = version.titles.find((t) => t.key === row.titleKey);
    return { entry: row, decision: d!, certificate: title?.certificate ?? 'giay_khen' };
  }

  return { register, eligibility, history, setAssessment, awardForPrint, entries };
}

function subjectOf(q: z.infer<typeof EligibilityQuery>): Subject {
  if (q.unitId && !q.personId) return { kind: 'collective', unitId: q.unitId };
  if (q.personId && !q.unitId) return { kind: 'individual', personId: q.personId };
  throw new AppError('VALIDATION_FAILED', 'Chọn một đơn vị hoặc một cá nhân.', 'Give either a unit or a person.', {
    'querystring.unitId': {
      message: 'Chọn một đơn vị hoặc một cá nhân.',
      messageEn: 'Give either a unit or a person.',
    },
  });
}

export type RegisterService = ReturnType<typeof createRegisterService>;
