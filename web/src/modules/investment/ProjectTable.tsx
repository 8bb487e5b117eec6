import { Flex, Table, type TableColumnsType, type TablePaginationConfig, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import {
  PROJECT_TYPE_LABELS,
  type ProjectPage,
  type ProjectSummary,
  STATUS_LABELS,
} from '../../../../src/modules/investment/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatMoney } from './amounts';
import { PlaceLink } from './PlaceLink';
import type { QueryParams } from './queries';

export const STATUS_COLORS: Record<ProjectSummary['status'], string> = {
  not_issued: 'default',
  valid: 'green',
  revoked: 'red',
  terminated: 'volcano',
};

export function OriginTag({ origin }: { origin: 'FDI' | 'DDI' | null }) {
  if (!origin) return <span>—</span>;
  return <Tag color={origin === 'FDI' ? 'blue' : 'gold'}>{origin}</Tag>;
}

const SORTABLE = ['projectCode', 'name', 'updatedAt'] as const;

/**
 * Projects as the list API returns them, as of its day; sorting and paging are the server's,
 * read from and written to the query parameters given.
 */
export function ProjectTable({
  data,
  loading,
  params,
  set,
  hidePlace = false,
}: {
  data: ProjectPage | undefined;
  loading: boolean;
  params: QueryParams;
  set: (next: QueryParams) => void;
  hidePlace?: boolean;
}) {
  const { lang, t } = useLocale();
  const sortOrder = (key: string) =>
    (params.sort ?? 'projectCode') === key ? (params.order === 'desc' ? 'descend' : 'ascend') : null;
  const columns: TableColumnsType<ProjectSummary> = [
    {
      title: t('inv.project.code'),
      dataIndex: 'projectCode',
      key: 'projectCode',
      width: 150,
      sorter: true,
      sortOrder: sortOrder('projectCode'),
    },
    {
      title: t('inv.project.name'),
      dataIndex: 'name',
      key: 'name',
      width: 340,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, p) => (
        <Flex vertical>
          <Link to={`${PATHS.projects}/${p.id}`} data-testid="project-link">
            {name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {PROJECT_TYPE_LABELS[p.type][lang]}
            {p.sectors.length > 0 && ` · VSIC ${p.sectors.join(', ')}`}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inv.project.enterprise'),
      key: 'enterprise',
      width: 260,
      render: (_, p) =>
        p.enterprise ? (
          <Flex vertical>
            <Link to={`${PATHS.enterprises}/${p.enterprise.id}`}>{p.enterprise.nameVi}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inv.enterprise.taxCode')} {p.enterprise.taxCode}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    ...(hidePlace
      ? []
      : [
          {
            title: t('inv.project.place'),
            key: 'place',
            width: 220,
            render: (_: unknown, p: ProjectSummary) => <PlaceLink place={p} />,
          },
        ]),
    {
      title: 'FDI/DDI',
      dataIndex: 'origin',
      width: 90,
      render: (o: ProjectSummary['origin']) => <OriginTag origin={o} />,
    },
    {
      title: t('inv.project.status'),
      dataIndex: 'status',
      width: 130,
      render: (s: ProjectSummary['status']) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s][lang]}</Tag>,
    },
    {
      title: t('inv.project.registered'),
      dataIndex: 'registeredCapital',
      width: 200,
      align: 'right',
      render: (m: ProjectSummary['registeredCapital']) => formatMoney(m),
    },
  ];

  const onChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<ProjectSummary> | SorterResult<ProjectSummary>[],
  ) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field =
      one?.order && SORTABLE.includes(one.columnKey as (typeof SORTABLE)[number]) ? String(one.columnKey) : undefined;
    set({
      ...params,
      sort: field,
      order: field && one?.order === 'descend' ? 'desc' : undefined,
      page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined,
      pageSize: pagination.pageSize && pagination.pageSize !== 50 ? String(pagination.pageSize) : undefined,
    });
  };

  return (
    <Table<ProjectSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 1350 }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 50,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t('inv.projects.total', { n: formatNumber(total) }),
      }}
      data-testid="projects-table"
    />
  );
}
