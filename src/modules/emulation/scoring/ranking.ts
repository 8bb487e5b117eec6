/**
 * The block's ranking of a year: members with a complete final score by total, then by the
 * sheet's tie-breaks in order; members still equal share the rank (1, 2, 2, 4). Members whose
 * score is not final yet are listed after, unranked. Pure.
 */
import type { ScoreSheet, TieBreak } from './contract';
import { type FinalScore, hundredths } from './sheet';

export interface RankInput {
  unitId: string;
  score: FinalScore;
}

export interface RankedMember {
  unitId: string;
  /** Null while the member's score is not final. */
  rank: number | null;
  total: number;
  /** Members sharing this rank after every tie-break. */
  tiedWith: string[];
  /** The tie-break that placed this member above the next one, when the totals were equal. */
  decidedBy: { vi: string; en: string } | null;
}

/** A comparable value per tie-break, larger is better. */
function tieValue(t: TieBreak, s: FinalScore): number {
  switch (t.kind) {
    case 'group':
      return hundredths(s.byGroup[t.group] ?? 0);
    case 'more_bonus':
      return hundredths(s.bonus);
    case 'fewer_penalty':
      return -hundredths(s.penalty);
    case 'smaller_self_gap':
      return -Math.abs(hundredths(s.selfTotal) - hundredths(s.total));
  }
}

export function tieBreakLabel(t: TieBreak, sheet: ScoreSheet): { vi: string; en: string } {
  switch (t.kind) {
    case 'group': {
      const g = sheet.groups.find((x) => x.key === t.group);
      return { vi: `điểm nhóm "${g?.nameVi ?? t.group}" cao hơn`, en: `more points in "${g?.nameEn ?? t.group}"` };
    }
    case 'more_bonus':
      return { vi: 'điểm thưởng cao hơn', en: 'more bonus points' };
    case 'fewer_penalty':
      return { vi: 'điểm trừ ít hơn', en: 'fewer penalty points' };
    case 'smaller_self_gap':
      return { vi: 'tự chấm sát kết quả hơn', en: 'self-score closer to the final score' };
  }
}

/** Negative when `a` ranks above `b`; the index of the deciding tie-break (−1 for the total, null when equal). */
function compare(sheet: ScoreSheet, a: FinalScore, b: FinalScore): { order: number; by: number | null } {
  const total = hundredths(b.total) - hundredths(a.total);
  if (total !== 0) return { order: total, by: -1 };
  for (const [i, t] of sheet.tieBreaks.entries()) {
    const d = tieValue(t, b) - tieValue(t, a);
    if (d !== 0) return { order: d, by: i };
  }
  return { order: 0, by: null };
}

export function rankMembers(sheet: ScoreSheet, members: readonly RankInput[]): RankedMember[] {
  const complete = members.filter((m) => m.score.complete);
  const sorted = [...complete].sort(
    (a, b) => compare(sheet, a.score, b.score).order || a.unitId.localeCompare(b.unitId),
  );
  const ranked: RankedMember[] = [];
  sorted.forEach((m, i) => {
    const previous = sorted[i - 1];
    const sameAsPrevious = previous !== undefined && compare(sheet, previous.score, m.score).by === null;
    const rank = sameAsPrevious ? (ranked[i - 1]?.rank ?? i + 1) : i + 1;
    const next = sorted[i + 1];
    const vsNext = next ? compare(sheet, m.score, next.score).by : -1;
    const tieBreak = vsNext !== null && vsNext >= 0 ? sheet.tieBreaks[vsNext] : undefined;
    ranked.push({
      unitId: m.unitId,
      rank,
      total: m.score.total,
      tiedWith: sorted.filter((o) => o !== m && compare(sheet, o.score, m.score).by === null).map((o) => o.unitId),
      decidedBy: tieBreak ? tieBreakLabel(tieBreak, sheet) : null,
    });
  });
  const pending = members
    .filter((m) => !m.score.complete)
    .map((m) => ({ unitId: m.unitId, rank: null, total: m.score.total, tiedWith: [], decidedBy: null }));
  return [...ranked, ...pending];
}
