import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleVersion, VoteRule } from '../rules/contract';
import { readRuleFiles } from '../rules/rule-files';
import { assertApproved, ballotProblems, tallyBallot } from './ballot';

const v152 = readRuleFiles().find((v) => v.id === 'law-2022-decree-152-2025') as RuleVersion;
const rule = (key: string) => v152.votes.find((r) => r.key === key) as VoteRule;
const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);

describe('block vote (suy tôn): more than half of all members, quorum more than half', () => {
  const block = rule('block_suy_ton');
  it('11 members, 9 present: 6 in favour pass, 5 do not', () => {
    const result = tallyBallot(block, {
      electorate: members(11),
      voters: members(9),
      invalid: 1,
      counts: [
        { candidateId: 'hai_phong', yes: 6, no: 2 },
        { candidateId: 'bac_ninh', yes: 5, no: 3 },
      ],
    });
    expect(result).toMatchObject({ members: 11, present: 9, valid: 8, quorumMet: true });
    expect(result.candidates.map((c) => [c.candidateId, c.approved])).toEqual([
      ['hai_phong', true],
      ['bac_ninh', false],
    ]);
    expect(() => assertApproved(block, result, 'hai_phong')).not.toThrow();
    expect(() => assertApproved(block, result, 'bac_ninh')).toThrow(
      'Không đạt ngưỡng biểu quyết: 5/11 phiếu đồng ý (cần > 50% tổng số thành viên); không thể trình đề nghị.',
    );
  });

  it('without a quorum nobody passes, even unanimously', () => {
    const result = tallyBallot(block, {
      electorate: members(11),
      voters: members(5),
      invalid: 0,
      counts: [{ candidateId: 'x', yes: 5, no: 0 }],
    });
    expect(result.quorumMet).toBe(false);
    expect(result.candidates[0]?.approved).toBe(false);
    expect(() => assertApproved(block, result, 'x')).toThrow(/không đủ túc số: 5\/11/);
  });
});

describe('council secret ballot for emulation fighters: 90% of all members (historic, unverified)', () => {
  const council = rule('council_secret_90');
  it('9 of 10 pass, 8 of 10 do not; absent members count against', () => {
    const pass = tallyBallot(council, {
      electorate: members(10),
      voters: members(9),
      invalid: 0,
      counts: [{ candidateId: 'a', yes: 9, no: 0 }],
    });
    expect(pass.candidates[0]?.approved).toBe(true);
    const fail = tallyBallot(council, {
      electorate: members(10),
      voters: members(10),
      invalid: 0,
      counts: [{ candidateId: 'a', yes: 8, no: 2 }],
    });
    expect(fail.candidates[0]?.approved).toBe(false);
    expect(council.verified).toBe(false);
  });
});

describe('ballot records', () => {
  it('refuse totals that do not add up and voters outside the electorate', () => {
    const problems = ballotProblems({
      electorate: ['a', 'b', 'c'],
      voters: ['a', 'a', 'z'],
      invalid: 4,
      counts: [{ candidateId: 'x', yes: 3, no: 1 }],
    });
    expect(problems.map((p) => p.path)).toEqual(['voters', 'voters', 'invalid', 'counts.0']);
  });

  it('property: approval is exactly yes·den ≥ (or >) num·base, and needs the quorum', () => {
    const r = rule('block_suy_ton');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), (n, p, y) => {
        const present = p % (n + 1);
        const yes = present === 0 ? 0 : y % (present + 1);
        const res = tallyBallot(r, {
          electorate: members(n),
          voters: members(present),
          invalid: 0,
          counts: [{ candidateId: 'c', yes, no: present - yes }],
        });
        expect(res.quorumMet).toBe(present * 2 > n);
        expect(res.candidates[0]?.approved).toBe(present * 2 > n && yes * 2 > n);
      }),
      { numRuns: 300 },
    );
  });
});
