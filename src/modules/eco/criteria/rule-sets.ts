import { readFileSync } from 'node:fs';
import { dataPath } from '../../../platform/files/csv';
import { RuleSet } from './rules';

export const RULE_SET_IDS = ['vn-eco-park', 'eip-framework'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

let cache: Map<string, RuleSet> | null = null;

/** The shipped rule sets, validated once (a malformed file stops the server at the first read). */
export function ruleSets(): Map<string, RuleSet> {
  if (!cache) {
    cache = new Map(
      RULE_SET_IDS.map((id) => [
        id,
        RuleSet.parse(JSON.parse(readFileSync(dataPath('eco', 'criteria', `${id}.json`), 'utf8'))),
      ]),
    );
  }
  return cache;
}

export interface Factors {
  tco2ePerTonneDiverted: number;
  tco2ePerM3Water: number;
  tco2ePerMwh: number;
}

export function impactFactors(): Factors {
  const file = JSON.parse(readFileSync(dataPath('eco', 'impact-factors.json'), 'utf8')) as {
    factors: Record<keyof Factors, { value: number }>;
  };
  return {
    tco2ePerTonneDiverted: file.factors.tco2ePerTonneDiverted.value,
    tco2ePerM3Water: file.factors.tco2ePerM3Water.value,
    tco2ePerMwh: file.factors.tco2ePerMwh.value,
  };
}
