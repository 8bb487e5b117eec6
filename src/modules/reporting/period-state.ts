/**
 * The state of a reporting period on a day, as the national system shows it: not yet due (Chưa tới
 * hạn), within the window (Trong thời hạn) or past the period (Qua kỳ báo cáo). Pure: the
 * schedule comes from reporting-schedules.ts, the day from the caller's Hà Nội clock.
 */
import { addDays } from '../../kernel/calendar/local-time';
import { AppError } from '../../kernel/errors';
import { type Period, periodCode, periodEnd } from '../../kernel/period';
import { REPORTING_SCHEDULES, type ReportingSchedule, type ReportKind } from './reporting-schedules';

export type PeriodState = 'not_due' | 'open' | 'closed';

export const PERIOD_STATE_LABELS: Record<PeriodState, { vi: string; en: string }> = {
  not_due: { vi: 'Chưa tới hạn', en: 'Not yet due' },
  open: { vi: 'Trong thời hạn', en: 'Within the reporting window' },
  closed: { vi: 'Qua kỳ báo cáo', en: 'Past the reporting period' },
};

export type ReportingWindow = {
  period: string;
  /** First day a report may be filed. */
  opensOn: string;
  /** Last day a report is on time. */
  deadline: string;
  schedule: Pick<ReportingSchedule, 'id' | 'legalBasis'>;
};

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The schedule in force for a period (by its last day), or a 422 naming the period. */
export function scheduleFor(
  report: ReportKind,
  period: Period,
  schedules: readonly ReportingSchedule[] = REPORTING_SCHEDULES,
): ReportingSchedule {
  const end = periodEnd(period);
  const found = schedules.find(
    (s) =>
      s.report === report &&
      s.periodKind === period.kind &&
      s.effectiveFrom <= end &&
      (s.effectiveTo === null || end <= s.effectiveTo),
  );
  if (!found) {
    throw new AppError(
      'UNPROCESSABLE',
      `Không có quy định hạn nộp báo cáo áp dụng cho kỳ ${periodCode(period)}.`,
      `No reporting deadline rule applies to the period ${periodCode(period)}.`,
    );
  }
  return found;
}

export function reportingWindow(
  report: ReportKind,
  period: Period,
  schedules: readonly ReportingSchedule[] = REPORTING_SCHEDULES,
): ReportingWindow {
  const s = scheduleFor(report, period, schedules);
  const end = periodEnd(period);
  const [y, m] = end.split('-').map(Number) as [number, number];
  const months = y * 12 + (m - 1) + s.deadlineMonthsAfterEnd;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  // A deadline day past the month's end (31 in a 30-day month) is the month's last day.
  const day = Math.min(s.deadlineDay, lastDayOfMonth(year, month));
  const named = `${year}-${pad(month)}-${pad(day)}`;
  return {
    period: periodCode(period),
    opensOn: addDays(end, 1 + s.opensDaysAfterEnd),
    deadline: s.deadlineInclusive ? named : addDays(named, -1),
    schedule: { id: s.id, legalBasis: s.legalBasis },
  };
}

export function periodStateOn(window: ReportingWindow, today: string): PeriodState {
  if (today < window.opensOn) return 'not_due';
  return today <= window.deadline ? 'open' : 'closed';
}
