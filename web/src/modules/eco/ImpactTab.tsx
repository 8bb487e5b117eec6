import { Alert, Button, Flex, Table } from 'antd';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { decimal } from './labels';
import { useImpact } from './queries';

/** Impact per park and year, and how often the matcher's suggestions became operating deals. */
export function ImpactTab() {
  const { t } = useLocale();
  const impact = useImpact();
  if (impact.isError) return <LoadError error={impact.error} onRetry={() => impact.refetch()} />;
  const p = impact.data?.precision;
  return (
    <Flex vertical gap={12}>
      <Button href="/api/eco/deals.xlsx" style={{ alignSelf: 'flex-start' }} data-testid="deals-export">
        {t('ecorep.export')}
      </Button>
      {p && p.proposed > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('eco.impact.precision', {
            operating: p.reachedOperating,
            proposed: p.proposed,
            agreed: p.reachedAgreed,
            share: `${decimal(Math.round((p.share ?? 0) * 1000) / 10)}%`,
          })}
          data-testid="precision"
        />
      )}
      <Table
        rowKey={(r) => `${r.parkId}:${r.year}`}
        size="middle"
        loading={impact.isPending}
        dataSource={impact.data?.rows ?? []}
        locale={{ emptyText: t('eco.impact.empty') }}
        pagination={false}
        data-testid="impact-table"
        columns={[
          { title: t('eco.col.park'), dataIndex: 'parkName' },
          { title: t('eco.impact.year'), dataIndex: 'year' },
          { title: t('eco.impact.links'), dataIndex: 'links', align: 'right' },
          { title: t('eco.impact.tonnes'), dataIndex: 'tonnesDiverted', align: 'right', render: decimal },
          { title: t('eco.impact.water'), dataIndex: 'waterM3', align: 'right', render: decimal },
          { title: t('eco.impact.energy'), dataIndex: 'energyMwh', align: 'right', render: decimal },
          { title: t('eco.impact.co2'), dataIndex: 'tco2e', align: 'right', render: decimal },
          { title: t('eco.impact.cost'), dataIndex: 'costSavedMillionVnd', align: 'right', render: decimal },
        ]}
      />
    </Flex>
  );
}
