import { DownloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodView, ReportTypeId } from '../../../../src/modules/reporting/contract';
import { withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { StatusTag } from './labels';
import { type Missing, type Params, URLS, useMissing } from './queries';
import { ReopenDialog, type ReopenTarget } from './ReopenDialog';

type Item = Missing['items'][number];

/** Who has not reported for the period: contact for a reminder, days late, the export, and "reopen". */
export function MissingTable({
  query,
  period,
  typeId,
  canReopen,
}: {
  query: Params;
  period: PeriodView;
  typeId: ReportTypeId;
  canReopen: boolean;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const missing = useMissing(query);
  const [reopening, setReopening] = useState<ReopenTarget | null>(null);

  const columns: TableColumnsType<Item> = [
    {
      title: t('reporting.col.project'),
      key: 'project',
      render: (_, m) => (
        <Flex vertical gap={0}>
          <Typography.Text>{m.projectName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reporting.projectCode', { code: m.projectCode })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('reporting.col.enterprise'),
      key: 'enterprise',
      render: (_, m) => (
        <Flex vertical gap={0}>
          <Typography.Text>{m.enterpriseName ?? '—'}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[m.enterpriseTaxCode && t('reporting.taxCode', { code: m.enterpriseTaxCode }), m.contact]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('reporting.col.place'), key: 'place', width: 200, render: (_, m) => m.placeName ?? '—' },
    {
      title: t('reporting.col.status'),
      key: 'status',
      width: 170,
      render: (_, m) =>
        m.reportStatus ? <StatusTag status={m.reportStatus} /> : <Tag>{t('reporting.status.none')}</Tag>,
    },
    {
      title: t('reporting.col.daysLate'),
      key: 'late',
      width: 110,
      align: 'right',
      render: (_, m) =>
        m.daysLate > 0 ? <Typography.Text type="danger">{formatNumber(m.daysLate)}</Typography.Text> : '—',
    },
    ...(canReopen && period.state === 'closed'
      ? [
          {
            title: '',
            key: 'reopen',
            width: 150,
            render: (_: unknown, m: Item) => (
              <Button
                size="small"
                icon={<UnlockOutlined />}
                onClick={() =>
                  setReopening({
                    typeId,
                    period: period.period,
                    periodLabel: period.label[lang],
                    projectId: m.projectId,
                    projectName: m.projectName,
                  })
                }
                data-testid="missing-reopen"
              >
                {t('reporting.reopen.button')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('reporting.missing.title', { count: formatNumber(missing.data?.items.length ?? 0) })}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={withQuery(URLS.missingXlsx, query)}
          download
          data-testid="missing-export"
        >
          {t('reporting.missing.export')}
        </Button>
      }
      data-testid="missing-card"
    >
      <Table
        size="small"
        rowKey="projectId"
        columns={columns}
        dataSource={missing.data?.items ?? []}
        loading={missing.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('reporting.missing.none') }}
        data-testid="missing-table"
      />
      <ReopenDialog
        target={reopening}
        onClose={(done) => {
          if (done && reopening) message.success(t('reporting.reopen.done', { project: reopening.projectName }));
          setReopening(null);
        }}
      />
    </Card>
  );
}
