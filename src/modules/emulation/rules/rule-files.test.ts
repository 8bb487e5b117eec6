import { describe, expect, it } from 'vitest';
import type { RuleVersion } from './contract';
import { readRuleFiles, ruleProblems, ruleVersionOn } from './rule-files';

const versions = readRuleFiles();

describe('shipped emulation rule versions', () => {
  it('parse, keep every rule and follow each other without gaps', () => {
    expect(ruleProblems(versions)).toEqual([]);
    expect(versions.map((v) => v.id)).toEqual([
      'law-2003-decree-91-2017',
      'law-2022-decree-98-2023',
      'law-2022-decree-152-2025',
      'law-2026-decree-152-2025',
    ]);
    for (let i = 1; i < versions.length; i++) {
      const end = new Date(`${versions[i - 1]?.effectiveTo}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(end.toISOString().slice(0, 10)).toBe(versions[i]?.effectiveFrom);
    }
    expect(versions.at(-1)?.effectiveTo).toBeNull();
  });

  it('switch on the days the instruments took effect', () => {
    expect(ruleVersionOn(versions, '2023-12-31')?.id).toBe('law-2003-decree-91-2017');
    expect(ruleVersionOn(versions, '2024-01-01')?.id).toBe('law-2022-decree-98-2023');
    expect(ruleVersionOn(versions, '2025-06-30')?.id).toBe('law-2022-decree-98-2023');
    expect(ruleVersionOn(versions, '2025-07-01')?.id).toBe('law-2022-decree-152-2025');
    expect(ruleVersionOn(versions, '2026-09-30')?.id).toBe('law-2022-decree-152-2025');
    expect(ruleVersionOn(versions, '2026-10-01')?.id).toBe('law-2026-decree-152-2025');
    expect(ruleVersionOn(versions, '2017-01-01')).toBeUndefined();
  });

  it('mark the checked numbers verified and nothing else', () => {
    const v152 = versions.find((v) => v.id === 'law-2022-decree-152-2025') as RuleVersion;
    const provincial = v152.titles.find((t) => t.key === 'chien_si_thi_dua_bo_tinh');
    expect(provincial?.conditions[0]).toMatchObject({ kind: 'consecutive_titles', years: 3, verified: true });
    const national = v152.titles.find((t) => t.key === 'chien_si_thi_dua_toan_quoc');
    expect(national?.conditions[0]).toMatchObject({ kind: 'consecutive_titles', years: 2, verified: true });
    const council = v152.votes.find((r) => r.key === 'council_secret_90');
    expect(council).toMatchObject({ verified: false, approval: { num: 9, den: 10, of: 'members' } });
    // No civilian quota was read in a primary text: the one encoded (CSTĐCS ≤ 15% of LĐTT) is unverified.
    expect(versions.every((v) => v.quotas.length > 0 && v.quotas.every((q) => !q.verified))).toBe(true);
  });

  it('drop the earlier Bằng khen prerequisite from Decree 152/2025 on (Art. 4(1))', () => {
    const pm = (id: string) =>
      versions
        .find((v) => v.id === id)
        ?.titles.find((t) => t.key === 'bang_khen_thu_tuong')
        ?.conditions.map((c) => c.kind);
    expect(pm('law-2022-decree-98-2023')).toContain('earlier_award');
    expect(pm('law-2022-decree-152-2025')).not.toContain('earlier_award');
  });
});

describe('ruleProblems', () => {
  const base = versions[2] as RuleVersion;
  it('finds overlaps, unknown references, unsupported "verified" and unexplained unverified items', () => {
    const overlapping = { ...base, id: 'other', effectiveFrom: '2026-01-01', effectiveTo: null };
    expect(ruleProblems([base, overlapping])).toContain('other: overlaps law-2022-decree-152-2025');
    const badRef: RuleVersion = {
      ...base,
      titles: base.titles.map((t) => (t.key === 'co_thi_dua_bo_tinh' ? { ...t, vote: 'nope' } : t)),
    };
    expect(ruleProblems([badRef])).toContain('law-2022-decree-152-2025/co_thi_dua_bo_tinh: unknown vote nope');
    const overclaimed: RuleVersion = {
      ...base,
      votes: base.votes.map((r) => ({ ...r, verified: true })),
    };
    expect(ruleProblems([overclaimed])).toContain(
      'law-2022-decree-152-2025/vote/block_suy_ton: verified needs a V citation',
    );
    expect(ruleProblems([{ ...base, unverified: [] }])).toContain(
      'law-2022-decree-152-2025: has unverified items but no note in "unverified"',
    );
  });
});
