import { EnvironmentOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  LOCATION_CLASS_LABELS,
  LOCATION_CLASSES,
  PARK_KINDS,
  PARK_SORTS,
  PARK_STATUSES,
  type ParkSummary,
} from '../../../../src/modules/zones/contract';
import { withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { formatHa, oneOf } from './labels';
import { KindTags, StatusTag } from './ParkBits';
import { type ParkFilter, ParkFilters } from './ParkFilters';
import { ParkFormDrawer } from './ParkFormDrawer';
import { useParks, useProvincesOn, useZones } from './queries';

const PAGE_SIZES = [20, 50, 100, 200];
const FILTER_KEYS = ['q', 'asOf', 'province', 'kind', 'status', 'locationClass', 'zoneId'] as const;
export const BOARD_ROLES = ['board_leader', 'board_officer'];

/**
 * "Khu công nghiệp": the parks the user may see, filtered, sorted and paged by the server; the
 * URL keeps every choice, and "Xuất Excel" downloads the same selection.
 */
export function ParksListPage() {
  const { lang, t } = useLocale();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);

  const filter = useMemo<ParkFilter>(() => {
    const f: ParkFilter = {};
    for (const key of FILTER_KEYS) f[key] = params.get(key) || undefined;
    f.status = oneOf(params.get('status'), PARK_STATUSES);
    f.kind = oneOf(params.get('kind'), PARK_KINDS);
    f.locationClass = oneOf(params.get('locationClass'), LOCATION_CLASSES);
    return f;
  }, [params]);
  const sort = oneOf(params.get('sort'), PARK_SORTS) ?? 'name';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 50;
  const query = { ...filter, sort, order, page, pageSize };

  const setQuery = (next: Record<string, string | number | undefined>) =>
    setParams(
      Object.fromEntries(
        Object.entries(next)
          .filter(([k, v]) => v !== undefined && v !== '' && !(k === 'page' && v === 1))
          .map(([k, v]) => [k, String(v)]),
      ),
    );

  const parks = useParks(query);
  const provinces = useProvincesOn(filter.asOf);
  const zones = useZones();
  const provinceName = (code: string | null) =>
    code ? (provinces.data?.items.find((p) => p.code === code)?.name ?? code) : t('app.none');
  const zoneName = (id: string | null) => (id ? (zones.data?.items.find((z) => z.id === id)?.name ?? '') : '');
  const canCreate = me ? BOARD_ROLES.includes(me.role) : false;
  const { page: _p, pageSize: _s, ...exportQuery } = query;

  const columns: TableColumnsType<ParkSummary> = [
    {
      title: t('parks.code'),
      dataIndex: 'code',
      key: 'code',
      width: 120,
      sorter: true,
      sortOrder: sort === 'code' ? (order === 'asc' ? 'ascend' : 'descend') : null,
    },
    {
      title: t('parks.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sort === 'name' ? (order === 'asc' ? 'ascend' : 'descend') : null,
      render: (name: string, p) => (
        <Flex vertical gap={4}>
          <Link to={`${PATHS.parks}/${p.id}`} data-testid="park-link">
            {name}
          </Link>
          <KindTags kinds={p.kinds} hidePlain />
        </Flex>
      ),
    },
    {
      title: t('parks.location'),
      key: 'location',
      width: 210,
      render: (_, p) => (
        <Flex vertical>
          <span>{LOCATION_CLASS_LABELS[p.locationClass][lang]}</span>
          {p.parentZoneId && <Typography.Text type="secondary">{zoneName(p.parentZoneId)}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('parks.province'),
      dataIndex: 'provinceCode',
      width: 170,
      render: (code: string | null) => provinceName(code),
    },
    {
      title: t('parks.statusOn'),
      key: 'status',
      width: 240,
      render: (_, p) => <StatusTag status={p.status} since={p.statusSince} />,
    },
    {
      title: t('parks.establishedArea'),
      dataIndex: 'establishedArea',
      key: 'establishedArea',
      width: 130,
      align: 'right',
      sorter: true,
      sortOrder: sort === 'establishedArea' ? (order === 'asc' ? 'ascend' : 'descend') : null,
      render: (v: string | null) => formatHa(v),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="parks-page">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('parks.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Link
            to={withQuery(`${PATHS.parks}/ban-do`, {
              asOf: filter.asOf,
              province: filter.province,
              status: filter.status,
            })}
          >
            <Button icon={<EnvironmentOutlined />} data-testid="parks-map-link">
              {t('parks.map')}
            </Button>
          </Link>
          <Button
            icon={<FileExcelOutlined />}
            href={withQuery('/api/parks.xlsx', exportQuery)}
            data-testid="parks-export"
          >
            {t('parks.export')}
          </Button>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="park-add">
              {t('parks.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card>
        <ParkFilters value={filter} onChange={(f) => setQuery({ ...f, sort, order, pageSize })} />
      </Card>
      {parks.isError && <LoadError error={parks.error} onRetry={() => parks.refetch()} />}
      <Card>
        <Table<ParkSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={parks.data?.items ?? []}
          loading={parks.isFetching}
          scroll={{ x: 1100 }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const nextSort = s?.order ? String(s.columnKey) : 'name';
            const nextOrder = s?.order === 'descend' ? 'desc' : 'asc';
            const sortChanged = nextSort !== sort || nextOrder !== order;
            setQuery({
              ...filter,
              sort: nextSort,
              order: nextOrder,
              page: sortChanged || pagination.pageSize !== pageSize ? 1 : pagination.current,
              pageSize: pagination.pageSize,
            });
          }}
          pagination={{
            current: page,
            pageSize,
            total: parks.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('parks.total', { n: formatNumber(total) }),
          }}
          data-testid="parks-table"
        />
      </Card>
      <ParkFormDrawer
        open={creating}
        park={null}
        onClose={() => setCreating(false)}
        onSaved={(p) => navigate(`${PATHS.parks}/${p.id}`)}
      />
    </Flex>
  );
}
