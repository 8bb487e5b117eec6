import { Alert, Breadcrumb, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PeriodStateValue, ReportFieldView, ReportStatus } from '../../../../src/modules/reporting/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatStamp, PeriodStateTag, StatusTag } from './labels';

export type HeaderFacts = {
  title: string;
  code: string | null;
  status: ReportStatus | null;
  periodLabel: string;
  periodState: PeriodStateValue | null;
  deadline: string | null;
  projectName: string;
  projectCode: string;
  enterpriseName: string | null;
  placeName: string | null;
  currency: string;
  submittedAt: string | null;
  late: boolean;
};

/** Who, what period, which status: the top of a report, for the filer and for the Board alike. */
export function ReportHeader({ facts, extra }: { facts: HeaderFacts; extra?: ReactNode }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[
          { title: <Link to={PATHS.reports}>{t('reporting.title')}</Link> },
          { title: facts.code ?? t('reporting.form.new') },
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-title">
            {facts.title} — {facts.periodLabel}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            {facts.code && (
              <Typography.Text strong data-testid="report-page-code">
                {facts.code}
              </Typography.Text>
            )}
            {facts.status ? (
              <StatusTag status={facts.status} testId="report-page-status" />
            ) : (
              <Tag data-testid="report-page-status">{t('reporting.status.new')}</Tag>
            )}
            {facts.late && <Tag color="orange">{t('reporting.timeliness.late')}</Tag>}
            {facts.periodState && <PeriodStateTag state={facts.periodState} />}
          </Flex>
        </Flex>
        {extra}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'project',
            label: t('reporting.col.project'),
            children: `${facts.projectName} (${facts.projectCode})`,
          },
          ...(facts.enterpriseName
            ? [{ key: 'enterprise', label: t('reporting.col.enterprise'), children: facts.enterpriseName }]
            : []),
          ...(facts.placeName ? [{ key: 'place', label: t('reporting.col.place'), children: facts.placeName }] : []),
          { key: 'deadline', label: t('reporting.deadline'), children: formatDate(facts.deadline) },
          {
            key: 'currency',
            label: t('reporting.currency'),
            children: t(facts.currency === 'USD' ? 'reporting.currency.USD' : 'reporting.currency.VND'),
          },
          ...(facts.submittedAt
            ? [{ key: 'submitted', label: t('reporting.col.submittedAt'), children: formatStamp(facts.submittedAt) }]
            : []),
        ]}
      />
    </Flex>
  );
}

/** The Board's revision request, at the top of the form: the general reason and each field's. */
export function RevisionBanner({
  revision,
  fields,
}: {
  revision: { reason: string; fieldReasons: Record<string, string>; at: string };
  fields: readonly ReportFieldView[];
}) {
  const { lang, t } = useLocale();
  const entries = Object.entries(revision.fieldReasons);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="revision-banner"
      title={t('reporting.revision.banner', { at: formatStamp(revision.at) })}
      description={
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="revision-reason">
            {revision.reason}
          </Typography.Text>
          {entries.map(([key, reason]) => (
            <Typography.Text key={key}>
              • {fields.find((f) => f.key === key)?.label[lang] ?? key}: {reason}
            </Typography.Text>
          ))}
        </Flex>
      }
    />
  );
}
