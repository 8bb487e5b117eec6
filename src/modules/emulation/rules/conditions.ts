/**
 * One condition of a title checked over a candidate's history: met, not met (with the failing
 * fact) or unknown (which years or facts are missing). Pure; every number comes from the rule data.
 */
import {
  type AwardKind,
  type Condition,
  DISCIPLINE_ORDER,
  type Discipline,
  RATING_ORDER,
  type Rating,
  SCOPE_ORDER,
  type Share,
} from './contract';
import type { CandidateHistory, YearRecord } from './history';

export type ConditionStatus = 'met' | 'not_met' | 'unknown';

export interface ConditionResult {
  status: ConditionStatus;
  reasonVi: string;
  reasonEn: string;
  /** Years with no record that the condition needed. */
  missingYears: number[];
}

export interface CheckContext {
  history: CandidateHistory;
  year: number;
  /** Award kinds that count as grounds (the rule version's `countingKinds`). */
  countingKinds: readonly AwardKind[];
  /** Title names for the reasons, by key. */
  nameOf: (key: string) => { vi: string; en: string };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ratingAtLeast = (r: Rating, min: Rating) => RATING_ORDER.indexOf(r) <= RATING_ORDER.indexOf(min);
const disciplineAtLeast = (d: Discipline, min: Discipline) =>
  DISCIPLINE_ORDER.indexOf(d) >= DISCIPLINE_ORDER.indexOf(min);
/** count/total compared with num/den in integers, so 7/10 of 10 members is exactly 7. */
export const meetsShare = (count: number, total: number, s: Share) =>
  s.comparator === 'at_least' ? count * s.den >= s.num * total : count * s.den > s.num * total;
const pct = (s: Share) => `${s.comparator === 'at_least' ? '≥' : '>'} ${Math.round((s.num / s.den) * 1000) / 10}%`;
const list = (years: number[]) => years.join(', ');

const met = (vi: string, en: string): ConditionResult => ({
  status: 'met',
  reasonVi: vi,
  reasonEn: en,
  missingYears: [],
});
const notMet = (vi: string, en: string): ConditionResult => ({
  status: 'not_met',
  reasonVi: vi,
  reasonEn: en,
  missingYears: [],
});
const unknown = (vi: string, en: string, missingYears: number[] = []): ConditionResult => ({
  status: 'unknown',
  reasonVi: vi,
  reasonEn: en,
  missingYears,
});

export function checkCondition(c: Condition, ctx: CheckContext): ConditionResult {
  const byYear = new Map(ctx.history.years.map((y) => [y.year, y]));
  const at = (year: number): YearRecord | undefined => byYear.get(year);
  const holds = (rec: YearRecord, keys: readonly string[]) =>
    rec.awards.some((a) => keys.includes(a.key) && ctx.countingKinds.includes(a.kind));
  const names = (keys: readonly string[]) => ({
    vi: keys.map((k) => ctx.nameOf(k).vi).join(' / '),
    en: keys.map((k) => ctx.nameOf(k).en).join(' / '),
  });
  const current = at(ctx.year);
  const noYear = () => unknown(`Chưa có dữ liệu năm ${ctx.year}.`, `No record for ${ctx.year}.`, [ctx.year]);

  switch (c.kind) {
    case 'consecutive_titles': {
      const end = ctx.year - c.endOffset;
      const window = range(end - c.years + 1, end);
      const n = names(c.titles);
      const gaps = window.filter((y) => at(y) && !holds(at(y) as YearRecord, c.titles));
      const missing = window.filter((y) => !at(y));
      if (gaps.length > 0)
        return notMet(
          `Không đạt ${n.vi} năm ${list(gaps)} (cần ${c.years} năm liên tục ${list(window)}).`,
          `No ${n.en} in ${list(gaps)} (needs ${c.years} consecutive years ${list(window)}).`,
        );
      if (missing.length > 0)
        return unknown(
          `Thiếu dữ liệu năm ${list(missing)} để xét ${c.years} năm liên tục ${n.vi}.`,
          `Missing records for ${list(missing)} to check ${c.years} consecutive years of ${n.en}.`,
          missing,
        );
      return met(
        `Đạt ${n.vi} ${c.years} năm liên tục ${list(window)}.`,
        `${n.en} in ${c.years} consecutive years ${list(window)}.`,
      );
    }
    case 'title_in_year': {
      const n = names(c.titles);
      if (!current) return noYear();
      return holds(current, c.titles)
        ? met(`Đạt ${n.vi} năm ${ctx.year}.`, `${n.en} in ${ctx.year}.`)
        : notMet(`Chưa đạt ${n.vi} năm ${ctx.year}.`, `No ${n.en} in ${ctx.year}.`);
    }
    case 'rating': {
      const window = range(ctx.year - c.years + 1, ctx.year);
      const low = window.filter((y) => {
        const r = at(y)?.rating;
        return r != null && !ratingAtLeast(r, c.atLeast);
      });
      const missing = window.filter((y) => at(y)?.rating == null);
      const what = ratingLabel(c.atLeast);
      if (low.length > 0)
        return notMet(
          `Năm ${list(low)} không được xếp loại ${what.vi} trở lên.`,
          `Not rated ${what.en} or better in ${list(low)}.`,
        );
      if (missing.length > 0)
        return unknown(
          `Chưa có xếp loại năm ${list(missing)}.`,
          `No duty rating recorded for ${list(missing)}.`,
          missing,
        );
      return met(
        `Xếp loại ${what.vi} trở lên ${c.years} năm (${list(window)}).`,
        `Rated ${what.en} or better for ${c.years} year(s) (${list(window)}).`,
      );
    }
    case 'initiatives': {
      const window = range(ctx.year - c.years + 1, ctx.year);
      const min = SCOPE_ORDER.indexOf(c.minScope);
      const count = window.reduce(
        (sum, y) => sum + (at(y)?.initiatives.filter((s) => SCOPE_ORDER.indexOf(s) >= min).length ?? 0),
        0,
      );
      const missing = window.filter((y) => !at(y));
      const scope = scopeLabel(c.minScope);
      if (count >= c.count)
        return met(
          `${count} sáng kiến ${scope.vi} trong ${list(window)}.`,
          `${count} initiative(s) at ${scope.en} level in ${list(window)}.`,
        );
      if (missing.length > 0)
        return unknown(
          `Có ${count}/${c.count} sáng kiến ${scope.vi}; thiếu dữ liệu năm ${list(missing)}.`,
          `${count}/${c.count} initiative(s) at ${scope.en} level; missing records for ${list(missing)}.`,
          missing,
        );
      return notMet(
        `Chỉ có ${count}/${c.count} sáng kiến ${scope.vi} trong ${list(window)}.`,
        `Only ${count}/${c.count} initiative(s) at ${scope.en} level in ${list(window)}.`,
      );
    }
    case 'no_discipline': {
      if (!current) return noYear();
      if (current.assessed === false)
        return unknown(`Chưa ghi kỷ luật năm ${ctx.year}.`, `No disciplinary record for ${ctx.year}.`, [ctx.year]);
      const heavy = current.disciplines.filter((d) => disciplineAtLeast(d, c.atLeast));
      const what = disciplineLabel(c.atLeast);
      return heavy.length > 0
        ? notMet(
            `Có kỷ luật từ ${what.vi} trở lên năm ${ctx.year}.`,
            `Disciplined at ${what.en} or above in ${ctx.year}.`,
          )
        : met(`Không có kỷ luật từ ${what.vi} trở lên.`, `No discipline at ${what.en} or above.`);
    }
    case 'member_title_share':
    case 'member_title_count':
    case 'member_rating_share': {
      if (!current) return noYear();
      const m = current.members;
      if (!m || m.total === 0)
        return unknown(`Chưa có số liệu thành viên năm ${ctx.year}.`, `No member figures for ${ctx.year}.`, [ctx.year]);
      if (c.kind === 'member_rating_share') {
        const rated = RATING_ORDER.reduce((s, r) => s + (m.ratings[r] ?? 0), 0);
        if (rated < m.total)
          return unknown(
            `Chưa có xếp loại của ${m.total - rated}/${m.total} thành viên năm ${ctx.year}.`,
            `No duty rating for ${m.total - rated} of ${m.total} members in ${ctx.year}.`,
          );
        const count = RATING_ORDER.filter((r) => ratingAtLeast(r, c.atLeast)).reduce(
          (s, r) => s + (m.ratings[r] ?? 0),
          0,
        );
        const what = ratingLabel(c.atLeast);
        const text = {
          vi: `${count}/${m.total} thành viên ${what.vi} trở lên (cần ${pct(c.share)})`,
          en: `${count}/${m.total} members ${what.en} or better (needs ${pct(c.share)})`,
        };
        return meetsShare(count, m.total, c.share)
          ? met(`${text.vi}.`, `${text.en}.`)
          : notMet(`${text.vi}.`, `${text.en}.`);
      }
      const count = c.titles.reduce((s, k) => s + (m.titles[k] ?? 0), 0);
      const n = names(c.titles);
      if (c.kind === 'member_title_count') {
        const text = {
          vi: `${count} thành viên đạt ${n.vi} (cần ít nhất ${c.count})`,
          en: `${count} member(s) with ${n.en} (needs at least ${c.count})`,
        };
        return count >= c.count ? met(`${text.vi}.`, `${text.en}.`) : notMet(`${text.vi}.`, `${text.en}.`);
      }
      const text = {
        vi: `${count}/${m.total} thành viên đạt ${n.vi} (cần ${pct(c.share)})`,
        en: `${count}/${m.total} members with ${n.en} (needs ${pct(c.share)})`,
      };
      return meetsShare(count, m.total, c.share)
        ? met(`${text.vi}.`, `${text.en}.`)
        : notMet(`${text.vi}.`, `${text.en}.`);
    }
    case 'block_rank': {
      const rank = current?.blockRank;
      if (rank == null)
        return unknown(
          `Chưa có xếp hạng khối năm ${ctx.year}.`,
          `No block ranking for ${ctx.year}.`,
          current ? [] : [ctx.year],
        );
      return rank <= c.maxRank
        ? met(
            `Xếp hạng ${rank} trong khối (cần ≤ ${c.maxRank}).`,
            `Ranked ${rank} in the block (needs ≤ ${c.maxRank}).`,
          )
        : notMet(
            `Xếp hạng ${rank} trong khối (cần ≤ ${c.maxRank}).`,
            `Ranked ${rank} in the block (needs ≤ ${c.maxRank}).`,
          );
    }
    case 'earlier_award': {
      const n = names(c.awards);
      const earlier = ctx.history.years.filter((y) => y.year < ctx.year);
      const found = earlier.find((y) => holds(y, c.awards));
      if (found) return met(`Đã được tặng ${n.vi} năm ${found.year}.`, `Received ${n.en} in ${found.year}.`);
      if (earlier.length === 0)
        return unknown(`Chưa có dữ liệu các năm trước ${ctx.year}.`, `No records before ${ctx.year}.`, [ctx.year - 1]);
      return notMet(`Chưa được tặng ${n.vi}.`, `Has not received ${n.en}.`);
    }
    case 'attestation':
      return current?.attestations.includes(c.key)
        ? met(`Hội đồng xác nhận: ${c.labelVi}.`, `Council confirmed: ${c.labelEn}.`)
        : unknown(`Cần Hội đồng xác nhận: ${c.labelVi}.`, `Needs the council's confirmation: ${c.labelEn}.`);
  }
}

export function ratingLabel(r: Rating): { vi: string; en: string } {
  return {
    excellent: { vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'excellent' },
    good: { vi: 'hoàn thành tốt nhiệm vụ', en: 'good' },
    completed: { vi: 'hoàn thành nhiệm vụ', en: 'completed' },
    not_completed: { vi: 'không hoàn thành nhiệm vụ', en: 'not completed' },
  }[r];
}

function scopeLabel(s: (typeof SCOPE_ORDER)[number]): { vi: string; en: string } {
  return {
    grassroots: { vi: 'cấp cơ sở', en: 'grassroots' },
    ministry_province: { vi: 'cấp bộ, tỉnh', en: 'ministry/province' },
    national: { vi: 'toàn quốc', en: 'national' },
  }[s];
}

function disciplineLabel(d: Discipline): { vi: string; en: string } {
  return {
    reprimand: { vi: 'khiển trách', en: 'reprimand' },
    warning: { vi: 'cảnh cáo', en: 'warning' },
    demotion: { vi: 'hạ bậc, giáng chức', en: 'demotion' },
    dismissal: { vi: 'cách chức, buộc thôi việc', en: 'dismissal' },
  }[d];
}
