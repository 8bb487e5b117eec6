/**
 * Reading and checking the shipped rule versions (data/emulation/rules/*.json) and picking the
 * version in force on a day. Pure apart from `readRuleFiles`, which only reads the directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../kernel/errors';
import { type Condition, RuleVersion } from './contract';

export const RULES_DIR = path.resolve(import.meta.dirname, '../../../../data/emulation/rules');

export function ruleFiles(dir = RULES_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Parses every file; a file that breaks the contract or the rules below stops the load with its name. */
export function readRuleFiles(files = ruleFiles()): RuleVersion[] {
  const versions = files.map((file) => {
    const parsed = RuleVersion.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = `${path.basename(file)}: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`;
      throw new AppError(
        'VALIDATION_FAILED',
        `Tệp quy tắc thi đua sai cấu trúc (${where}).`,
        `Invalid emulation rule file (${where}).`,
      );
    }
    return parsed.data;
  });
  const problems = ruleProblems(versions);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Quy tắc thi đua không nhất quán: ${problems.join('; ')}.`,
      `Inconsistent emulation rules: ${problems.join('; ')}.`,
    );
  }
  return sortByStart(versions);
}

const sortByStart = (versions: RuleVersion[]) =>
  [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

const titleRefs = (c: Condition): string[] => {
  switch (c.kind) {
    case 'consecutive_titles':
    case 'title_in_year':
    case 'member_title_share':
    case 'member_title_count':
      return c.titles;
    case 'earlier_award':
      return c.awards;
    default:
      return [];
  }
};

/** Every rule the versions must keep together; an empty list means they may be used. */
export function ruleProblems(versions: readonly RuleVersion[]): string[] {
  const problems: string[] = [];
  const sorted = sortByStart([...versions]);
  const ids = new Set<string>();
  sorted.forEach((v, i) => {
    if (ids.has(v.id)) problems.push(`${v.id}: duplicate id`);
    ids.add(v.id);
    if (v.effectiveTo !== null && v.effectiveTo < v.effectiveFrom) problems.push(`${v.id}: ends before it starts`);
    const previous = sorted[i - 1];
    if (previous && (previous.effectiveTo === null || previous.effectiveTo >= v.effectiveFrom)) {
      problems.push(`${v.id}: overlaps ${previous.id}`);
    }
    const titleKeys = new Set(v.titles.map((t) => t.key));
    if (titleKeys.size !== v.titles.length) problems.push(`${v.id}: duplicate title keys`);
    const voteKeys = new Set(v.votes.map((r) => r.key));
    if (voteKeys.size !== v.votes.length) problems.push(`${v.id}: duplicate vote keys`);
    const sourcedItems: { where: string; verified: boolean; confidence: string }[] = [
      { where: 'countingKinds', verified: v.countingKinds.verified, confidence: v.countingKinds.citation.confidence },
    ];
    for (const t of v.titles) {
      if (t.vote !== null && !voteKeys.has(t.vote)) problems.push(`${v.id}/${t.key}: unknown vote ${t.vote}`);
      for (const c of t.conditions) {
        for (const ref of titleRefs(c)) {
          if (!titleKeys.has(ref)) problems.push(`${v.id}/${t.key}: unknown title ${ref}`);
        }
        const subjectOnly = c.kind.startsWith('member_') ? 'collective' : null;
        if (subjectOnly && t.subject !== subjectOnly) problems.push(`${v.id}/${t.key}: ${c.kind} needs a collective`);
        sourcedItems.push({ where: `${t.key}/${c.kind}`, verified: c.verified, confidence: c.citation.confidence });
      }
      if (t.bonusMultiple) {
        sourcedItems.push({
          where: `${t.key}/bonus`,
          verified: t.bonusMultiple.verified,
          confidence: t.bonusMultiple.citation.confidence,
        });
      }
    }
    for (const q of v.quotas) {
      if (!titleKeys.has(q.title)) problems.push(`${v.id}/quota: unknown title ${q.title}`);
      sourcedItems.push({ where: `quota/${q.title}`, verified: q.verified, confidence: q.citation.confidence });
    }
    for (const r of v.votes) {
      sourcedItems.push({ where: `vote/${r.key}`, verified: r.verified, confidence: r.citation.confidence });
    }
    for (const item of sourcedItems) {
      if (item.verified && item.confidence !== 'V') {
        problems.push(`${v.id}/${item.where}: verified needs a V citation`);
      }
    }
    if (sourcedItems.some((s) => !s.verified) && v.unverified.length === 0) {
      problems.push(`${v.id}: has unverified items but no note in "unverified"`);
    }
  });
  return problems;
}

/** The version in force on a local date (YYYY-MM-DD), if any. */
export function ruleVersionOn(versions: readonly RuleVersion[], date: string): RuleVersion | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo >= date));
}
