/**
 * Scoring of a block's year: the score sheet (organiser), each member's self-score (that member
 * only), the cross-score (the scorer the sheet designates: the leader, or the member before it in
 * turn), the agreed values where they differ (the leader, for the block's meeting), and the view
 * with progress and the ranking. Every write is one audited transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, conflict, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { type BlockContext, blockContext, contextTarget } from '../use-cases/blocks';
import { blockTarget, type EmulationDeps } from '../use-cases/common';
import type {
  EntriesBody,
  Resolution,
  ResolutionsBody,
  ScoreEntry,
  ScoreSheet,
  ScoringView,
  SheetBody,
} from './contract';
import { rankMembers } from './ranking';
import { emulationScoreCards, emulationScoreSheets } from './schema';
import { crossScorerOf, entryProblems, finalScore, sheetMaximum, sheetProblems } from './sheet';

type SheetRow = typeof emulationScoreSheets.$inferSelect;
type CardRow = typeof emulationScoreCards.$inferSelect;

const fieldErrors = (problems: { path: string; vi: string; en: string }[], prefix: string) =>
  Object.fromEntries(problems.map((p) => [`${prefix}.${p.path}`, { message: p.vi, messageEn: p.en }]));

export async function currentSheet(tx: DbOrTx, blockId: string, year: number): Promise<SheetRow | null> {
  const [row] = await tx
    .select()
    .from(emulationScoreSheets)
    .where(and(eq(emulationScoreSheets.blockId, blockId), eq(emulationScoreSheets.year, year)))
    .orderBy(desc(emulationScoreSheets.version))
    .limit(1);
  return row ?? null;
}

/** Members at the year's end in a stable turn order (by unit code), with the leader and deputy. */
export function rosterOf(ctx: BlockContext) {
  const active = ctx.members.filter((m) => m.leftOn === null);
  const order = active
    .map((m) => m.unitId)
    .sort((a, b) => (ctx.units.get(a)?.code ?? a).localeCompare(ctx.units.get(b)?.code ?? b));
  const role = (r: string) => active.find((m) => m.role === r)?.unitId ?? null;
  return {
    order,
    leader: role('leader'),
    deputy: role('deputy'),
    roles: new Map(active.map((m) => [m.unitId, m.role])),
  };
}

const provinceTarget = (ctx: BlockContext, unitId: string | null) =>
  blockTarget('none', [unitId ? ctx.units.get(unitId)?.provinceCode : null]);

export function createScoringService(deps: EmulationDeps) {
  async function view(actor: Actor, blockId: string, year: number): Promise<ScoringView> {
    const ctx = await blockContext(deps, deps.db, actor, blockId, year);
    const sheetRow = await currentSheet(deps.db, blockId, year);
    const roster = rosterOf(ctx);
    const cards = sheetRow
      ? await deps.db.select().from(emulationScoreCards).where(eq(emulationScoreCards.sheetId, sheetRow.id))
      : [];
    const sheet = sheetRow ? (sheetRow.definition as ScoreSheet) : null;
    const short = (id: string | null) => {
      const u = id ? ctx.units.get(id) : undefined;
      return u ? { id: u.id, name: u.name, shortName: u.shortName, provinceCode: u.provinceCode } : null;
    };
    const scored = roster.order.map((unitId) => {
      const card = cards.find((c) => c.unitId === unitId);
      const input = cardInput(card);
      return { unitId, card, input, score: sheet ? finalScore(sheet, input) : null };
    });
    const ranking = sheet
      ? rankMembers(
          sheet,
          scored.map((s) => ({ unitId: s.unitId, score: s.score! })),
        )
      : roster.order.map((unitId) => ({ unitId, rank: null, total: 0, tiedWith: [], decidedBy: null }));
    const leaderTarget = contextTarget(ctx, 'leader');
    return {
      blockId,
      blockName: ctx.block.name,
      year,
      sheet:
        sheetRow && sheet
          ? {
              id: sheetRow.id,
              version: sheetRow.version,
              basis: sheetRow.basis,
              definition: sheet,
              maximum: sheetMaximum(sheet),
            }
          : null,
      cards: ranking.map((r) => {
        const s = scored.find((x) => x.unitId === r.unitId)!;
        const scorer = sheet ? crossScorerOf(sheet.crossScoring, roster, r.unitId) : null;
        const score = s.score;
        return {
          unit: short(r.unitId)!,
          role: (roster.roles.get(r.unitId) ?? 'member') as 'leader' | 'deputy' | 'member',
          crossScorer: short(s.card?.crossScorerUnitId ?? scorer),
          selfEntries: s.input.self as ScoreEntry[],
          selfSubmittedAt: s.card?.selfSubmittedAt?.toISOString() ?? null,
          crossEntries: s.input.cross as ScoreEntry[],
          crossSubmittedAt: s.card?.crossSubmittedAt?.toISOString() ?? null,
          resolutions: s.input.resolutions as Resolution[],
          lines: score?.lines ?? [],
          complete: score?.complete ?? false,
          total: r.total,
          selfTotal: score?.selfTotal ?? 0,
          rank: r.rank,
          tiedWith: r.tiedWith,
          decidedByVi: r.decidedBy?.vi ?? null,
          decidedByEn: r.decidedBy?.en ?? null,
          canSelfScore:
            !!sheet &&
            !s.card?.selfSubmittedAt &&
            isAllowed(actor, 'emulation:register', provinceTarget(ctx, r.unitId)),
          canCrossScore:
            !!sheet &&
            !!s.card?.selfSubmittedAt &&
            !s.card?.crossSubmittedAt &&
            isAllowed(actor, 'emulation:lead', provinceTarget(ctx, scorer)),
          canResolve:
            !!score &&
            score.lines.some((l) => l.status === 'disputed') &&
            isAllowed(actor, 'emulation:lead', leaderTarget),
        };
      }),
      progress: {
        members: roster.order.length,
        selfSubmitted: cards.filter((c) => c.selfSubmittedAt && roster.order.includes(c.unitId)).length,
        crossSubmitted: cards.filter((c) => c.crossSubmittedAt && roster.order.includes(c.unitId)).length,
        final: scored.filter((s) => s.score?.complete).length,
      },
      canEditSheet: isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser')),
    };
  }

  async function setSheet(actor: Actor, blockId: string, year: number, body: z.infer<typeof SheetBody>) {
    const problems = sheetProblems(body.definition);
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Bảng chấm điểm không hợp lệ.',
        'Invalid score sheet.',
        fieldErrors(problems, 'body.definition'),
      );
    }
    return inTransaction(deps.db, async (tx) => {
      await blockContext(deps, tx, actor, blockId, year, 'emulation:manage');
      const previous = await currentSheet(tx, blockId, year);
      if (previous) {
        const cards = await tx.select().from(emulationScoreCards).where(eq(emulationScoreCards.sheetId, previous.id));
        if (cards.some((c) => c.selfSubmittedAt)) {
          throw conflict(
            'Đã có đơn vị nộp điểm tự chấm theo bảng này; không thể thay bảng chấm điểm của năm.',
            'Members have already submitted self-scores on this sheet; it can no longer be replaced.',
          );
        }
      }
      const row = {
        id: randomUUID(),
        blockId,
        year,
        version: (previous?.version ?? 0) + 1,
        definition: body.definition,
        basis: body.basis,
      };
      await tx.insert(emulationScoreSheets).values(row);
      // Drafts on the replaced version move to the new one; lines it no longer has are dropped on read.
      if (previous)
        await tx
          .update(emulationScoreCards)
          .set({ sheetId: row.id })
          .where(eq(emulationScoreCards.sheetId, previous.id));
      await recordAudit(tx, actor, {
        action: 'emulation.score_sheet.set',
        entityType: 'emulation_score_sheet',
        entityId: row.id,
        before: previous ? { version: previous.version } : null,
        after: { blockId, year, version: row.version, basis: body.basis },
      });
      return { id: row.id, version: row.version };
    });
  }

  /** Loads the card of a member (creating an empty one), after checking membership and the sheet. */
  async function cardFor(tx: DbOrTx, ctx: BlockContext, unitId: string) {
    const roster = rosterOf(ctx);
    if (!roster.order.includes(unitId)) throw notFound('thành viên của khối trong năm', 'block member of the year');
    const sheetRow = await currentSheet(tx, ctx.block.id, ctx.year);
    if (!sheetRow) throw conflict('Khối chưa có bảng chấm điểm của năm.', 'The block has no score sheet for the year.');
    const sheet = sheetRow.definition as ScoreSheet;
    const [card] = await tx
      .select()
      .from(emulationScoreCards)
      .where(and(eq(emulationScoreCards.sheetId, sheetRow.id), eq(emulationScoreCards.unitId, unitId)))
      .for('update');
    if (card) return { roster, sheetRow, sheet, card };
    const fresh = {
      id: randomUUID(),
      sheetId: sheetRow.id,
      unitId,
      selfEntries: [],
      crossEntries: [],
      resolutions: [],
    };
    await tx.insert(emulationScoreCards).values(fresh);
    const [created] = await tx.select().from(emulationScoreCards).where(eq(emulationScoreCards.id, fresh.id));
    return { roster, sheetRow, sheet, card: created! };
  }

  function checkEntries(sheet: ScoreSheet, entries: readonly ScoreEntry[]) {
    const problems = entryProblems(sheet, entries);
    if (problems.length === 0) return;
    const fields = Object.fromEntries(
      problems.map((p) => [
        `body.entries.${entries.findIndex((e) => e.line === p.line)}`,
        { message: p.vi, messageEn: p.en },
      ]),
    );
    throw new AppError('VALIDATION_FAILED', 'Điểm chấm không hợp lệ.', 'Invalid score entries.', fields);
  }

  async function setSelf(
    actor: Actor,
    blockId: string,
    year: number,
    unitId: string,
    body: z.infer<typeof EntriesBody>,
  ) {
    return inTransaction(deps.db, async (tx) => {
      const ctx = await blockContext(deps, tx, actor, blockId, year);
      // Only the member itself: the target is the scored unit's own province.
      authorize(actor, 'emulation:register', provinceTarget(ctx, unitId));
      const { sheet, card } = await cardFor(tx, ctx, unitId);
      if (card.selfSubmittedAt)
        throw conflict('Điểm tự chấm đã nộp, không sửa được.', 'The self-score was submitted and is final.');
      checkEntries(sheet, body.entries);
      const now = deps.clock();
      await tx
        .update(emulationScoreCards)
        .set({ selfEntries: body.entries, selfSubmittedAt: body.submit ? now : null, updatedAt: now })
        .where(eq(emulationScoreCards.id, card.id));
      await recordAudit(tx, actor, {
        action: body.submit ? 'emulation.score.self_submit' : 'emulation.score.self_save',
        entityType: 'emulation_score_card',
        entityId: card.id,
        before: { entries: card.selfEntries },
        after: { entries: body.entries, submitted: body.submit },
      });
      return { id: card.id };
    });
  }

  async function setCross(
    actor: Actor,
    blockId: string,
    year: number,
    unitId: string,
    body: z.infer<typeof EntriesBody>,
  ) {
    return inTransaction(deps.db, async (tx) => {
      const ctx = await blockContext(deps, tx, actor, blockId, year);
      const { sheet, card, roster } = await cardFor(tx, ctx, unitId);
      const scorer = crossScorerOf(sheet.crossScoring, roster, unitId);
      if (!scorer)
        throw conflict('Chưa xác định được đơn vị chấm chéo.', 'No cross-scorer is designated for this member.');
      // The cross-score is the designated scorer's (the leader, or the member in turn).
      authorize(actor, 'emulation:lead', provinceTarget(ctx, scorer));
      if (!card.selfSubmittedAt)
        throw conflict('Đơn vị chưa nộp điểm tự chấm.', 'The member has not submitted its self-score yet.');
      if (card.crossSubmittedAt)
        throw conflict('Điểm chấm chéo đã nộp, không sửa được.', 'The cross-score was submitted and is final.');
      checkEntries(sheet, body.entries);
      const now = deps.clock();
      await tx
        .update(emulationScoreCards)
        .set({
          crossEntries: body.entries,
          crossScorerUnitId: scorer,
          crossSubmittedAt: body.submit ? now : null,
          updatedAt: now,
        })
        .where(eq(emulationScoreCards.id, card.id));
      await recordAudit(tx, actor, {
        action: body.submit ? 'emulation.score.cross_submit' : 'emulation.score.cross_save',
        entityType: 'emulation_score_card',
        entityId: card.id,
        before: { entries: card.crossEntries },
        after: { entries: body.entries, scorer, submitted: body.submit },
      });
      return { id: card.id };
    });
  }

  async function resolve(
    actor: Actor,
    blockId: string,
    year: number,
    unitId: string,
    body: z.infer<typeof ResolutionsBody>,
  ) {
    return inTransaction(deps.db, async (tx) => {
      const ctx = await blockContext(deps, tx, actor, blockId, year);
      authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
      const { sheet, card } = await cardFor(tx, ctx, unitId);
      const score = finalScore(sheet, cardInput(card));
      const differing = new Set(
        score.lines.filter((l) => l.status === 'disputed' || l.status === 'resolved').map((l) => l.line),
      );
      const fields = Object.fromEntries(
        body.resolutions
          .map((r, i) => [r, i] as const)
          .filter(([r]) => !differing.has(r.line))
          .map(([r, i]) => [
            `body.resolutions.${i}`,
            {
              message: `Dòng "${r.line}" không có chênh lệch cần thống nhất.`,
              messageEn: `Line "${r.line}" has no difference to settle.`,
            },
          ]),
      );
      if (Object.keys(fields).length > 0)
        throw new AppError('VALIDATION_FAILED', 'Kết quả thống nhất không hợp lệ.', 'Invalid resolutions.', fields);
      checkEntries(
        sheet,
        body.resolutions.map((r) => ({ line: r.line, points: r.points, evidence: [r.reason] })),
      );
      await tx
        .update(emulationScoreCards)
        .set({ resolutions: body.resolutions, updatedAt: deps.clock() })
        .where(eq(emulationScoreCards.id, card.id));
      await recordAudit(tx, actor, {
        action: 'emulation.score.resolve',
        entityType: 'emulation_score_card',
        entityId: card.id,
        before: { resolutions: card.resolutions },
        after: { resolutions: body.resolutions },
      });
      return { id: card.id };
    });
  }

  return { view, setSheet, setSelf, setCross, resolve };
}

export function cardInput(card: CardRow | undefined) {
  return {
    self: (card?.selfEntries ?? []) as ScoreEntry[],
    selfSubmitted: !!card?.selfSubmittedAt,
    cross: (card?.crossEntries ?? []) as ScoreEntry[],
    crossSubmitted: !!card?.crossSubmittedAt,
    resolutions: (card?.resolutions ?? []) as Resolution[],
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
