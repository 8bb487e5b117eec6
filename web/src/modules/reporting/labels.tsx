import { Tag } from 'antd';
import {
  type PeriodStateValue,
  REPORT_STATUS_LABELS,
  type ReportStatus,
} from '../../../../src/modules/reporting/contract';
import type { Role } from '../../../../src/platform/auth/contract';
import { TIME_ZONE } from '../../app/format';
import { useLocale } from '../../app/locale';

export const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  pending: 'gold',
  accepted: 'green',
  revision_requested: 'red',
};

export const PERIOD_STATE_COLORS: Record<PeriodStateValue, string> = {
  not_due: 'default',
  open: 'blue',
  closed: 'volcano',
};

export const PERIOD_STATES: readonly PeriodStateValue[] = ['not_due', 'open', 'closed'];

export function StatusTag({ status, testId }: { status: ReportStatus; testId?: string }) {
  const { lang } = useLocale();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {REPORT_STATUS_LABELS[status][lang]}
    </Tag>
  );
}

export function PeriodStateTag({ state, testId }: { state: PeriodStateValue; testId?: string }) {
  const { t } = useLocale();
  return (
    <Tag color={PERIOD_STATE_COLORS[state]} data-testid={testId} data-state={state}>
      {t(`reporting.periodState.${state}`)}
    </Tag>
  );
}

/** Roles that file reports for their own enterprise's projects. */
export const FILERS: readonly Role[] = ['enterprise', 'developer'];
/** Roles that receive and review reports of their province. */
export const BOARDS: readonly Role[] = ['board_officer', 'board_leader'];
export const READERS: readonly Role[] = [...FILERS, ...BOARDS, 'ministry'];

const hourMinute = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as HH:mm in Hà Nội time (the autosave indicator). */
export const formatHourMinute = (d: Date) => hourMinute.format(d);

/** A list timestamp as dd/MM/yyyy HH:mm (C.6) in Hà Nội time. */
export function formatStamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
  return `${day} ${hourMinute.format(date)}`;
}
