/**
 * When an enterprise's periodic report on project implementation is due, as versioned data
 * (Law on Investment 61/2020/QH14 Art. 72; Decree 31/2021/NĐ-CP Art. 102(1)): each schedule names
 * its period kind, the day of the following month-or-year its window closes, its legal basis and
 * the dates it is in force. A change in the law is one more record, never a new constant in code.
 *
 * The decree says "trước ngày 10" and "trước ngày 31 tháng 3"; following the registry issue and
 * the national system's practice, the deadline day itself is still in time (`deadlineInclusive`).
 */
import { isIsoDate } from '../../kernel/calendar/local-time';

export type ReportKind = 'quarterly_implementation' | 'annual_implementation';

export type ReportingSchedule = {
  id: string;
  report: ReportKind;
  periodKind: 'quarter' | 'year';
  /** The window opens this many days after the period ends (0: the next day). */
  opensDaysAfterEnd: number;
  /** The deadline: this day of the month that comes `deadlineMonthsAfterEnd` months after the period's last month. */
  deadlineMonthsAfterEnd: number;
  deadlineDay: number;
  deadlineInclusive: boolean;
  legalBasis: string;
  /** Inclusive ISO dates; the schedule applies to periods that end inside this window. */
  effectiveFrom: string;
  effectiveTo: string | null;
};

export const REPORTING_SCHEDULES: readonly ReportingSchedule[] = [
  {
    id: 'nd31-2021-art102-quarter',
    report: 'quarterly_implementation',
    periodKind: 'quarter',
    opensDaysAfterEnd: 0,
    deadlineMonthsAfterEnd: 1,
    deadlineDay: 10,
    deadlineInclusive: true,
    legalBasis:
      'Điều 72 Luật Đầu tư số 61/2020/QH14; điểm a khoản 1 Điều 102 Nghị định 31/2021/NĐ-CP: báo cáo quý trước ngày 10 của tháng đầu quý sau',
    effectiveFrom: '2021-03-26',
    effectiveTo: null,
  },
  {
    id: 'nd31-2021-art102-year',
    report: 'annual_implementation',
    periodKind: 'year',
    opensDaysAfterEnd: 0,
    deadlineMonthsAfterEnd: 3,
    deadlineDay: 31,
    deadlineInclusive: true,
    legalBasis:
      'Điều 72 Luật Đầu tư số 61/2020/QH14; điểm b khoản 1 Điều 102 Nghị định 31/2021/NĐ-CP: báo cáo năm trước ngày 31 tháng 3 năm sau',
    effectiveFrom: '2021-03-26',
    effectiveTo: null,
  },
  {
    id: 'nd118-2015-art71-quarter',
    report: 'quarterly_implementation',
    periodKind: 'quarter',
    opensDaysAfterEnd: 0,
    deadlineMonthsAfterEnd: 1,
    deadlineDay: 10,
    deadlineInclusive: true,
    legalBasis:
      'Điều 71 Luật Đầu tư số 67/2014/QH13; Điều 71 Nghị định 118/2015/NĐ-CP: báo cáo quý trước ngày 10 của tháng đầu quý sau (chưa đối chiếu văn bản gốc – unverified; kỳ trước 01/7/2015 theo cùng hạn – unverified)',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2021-03-25',
  },
  {
    id: 'nd118-2015-art71-year',
    report: 'annual_implementation',
    periodKind: 'year',
    opensDaysAfterEnd: 0,
    deadlineMonthsAfterEnd: 3,
    deadlineDay: 31,
    deadlineInclusive: true,
    legalBasis:
      'Điều 71 Luật Đầu tư số 67/2014/QH13; Điều 71 Nghị định 118/2015/NĐ-CP: báo cáo năm trước ngày 31 tháng 3 năm sau (chưa đối chiếu văn bản gốc – unverified; kỳ trước 01/7/2015 theo cùng hạn – unverified)',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2021-03-25',
  },
];

/** Every record has a legal basis, a real deadline day and consecutive, non-overlapping windows per report. */
export function checkSchedules(schedules: readonly ReportingSchedule[]): string[] {
  const problems: string[] = [];
  for (const s of schedules) {
    if (!s.legalBasis.trim()) problems.push(`${s.id}: no legal basis`);
    if (!isIsoDate(s.effectiveFrom) || (s.effectiveTo !== null && !isIsoDate(s.effectiveTo)))
      problems.push(`${s.id}: dates must be YYYY-MM-DD`);
    if (s.deadlineDay < 1 || s.deadlineDay > 31) problems.push(`${s.id}: deadline day ${s.deadlineDay}`);
    if (s.opensDaysAfterEnd < 0) problems.push(`${s.id}: window opens before the period ends`);
  }
  for (const report of new Set(schedules.map((s) => s.report))) {
    const own = schedules
      .filter((s) => s.report === report)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < own.length; i++) {
      const prev = own[i - 1]!;
      if (prev.effectiveTo === null || prev.effectiveTo >= own[i]!.effectiveFrom)
        problems.push(`${own[i]!.id}: overlaps ${prev.id}`);
    }
  }
  return problems;
}
