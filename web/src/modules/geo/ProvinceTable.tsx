import { Table, type TableColumnsType } from 'antd';
import { useEffect, useRef } from 'react';
import type { Edition, Province } from '../../../../src/modules/geo/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import type { RegionStyle } from './regions';

interface Props {
  edition: Edition;
  provinces: Province[];
  regions: RegionStyle[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const byName = (a: Province, b: Province) => a.name.localeCompare(b.name, 'vi');

/** The provinces of the edition; a click selects the row's province on the map too. */
export function ProvinceTable({ edition, provinces, regions, selectedId, onSelect }: Props) {
  const { t } = useLocale();
  const wrapper = useRef<HTMLDivElement>(null);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));

  // bring the selected row into view inside the table's own scroll box, not the page
  useEffect(() => {
    if (!selectedId) return;
    const body = wrapper.current?.querySelector<HTMLElement>('.ant-table-body');
    const row = body?.querySelector<HTMLElement>(`tr[data-row-key="${CSS.escape(selectedId)}"]`);
    if (!body || !row) return;
    if (row.offsetTop < body.scrollTop || row.offsetTop + row.offsetHeight > body.scrollTop + body.clientHeight) {
      body.scrollTop = row.offsetTop - body.clientHeight / 2;
    }
  }, [selectedId]);

  const columns: TableColumnsType<Province> = [
    { title: t('province.stt'), key: 'stt', width: 60, align: 'right', render: (_, __, index) => index + 1 },
    {
      title: t('province.code'),
      dataIndex: 'code',
      width: 100,
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    { title: t('province.name'), dataIndex: 'name', sorter: byName },
    {
      title: t('province.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (kind: Province['kind']) => t(kind === 'city' ? 'province.kind.city' : 'province.kind.province'),
      filters: [
        { text: t('province.kind.province'), value: 'province' },
        { text: t('province.kind.city'), value: 'city' },
      ],
      onFilter: (value, p) => p.kind === value,
    },
    {
      title: t('province.region'),
      dataIndex: 'regionCode',
      render: (code: string | null) => {
        const region = code ? regionByCode.get(code) : undefined;
        if (!region) return t('map.noRegion');
        return (
          <span>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                borderRadius: 2,
                marginRight: 6,
                background: region.color,
              }}
            />
            {region.name}
          </span>
        );
      },
      filters: regions.map((r) => ({ text: r.name, value: r.code })),
      onFilter: (value, p) => p.regionCode === value,
    },
    ...(edition === '34'
      ? ([
          {
            title: t('province.communes'),
            dataIndex: 'communeCount',
            width: 120,
            align: 'right',
            render: (n: number | null) => formatNumber(n),
            sorter: (a, b) => (a.communeCount ?? 0) - (b.communeCount ?? 0),
          },
          {
            title: t('province.predecessors'),
            key: 'predecessors',
            render: (_, p) => p.predecessors.map((u) => u.shortName || u.name).join(', '),
          },
        ] satisfies TableColumnsType<Province>)
      : ([
          {
            title: t('province.successor'),
            key: 'successors',
            render: (_, p) => p.successors.map((u) => u.name).join(', '),
          },
        ] satisfies TableColumnsType<Province>)),
  ];

  return (
    <div ref={wrapper} data-testid="province-table">
      <Table<Province>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={provinces}
        pagination={false}
        scroll={{ y: 440, x: 820 }}
        rowClassName={(p) => (p.id === selectedId ? 'iza-row-selected' : '')}
        onRow={(p) => ({ onClick: () => onSelect(p.id), style: { cursor: 'pointer' } })}
      />
    </div>
  );
}
