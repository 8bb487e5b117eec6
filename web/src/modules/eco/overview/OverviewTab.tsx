import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { EcoOverview } from '../../../../../src/modules/eco/overview/overview';
import { api } from '../../../app/api';
import { formatNumber } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { ParkStatusMap } from './ParkStatusMap';

type Overview = z.infer<typeof EcoOverview>;
const STATUS_COLOURS = { qualifies: 'success', prerequisites_met: 'processing', not_ready: 'warning' } as const;
const vi = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v);

/** The ministry's or a Board's view of its eco-parks: where each stands, and what RECP and symbiosis add up to. */
export function OverviewTab() {
  const { t } = useLocale();
  const overview = useQuery({
    queryKey: ['eco', 'overview'],
    queryFn: ({ signal }) => api.get<Overview>('/api/eco/overview', { signal }),
  });
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => overview.refetch()} />;
  const o = overview.data;
  return (
    <Flex vertical gap={16} data-testid="eco-overview">
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('ecorep.ov.intro', { year: o?.year ?? '' })}
      </Typography.Paragraph>
      <Space wrap size={12}>
        {(['qualifies', 'prerequisites_met', 'not_ready'] as const).map((s) => (
          <Card key={s} size="small" style={{ minWidth: 220 }}>
            <Statistic title={t(`ecorep.ov.status.${s}`)} value={o?.byStatus[s] ?? 0} loading={overview.isPending} />
          </Card>
        ))}
      </Space>
      <Flex gap={16} wrap align="start">
        <Card size="small" style={{ flex: '1 1 360px', maxWidth: 480 }}>
          <ParkStatusMap parks={o?.parks ?? []} t={t} />
        </Card>
        <Table
          style={{ flex: '2 1 560px' }}
          rowKey="parkId"
          size="middle"
          loading={overview.isFetching}
          dataSource={o?.parks ?? []}
          locale={{ emptyText: t('ecorep.ov.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('ecorep.park'), dataIndex: 'name' },
            {
              title: t('ecorep.status'),
              key: 'status',
              render: (_, p) => <Tag color={STATUS_COLOURS[p.status]}>{t(`ecorep.ov.status.${p.status}`)}</Tag>,
            },
            { title: t('ecorep.ov.met'), dataIndex: 'met', align: 'right' },
            { title: t('ecorep.ov.notMet'), dataIndex: 'notMet', align: 'right' },
            { title: t('ecorep.ov.unknown'), dataIndex: 'unknown', align: 'right' },
            {
              key: 'open',
              render: (_, p) => (
                <Space>
                  <Link to={`${PATHS.eco}/danh-gia?park=${p.parkId}`}>
                    <Button size="small">{t('ecorep.ov.scorecard')}</Button>
                  </Link>
                  <Button size="small" href={`/api/eco/parks/${p.parkId}/scorecard.xlsx`}>
                    {t('ecorep.export')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Flex>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('ecorep.ov.trends')}
      </Typography.Title>
      <Table
        rowKey="year"
        size="small"
        loading={overview.isFetching}
        dataSource={o?.years ?? []}
        pagination={false}
        columns={[
          { title: t('ecorep.year'), dataIndex: 'year' },
          {
            title: t('ecorep.ov.measures'),
            dataIndex: 'recpMeasures',
            align: 'right',
            render: (v: number) => formatNumber(v),
          },
          { title: t('ecorep.ov.kwh'), dataIndex: 'savedKwh', align: 'right', render: vi },
          { title: t('ecorep.ov.m3'), dataIndex: 'savedM3', align: 'right', render: vi },
          { title: t('ecorep.ov.tonnes'), dataIndex: 'savedTonnes', align: 'right', render: vi },
          { title: t('ecorep.ov.co2'), dataIndex: 'savedTco2e', align: 'right', render: vi },
          { title: t('ecorep.ov.cost'), dataIndex: 'costSavedMillionVnd', align: 'right', render: vi },
          { title: t('ecorep.ov.links'), dataIndex: 'links', align: 'right' },
        ]}
      />
    </Flex>
  );
}
