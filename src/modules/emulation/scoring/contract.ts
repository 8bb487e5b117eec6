/**
 * A block's score sheet (bảng chấm điểm) for one year as data: criteria groups with criteria and
 * their maximum points, bonus and penalty items, which lines need evidence, who cross-scores and
 * the tie-break rules of the ranking. Shared with the web (pure zod).
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';

const text = z.string().trim().min(1).max(500);
const key = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_.-]*$/,
    bilingual('Mã chỉ gồm chữ thường, số, "_", "." và "-".', 'Keys use a-z, 0-9, "_", "." and "-".'),
  )
  .max(40);
/** Points with at most two decimals (a sheet may give half or quarter points). */
export const Points = z
  .number()
  .nonnegative(bilingual('Điểm không được âm.', 'Points cannot be negative.'))
  .max(10_000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    message: bilingual('Điểm có tối đa hai chữ số thập phân.', 'Points have at most two decimals.'),
  });

export const SheetLine = z.object({
  key,
  nameVi: text,
  nameEn: text,
  maxPoints: Points.refine((n) => n > 0, {
    message: bilingual('Điểm tối đa phải lớn hơn 0.', 'Maximum points must be above 0.'),
  }),
  /** Points above zero need evidence (a document, a decision, a figure). */
  evidenceRequired: z.boolean(),
});
export type SheetLine = z.infer<typeof SheetLine>;

export const CriteriaGroup = z.object({ key, nameVi: text, nameEn: text, criteria: z.array(SheetLine).min(1) });
export type CriteriaGroup = z.infer<typeof CriteriaGroup>;

/** Tie-breaks in order; members still equal after all of them share the rank. */
export const TieBreak = z.discriminatedUnion('kind', [
  /** More points in one criteria group. */
  z.object({ kind: z.literal('group'), group: key }),
  /** More bonus points. */
  z.object({ kind: z.literal('more_bonus') }),
  /** Fewer penalty points. */
  z.object({ kind: z.literal('fewer_penalty') }),
  /** The smaller gap between self-score and final score (the more accurate self-assessment). */
  z.object({ kind: z.literal('smaller_self_gap') }),
]);
export type TieBreak = z.infer<typeof TieBreak>;

export const ScoreSheet = z.object({
  groups: z.array(CriteriaGroup).min(1),
  bonuses: z.array(SheetLine),
  /** Cap on the sum of bonus points; null for none. */
  bonusCap: Points.nullable(),
  penalties: z.array(SheetLine),
  /** `leader`: the block leader cross-scores every member (the deputy scores the leader); `rotation`: each member scores the next in turn. */
  crossScoring: z.enum(['leader', 'rotation']),
  tieBreaks: z.array(TieBreak),
});
export type ScoreSheet = z.infer<typeof ScoreSheet>;

/** One line of a self- or cross-score. */
export const ScoreEntry = z.object({
  line: key,
  points: Points,
  /** What supports the points: document numbers, links, figures. */
  evidence: z.array(z.string().trim().min(1).max(500)).max(20),
  note: z.string().trim().max(1000).optional(),
});
export type ScoreEntry = z.infer<typeof ScoreEntry>;

/** The agreed points of a line where self- and cross-score differ, with the reason (biên bản thống nhất). */
export const Resolution = z.object({
  line: key,
  points: Points,
  reason: z.string().trim().min(3, bilingual('Cần nêu lý do.', 'A reason is required.')).max(1000),
});
export type Resolution = z.infer<typeof Resolution>;

export type LineKind = 'criterion' | 'bonus' | 'penalty';

export const LineStatus = z.enum(['awaiting_self', 'awaiting_cross', 'agreed', 'disputed', 'resolved']);
export type LineStatus = z.infer<typeof LineStatus>;

// HTTP shapes of /api/emulation/blocks/:id/years/:year/scoring…

const UnitShort = z.object({
  id: z.string().uuid(),
  name: z.string(),
  shortName: z.string(),
  provinceCode: z.string().nullable(),
});

export const SheetBody = z.object({ definition: ScoreSheet, basis: text });
export const EntriesBody = z.object({
  entries: z.array(ScoreEntry).max(200),
  /** Submit: the side's score is final and can no longer be changed. */
  submit: z.boolean(),
});
export const ResolutionsBody = z.object({ resolutions: z.array(Resolution).max(200) });
export const CardParams = z.object({
  id: z.string().uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: z.string().uuid(),
});

export const FinalLineView = z.object({
  line: z.string(),
  kind: z.enum(['criterion', 'bonus', 'penalty']),
  group: z.string().nullable(),
  self: z.number().nullable(),
  cross: z.number().nullable(),
  final: z.number().nullable(),
  status: LineStatus,
  reason: z.string().nullable(),
});

export const ScoreCardView = z.object({
  unit: UnitShort,
  role: z.enum(['leader', 'deputy', 'member']),
  crossScorer: UnitShort.nullable(),
  selfEntries: z.array(ScoreEntry),
  selfSubmittedAt: z.string().nullable(),
  crossEntries: z.array(ScoreEntry),
  crossSubmittedAt: z.string().nullable(),
  resolutions: z.array(Resolution),
  lines: z.array(FinalLineView),
  complete: z.boolean(),
  total: z.number(),
  selfTotal: z.number(),
  rank: z.number().int().nullable(),
  tiedWith: z.array(z.string()),
  decidedByVi: z.string().nullable(),
  decidedByEn: z.string().nullable(),
  /** What the reader may do on this card. */
  canSelfScore: z.boolean(),
  canCrossScore: z.boolean(),
  canResolve: z.boolean(),
});
export type ScoreCardView = z.infer<typeof ScoreCardView>;

export const ScoringView = z.object({
  blockId: z.string().uuid(),
  blockName: z.string(),
  year: z.number().int(),
  sheet: z
    .object({
      id: z.string().uuid(),
      version: z.number().int(),
      basis: z.string(),
      definition: ScoreSheet,
      maximum: z.number(),
    })
    .nullable(),
  /** Cards in ranking order (unranked last). */
  cards: z.array(ScoreCardView),
  progress: z.object({
    members: z.number().int(),
    selfSubmitted: z.number().int(),
    crossSubmitted: z.number().int(),
    final: z.number().int(),
  }),
  canEditSheet: z.boolean(),
});
export type ScoringView = z.infer<typeof ScoringView>;
