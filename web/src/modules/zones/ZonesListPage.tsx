import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { KKT_TYPE_LABELS, KKT_TYPES, type ZoneSummary } from '../../../../src/modules/zones/contract';
import { withQuery } from '../../app/api';
import { formatDate, formatNumber, searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { AsOfPicker } from './AsOfPicker';
import { editionOn, formatHa, oneOf, optionsOf } from './labels';
import { BOARD_ROLES } from './ParksListPage';
import { useProvincesOn, useZones } from './queries';
import { ZoneFormDrawer } from './ZoneFormDrawer';

/** "Khu kinh tế": the KKT the user may see, by province on a date and type; URL keeps the filters. */
export function ZonesListPage() {
  const { lang, t } = useLocale();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const filter = useMemo(
    () => ({
      q: params.get('q') || undefined,
      asOf: params.get('asOf') || undefined,
      province: params.get('province') || undefined,
      type: oneOf(params.get('type'), KKT_TYPES),
    }),
    [params],
  );
  const setFilter = (next: typeof filter) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v) as [string, string][]));
  const [search, setSearch] = useState(filter.q ?? '');
  useEffect(() => setSearch(filter.q ?? ''), [filter.q]);
  const zones = useZones(filter);
  const provinces = useProvincesOn(filter.asOf);
  const provinceName = (code: string | null) =>
    code ? (provinces.data?.items.find((p) => p.code === code)?.name ?? code) : '—';

  const columns: TableColumnsType<ZoneSummary> = [
    { title: t('parks.code'), dataIndex: 'code', width: 110 },
    {
      title: t('zones.name'),
      dataIndex: 'name',
      render: (name: string, z) => (
        <Flex vertical>
          <Link to={withQuery(`${PATHS.zones}/${z.id}`, { asOf: filter.asOf })} data-testid="zone-link">
            {name}
          </Link>
          <Typography.Text type="secondary">{KKT_TYPE_LABELS[z.type][lang]}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('parks.province'), dataIndex: 'provinceCode', width: 180, render: provinceName },
    {
      title: t('zones.decision'),
      key: 'decision',
      width: 200,
      render: (_, z) =>
        z.decisionNo ? `${z.decisionNo}${z.decisionDate ? ` (${formatDate(z.decisionDate)})` : ''}` : '—',
    },
    { title: t('zones.landHa'), dataIndex: 'establishedLandHa', align: 'right', width: 130, render: formatHa },
    { title: t('zones.waterHa'), dataIndex: 'establishedWaterHa', align: 'right', width: 130, render: formatHa },
  ];

  return (
    <Flex vertical gap={16} data-testid="zones-page">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('zones.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<FileExcelOutlined />} href={withQuery('/api/zones.xlsx', filter)} data-testid="zones-export">
            {t('parks.export')}
          </Button>
          {me && BOARD_ROLES.includes(me.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="zone-add">
              {t('zones.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card>
        <Flex gap={12} wrap align="center">
          <Input.Search
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined })}
            placeholder={t('zones.searchPlaceholder')}
            enterButton={t('app.search')}
            allowClear
            style={{ width: 320 }}
            data-testid="zones-search"
          />
          <AsOfPicker
            value={filter.asOf}
            onChange={(asOf) =>
              setFilter({
                ...filter,
                asOf,
                province: editionOn(asOf) === editionOn(filter.asOf) ? filter.province : undefined,
              })
            }
          />
          <Select<string>
            value={filter.province}
            onChange={(province) => setFilter({ ...filter, province })}
            allowClear
            showSearch={{ filterOption: (i, o) => searchKey(String(o?.label ?? '')).includes(searchKey(i)) }}
            placeholder={t('parks.allProvinces')}
            options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
            style={{ width: 250 }}
            data-testid="zones-province"
          />
          <Select<string>
            value={filter.type}
            onChange={(type) => setFilter({ ...filter, type: oneOf(type ?? null, KKT_TYPES) })}
            allowClear
            placeholder={t('zones.allTypes')}
            options={optionsOf(KKT_TYPE_LABELS, lang)}
            style={{ width: 250 }}
            data-testid="zones-type"
          />
        </Flex>
      </Card>
      {zones.isError && <LoadError error={zones.error} onRetry={() => zones.refetch()} />}
      <Card>
        <Table<ZoneSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={zones.data?.items ?? []}
          loading={zones.isFetching}
          scroll={{ x: 1000 }}
          pagination={{ defaultPageSize: 50, showTotal: (n) => t('zones.count', { n: formatNumber(n) }) }}
          data-testid="zones-table"
        />
      </Card>
      <ZoneFormDrawer
        open={creating}
        zone={null}
        onClose={() => setCreating(false)}
        onSaved={(z) => navigate(`${PATHS.zones}/${z.id}`)}
      />
    </Flex>
  );
}
