import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  PLANT_STATUS_LABELS,
  SPECIAL_ZONE_KIND_LABELS,
  SPECIAL_ZONE_STATUS_LABELS,
  type SpecialZoneOut,
  type ZoneDetail,
} from '../../../../src/modules/zones/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { formatDecimal, formatHa } from './labels';
import { type SpecialAction, SpecialZoneModal } from './SpecialZoneModal';
import { SpecialZoneWastewaterModal } from './SpecialZoneWastewaterModal';

const STATUS_COLOR = { under_construction: 'orange', operating: 'green', dissolved: 'default' } as const;
const PLANT_COLOR = { not_built: 'default', under_construction: 'orange', operating: 'green' } as const;
const capacity = (v: string | null) => (v === null ? '—' : formatDecimal(v));
const MEASURE_KEYS = {
  established: 'zones.specialEstablished',
  industrial: 'zones.specialIndustrial',
  leased: 'zones.specialLeased',
} as const;

/** Non-tariff, free-trade and bonded zones inside the KKT (Biểu 2112), on the page's date. */
export function SpecialZonesPanel({ zone }: { zone: ZoneDetail }) {
  const { lang, t } = useLocale();
  const [action, setAction] = useState<SpecialAction | null>(null);
  const [plantOf, setPlantOf] = useState<SpecialZoneOut | null>(null);
  const can = zone.permissions.update;
  const columns: TableColumnsType<SpecialZoneOut> = [
    { title: t('parks.code'), dataIndex: 'code', width: 120 },
    {
      title: t('zones.name'),
      dataIndex: 'name',
      width: 240,
      render: (n: string, s) => (
        <Flex vertical>
          <span>{n}</span>
          <Typography.Text type="secondary">{SPECIAL_ZONE_KIND_LABELS[s.kind][lang]}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('zones.specialStatus'),
      key: 'status',
      width: 230,
      render: (_, s) =>
        s.status ? (
          <Tag color={STATUS_COLOR[s.status.status]}>
            {SPECIAL_ZONE_STATUS_LABELS[s.status.status][lang]} ·{' '}
            {t('parks.since', { date: formatDate(s.status.since) })}
          </Tag>
        ) : (
          <Tag>{t('parks.noStatus')}</Tag>
        ),
    },
    {
      title: t('zones.foundingDoc'),
      key: 'doc',
      width: 200,
      render: (_, s) =>
        s.decisionNo ? `${s.decisionNo}${s.decisionDate ? ` (${formatDate(s.decisionDate)})` : ''}` : '—',
    },
    {
      title: t('zones.specialEstablished'),
      key: 'est',
      width: 120,
      align: 'right',
      render: (_, s) => formatHa(s.areas.established?.value),
    },
    {
      title: t('zones.specialIndustrial'),
      key: 'ind',
      width: 120,
      align: 'right',
      render: (_, s) => formatHa(s.areas.industrial?.value),
    },
    {
      title: t('zones.specialLeased'),
      key: 'lea',
      width: 120,
      align: 'right',
      render: (_, s) => formatHa(s.areas.leased?.value),
    },
    {
      title: t('szww.column'),
      key: 'plant',
      width: 230,
      render: (_, s) => {
        const w = s.wastewater.asOf;
        if (!w) return <Typography.Text type="secondary">{t('szww.none')}</Typography.Text>;
        return (
          <Flex vertical data-testid={`szww-${s.code}`}>
            <Tag color={PLANT_COLOR[w.status]} style={{ width: 'fit-content' }}>
              {PLANT_STATUS_LABELS[w.status][lang]} · {t('parks.since', { date: formatDate(w.since) })}
            </Tag>
            {w.designCapacity !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('szww.capacity', { design: capacity(w.designCapacity), operating: capacity(w.operatingCapacity) })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    ...(can
      ? [
          {
            title: '',
            key: 'actions',
            width: 220,
            render: (_: unknown, s: SpecialZoneOut) => (
              <Flex gap={0} wrap>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setAction({ mode: 'status', special: s })}
                  data-testid="special-record-status"
                >
                  {t('zones.recordStatus')}
                </Button>
                <Button size="small" type="link" onClick={() => setAction({ mode: 'area', special: s })}>
                  {t('zones.recordArea')}
                </Button>
                <Button size="small" type="link" onClick={() => setPlantOf(s)} data-testid="szww-record">
                  {t('szww.record')}
                </Button>
                <Button size="small" type="link" onClick={() => setAction({ mode: 'edit', special: s })}>
                  {t('wastewater.editShort')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12} data-testid="special-zones">
      {can && (
        <Flex justify="flex-end">
          <Button icon={<PlusOutlined />} onClick={() => setAction({ mode: 'create' })} data-testid="special-add">
            {t('zones.addSpecial')}
          </Button>
        </Flex>
      )}
      <Table<SpecialZoneOut>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={zone.specialZones}
        data-testid="special-table"
        scroll={{ x: 1350 }}
        locale={{ emptyText: t('zones.noSpecial') }}
        expandable={{
          expandedRowRender: (s) => (
            <Flex vertical gap={2}>
              {s.statuses.map((r) => (
                <Typography.Text key={r.date}>
                  {formatDate(r.date)}: {SPECIAL_ZONE_STATUS_LABELS[r.status][lang]}
                  {r.decisionNo ? ` · ${r.decisionNo}` : ''} · {t('parks.source', { source: r.source })}
                </Typography.Text>
              ))}
              {s.wastewater.records.map((r) => (
                <Typography.Text key={`plant-${r.date}`} type="secondary">
                  {t('szww.history', {
                    date: formatDate(r.date),
                    status: PLANT_STATUS_LABELS[r.status][lang],
                    capacity:
                      r.designCapacity === null
                        ? ''
                        : ` · ${t('szww.capacity', { design: capacity(r.designCapacity), operating: capacity(r.operatingCapacity) })}`,
                  })}{' '}
                  · {t('parks.source', { source: r.source })}
                </Typography.Text>
              ))}
              {s.areaHistory.map((a) => (
                <Typography.Text key={`${a.measure}-${a.date}`} type="secondary">
                  {formatDate(a.date)}: {t(MEASURE_KEYS[a.measure])} {formatHa(a.value)} ·{' '}
                  {t('parks.source', { source: a.source })}
                </Typography.Text>
              ))}
            </Flex>
          ),
        }}
      />
      <SpecialZoneModal zone={zone} action={action} onClose={() => setAction(null)} />
      <SpecialZoneWastewaterModal zone={zone} special={plantOf} onClose={() => setPlantOf(null)} />
    </Flex>
  );
}
