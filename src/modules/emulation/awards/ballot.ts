/**
 * A vote of a council or a block's meeting (suy tôn, đề nghị khen thưởng). A secret ballot keeps
 * only the totals per candidate and who voted, never how anyone voted: the record has no place for
 * it. Quorum and approval come from the rule version's vote rule; a candidate that misses the
 * threshold cannot be proposed.
 */
import { AppError } from '../../../kernel/errors';
import { meetsShare } from '../rules/conditions';
import type { Share, VoteRule } from '../rules/contract';

export interface BallotCount {
  candidateId: string;
  yes: number;
  no: number;
}

export interface BallotRecord {
  /** Everyone entitled to vote (council or block members). */
  electorate: readonly string[];
  /** Who cast a ballot (present, or voting in writing where the rule allows). */
  voters: readonly string[];
  /** Ballots the counting committee declared invalid. */
  invalid: number;
  counts: readonly BallotCount[];
}

export interface CandidateTally extends BallotCount {
  /** Votes the approval share is measured against (members, present or valid ballots). */
  base: number;
  approved: boolean;
}

export interface BallotResult {
  members: number;
  present: number;
  valid: number;
  quorumMet: boolean;
  candidates: CandidateTally[];
}

/** Inconsistent totals, keyed like request fields; empty when the record may be stored. */
export function ballotProblems(record: BallotRecord): { path: string; vi: string; en: string }[] {
  const problems: { path: string; vi: string; en: string }[] = [];
  const electorate = new Set(record.electorate);
  if (electorate.size !== record.electorate.length)
    problems.push({
      path: 'electorate',
      vi: 'Danh sách thành viên bị trùng.',
      en: 'The electorate lists someone twice.',
    });
  if (new Set(record.voters).size !== record.voters.length)
    problems.push({
      path: 'voters',
      vi: 'Một người được ghi bỏ phiếu hai lần.',
      en: 'Someone is recorded as voting twice.',
    });
  if (record.voters.some((v) => !electorate.has(v)))
    problems.push({
      path: 'voters',
      vi: 'Người bỏ phiếu không thuộc thành phần biểu quyết.',
      en: 'A voter is not entitled to vote.',
    });
  if (!Number.isInteger(record.invalid) || record.invalid < 0 || record.invalid > record.voters.length)
    problems.push({
      path: 'invalid',
      vi: 'Số phiếu không hợp lệ vượt số phiếu bầu.',
      en: 'More invalid ballots than ballots cast.',
    });
  const valid = record.voters.length - record.invalid;
  const seen = new Set<string>();
  record.counts.forEach((c, i) => {
    if (seen.has(c.candidateId))
      problems.push({ path: `counts.${i}`, vi: 'Ứng viên được kiểm hai lần.', en: 'Candidate counted twice.' });
    seen.add(c.candidateId);
    if (![c.yes, c.no].every((n) => Number.isInteger(n) && n >= 0) || c.yes + c.no > valid)
      problems.push({
        path: `counts.${i}`,
        vi: `Số phiếu đồng ý và không đồng ý (${c.yes} + ${c.no}) vượt số phiếu hợp lệ (${valid}).`,
        en: `Yes and no votes (${c.yes} + ${c.no}) exceed the valid ballots (${valid}).`,
      });
  });
  return problems;
}

export function tallyBallot(rule: VoteRule, record: BallotRecord): BallotResult {
  const members = record.electorate.length;
  const present = record.voters.length;
  const valid = present - record.invalid;
  const quorumMet = members > 0 && meetsShare(present, members, rule.quorum);
  const base = { members, present, valid }[rule.approval.of];
  return {
    members,
    present,
    valid,
    quorumMet,
    candidates: record.counts.map((c) => ({
      ...c,
      base,
      approved: quorumMet && base > 0 && meetsShare(c.yes, base, rule.approval),
    })),
  };
}

export const shareText = (s: Share) =>
  `${s.comparator === 'at_least' ? '≥' : '>'} ${Math.round((s.num / s.den) * 1000) / 10}%`;

/** Throws 422 unless the candidate was approved; the message says which threshold was missed. */
export function assertApproved(rule: VoteRule, result: BallotResult, candidateId: string): void {
  const c = result.candidates.find((x) => x.candidateId === candidateId);
  if (!result.quorumMet) {
    throw new AppError(
      'UNPROCESSABLE',
      `Cuộc bỏ phiếu không đủ túc số: ${result.present}/${result.members} thành viên (cần ${shareText(rule.quorum)}).`,
      `The vote lacked a quorum: ${result.present}/${result.members} members (needs ${shareText(rule.quorum)}).`,
    );
  }
  if (!c) {
    throw new AppError(
      'UNPROCESSABLE',
      'Ứng viên không có trong kết quả bỏ phiếu.',
      'The candidate is not in the ballot result.',
    );
  }
  if (!c.approved) {
    const of = {
      members: ['tổng số thành viên', 'all members'],
      present: ['số có mặt', 'those present'],
      valid: ['số phiếu hợp lệ', 'valid ballots'],
    }[rule.approval.of];
    throw new AppError(
      'UNPROCESSABLE',
      `Không đạt ngưỡng biểu quyết: ${c.yes}/${c.base} phiếu đồng ý (cần ${shareText(rule.approval)} ${of[0]}); không thể trình đề nghị.`,
      `Approval threshold missed: ${c.yes}/${c.base} in favour (needs ${shareText(rule.approval)} of ${of[1]}); the proposal cannot go on.`,
    );
  }
}
