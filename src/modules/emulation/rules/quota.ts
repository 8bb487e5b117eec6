/**
 * Per-unit caps on how many members may receive a title in a year (rule data `quotas`): the
 * proposal screen and the proposal itself read the unit's figures and add one verdict per quota
 * to the eligibility answer. A cap whose number was checked (`verified`) that would be exceeded
 * makes the candidate not eligible; an unverified cap only sends the proposal to review with the
 * reason, since nobody may be refused on a number the team could not read in the legal text.
 */
import type { Quota, RuleVersion } from './contract';
import type { ConditionVerdict, Eligibility, Outcome } from './eligibility';

export interface UnitYearFigures {
  headcount: number;
  /** Members already holding each title in the year (for a quota based on holders of a title). */
  holders: Record<string, number>;
}

export interface QuotaCheck {
  titleKey: string;
  allowed: number;
  proposed: number;
  exceeded: boolean;
  verified: boolean;
  source: string;
}

/** The largest count within a cap of num/den of `base` (a cap reads "not more than" the share). */
export const allowedCount = (base: number, share: { num: number; den: number }) =>
  Math.floor((share.num * base) / share.den);

const baseOf = (q: Quota, unit: UnitYearFigures) =>
  q.basis === 'headcount' ? unit.headcount : (unit.holders[q.basis.holdersOf] ?? 0);

export function checkQuotas(
  version: RuleVersion,
  unit: UnitYearFigures,
  proposed: Record<string, number>,
): QuotaCheck[] {
  return version.quotas
    .filter((q) => proposed[q.title] !== undefined)
    .map((q) => {
      const allowed = allowedCount(baseOf(q, unit), q.share);
      const count = proposed[q.title] ?? 0;
      return {
        titleKey: q.title,
        allowed,
        proposed: count,
        exceeded: count > allowed,
        verified: q.verified,
        source: q.citation.source,
      };
    });
}

/** The quotas of `version` on `titleKey`. */
export const quotasOf = (version: RuleVersion, titleKey: string) => version.quotas.filter((q) => q.title === titleKey);

export interface QuotaFigures {
  unitName: string;
  unit: UnitYearFigures;
  /** Other members of the unit already holding or proposed for the title in the year (the candidate excluded). */
  others: number;
}

const pct = (q: Quota) => `${Math.round((q.share.num * 1000) / q.share.den) / 10}`.replace('.', ',');

/** One verdict per quota of the title; `figures` null when the candidate has no unit in the year. */
export function quotaVerdicts(
  version: RuleVersion,
  titleKey: string,
  year: number,
  figures: QuotaFigures | null,
): ConditionVerdict[] {
  const nameOf = (key: string) => version.titles.find((t) => t.key === key);
  return quotasOf(version, titleKey).map((q) => {
    const common = { kind: 'quota' as const, citation: q.citation, verified: q.verified, missingYears: [] };
    const basisVi = q.basis === 'headcount' ? 'số cán bộ' : `số người đạt ${nameOf(q.basis.holdersOf)?.nameVi}`;
    const basisEn = q.basis === 'headcount' ? 'the headcount' : `the holders of ${nameOf(q.basis.holdersOf)?.nameEn}`;
    if (!figures) {
      return {
        ...common,
        status: 'unknown',
        reasonVi: `Hạn mức: không rõ đơn vị công tác năm ${year} để tính hạn mức.`,
        reasonEn: `Quota: the unit of ${year} is unknown, so the quota cannot be counted.`,
        missingYears: [year],
      };
    }
    const base = baseOf(q, figures.unit);
    const allowed = allowedCount(base, q.share);
    const proposed = figures.others + 1;
    const head = `Hạn mức ${pct(q)}% ${basisVi} của ${figures.unitName} năm ${year}`;
    const headEn = `Quota of ${pct(q)}% of ${basisEn} of ${figures.unitName} in ${year}`;
    if (base === 0) {
      return {
        ...common,
        status: 'unknown',
        reasonVi: `${head}: chưa có ${basisVi} để tính.`,
        reasonEn: `${headEn}: ${basisEn} is not recorded yet.`,
        missingYears: [year],
      };
    }
    const within = proposed <= allowed;
    const status: ConditionVerdict['status'] = within ? 'met' : q.verified ? 'not_met' : 'unknown';
    const tail = within ? 'trong hạn mức' : 'vượt hạn mức';
    return {
      ...common,
      status,
      reasonVi: `${head}: tối đa ${allowed} trên ${base}; kể cả ứng viên này là ${proposed} — ${tail}${!within && !q.verified ? ' (hạn mức chưa kiểm chứng, cần xem xét)' : ''}.`,
      reasonEn: `${headEn}: at most ${allowed} of ${base}; with this candidate ${proposed} — ${within ? 'within the quota' : 'over the quota'}${!within && !q.verified ? ' (unverified quota, needs review)' : ''}.`,
    };
  });
}

/** The outcome over all verdicts: any failing → not eligible; any unknown → needs review. */
export const outcomeOf = (conditions: readonly ConditionVerdict[]): Outcome =>
  conditions.some((c) => c.status === 'not_met')
    ? 'not_eligible'
    : conditions.some((c) => c.status === 'unknown')
      ? 'needs_review'
      : 'eligible';

/** The eligibility answer with the quota verdicts added and the outcome recomputed. */
export function withQuotaVerdicts(e: Eligibility, verdicts: readonly ConditionVerdict[]): Eligibility {
  if (verdicts.length === 0) return e;
  const conditions = [...e.conditions, ...verdicts];
  return {
    ...e,
    conditions,
    outcome: outcomeOf(conditions),
    usesUnverified: e.usesUnverified || verdicts.some((v) => !v.verified),
  };
}
