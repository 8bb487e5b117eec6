import { Drawer, Empty, Flex, Timeline, Typography } from 'antd';
import type { ReportFieldView } from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { formatStamp, STATUS_COLORS, StatusTag } from './labels';
import { fromApiDecimal } from './numbers';
import { useReportEvents } from './queries';

const DOT: Record<string, string> = { default: 'gray', gold: 'orange', green: 'green', red: 'red' };

type Values = Record<string, string | number | boolean | null>;

function shown(v: string | number | boolean | null | undefined, yes: string, no: string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? yes : no;
  return fromApiDecimal(v);
}

/** What a Board edit or a resubmission changed: one line per field whose value differs. */
function Changes({ before, after, fields }: { before: Values; after: Values; fields: readonly ReportFieldView[] }) {
  const { lang, t } = useLocale();
  const yes = t('reporting.yes');
  const no = t('reporting.no');
  const changed = fields.filter((f) => (before[f.key] ?? null) !== (after[f.key] ?? null));
  if (changed.length === 0) return null;
  return (
    <Flex vertical gap={0} data-testid="event-changes">
      {changed.map((f) => (
        <Typography.Text key={f.key} type="secondary" style={{ fontSize: 13 }}>
          {f.label[lang]}: {shown(before[f.key], yes, no)} → <strong>{shown(after[f.key], yes, no)}</strong>
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * The lifecycle log of a report (C.3): newest first, each entry with its time (dd/MM/yyyy HH:mm),
 * the new status, "full name – role", the action, the reason of a revision request (and its
 * per-field reasons), and for edits what changed.
 */
export function Lifecycle({ reportId, fields }: { reportId: string; fields: readonly ReportFieldView[] }) {
  const { lang, t } = useLocale();
  const events = useReportEvents(reportId);
  if (events.isPending) return <PageLoading />;
  if (events.isError) return <LoadError error={events.error} onRetry={() => events.refetch()} />;
  if (events.data.items.length === 0) return <Empty description={t('reporting.lifecycle.empty')} />;
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label[lang] ?? key;
  return (
    <Timeline
      data-testid="report-lifecycle"
      items={events.data.items.map((e) => ({
        key: e.id,
        color: DOT[STATUS_COLORS[e.toStatus]] ?? 'blue',
        content: (
          <Flex vertical gap={2} data-testid={`lifecycle-${e.action}`}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{formatStamp(e.at)}</Typography.Text>
              <StatusTag status={e.toStatus} />
            </Flex>
            <Typography.Text>
              {e.actionLabel[lang]} — {e.actor}
            </Typography.Text>
            {e.reason && (
              <Typography.Text type="danger" data-testid="lifecycle-reason">
                {t('reporting.lifecycle.reason', { reason: e.reason })}
              </Typography.Text>
            )}
            {e.fieldReasons &&
              Object.entries(e.fieldReasons).map(([field, reason]) => (
                <Typography.Text key={field} type="danger" style={{ fontSize: 13 }}>
                  • {labelOf(field)}: {reason}
                </Typography.Text>
              ))}
            {e.before && e.after && <Changes before={e.before} after={e.after} fields={fields} />}
          </Flex>
        ),
      }))}
    />
  );
}

export function LifecycleDrawer({
  reportId,
  code,
  fields,
  onClose,
}: {
  reportId: string | null;
  code: string;
  fields: readonly ReportFieldView[];
  onClose: () => void;
}) {
  const { t } = useLocale();
  return (
    <Drawer
      open={reportId !== null}
      onClose={onClose}
      title={t('reporting.lifecycle.titleOf', { code })}
      size={520}
      destroyOnHidden
      data-testid="lifecycle-drawer"
    >
      {reportId && <Lifecycle reportId={reportId} fields={fields} />}
    </Drawer>
  );
}
