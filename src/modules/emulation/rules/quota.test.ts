import { describe, expect, it } from 'vitest';
import type { RuleVersion } from './contract';
import { checkQuotas } from './quota';
import { readRuleFiles } from './rule-files';

const base = readRuleFiles()[2] as RuleVersion;

describe('per-unit quotas from the rule data', () => {
  it('the shipped versions set none, so nothing is capped', () => {
    expect(checkQuotas(base, { headcount: 40, holders: {} }, { chien_si_thi_dua_co_so: 40 })).toEqual([]);
  });

  it('a configured cap (e.g. a military-style 10% of headcount) bounds the proposals at floor(10% × n)', () => {
    const capped: RuleVersion = {
      ...base,
      quotas: [
        {
          title: 'chien_si_thi_dua_co_so',
          basis: 'headcount',
          share: { num: 1, den: 10, comparator: 'at_least' },
          citation: { source: 'Thông tư 151/2018/TT-BQP (ví dụ ngành quân đội)', confidence: 'V' },
          verified: false,
        },
        {
          title: 'lao_dong_tien_tien',
          basis: { holdersOf: 'tap_the_lao_dong_tien_tien' },
          share: { num: 7, den: 10, comparator: 'at_least' },
          citation: { source: 'cấu hình thử', confidence: 'U' },
          verified: false,
        },
      ],
    };
    const [cstdcs] = checkQuotas(capped, { headcount: 39, holders: {} }, { chien_si_thi_dua_co_so: 4 });
    expect(cstdcs).toMatchObject({ allowed: 3, proposed: 4, exceeded: true, verified: false });
    const ok = checkQuotas(
      capped,
      { headcount: 40, holders: {} },
      { chien_si_thi_dua_co_so: 4, lao_dong_tien_tien: 0 },
    );
    expect(ok.map((q) => q.exceeded)).toEqual([false, false]);
  });
});
