/**
 * Emulation and commendation rules as data (data/emulation/rules/*.json): each file is one rule
 * version with its legal basis and effective dates, holding the titles and awards with their
 * conditions, the per-unit quotas and the council/block vote thresholds. Every number carries a
 * citation and `verified`; what the team could not read in the legal text is `verified: false`
 * and stays configurable here, never a constant in code. Shared with the web (pure zod).
 */
import { z } from 'zod';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = z.string().regex(DAY);
const text = z.string().trim().min(1);
const key = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** V read in the legal text or two sources agree; S one secondary source; U unverified (shared/domain labels). */
export const Confidence = z.enum(['V', 'S', 'U']);
export type Confidence = z.infer<typeof Confidence>;

export const RuleCitation = z.object({
  /** Instrument and article, e.g. "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22". */
  source: text,
  url: z.string().url().optional(),
  confidence: Confidence,
  note: z.string().optional(),
});
export type RuleCitation = z.infer<typeof RuleCitation>;

/** Every condition and threshold says where it comes from and whether its number was checked. */
const sourced = { citation: RuleCitation, verified: z.boolean() };

export const Subject = z.enum(['individual', 'collective']);
export type Subject = z.infer<typeof Subject>;

/** Duty rating of a year (xếp loại mức độ hoàn thành nhiệm vụ), best first. */
export const Rating = z.enum(['excellent', 'good', 'completed', 'not_completed']);
export type Rating = z.infer<typeof Rating>;
export const RATING_ORDER: readonly Rating[] = ['excellent', 'good', 'completed', 'not_completed'];

/** Reach of a recognised initiative (sáng kiến) or research result, narrowest first. */
export const InitiativeScope = z.enum(['grassroots', 'ministry_province', 'national']);
export type InitiativeScope = z.infer<typeof InitiativeScope>;
export const SCOPE_ORDER: readonly InitiativeScope[] = ['grassroots', 'ministry_province', 'national'];

/** Disciplinary measures, lightest first (khiển trách, cảnh cáo, then heavier ones). */
export const Discipline = z.enum(['reprimand', 'warning', 'demotion', 'dismissal']);
export type Discipline = z.infer<typeof Discipline>;
export const DISCIPLINE_ORDER: readonly Discipline[] = ['reprimand', 'warning', 'demotion', 'dismissal'];

/** A share as an exact fraction: `more_than` 1/2 is ">50%", `at_least` 7/10 is "≥70%". */
export const Share = z.object({
  num: z.number().int().nonnegative(),
  den: z.number().int().positive(),
  comparator: z.enum(['at_least', 'more_than']),
});
export type Share = z.infer<typeof Share>;

export const Condition = z.discriminatedUnion('kind', [
  /** Holds one of `titles` in each of `years` consecutive years, the window ending `endOffset` years before the year considered. */
  z.object({
    kind: z.literal('consecutive_titles'),
    titles: z.array(key).min(1),
    years: z.number().int().positive(),
    endOffset: z.number().int().nonnegative(),
    ...sourced,
  }),
  /** Holds one of `titles` in the year considered (a prerequisite title). */
  z.object({ kind: z.literal('title_in_year'), titles: z.array(key).min(1), ...sourced }),
  /** Rated at least `atLeast` in each of `years` consecutive years ending with the year considered. */
  z.object({ kind: z.literal('rating'), atLeast: Rating, years: z.number().int().positive(), ...sourced }),
  /** At least `count` recognised initiatives of at least `minScope` within the last `years` years. */
  z.object({
    kind: z.literal('initiatives'),
    minScope: InitiativeScope,
    count: z.number().int().positive(),
    years: z.number().int().positive(),
    ...sourced,
  }),
  /** Nobody (the individual, or any member of the collective) disciplined at `atLeast` or heavier in the year. */
  z.object({ kind: z.literal('no_discipline'), atLeast: Discipline, ...sourced }),
  /** A collective: the share of members holding one of `titles` in the year. */
  z.object({ kind: z.literal('member_title_share'), titles: z.array(key).min(1), share: Share, ...sourced }),
  /** A collective: at least `count` members holding one of `titles` in the year. */
  z.object({
    kind: z.literal('member_title_count'),
    titles: z.array(key).min(1),
    count: z.number().int().positive(),
    ...sourced,
  }),
  /** A collective: the share of members rated at least `atLeast` in the year. */
  z.object({ kind: z.literal('member_rating_share'), atLeast: Rating, share: Share, ...sourced }),
  /** Ranked at most `maxRank` in its emulation block's final ranking of the year (dẫn đầu khối). */
  z.object({ kind: z.literal('block_rank'), maxRank: z.number().int().positive(), ...sourced }),
  /** A merit award (not ad hoc, not thematic) of one of `awards` received in an earlier year. */
  z.object({ kind: z.literal('earlier_award'), awards: z.array(key).min(1), ...sourced }),
  /** A judgement only the council can make (effect of an initiative, unity…): met when attested for the year. */
  z.object({ kind: z.literal('attestation'), key, labelVi: text, labelEn: text, ...sourced }),
]);
export type Condition = z.infer<typeof Condition>;

/** Kinds of commendation (loại hình khen thưởng), as the law and the products list them. */
export const AwardKind = z.enum(['merit', 'thematic', 'ad_hoc', 'contribution', 'seniority', 'foreign']);
export type AwardKind = z.infer<typeof AwardKind>;

export const TitleLevel = z.enum(['grassroots', 'ministry_province', 'national']);
export type TitleLevel = z.infer<typeof TitleLevel>;

export const RuleTitle = z.object({
  key,
  /** `title`: danh hiệu thi đua; `award`: hình thức khen thưởng (bằng khen, giấy khen…). */
  category: z.enum(['title', 'award']),
  subject: Subject,
  level: TitleLevel,
  nameVi: text,
  nameEn: text,
  /** What the certificate is, for printing: bằng khen, giấy khen, cờ thi đua, giấy chứng nhận. */
  certificate: z.enum(['bang_khen', 'giay_khen', 'co_thi_dua', 'giay_chung_nhan']),
  /** Bonus as a multiple of the base salary (mức lương cơ sở), when known. */
  bonusMultiple: z.object({ value: z.number().positive(), ...sourced }).nullable(),
  conditions: z.array(Condition),
  /** The vote this title needs, by key in `votes`; null when no vote is required. */
  vote: key.nullable(),
});
export type RuleTitle = z.infer<typeof RuleTitle>;

/** A cap per unit: at most `share` of the unit's `basis` may receive the title in a year. */
export const Quota = z.object({
  title: key,
  basis: z.union([z.literal('headcount'), z.object({ holdersOf: key })]),
  share: Share,
  ...sourced,
});
export type Quota = z.infer<typeof Quota>;

/**
 * A vote rule: quorum (share of all members present) and approval (share of all members, of those
 * present, or of valid ballots). `secret` votes keep only totals and who voted.
 */
export const VoteRule = z.object({
  key,
  nameVi: text,
  nameEn: text,
  secret: z.boolean(),
  quorum: Share,
  approval: Share.extend({ of: z.enum(['members', 'present', 'valid']) }),
  ...sourced,
});
export type VoteRule = z.infer<typeof VoteRule>;

export const RuleVersion = z.object({
  /** Stable id a proposal stores, e.g. "law-2022-decree-152-2025". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  effectiveFrom: isoDay,
  /** Last day in force; null while in force. */
  effectiveTo: isoDay.nullable(),
  nameVi: text,
  nameEn: text,
  legalBasis: z.array(RuleCitation).min(1),
  /**
   * A dossier received before this version but decided under it may use whichever version is more
   * favourable (the transitional article of an amending law).
   */
  moreFavourableForEarlierDossiers: z.boolean(),
  /** Which kinds of award count as grounds for a title or a higher award (titles held, earlier awards). */
  countingKinds: z.object({ kinds: z.array(AwardKind).min(1), ...sourced }),
  titles: z.array(RuleTitle).min(1),
  quotas: z.array(Quota),
  votes: z.array(VoteRule).min(1),
  /** What is still to be checked against the official text; shown beside every answer. */
  unverified: z.array(text),
});
export type RuleVersion = z.infer<typeof RuleVersion>;
