import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DrillResult, FormCode } from '../../../../src/modules/statistics/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { formatCell, recordPath } from './cells';
import type { CellPick } from './FormTableView';
import { drillFileUrl, type Scope, useDrill } from './queries';

const PAGE_SIZE = 50;

/**
 * The records behind one cell, with the same period and scope as the form: each opens its
 * registry page; the value recomputed from exactly these records is shown beside the cell's.
 */
export function DrillDrawer({
  code,
  scope,
  pick,
  onClose,
}: {
  code: FormCode;
  scope: Scope;
  pick: CellPick | null;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const [page, setPage] = useState(1);
  const drill = useDrill(code, scope, pick?.cell ?? null, page, PAGE_SIZE);
  const data: DrillResult | undefined = drill.data?.cell === pick?.cell ? drill.data : undefined;
  const agrees = data && pick ? Number(data.cellValue) === Number(pick.value) : null;

  const columns = [
    ...(data?.columns ?? []).map((c) => ({
      key: c.key,
      title: c.unit ? `${c.label[lang]} (${c.unit})` : c.label[lang],
      align: c.kind === 'text' ? ('left' as const) : ('right' as const),
      render: (_: unknown, row: DrillResult['rows'][number]) => formatCell(row.values[c.key], c.kind),
    })),
    {
      key: '__open',
      title: '',
      width: 70,
      render: (_: unknown, row: DrillResult['rows'][number]) => {
        const path = data ? recordPath(data.recordKind, row) : null;
        return path ? (
          <Link to={path} data-testid="drill-record-link">
            {t('stats.drill.open')}
          </Link>
        ) : null;
      },
    },
  ];

  return (
    <Drawer
      open={pick !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      size={980}
      title={data ? data.title[lang] : t('stats.drill.title')}
      data-testid="drill-drawer"
      extra={
        pick && (
          <Button icon={<DownloadOutlined />} href={drillFileUrl(code, scope, pick.cell)} data-testid="drill-download">
            {t('stats.drill.download')}
          </Button>
        )
      }
    >
      {drill.error && <Alert type="error" showIcon title={errorText(drill.error, lang)} />}
      {pick && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={pick.rowLabel} span={2}>
              {pick.column.groups.map((g) => `${g[lang]} › `).join('')}
              {pick.column.label[lang]}
              {pick.column.unit ? ` (${pick.column.unit})` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('stats.drill.value')}>
              <strong data-testid="drill-cell-value">{formatCell(pick.value, pick.column.kind)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('stats.drill.recomputed')}>
              <Flex gap={8} align="center">
                <strong data-testid="drill-recomputed">
                  {data ? formatCell(data.cellValue, pick.column.kind) : '…'}
                </strong>
                {agrees !== null && (
                  <Tag color={agrees ? 'green' : 'red'}>
                    {agrees ? t('stats.drill.agrees') : t('stats.drill.differs')}
                  </Tag>
                )}
              </Flex>
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="id"
            loading={drill.isFetching}
            columns={columns}
            dataSource={data?.rows ?? []}
            scroll={{ x: 'max-content' }}
            data-testid="drill-table"
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (n) => t('stats.drill.records', { n }),
              onChange: setPage,
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
}
