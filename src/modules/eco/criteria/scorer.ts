import type { Requirement, RuleSetVersion } from './rules';

/** A value of a measure for a park and year, where it came from, and how it was obtained. */
export interface Fact {
  value: number | boolean;
  source: 'live' | 'declared';
  /** How the live value was computed, or the evidence of the declaration. */
  detailVi: string;
  detailEn: string;
}

export type RequirementStatus = 'met' | 'not_met' | 'unknown';

export interface RequirementScore {
  requirement: Requirement;
  status: RequirementStatus;
  value: number | boolean | null;
  source: Fact['source'] | null;
  detailVi: string;
  detailEn: string;
  /** How far from the threshold (in the requirement's unit), null when met or unknown. */
  gap: number | null;
  gapVi: string | null;
  gapEn: string | null;
}

export interface Scorecard {
  version: number;
  requirements: RequirementScore[];
  met: number;
  notMet: number;
  unknown: number;
  prerequisitesMet: boolean;
  /** Every requirement met: the park qualifies on this rule set. */
  qualifies: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function judge(r: Requirement, v: number | boolean): { met: boolean; gap: number | null } {
  if (r.comparator === 'yes') return { met: v === true, gap: null };
  const n = typeof v === 'number' ? v : v ? 1 : 0;
  const t = r.threshold ?? 0;
  switch (r.comparator) {
    case '>=':
      return { met: n >= t, gap: n >= t ? null : round2(t - n) };
    case '>':
      return { met: n > t, gap: n > t ? null : round2(t - n) };
    case '<=':
      return { met: n <= t, gap: n <= t ? null : round2(n - t) };
    case '<':
      return { met: n < t, gap: n < t ? null : round2(n - t) };
  }
}

const unitVi = { count: '', percent: ' điểm %', yes_no: '' } as const;
const unitEn = { count: '', percent: ' percentage points', yes_no: '' } as const;

/**
 * Scores a rule-set version on the facts of one park and year: live facts win over declarations
 * (the caller passes one fact per measure); no fact → unknown, never "not met".
 */
export function scoreVersion(version: RuleSetVersion, facts: ReadonlyMap<string, Fact>): Scorecard {
  const requirements = version.requirements.map((r): RequirementScore => {
    const fact = facts.get(r.measure);
    if (!fact)
      return {
        requirement: r,
        status: 'unknown',
        value: null,
        source: null,
        detailVi: `Chưa có số liệu; cần: ${r.evidenceVi}`,
        detailEn: `No data yet; needs: ${r.evidenceEn}`,
        gap: null,
        gapVi: null,
        gapEn: null,
      };
    const { met, gap } = judge(r, fact.value);
    const more = r.comparator === '<=' || r.comparator === '<' ? ['Giảm', 'Reduce by'] : ['Cần thêm', 'Needs'];
    return {
      requirement: r,
      status: met ? 'met' : 'not_met',
      value: fact.value,
      source: fact.source,
      detailVi: fact.detailVi,
      detailEn: fact.detailEn,
      gap,
      gapVi: met ? null : gap === null ? 'Chưa đáp ứng (cần “Có”)' : `${more[0]} ${gap}${unitVi[r.unit]}`,
      gapEn: met ? null : gap === null ? 'Not met (needs “yes”)' : `${more[1]} ${gap}${unitEn[r.unit]}`,
    };
  });
  const count = (s: RequirementStatus) => requirements.filter((r) => r.status === s).length;
  return {
    version: version.version,
    requirements,
    met: count('met'),
    notMet: count('not_met'),
    unknown: count('unknown'),
    prerequisitesMet: requirements.filter((r) => r.requirement.prerequisite).every((r) => r.status === 'met'),
    qualifies: requirements.every((r) => r.status === 'met'),
  };
}
