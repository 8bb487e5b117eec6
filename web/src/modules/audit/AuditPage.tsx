import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTION_LABELS, type AuditEntry } from '../../../../src/platform/audit/contract';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { AuditFilters } from './AuditFilters';
import { ChangeView } from './ChangeView';
import { type AuditFilter, useAuditPage } from './queries';

const TEXT_FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const PAGE_SIZES = [20, 50, 100, 200];

/** "Nhật ký hệ thống": who did what and when, paged by the server; the URL keeps the filters. */
export function AuditPage() {
  const { t, lang } = useLocale();
  const [params, setParams] = useSearchParams();

  const filter = useMemo<AuditFilter>(() => {
    const f: AuditFilter = {
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 50,
    };
    for (const key of TEXT_FILTERS) {
      const v = params.get(key);
      if (v) f[key] = v;
    }
    return f;
  }, [params]);
  const criteria = useMemo(() => {
    const { page: _page, pageSize: _size, ...rest } = filter;
    return rest;
  }, [filter]);

  const setFilter = (next: AuditFilter) => {
    const entries = Object.entries(next).filter(([, v]) => v !== undefined && v !== '');
    setParams(Object.fromEntries(entries.map(([k, v]) => [k, String(v)])));
  };

  const audit = useAuditPage(filter);

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: `${t('audit.at')} (${t('audit.timezone')})`,
      dataIndex: 'at',
      width: 200,
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
    { title: t('audit.actor'), dataIndex: 'actorLabel', width: 200 },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (a: string) => (
        <Flex vertical gap={2}>
          {AUDIT_ACTION_LABELS[a] && <span>{AUDIT_ACTION_LABELS[a][lang]}</span>}
          <Typography.Text code type="secondary" style={{ fontSize: 12, alignSelf: 'flex-start' }}>
            {a}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 150 },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (id: string | null) => id ?? t('app.none'),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? t('app.none') },
  ];

  return (
    <Flex vertical gap={16} data-testid="audit-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card>
        <AuditFilters value={criteria} onChange={(c) => setFilter({ ...c, page: 1, pageSize: filter.pageSize })} />
      </Card>
      {audit.isError && <LoadError error={audit.error} onRetry={() => audit.refetch()} />}
      <Card>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (entry) => <ChangeView entry={entry} /> }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: audit.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('audit.total', { n: formatNumber(total) }),
            onChange: (page, pageSize) =>
              setFilter({ ...criteria, page: pageSize === filter.pageSize ? page : 1, pageSize }),
          }}
          data-testid="audit-table"
        />
      </Card>
    </Flex>
  );
}
