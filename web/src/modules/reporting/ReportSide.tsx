import { WarningFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReportFieldView } from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { Lifecycle } from './Lifecycle';
import { formatStamp } from './labels';
import { fromApiDecimal } from './numbers';
import type { Report } from './queries';

type StoredConfirmation = Report['confirmations'][number];

/**
 * The plausibility warnings the submitter confirmed, with value, reason, who and when: highlighted
 * for the Board that reviews the report, and shown back to the enterprise.
 */
export function ConfirmationsCard({
  confirmations,
  fields,
}: {
  confirmations: readonly StoredConfirmation[];
  fields: readonly ReportFieldView[];
}) {
  const { lang, t } = useLocale();
  if (confirmations.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <WarningFilled style={{ color: '#cf1322' }} />
          <span>{t('reporting.confirmations.title', { count: confirmations.length })}</span>
        </Flex>
      }
      styles={{ header: { background: '#fff1f0' }, body: { background: '#fff1f0' }, title: { whiteSpace: 'normal' } }}
      style={{ borderColor: '#ffa39e' }}
      data-testid="report-confirmations"
    >
      <Flex vertical gap={10}>
        {confirmations.map((c) => (
          <Flex key={`${c.field}-${c.code}`} vertical gap={0} data-testid={`confirmation-${c.field}`}>
            <Typography.Text strong>
              {fields.find((f) => f.key === c.field)?.label[lang] ?? c.field}: {fromApiDecimal(c.value)}
            </Typography.Text>
            <Typography.Text type="danger">{t(`reporting.warningCode.${c.code}`)}</Typography.Text>
            <Typography.Text>{t('reporting.confirmations.reason', { reason: c.reason })}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.by} · {formatStamp(c.at)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** Beside the form: what was confirmed, and the lifecycle. */
export function ReportSide({ report, fields }: { report: Report | null; fields: readonly ReportFieldView[] }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={16}>
      {report && <ConfirmationsCard confirmations={report.confirmations} fields={fields} />}
      {report && (
        <Card size="small" title={t('reporting.lifecycle.title')}>
          <Lifecycle reportId={report.id} fields={fields} />
        </Card>
      )}
    </Flex>
  );
}
