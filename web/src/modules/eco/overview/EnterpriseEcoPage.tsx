import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { DealList, ListingList, RecpList } from '../../../../../src/modules/eco/contract';
import { api, withQuery } from '../../../app/api';
import { formatDate } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { LoadError } from '../../../ui/LoadError';
import { useEnterprise } from '../../investment/queries';
import { EcoCertificates } from '../certification/EcoCertificates';
import { ListingTable } from '../ListingTable';
import { decimal } from '../labels';
import { EcoReportsTab } from '../reports/EcoReportsTab';

function useEnterpriseEco(enterpriseId: string) {
  const listings = useQuery({
    queryKey: ['eco', 'listings', { enterpriseId, status: 'all' }],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof ListingList>>(withQuery('/api/eco/listings', { enterpriseId, status: 'all' }), { signal }),
  });
  const deals = useQuery({
    queryKey: ['eco', 'deals', ''],
    queryFn: ({ signal }) => api.get<z.infer<typeof DealList>>('/api/eco/deals', { signal }),
  });
  const recp = useQuery({
    queryKey: ['eco', 'recp', enterpriseId],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof RecpList>>(withQuery('/api/eco/recp', { enterpriseId }), { signal }),
  });
  return { listings, deals, recp };
}

/**
 * One enterprise's eco profile: its offers and needs, the deals it is a party to, its RECP
 * measures and its B.4/B.5 reports — what the enterprise sees of itself, or a Board of its firm.
 */
export function EnterpriseEcoPage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const enterprise = useEnterprise(id);
  const { listings, deals, recp } = useEnterpriseEco(id);
  const failed = [listings, deals, recp].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  const own = (deals.data?.items ?? []).filter((d) => d.offer.enterpriseId === id || d.need.enterpriseId === id);
  return (
    <Flex vertical gap={16} data-testid="enterprise-eco">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {enterprise.data?.nameVi ?? ''}
        </Typography.Title>
        <Typography.Text type="secondary">{t('ecorep.ent.title')}</Typography.Text>
      </div>
      <EcoCertificates subject={{ enterpriseId: id }} />
      <Tabs
        items={[
          {
            key: 'listings',
            label: t('ecorep.ent.listings'),
            children: <ListingTable items={listings.data?.items ?? []} loading={listings.isFetching} />,
          },
          {
            key: 'deals',
            label: t('ecorep.ent.deals'),
            children: (
              <Table
                rowKey="id"
                size="middle"
                loading={deals.isFetching}
                dataSource={own}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  {
                    title: t('eco.deal.offer'),
                    key: 'o',
                    render: (_, d) => `${d.offer.enterpriseName} — ${d.offer.title}`,
                  },
                  {
                    title: t('eco.deal.need'),
                    key: 'n',
                    render: (_, d) => `${d.need.enterpriseName} — ${d.need.title}`,
                  },
                  {
                    title: t('ecorep.status'),
                    key: 's',
                    render: (_, d) => <Tag>{t(`eco.deal.status.${d.status}`)}</Tag>,
                  },
                  {
                    title: t('eco.impact.tonnes'),
                    key: 'i',
                    align: 'right',
                    render: (_, d) => decimal(d.impacts.reduce((a, i) => a + Number(i.tonnesDiverted), 0)),
                  },
                ]}
              />
            ),
          },
          {
            key: 'recp',
            label: t('ecorep.ent.recp'),
            children: (
              <Flex vertical gap={8}>
                <Button href={`/api/eco/recp.xlsx?enterpriseId=${id}`} style={{ alignSelf: 'flex-start' }}>
                  {t('ecorep.export')}
                </Button>
                <Table
                  rowKey="id"
                  size="middle"
                  loading={recp.isFetching}
                  dataSource={recp.data?.items ?? []}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: t('eco.recp.type'), key: 'type', render: (_, m) => t(`eco.recp.type.${m.type}`) },
                    { title: t('ecorep.ent.recp'), dataIndex: 'title' },
                    { title: t('ecorep.park'), dataIndex: 'parkName' },
                    { title: t('eco.deal.date'), key: 'd', render: (_, m) => formatDate(m.startedOn) },
                    { title: t('ecorep.ov.kwh'), key: 'k', align: 'right', render: (_, m) => decimal(m.savedKwh) },
                    {
                      title: t('ecorep.ov.cost'),
                      key: 'c',
                      align: 'right',
                      render: (_, m) => decimal(m.costSavedMillionVnd),
                    },
                  ]}
                />
              </Flex>
            ),
          },
          { key: 'reports', label: t('ecorep.ent.reports'), children: <EcoReportsTab enterpriseId={id} /> },
        ]}
      />
    </Flex>
  );
}
