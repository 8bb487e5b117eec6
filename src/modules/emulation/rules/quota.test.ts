import { describe, expect, it } from 'vitest';
import type { RuleVersion } from './contract';
import { evaluateUnder } from './eligibility';
import { type CandidateHistory, emptyYear } from './history';
import { checkQuotas, type QuotaFigures, quotaVerdicts, withQuotaVerdicts } from './quota';
import { readRuleFiles } from './rule-files';

const versions = readRuleFiles();
const base = versions[2] as RuleVersion;

describe('per-unit quotas from the rule data', () => {
  it("every shipped version caps CSTĐCS at 15% of the unit's LĐTT holders, unverified, with its source", () => {
    for (const v of versions) {
      expect(v.quotas).toEqual([
        expect.objectContaining({
          title: 'chien_si_thi_dua_co_so',
          basis: { holdersOf: 'lao_dong_tien_tien' },
          share: expect.objectContaining({ num: 3, den: 20 }),
          verified: false,
        }),
      ]);
      expect(v.quotas[0]?.citation.confidence).toBe('U');
    }
    // 20 LĐTT → at most 3 CSTĐCS; 7 LĐTT → at most 1 (floor of 1.05).
    const unit = (n: number) => ({ headcount: 40, holders: { lao_dong_tien_tien: n } });
    expect(checkQuotas(base, unit(20), { chien_si_thi_dua_co_so: 3 })[0]).toMatchObject({
      allowed: 3,
      exceeded: false,
    });
    expect(checkQuotas(base, unit(20), { chien_si_thi_dua_co_so: 4 })[0]).toMatchObject({ allowed: 3, exceeded: true });
    expect(checkQuotas(base, unit(7), { chien_si_thi_dua_co_so: 2 })[0]).toMatchObject({ allowed: 1, exceeded: true });
    expect(checkQuotas(base, unit(20), { lao_dong_tien_tien: 40 })).toEqual([]);
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

describe('quota verdicts inside the eligibility answer', () => {
  const YEAR = 2025;
  // An individual with three years of duties done well and an initiative: CSTĐCS on its own conditions.
  const history: CandidateHistory = {
    subject: 'individual',
    years: [2023, 2024, 2025].map((y) => ({
      ...emptyYear(y),
      rating: 'excellent' as const,
      initiatives: ['grassroots' as const],
      awards: [{ key: 'lao_dong_tien_tien', kind: 'merit' as const }],
      assessed: true,
    })),
  };
  const answer = evaluateUnder(base, {
    history,
    titleKey: 'chien_si_thi_dua_co_so',
    year: YEAR,
    receivedOn: '2026-01-10',
  });
  const figures = (ldtt: number, others: number): QuotaFigures => ({
    unitName: 'Phòng Quản lý đầu tư',
    unit: { headcount: 30, holders: { lao_dong_tien_tien: ldtt } },
    others,
  });

  it('within the quota the answer keeps its outcome and shows the quota as met', () => {
    expect(answer.outcome).toBe('eligible');
    const e = withQuotaVerdicts(answer, quotaVerdicts(base, 'chien_si_thi_dua_co_so', YEAR, figures(20, 2)));
    expect(e.outcome).toBe('eligible');
    const q = e.conditions.find((c) => c.kind === 'quota');
    expect(q).toMatchObject({ status: 'met', verified: false });
    expect(q?.reasonVi).toContain('tối đa 3 trên 20');
  });

  it('over an unverified quota the proposal needs review, with the reason; it is not refused', () => {
    const e = withQuotaVerdicts(answer, quotaVerdicts(base, 'chien_si_thi_dua_co_so', YEAR, figures(20, 3)));
    expect(e.outcome).toBe('needs_review');
    expect(e.usesUnverified).toBe(true);
    expect(e.conditions.find((c) => c.kind === 'quota')?.reasonVi).toContain('vượt hạn mức');
  });

  it('over a verified quota the candidate is not eligible: quota', () => {
    const checked: RuleVersion = {
      ...base,
      quotas: base.quotas.map((q) => ({ ...q, verified: true, citation: { ...q.citation, confidence: 'V' as const } })),
    };
    const e = withQuotaVerdicts(answer, quotaVerdicts(checked, 'chien_si_thi_dua_co_so', YEAR, figures(20, 3)));
    expect(e.outcome).toBe('not_eligible');
    expect(e.conditions.find((c) => c.status === 'not_met')?.kind).toBe('quota');
  });

  it('without the unit or its LĐTT figures the quota cannot be counted: needs review for that year', () => {
    const noUnit = withQuotaVerdicts(answer, quotaVerdicts(base, 'chien_si_thi_dua_co_so', YEAR, null));
    expect(noUnit.outcome).toBe('needs_review');
    const noBase = quotaVerdicts(base, 'chien_si_thi_dua_co_so', YEAR, figures(0, 0))[0];
    expect(noBase).toMatchObject({ status: 'unknown', missingYears: [YEAR] });
  });

  it('a title without a quota gets no verdict and an unchanged answer', () => {
    expect(quotaVerdicts(base, 'lao_dong_tien_tien', YEAR, figures(20, 30))).toEqual([]);
    expect(withQuotaVerdicts(answer, [])).toBe(answer);
  });
});
