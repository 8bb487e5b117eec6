/**
 * A block's votes, award proposals and decisions: the leader records a ballot (totals and who
 * voted), proposes a candidate (refused when not eligible, or when the vote it needs was missed),
 * and the organiser records the deciding authority's decision, which enters the award register.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, conflict, notFound, unprocessable } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { VoteRule } from '../rules/contract';
import { findTitle } from '../rules/eligibility';
import { ruleVersionOn } from '../rules/rule-files';
import { rosterOf } from '../scoring/scoring-service';
import { type BlockContext, blockContext, contextTarget } from '../use-cases/blocks';
import type { EmulationDeps } from '../use-cases/common';
import { assertApproved, type BallotResult, ballotProblems, tallyBallot } from './ballot';
import { candidateInfo, eligibilityOf, namesOf, personInUnits, ruleVersions } from './candidates';
import type {
  AwardsView,
  BallotBody,
  BallotView,
  DecisionBody,
  EligibilityView,
  ProposalBody,
  ProposalDocument,
  RejectBody,
} from './contract';
import { emulationAwards, emulationBallots, emulationDecisions, emulationProposals } from './schema';

function versionOrThrow(day: string) {
  const v = ruleVersionOn(ruleVersions(), day);
  if (!v)
    throw unprocessable(`Không có quy tắc thi đua có hiệu lực ngày ${day}.`, `No emulation rules in force on ${day}.`);
  return v;
}

export function createProposalsService(deps: EmulationDeps) {
  async function view(actor: Actor, blockId: string, year: number): Promise<AwardsView> {
    const ctx = await blockContext(deps, deps.db, actor, blockId, year);
    const ballots = await deps.db
      .select()
      .from(emulationBallots)
      .where(and(eq(emulationBallots.blockId, blockId), eq(emulationBallots.year, year)))
      .orderBy(asc(emulationBallots.heldOn), asc(emulationBallots.createdAt));
    const proposals = await deps.db
      .select()
      .from(emulationProposals)
      .where(and(eq(emulationProposals.blockId, blockId), eq(emulationProposals.year, year)))
      .orderBy(asc(emulationProposals.createdAt));
    const decisionIds = proposals.map((p) => p.decisionId).filter((d): d is string => d !== null);
    const decisions = decisionIds.length
      ? await deps.db.select().from(emulationDecisions).where(inArray(emulationDecisions.id, decisionIds))
      : [];
    const awards = proposals.length
      ? await deps.db
          .select()
          .from(emulationAwards)
          .where(
            inArray(
              emulationAwards.proposalId,
              proposals.map((p) => p.id),
            ),
          )
      : [];
    const names = await namesOf(deps, deps.db, [
      ...ballots.flatMap((b) => [
        ...(b.voters as string[]),
        ...(b.counts as { candidateId: string }[]).map((c) => c.candidateId),
      ]),
      ...proposals.map((p) => (p.unitId ?? p.personId) as string),
    ]);
    const today = todayInVietnam(deps.clock());
    const version = ruleVersionOn(ruleVersions(), today) ?? ruleVersions().at(-1)!;
    const titleName = (key: string) => version.titles.find((t) => t.key === key);
    const canDecide = isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
    return {
      blockId,
      year,
      // Every title of the version in force: the ballot form offers those that need a vote, the proposal form all.
      titles: version.titles.map((t) => ({
        key: t.key,
        nameVi: t.nameVi,
        nameEn: t.nameEn,
        subject: t.subject,
        vote: t.vote,
      })),
      ballots: ballots.map((b) => ballotView(b, names, titleName(b.titleKey)?.nameVi ?? b.titleKey)),
      proposals: proposals.map((p) => {
        const d = decisions.find((x) => x.id === p.decisionId);
        const eligibility = p.eligibility as EligibilityView;
        return {
          id: p.id,
          blockId: p.blockId,
          year: p.year,
          titleKey: p.titleKey,
          titleVi: eligibility.titleVi,
          titleEn: eligibility.titleEn,
          subjectKind: p.subjectKind as 'individual' | 'collective',
          subjectId: (p.unitId ?? p.personId) as string,
          subjectName: names.get((p.unitId ?? p.personId) as string) ?? '',
          status: p.status as 'submitted' | 'decided' | 'rejected',
          receivedOn: p.receivedOn,
          ruleVersionId: p.ruleVersionId,
          eligibility,
          ballotId: p.ballotId,
          documents: p.documents as ProposalDocument[],
          achievement: p.achievement,
          decision: d
            ? {
                id: d.id,
                number: d.number,
                signedOn: d.signedOn,
                authority: d.authority,
                awardId: awards.find((a) => a.proposalId === p.id)?.id ?? null,
              }
            : null,
          rejectionReason: p.rejectionReason,
          canDecide: canDecide && p.status === 'submitted',
        };
      }),
      canLead: isAllowed(actor, 'emulation:lead', contextTarget(ctx, 'leader')),
    };
  }

  async function recordBallot(actor: Actor, blockId: string, year: number, body: z.infer<typeof BallotBody>) {
    return inTransaction(deps.db, async (tx) => {
      const ctx = await blockContext(deps, tx, actor, blockId, year);
      authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
      const version = versionOrThrow(body.heldOn);
      const title = findTitle(version, body.titleKey);
      const rule = version.votes.find((v) => v.key === title.vote);
      if (!rule) throw unprocessable(`${title.nameVi} không cần bỏ phiếu.`, `${title.nameEn} needs no vote.`);
      const electorate = rosterOf(ctx).order;
      const record = { electorate, voters: body.voters, invalid: body.invalid, counts: body.counts };
      const problems = ballotProblems(record);
      if (problems.length > 0) {
        const fields = Object.fromEntries(problems.map((p) => [`body.${p.path}`, { message: p.vi, messageEn: p.en }]));
        throw new AppError('VALIDATION_FAILED', 'Kết quả bỏ phiếu không hợp lệ.', 'Invalid ballot result.', fields);
      }
      const result = tallyBallot(rule, record);
      const row = {
        id: randomUUID(),
        blockId,
        year,
        titleKey: title.key,
        ruleVersionId: version.id,
        rule,
        heldOn: body.heldOn,
        electorate,
        voters: body.voters,
        invalid: body.invalid,
        counts: body.counts,
        result,
      };
      await tx.insert(emulationBallots).values(row);
      await recordAudit(tx, actor, {
        action: 'emulation.ballot.record',
        entityType: 'emulation_ballot',
        entityId: row.id,
        before: null,
        after: { blockId, year, titleKey: title.key, present: result.present, quorumMet: result.quorumMet },
      });
      return {
        id: row.id,
        quorumMet: result.quorumMet,
        approved: result.candidates.filter((c) => c.approved).map((c) => c.candidateId),
      };
    });
  }

  async function propose(actor: Actor, blockId: string, year: number, body: z.infer<typeof ProposalBody>) {
    return inTransaction(deps.db, async (tx) => {
      const ctx = await blockContext(deps, tx, actor, blockId, year);
      authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
      await assertCandidateOfBlock(tx, ctx, body.subject);
      const version = versionOrThrow(body.receivedOn);
      const title = findTitle(version, body.titleKey);
      const eligibility = await eligibilityOf(tx, body.subject, body.titleKey, year, body.receivedOn);
      if (eligibility.outcome === 'not_eligible') {
        const failing = eligibility.conditions.filter((c) => c.status === 'not_met');
        throw unprocessable(
          `Không đủ điều kiện ${title.nameVi}: ${failing.map((c) => c.reasonVi).join(' ')}`,
          `Not eligible for ${title.nameEn}: ${failing.map((c) => c.reasonEn).join(' ')}`,
        );
      }
      const candidateId = body.subject.kind === 'collective' ? body.subject.unitId : body.subject.personId;
      if (title.vote !== null) {
        if (!body.ballotId) {
          throw new AppError(
            'VALIDATION_FAILED',
            'Danh hiệu này cần kết quả bỏ phiếu.',
            'This title needs a ballot result.',
            {
              'body.ballotId': { message: 'Chọn cuộc bỏ phiếu.', messageEn: 'Choose the ballot.' },
            },
          );
        }
        const [ballot] = await tx.select().from(emulationBallots).where(eq(emulationBallots.id, body.ballotId));
        if (!ballot || ballot.blockId !== blockId || ballot.year !== year || ballot.titleKey !== title.key) {
          throw notFound('cuộc bỏ phiếu của khối cho danh hiệu này', "the block's ballot for this title");
        }
        assertApproved(ballot.rule as VoteRule, ballot.result as BallotResult, candidateId);
      }
      const [dup] = await tx
        .select({ id: emulationProposals.id })
        .from(emulationProposals)
        .where(
          and(
            eq(emulationProposals.year, year),
            eq(emulationProposals.titleKey, title.key),
            body.subject.kind === 'collective'
              ? eq(emulationProposals.unitId, candidateId)
              : eq(emulationProposals.personId, candidateId),
            inArray(emulationProposals.status, ['submitted', 'decided']),
          ),
        );
      if (dup)
        throw conflict(
          'Đã có đề nghị danh hiệu này cho ứng viên trong năm.',
          'This candidate already has a proposal for the title this year.',
        );
      const row = {
        id: randomUUID(),
        blockId,
        year,
        titleKey: title.key,
        ruleVersionId: eligibility.ruleVersion.id,
        subjectKind: body.subject.kind,
        unitId: body.subject.kind === 'collective' ? candidateId : null,
        personId: body.subject.kind === 'individual' ? candidateId : null,
        status: 'submitted',
        receivedOn: body.receivedOn,
        ballotId: body.ballotId ?? null,
        eligibility,
        documents: body.documents,
        achievement: body.achievement,
      };
      await tx.insert(emulationProposals).values(row);
      await recordAudit(tx, actor, {
        action: 'emulation.proposal.create',
        entityType: 'emulation_proposal',
        entityId: row.id,
        before: null,
        after: { blockId, year, titleKey: title.key, candidateId, outcome: eligibility.outcome },
      });
      return { id: row.id, outcome: eligibility.outcome };
    });
  }

  async function decide(actor: Actor, proposalId: string, body: z.infer<typeof DecisionBody>) {
    return inTransaction(deps.db, async (tx) => {
      const [p] = await tx.select().from(emulationProposals).where(eq(emulationProposals.id, proposalId)).for('update');
      if (!p) throw notFound('đề nghị khen thưởng', 'award proposal');
      const ctx = await blockContext(deps, tx, actor, p.blockId, p.year);
      authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
      if (p.status !== 'submitted') throw conflict('Đề nghị đã được quyết định.', 'The proposal was already decided.');
      const [existing] = await tx
        .select()
        .from(emulationDecisions)
        .where(and(eq(emulationDecisions.number, body.number), eq(emulationDecisions.signedOn, body.signedOn)));
      const decisionId = existing?.id ?? randomUUID();
      if (!existing) {
        await tx.insert(emulationDecisions).values({
          id: decisionId,
          number: body.number,
          signedOn: body.signedOn,
          authority: body.authority,
          signerName: body.signerName,
          signerTitle: body.signerTitle,
        });
      }
      const awardId = randomUUID();
      await tx.insert(emulationAwards).values({
        id: awardId,
        year: p.year,
        titleKey: p.titleKey,
        kind: body.kind,
        subjectKind: p.subjectKind,
        unitId: p.unitId,
        personId: p.personId,
        decisionId,
        proposalId: p.id,
        achievement: p.achievement,
      });
      await tx
        .update(emulationProposals)
        .set({ status: 'decided', decisionId, updatedAt: deps.clock() })
        .where(eq(emulationProposals.id, p.id));
      await recordAudit(tx, actor, {
        action: 'emulation.proposal.decide',
        entityType: 'emulation_proposal',
        entityId: p.id,
        before: { status: p.status },
        after: { status: 'decided', decision: body.number, signedOn: body.signedOn, awardId },
      });
      return { awardId, decisionId };
    });
  }

  /** The deciding authority does not award: the proposal closes with the reason; nothing enters the register. */
  async function reject(actor: Actor, proposalId: string, body: z.infer<typeof RejectBody>) {
    return inTransaction(deps.db, async (tx) => {
      const [p] = await tx.select().from(emulationProposals).where(eq(emulationProposals.id, proposalId)).for('update');
      if (!p) throw notFound('đề nghị khen thưởng', 'award proposal');
      const ctx = await blockContext(deps, tx, actor, p.blockId, p.year);
      authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
      if (p.status !== 'submitted') throw conflict('Đề nghị đã được quyết định.', 'The proposal was already decided.');
      await tx
        .update(emulationProposals)
        .set({ status: 'rejected', rejectionReason: body.reason, updatedAt: deps.clock() })
        .where(eq(emulationProposals.id, p.id));
      await recordAudit(tx, actor, {
        action: 'emulation.proposal.reject',
        entityType: 'emulation_proposal',
        entityId: p.id,
        before: { status: p.status },
        after: { status: 'rejected', reason: body.reason },
      });
      return { id: p.id };
    });
  }

  /** A collective must be a member that year; a person must have worked in a member unit that year. */
  async function assertCandidateOfBlock(
    tx: Parameters<typeof candidateInfo>[1],
    ctx: BlockContext,
    subject: z.infer<typeof ProposalBody>['subject'],
  ) {
    const members = ctx.members.map((m) => m.unitId);
    const ok =
      subject.kind === 'collective'
        ? members.includes(subject.unitId)
        : await personInUnits(tx, subject.personId, members, ctx.year);
    if (!ok) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Ứng viên không thuộc khối trong năm.',
        'The candidate is not part of the block that year.',
        {
          'body.subject': { message: 'Chọn thành viên của khối.', messageEn: 'Choose a member of the block.' },
        },
      );
    }
    await candidateInfo(deps, tx, subject);
  }

  return { view, recordBallot, propose, decide, reject };
}

function ballotView(b: typeof emulationBallots.$inferSelect, names: Map<string, string>, titleVi: string): BallotView {
  const result = b.result as BallotResult;
  return {
    id: b.id,
    titleKey: b.titleKey,
    titleVi,
    heldOn: b.heldOn,
    ruleVersionId: b.ruleVersionId,
    rule: b.rule as VoteRule,
    members: result.members,
    present: result.present,
    valid: result.valid,
    quorumMet: result.quorumMet,
    voters: (b.voters as string[]).map((id) => ({ id, name: names.get(id) ?? id })),
    candidates: result.candidates.map((c) => ({ ...c, name: names.get(c.candidateId) ?? c.candidateId })),
  };
}

export type ProposalsService = ReturnType<typeof createProposalsService>;
