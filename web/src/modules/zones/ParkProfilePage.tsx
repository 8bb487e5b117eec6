import { EditOutlined, EnvironmentOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Flex, Row, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LAND_MEASURE_LABELS, type ParkDetail } from '../../../../src/modules/zones/contract';
import { withQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { AsOfPicker } from './AsOfPicker';
import { InfrastructurePanel } from './InfrastructurePanel';
import { LandChart } from './LandChart';
import { LandValueModal } from './LandValueModal';
import { formatDecimal, formatHa } from './labels';
import { StatusTag } from './ParkBits';
import { ParkEventModal } from './ParkEventModal';
import { ParkFormDrawer } from './ParkFormDrawer';
import { ParkIdentity } from './ParkIdentity';
import { ParkTimeline } from './ParkTimeline';
import { PlaceInvestment } from './PlaceInvestment';
import { usePark } from './queries';
import { TrailPanel } from './TrailPanel';
import { WastewaterPanel } from './WastewaterPanel';

function LandNow({ park }: { park: ParkDetail }) {
  const { lang, t } = useLocale();
  const measures = ['planned', 'established', 'industrial', 'leased', 'handed_over'] as const;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      data-testid="park-land-now"
      items={[
        ...measures.map((m) => ({
          key: m,
          label: LAND_MEASURE_LABELS[m][lang],
          children: park.land[m] ? (
            <Flex vertical>
              <span data-testid={`land-${m}`}>{formatHa(park.land[m]!.value)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('parkLand.since', { date: formatDate(park.land[m]!.date), source: park.land[m]!.source })}
              </Typography.Text>
            </Flex>
          ) : (
            '—'
          ),
        })),
        {
          key: 'occupancy',
          label: t('parks.occupancy'),
          children: (
            <Flex vertical>
              <Typography.Text strong data-testid="park-occupancy">
                {park.occupancy.percent ? `${formatDecimal(park.occupancy.percent)} %` : '—'}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(park.occupancy.counted ? 'parks.occupancyCounted' : 'parks.occupancyNotCounted')}
              </Typography.Text>
            </Flex>
          ),
        },
      ]}
    />
  );
}

/**
 * A park's profile as of a date: identity and place (across the 2025 merger), lifecycle and land
 * timeline, land and occupancy over time, wastewater plants, projects and investment, the trail of
 * edits, and the forms to change it for those allowed.
 */
export function ParkProfilePage() {
  const { t } = useLocale();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const park = usePark(id, asOf);
  const [dialog, setDialog] = useState<'edit' | 'event' | 'land' | null>(null);
  const [tab, setTab] = useState('overview');

  if (park.isError) return <LoadError error={park.error} onRetry={() => park.refetch()} />;
  if (!park.data) return <PageLoading />;
  const p = park.data;

  return (
    <Flex vertical gap={16} data-testid="park-profile">
      <Breadcrumb items={[{ title: <Link to={PATHS.parks}>{t('parks.title')}</Link> }, { title: p.name }]} />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="park-title">
            {p.name}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Tag>{p.code}</Tag>
            <StatusTag status={p.statusAsOf?.status ?? null} since={p.statusAsOf?.since ?? null} />
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          {p.lon !== null && (
            <Link to={withQuery(`${PATHS.parks}/ban-do`, { asOf, province: p.provinceCode ?? undefined })}>
              <Button icon={<EnvironmentOutlined />}>{t('parks.onMap')}</Button>
            </Link>
          )}
          {p.permissions.update && (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="park-edit">
              {t('parks.edit')}
            </Button>
          )}
          {p.permissions.recordEvent && (
            <Button icon={<HistoryOutlined />} onClick={() => setDialog('event')} data-testid="park-record-event">
              {t('parkEvent.add')}
            </Button>
          )}
          {p.permissions.updateLand && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('land')} data-testid="park-record-land">
              {t('parkLand.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <AsOfPicker
          value={asOf}
          onChange={(d) => setParams(d ? { asOf: d } : {}, { replace: true })}
          testId="park-as-of"
        />
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        data-testid="park-tabs"
        items={[
          {
            key: 'overview',
            label: t('parks.tabOverview'),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={15}>
                  <ParkIdentity park={p} />
                </Col>
                <Col xs={24} xl={9}>
                  <LandNow park={p} />
                </Col>
                <Col span={24}>
                  <Card size="small" title={t('parks.landOverTime')}>
                    <LandChart series={p.landSeries} asOf={p.asOf} />
                  </Card>
                </Col>
              </Row>
            ),
          },
          { key: 'timeline', label: t('parks.tabTimeline'), children: <ParkTimeline park={p} /> },
          { key: 'infrastructure', label: t('infra.tab'), children: <InfrastructurePanel park={p} /> },
          { key: 'wastewater', label: t('parks.tabWastewater'), children: <WastewaterPanel park={p} /> },
          {
            key: 'investment',
            label: t('parks.tabInvestment'),
            children: <PlaceInvestment place={{ parkId: p.id }} asOf={asOf} />,
          },
          { key: 'trail', label: t('parks.tabTrail'), children: <TrailPanel kind="parks" id={p.id} /> },
        ]}
      />
      <ParkFormDrawer open={dialog === 'edit'} park={p} onClose={() => setDialog(null)} />
      <ParkEventModal park={p} open={dialog === 'event'} onClose={() => setDialog(null)} />
      <LandValueModal park={p} open={dialog === 'land'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
