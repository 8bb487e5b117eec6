/**
 * Eligibility of a candidate (individual or collective) for a title or award in a year, over its
 * history: eligible, not eligible (which condition fails) or needs review (missing data or a
 * judgement only the council makes), with the rule version and the citations used.
 *
 * The version is the one in force when the dossier was received; when a later version in force
 * on the decision day allows earlier dossiers the more favourable rule (Law 06/2026/QH16's
 * transitional article, per the rule data), both are evaluated and the better answer is kept.
 */
import { AppError } from '../../../kernel/errors';
import { type ConditionResult, checkCondition } from './conditions';
import type { Condition, RuleCitation, RuleTitle, RuleVersion, VoteRule } from './contract';
import type { CandidateHistory } from './history';
import { ruleVersionOn } from './rule-files';

export type Outcome = 'eligible' | 'not_eligible' | 'needs_review';

export interface ConditionVerdict extends ConditionResult {
  kind: Condition['kind'] | 'quota';
  citation: RuleCitation;
  verified: boolean;
  /** For a council judgement: what to confirm, so a form can offer it. */
  attestation?: { key: string; labelVi: string; labelEn: string };
}

export interface Eligibility {
  outcome: Outcome;
  titleKey: string;
  titleVi: string;
  titleEn: string;
  year: number;
  ruleVersion: { id: string; nameVi: string; nameEn: string; effectiveFrom: string; effectiveTo: string | null };
  conditions: ConditionVerdict[];
  /** Some condition used rests on a number not checked against the legal text. */
  usesUnverified: boolean;
  /** The vote the title needs under this version, if any. */
  vote: VoteRule | null;
  /** The other version weighed under the more-favourable rule, and its answer. */
  comparedWith: { ruleVersionId: string; outcome: Outcome } | null;
}

export interface EligibilityRequest {
  history: CandidateHistory;
  titleKey: string;
  year: number;
  /** Day the dossier was received (YYYY-MM-DD): picks the rule version. */
  receivedOn: string;
  /** Day of the decision, when later: a more favourable later version may apply. */
  decidedOn?: string;
}

const RANK: Record<Outcome, number> = { eligible: 2, needs_review: 1, not_eligible: 0 };

export function evaluateEligibility(versions: readonly RuleVersion[], req: EligibilityRequest): Eligibility {
  const received = ruleVersionOn(versions, req.receivedOn);
  if (!received) {
    throw new AppError(
      'UNPROCESSABLE',
      `Không có quy tắc thi đua nào có hiệu lực ngày ${req.receivedOn}.`,
      `No emulation rules are in force on ${req.receivedOn}.`,
    );
  }
  const base = evaluateUnder(received, req);
  const later = req.decidedOn ? ruleVersionOn(versions, req.decidedOn) : undefined;
  if (!later || later.id === received.id || !later.moreFavourableForEarlierDossiers) return base;
  if (!later.titles.some((t) => t.key === req.titleKey)) return base;
  const alternative = evaluateUnder(later, req);
  return RANK[alternative.outcome] > RANK[base.outcome]
    ? { ...alternative, comparedWith: { ruleVersionId: received.id, outcome: base.outcome } }
    : { ...base, comparedWith: { ruleVersionId: later.id, outcome: alternative.outcome } };
}

export function findTitle(version: RuleVersion, titleKey: string): RuleTitle {
  const title = version.titles.find((t) => t.key === titleKey);
  if (!title) {
    throw new AppError(
      'UNPROCESSABLE',
      `Danh hiệu/hình thức "${titleKey}" không có trong ${version.nameVi}.`,
      `Title or award "${titleKey}" is not defined in ${version.nameEn}.`,
    );
  }
  return title;
}

/** Evaluates the request under one given version (no version choice). */
export function evaluateUnder(version: RuleVersion, req: EligibilityRequest): Eligibility {
  const title = findTitle(version, req.titleKey);
  const nameOf = (key: string) => {
    const t = version.titles.find((x) => x.key === key);
    return { vi: t?.nameVi ?? key, en: t?.nameEn ?? key };
  };
  const conditions: ConditionVerdict[] =
    title.subject === req.history.subject
      ? title.conditions.map((c) => ({
          ...checkCondition(c, {
            history: req.history,
            year: req.year,
            countingKinds: version.countingKinds.kinds,
            nameOf,
          }),
          kind: c.kind,
          citation: c.citation,
          verified: c.verified,
          ...(c.kind === 'attestation' ? { attestation: { key: c.key, labelVi: c.labelVi, labelEn: c.labelEn } } : {}),
        }))
      : [subjectMismatch(title)];
  const outcome: Outcome = conditions.some((c) => c.status === 'not_met')
    ? 'not_eligible'
    : conditions.some((c) => c.status === 'unknown')
      ? 'needs_review'
      : 'eligible';
  return {
    outcome,
    titleKey: title.key,
    titleVi: title.nameVi,
    titleEn: title.nameEn,
    year: req.year,
    ruleVersion: {
      id: version.id,
      nameVi: version.nameVi,
      nameEn: version.nameEn,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo,
    },
    conditions,
    usesUnverified: conditions.some((c) => !c.verified),
    vote: title.vote ? (version.votes.find((v) => v.key === title.vote) ?? null) : null,
    comparedWith: null,
  };
}

function subjectMismatch(title: RuleTitle): ConditionVerdict {
  const individual = title.subject === 'individual';
  return {
    kind: 'title_in_year',
    status: 'not_met',
    reasonVi: individual ? `${title.nameVi} chỉ xét cho cá nhân.` : `${title.nameVi} chỉ xét cho tập thể.`,
    reasonEn: individual ? `${title.nameEn} is for individuals only.` : `${title.nameEn} is for collectives only.`,
    missingYears: [],
    citation: { source: title.nameVi, confidence: 'V' },
    verified: true,
  };
}
