/**
 * Score sheets and score entries checked against the sheet, and the final score of a member:
 * each line's self- and cross-score, the agreed value where they differ (with its reason), and the
 * totals (criteria + bonus within its cap − penalties). Points are summed in hundredths so that
 * 0.1 + 0.2 is 0.3 exactly.
 */
import type { LineKind, LineStatus, Resolution, ScoreEntry, ScoreSheet, SheetLine } from './contract';

export interface SheetLineOf extends SheetLine {
  kind: LineKind;
  /** The criteria group of a criterion; null for bonus and penalty items. */
  group: string | null;
}

export const hundredths = (points: number) => Math.round(points * 100);
export const fromHundredths = (h: number) => h / 100;

export function sheetLines(sheet: ScoreSheet): SheetLineOf[] {
  return [
    ...sheet.groups.flatMap((g) => g.criteria.map((c) => ({ ...c, kind: 'criterion' as const, group: g.key }))),
    ...sheet.bonuses.map((b) => ({ ...b, kind: 'bonus' as const, group: null })),
    ...sheet.penalties.map((p) => ({ ...p, kind: 'penalty' as const, group: null })),
  ];
}

/** The most a member can reach: every criterion at its maximum plus the bonus (within its cap). */
export function sheetMaximum(sheet: ScoreSheet): number {
  const criteria = sheet.groups.flatMap((g) => g.criteria).reduce((s, c) => s + hundredths(c.maxPoints), 0);
  const bonus = sheet.bonuses.reduce((s, b) => s + hundredths(b.maxPoints), 0);
  const capped = sheet.bonusCap === null ? bonus : Math.min(bonus, hundredths(sheet.bonusCap));
  return fromHundredths(criteria + capped);
}

/** Rules a sheet must keep; each problem is keyed like a field path of the request body. */
export function sheetProblems(sheet: ScoreSheet): { path: string; vi: string; en: string }[] {
  const problems: { path: string; vi: string; en: string }[] = [];
  const seen = new Set<string>();
  sheetLines(sheet).forEach((line) => {
    if (seen.has(line.key))
      problems.push({
        path: line.key,
        vi: `Mã dòng "${line.key}" bị trùng.`,
        en: `Line key "${line.key}" is used twice.`,
      });
    seen.add(line.key);
  });
  const groups = new Set(sheet.groups.map((g) => g.key));
  if (groups.size !== sheet.groups.length)
    problems.push({ path: 'groups', vi: 'Mã nhóm tiêu chí bị trùng.', en: 'Duplicate group keys.' });
  sheet.tieBreaks.forEach((t, i) => {
    if (t.kind === 'group' && !groups.has(t.group))
      problems.push({
        path: `tieBreaks.${i}`,
        vi: `Không có nhóm tiêu chí "${t.group}".`,
        en: `No criteria group "${t.group}".`,
      });
  });
  return problems;
}

export interface EntryProblem {
  line: string;
  vi: string;
  en: string;
}

/** Entries that name no line of the sheet, exceed a line's maximum, repeat a line or lack required evidence. */
export function entryProblems(sheet: ScoreSheet, entries: readonly ScoreEntry[]): EntryProblem[] {
  const lines = new Map(sheetLines(sheet).map((l) => [l.key, l]));
  const problems: EntryProblem[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const line = lines.get(e.line);
    if (!line) {
      problems.push({
        line: e.line,
        vi: `Bảng điểm không có dòng "${e.line}".`,
        en: `The sheet has no line "${e.line}".`,
      });
      continue;
    }
    if (seen.has(e.line)) problems.push({ line: e.line, vi: 'Dòng được chấm hai lần.', en: 'Line scored twice.' });
    seen.add(e.line);
    if (hundredths(e.points) > hundredths(line.maxPoints))
      problems.push({
        line: e.line,
        vi: `Điểm ${e.points} vượt tối đa ${line.maxPoints}.`,
        en: `${e.points} points exceed the maximum of ${line.maxPoints}.`,
      });
    if (line.evidenceRequired && e.points > 0 && e.evidence.length === 0)
      problems.push({ line: e.line, vi: 'Cần minh chứng cho điểm này.', en: 'These points need evidence.' });
  }
  return problems;
}

export interface FinalLine {
  line: string;
  kind: LineKind;
  group: string | null;
  self: number | null;
  cross: number | null;
  final: number | null;
  status: LineStatus;
  reason: string | null;
}

export interface FinalScore {
  lines: FinalLine[];
  /** Every line has a final value. */
  complete: boolean;
  criteria: number;
  /** Bonus after its cap. */
  bonus: number;
  penalty: number;
  total: number;
  selfTotal: number;
  byGroup: Record<string, number>;
}

/**
 * Lines nobody scored count as 0 once both sides have submitted their sheets (`selfSubmitted`,
 * `crossSubmitted`): an unscored bonus is no bonus. Before submission a line is awaited.
 */
export function finalScore(
  sheet: ScoreSheet,
  input: {
    self: readonly ScoreEntry[];
    selfSubmitted: boolean;
    cross: readonly ScoreEntry[];
    crossSubmitted: boolean;
    resolutions: readonly Resolution[];
  },
): FinalScore {
  const selfOf = new Map(input.self.map((e) => [e.line, hundredths(e.points)]));
  const crossOf = new Map(input.cross.map((e) => [e.line, hundredths(e.points)]));
  const resolved = new Map(input.resolutions.map((r) => [r.line, r]));
  const lines: FinalLine[] = sheetLines(sheet).map((l) => {
    const self = selfOf.get(l.key) ?? (input.selfSubmitted ? 0 : null);
    const cross = crossOf.get(l.key) ?? (input.crossSubmitted ? 0 : null);
    const r = resolved.get(l.key);
    const base = { line: l.key, kind: l.kind, group: l.group, self: toPoints(self), cross: toPoints(cross) };
    if (self === null) return { ...base, final: null, status: 'awaiting_self', reason: null };
    if (cross === null) return { ...base, final: null, status: 'awaiting_cross', reason: null };
    if (self === cross) return { ...base, final: toPoints(self), status: 'agreed', reason: null };
    if (r) return { ...base, final: r.points, status: 'resolved', reason: r.reason };
    return { ...base, final: null, status: 'disputed', reason: null };
  });
  const sum = (kind: LineKind, pick: (l: FinalLine) => number | null) =>
    lines.filter((l) => l.kind === kind).reduce((s, l) => s + hundredths(pick(l) ?? 0), 0);
  const cap = sheet.bonusCap === null ? Number.POSITIVE_INFINITY : hundredths(sheet.bonusCap);
  const criteria = sum('criterion', (l) => l.final);
  const bonus = Math.min(
    sum('bonus', (l) => l.final),
    cap,
  );
  const penalty = sum('penalty', (l) => l.final);
  const selfTotal =
    sum('criterion', (l) => l.self) +
    Math.min(
      sum('bonus', (l) => l.self),
      cap,
    ) -
    sum('penalty', (l) => l.self);
  const byGroup: Record<string, number> = {};
  for (const g of sheet.groups) {
    byGroup[g.key] = fromHundredths(
      lines.filter((l) => l.group === g.key).reduce((s, l) => s + hundredths(l.final ?? 0), 0),
    );
  }
  return {
    lines,
    complete: lines.every((l) => l.final !== null),
    criteria: fromHundredths(criteria),
    bonus: fromHundredths(bonus),
    penalty: fromHundredths(penalty),
    total: fromHundredths(criteria + bonus - penalty),
    selfTotal: fromHundredths(selfTotal),
    byGroup,
  };
}

const toPoints = (h: number | null) => (h === null ? null : fromHundredths(h));

/**
 * Who cross-scores `unit`: with `leader`, the leader scores everyone else and the deputy scores the
 * leader (the first other member when there is no deputy); with `rotation`, each member scores the next one in the block's order (the last scores
 * the first). Null when nobody can (a one-member block, or no leader set).
 */
export function crossScorerOf(
  mode: ScoreSheet['crossScoring'],
  roster: { order: readonly string[]; leader: string | null; deputy: string | null },
  unit: string,
): string | null {
  if (mode === 'leader') {
    if (roster.leader === null) return null;
    if (unit !== roster.leader) return roster.leader;
    if (roster.deputy !== null && roster.deputy !== unit) return roster.deputy;
    // No deputy this year: the next member in the block's order scores the leader.
    return roster.order.find((u) => u !== unit) ?? null;
  }
  const i = roster.order.indexOf(unit);
  if (i < 0 || roster.order.length < 2) return null;
  return roster.order[(i - 1 + roster.order.length) % roster.order.length] ?? null;
}
