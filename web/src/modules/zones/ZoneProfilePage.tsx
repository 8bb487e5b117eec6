import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  KKT_AREA_MEASURE_LABELS,
  KKT_AREA_MEASURES,
  KKT_FUNCTIONAL_AREA_DEFS,
  KKT_TYPE_LABELS,
  type KktFunctionalArea,
  type ParkSummary,
  type ZoneDetail,
} from '../../../../src/modules/zones/contract';
import { withQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { AsOfPicker } from './AsOfPicker';
import { formatCoord, formatHa } from './labels';
import { StatusTag } from './ParkBits';
import { PlaceInvestment } from './PlaceInvestment';
import { useParks, useZone } from './queries';
import { SpecialZonesPanel } from './SpecialZonesPanel';
import { TrailPanel } from './TrailPanel';
import { ZoneAreaModal } from './ZoneAreaModal';
import { ZoneFormDrawer } from './ZoneFormDrawer';

/** The functional areas (Biểu 2110) in force on the date, each function by measure, with the totals. */
function AreasTable({ zone }: { zone: ZoneDetail }) {
  const { lang, t } = useLocale();
  const value = (area: KktFunctionalArea, measure: string) =>
    zone.areas.find((a) => a.area === area && a.measure === measure)?.value ?? null;
  const rows = (Object.keys(KKT_FUNCTIONAL_AREA_DEFS) as KktFunctionalArea[]).map((area) => ({ area }));
  return (
    <Table
      rowKey="area"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      data-testid="zone-areas"
      columns={[
        {
          title: t('zones.function'),
          dataIndex: 'area',
          render: (a: KktFunctionalArea) => KKT_FUNCTIONAL_AREA_DEFS[a][lang],
        },
        ...KKT_AREA_MEASURES.map((m) => ({
          title: KKT_AREA_MEASURE_LABELS[m][lang],
          key: m,
          align: 'right' as const,
          render: (_: unknown, r: { area: KktFunctionalArea }) =>
            (KKT_FUNCTIONAL_AREA_DEFS[r.area].measures as readonly string[]).includes(m)
              ? formatHa(value(r.area, m))
              : '',
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('zones.total')}</Typography.Text>
          </Table.Summary.Cell>
          {KKT_AREA_MEASURES.map((m, i) => (
            <Table.Summary.Cell key={m} index={i + 1} align="right">
              <Typography.Text strong>{formatHa(zone.totals[m])}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

function ParksInZone({ zone, asOf }: { zone: ZoneDetail; asOf: string | undefined }) {
  const { t } = useLocale();
  const parks = useParks({ zoneId: zone.id, asOf, pageSize: 200 });
  return (
    <Table<ParkSummary>
      rowKey="id"
      size="small"
      loading={parks.isFetching}
      dataSource={parks.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('zones.noParks') }}
      columns={[
        { title: t('parks.code'), dataIndex: 'code', width: 150 },
        {
          title: t('parks.name'),
          dataIndex: 'name',
          render: (n: string, p) => <Link to={withQuery(`${PATHS.parks}/${p.id}`, { asOf })}>{n}</Link>,
        },
        {
          title: t('parks.statusOn'),
          key: 's',
          render: (_, p) => <StatusTag status={p.status} since={p.statusSince} />,
        },
        { title: t('parks.establishedArea'), dataIndex: 'establishedArea', align: 'right', render: formatHa },
      ]}
      data-testid="zone-parks"
    />
  );
}

/** An economic zone as of a date: identity, decisions, land and water, functional areas, special zones, parks, investment, trail. */
export function ZoneProfilePage() {
  const { lang, t } = useLocale();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const zone = useZone(id, asOf);
  const [dialog, setDialog] = useState<'edit' | 'area' | null>(null);
  if (zone.isError) return <LoadError error={zone.error} onRetry={() => zone.refetch()} />;
  if (!zone.data) return <PageLoading />;
  const z = zone.data;
  const unit = (u: { id: string; name: string } | null) => (u ? `${u.name} (${u.id})` : '—');

  return (
    <Flex vertical gap={16} data-testid="zone-profile">
      <Breadcrumb items={[{ title: <Link to={PATHS.zones}>{t('zones.title')}</Link> }, { title: z.name }]} />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {z.name}
          </Typography.Title>
          <Flex gap={8}>
            <Tag>{z.code}</Tag>
            <Tag color="blue">{KKT_TYPE_LABELS[z.type][lang]}</Tag>
          </Flex>
        </Flex>
        {z.permissions.update && (
          <Flex gap={8}>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="zone-edit">
              {t('zones.edit')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setDialog('area')} data-testid="zone-record-area">
              {t('zones.recordArea')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Card size="small">
        <AsOfPicker
          value={asOf}
          onChange={(d) => setParams(d ? { asOf: d } : {}, { replace: true })}
          testId="zone-as-of"
        />
      </Card>
      <Tabs
        items={[
          {
            key: 'overview',
            label: t('parks.tabOverview'),
            children: (
              <Flex vertical gap={16}>
                <Descriptions
                  bordered
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  items={[
                    { key: 'type', label: t('zones.type'), children: KKT_TYPE_LABELS[z.type][lang] },
                    {
                      key: 'asof',
                      label: t('parks.provinceOn', { date: formatDate(z.asOf) }),
                      children: unit(z.province.asOf),
                    },
                    { key: 'rec', label: t('parks.recordedUnit'), children: unit(z.province.recorded) },
                    { key: 'now', label: t('zones.provinceToday'), children: unit(z.province.current) },
                    { key: 'commune', label: t('parks.commune'), children: z.commune ?? '—' },
                    {
                      key: 'dec',
                      label: t('zones.decision'),
                      children: z.decisionNo
                        ? `${z.decisionNo}${z.decisionDate ? ` (${formatDate(z.decisionDate)})` : ''}${z.decisionAuthority ? ` — ${z.decisionAuthority}` : ''}`
                        : '—',
                    },
                    {
                      key: 'plan',
                      label: t('zones.planDecisionNo'),
                      children: z.generalPlanDecisionNo
                        ? `${z.generalPlanDecisionNo}${z.generalPlanDecisionDate ? ` (${formatDate(z.generalPlanDecisionDate)})` : ''}`
                        : '—',
                    },
                    { key: 'land', label: t('zones.landHa'), children: formatHa(z.establishedLandHa) },
                    { key: 'water', label: t('zones.waterHa'), children: formatHa(z.establishedWaterHa) },
                    {
                      key: 'point',
                      label: t('parks.point'),
                      children:
                        z.lon !== null && z.lat !== null ? `${formatCoord(z.lon)}° E, ${formatCoord(z.lat)}° N` : '—',
                    },
                  ]}
                />
                <Card size="small" title={t('zones.areasTitle')}>
                  <AreasTable zone={z} />
                </Card>
              </Flex>
            ),
          },
          { key: 'special', label: t('zones.tabSpecial'), children: <SpecialZonesPanel zone={z} /> },
          { key: 'parks', label: t('zones.tabParks'), children: <ParksInZone zone={z} asOf={asOf} /> },
          {
            key: 'investment',
            label: t('parks.tabInvestment'),
            children: <PlaceInvestment place={{ zoneId: z.id }} asOf={asOf} />,
          },
          { key: 'trail', label: t('parks.tabTrail'), children: <TrailPanel kind="zones" id={z.id} /> },
        ]}
      />
      <ZoneFormDrawer open={dialog === 'edit'} zone={z} onClose={() => setDialog(null)} />
      <ZoneAreaModal zone={z} open={dialog === 'area'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
