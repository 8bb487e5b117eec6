/**
 * Per-unit caps on how many members may receive a title in a year (rule data `quotas`). The
 * shipped civilian versions carry none (no source found); a version that adds one is enforced here.
 */
import type { RuleVersion } from './contract';

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

export function checkQuotas(
  version: RuleVersion,
  unit: UnitYearFigures,
  proposed: Record<string, number>,
): QuotaCheck[] {
  return version.quotas
    .filter((q) => proposed[q.title] !== undefined)
    .map((q) => {
      const base = q.basis === 'headcount' ? unit.headcount : (unit.holders[q.basis.holdersOf] ?? 0);
      const allowed = allowedCount(base, q.share);
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
