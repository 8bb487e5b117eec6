import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type ParkDetail, PLANT_STATUS_LABELS, type PlantOut } from '../../../../src/modules/zones/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { formatDecimal } from './labels';
import { type PlantAction, PlantModal } from './PlantModal';

const STATUS_COLOR = { not_built: 'default', under_construction: 'orange', operating: 'green' } as const;

/** Centralised wastewater plants (Biểu 2105): status and capacities on the page's date, every record, investment. */
export function WastewaterPanel({ park }: { park: ParkDetail }) {
  const { lang, t } = useLocale();
  const [action, setAction] = useState<PlantAction | null>(null);
  const can = park.permissions.updateWastewater;
  const m3 = t('wastewater.unit');

  const columns: TableColumnsType<PlantOut> = [
    { title: t('wastewater.name'), dataIndex: 'name', render: (n: string | null) => n ?? t('wastewater.unnamed') },
    {
      title: t('wastewater.statusOn', { date: formatDate(park.asOf) }),
      key: 'status',
      render: (_, p) =>
        p.asOf ? (
          <Tag color={STATUS_COLOR[p.asOf.status]} data-testid="plant-status-tag">
            {PLANT_STATUS_LABELS[p.asOf.status][lang]} · {t('parks.since', { date: formatDate(p.asOf.since) })}
          </Tag>
        ) : (
          <Tag>{t('wastewater.noRecord')}</Tag>
        ),
    },
    {
      title: t('wastewater.design'),
      key: 'design',
      align: 'right',
      render: (_, p) => formatDecimal(p.asOf?.designCapacity, m3),
    },
    {
      title: t('wastewater.operating'),
      key: 'operating',
      align: 'right',
      render: (_, p) => formatDecimal(p.asOf?.operatingCapacity, m3),
    },
    {
      title: t('wastewater.investment'),
      key: 'investment',
      align: 'right',
      render: (_, p) => (p.investment ? formatDecimal(p.investment.value, p.investment.currency) : '—'),
    },
    ...(can
      ? [
          {
            title: '',
            key: 'actions',
            width: 170,
            render: (_: unknown, p: PlantOut) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setAction({ mode: 'record', plant: p })} data-testid="plant-record">
                  {t('wastewater.record')}
                </Button>
                <Button size="small" type="link" onClick={() => setAction({ mode: 'edit', plant: p })}>
                  {t('wastewater.editShort')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12} data-testid="wastewater-panel">
      {can && (
        <Flex justify="flex-end">
          <Button icon={<PlusOutlined />} onClick={() => setAction({ mode: 'create' })} data-testid="plant-add">
            {t('wastewater.add')}
          </Button>
        </Flex>
      )}
      <Table<PlantOut>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={park.wastewater}
        locale={{ emptyText: t('wastewater.none') }}
        expandable={{
          expandedRowRender: (p) => (
            <Flex vertical gap={4}>
              {p.records.map((r) => (
                <Typography.Text key={`${r.date}-${r.status}`}>
                  {formatDate(r.date)}: {PLANT_STATUS_LABELS[r.status][lang]}
                  {r.designCapacity ? ` · ${t('wastewater.design')} ${formatDecimal(r.designCapacity, m3)}` : ''}
                  {r.operatingCapacity
                    ? ` · ${t('wastewater.operating')} ${formatDecimal(r.operatingCapacity, m3)}`
                    : ''}
                  {` · ${t('parks.source', { source: r.source })}`}
                </Typography.Text>
              ))}
            </Flex>
          ),
        }}
        data-testid="plants-table"
      />
      <PlantModal park={park} action={action} onClose={() => setAction(null)} />
    </Flex>
  );
}
