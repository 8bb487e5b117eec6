import { Col, Flex, Row, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TrailEntry } from '../../../../src/modules/zones/contract';
import { AUDIT_ACTION_LABELS } from '../../../../src/platform/audit/contract';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { changedKeys } from '../audit/changes';
import { useTrail } from './queries';

function Change({ entry }: { entry: TrailEntry }) {
  const { t } = useLocale();
  const changed = changedKeys(entry.before, entry.after);
  const json = (v: unknown) => (v === null || v === undefined ? t('zonesTrail.empty') : JSON.stringify(v, null, 2));
  return (
    <Flex vertical gap={8}>
      {changed.length > 0 && (
        <Flex gap={4} wrap>
          {changed.map((k) => (
            <Tag key={k} color="orange">
              {k}
            </Tag>
          ))}
        </Flex>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('zonesTrail.before')}</Typography.Text>
          <pre className="iza-json">{json(entry.before)}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('zonesTrail.after')}</Typography.Text>
          <pre className="iza-json">{json(entry.after)}</pre>
        </Col>
      </Row>
    </Flex>
  );
}

/** "Lịch sử chỉnh sửa": who changed the record, what and when (newest first), from the audit log. */
export function TrailPanel({ kind, id }: { kind: 'parks' | 'zones'; id: string }) {
  const { lang, t } = useLocale();
  const [page, setPage] = useState(1);
  const trail = useTrail(kind, id, page);
  const columns: TableColumnsType<TrailEntry> = [
    { title: t('zonesTrail.at'), dataIndex: 'at', width: 190, render: (at: string) => formatDateTime(at) },
    { title: t('zonesTrail.actor'), dataIndex: 'actorLabel', width: 260 },
    {
      title: t('zonesTrail.action'),
      dataIndex: 'action',
      render: (a: string) => AUDIT_ACTION_LABELS[a]?.[lang] ?? a,
    },
  ];
  if (trail.isError) return <LoadError error={trail.error} onRetry={() => trail.refetch()} />;
  return (
    <Table<TrailEntry>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={trail.data?.items ?? []}
      loading={trail.isFetching}
      locale={{ emptyText: t('zonesTrail.none') }}
      expandable={{ expandedRowRender: (entry) => <Change entry={entry} /> }}
      pagination={{
        current: page,
        pageSize: 10,
        total: trail.data?.total ?? 0,
        onChange: setPage,
        showTotal: (n) => t('zonesTrail.total', { n: formatNumber(n) }),
      }}
      data-testid="trail-table"
    />
  );
}
