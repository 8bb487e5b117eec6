import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { DealsTab } from './DealsTab';
import { ImpactTab } from './ImpactTab';
import { ListingForm } from './ListingForm';
import { ListingTable } from './ListingTable';
import { OverviewTab } from './overview/OverviewTab';
import { useListings } from './queries';
import { RecpTab } from './RecpTab';
import { EcoReportsTab } from './reports/EcoReportsTab';

function Listings({ side }: { side: 'offer' | 'need' }) {
  const { t } = useLocale();
  const { data: me } = useMe();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [code, setCode] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const list = useListings({ side, q: q || undefined, code: /^\d{2,6}$/.test(code) ? code : undefined });
  const canList = me && ['board_officer', 'board_leader', 'enterprise', 'developer'].includes(me.role);
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('eco.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: 320 }}
        />
        <Input
          allowClear
          placeholder={t('eco.code')}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          style={{ width: 240 }}
        />
        {canList && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid={`new-${side}`}>
            {side === 'offer' ? t('eco.new.offer') : t('eco.new.need')}
          </Button>
        )}
      </Space>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <ListingTable items={list.data?.items ?? []} loading={list.isFetching} />
      )}
      <ListingForm side={side} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}

const TABS = ['offers', 'needs', 'deals', 'impact', 'recp', 'reports', 'overview'] as const;

/** "KCN sinh thái": the symbiosis exchange (`?tab=`), with the deal board, impact and RECP. */
export function ExchangePage() {
  const { t } = useLocale();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'offers';
  return (
    <Flex vertical gap={16} data-testid="eco-exchange">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('eco.title')}
        </Typography.Title>
        <Space wrap>
          {me?.scope.enterpriseId && (
            <Link to={`${PATHS.eco}/doanh-nghiep/${me.scope.enterpriseId}`}>
              <Button data-testid="open-enterprise-eco">{t('ecorep.ent.open')}</Button>
            </Link>
          )}
          {me && me.role !== 'enterprise' && (
            <Link to={`${PATHS.eco}/danh-gia`}>
              <Button data-testid="open-scorecard">{t('eco.scorecard')}</Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('eco.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'offers', label: t('eco.tab.offers'), children: <Listings side="offer" /> },
          { key: 'needs', label: t('eco.tab.needs'), children: <Listings side="need" /> },
          { key: 'deals', label: <span data-testid="tab-deals">{t('eco.tab.deals')}</span>, children: <DealsTab /> },
          { key: 'impact', label: t('eco.tab.impact'), children: <ImpactTab /> },
          { key: 'recp', label: t('eco.tab.recp'), children: <RecpTab /> },
          {
            key: 'reports',
            label: <span data-testid="tab-reports">{t('ecorep.tab')}</span>,
            children: <EcoReportsTab />,
          },
          ...(me && (me.role === 'ministry' || me.role === 'board_officer' || me.role === 'board_leader')
            ? [{ key: 'overview', label: t('ecorep.ov.tab'), children: <OverviewTab /> }]
            : []),
        ]}
      />
    </Flex>
  );
}
