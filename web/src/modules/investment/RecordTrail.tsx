import { Card, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { RecordAuditPage } from '../../../../src/modules/investment/contract-records';
import { formatDateTime } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { ChangeView } from '../audit/ChangeView';
import { type TrailKind, useTrail } from './queries';

type Entry = RecordAuditPage['items'][number];

/** "Lịch sử thay đổi": who changed this record, when and what (before and after), newest first. */
export function RecordTrail({ kind, id }: { kind: TrailKind; id: string }) {
  const { lang, t } = useLocale();
  const [page, setPage] = useState(1);
  const trail = useTrail(kind, id, page);
  const columns: TableColumnsType<Entry> = [
    { title: t('inv.trail.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
    { title: t('inv.trail.actor'), dataIndex: 'actorLabel', width: 200 },
    { title: t('inv.trail.action'), key: 'action', render: (_, e) => e.label[lang] },
  ];
  return (
    <Card title={t('inv.trail.title')} data-testid="record-trail">
      {trail.isError ? (
        <LoadError error={trail.error} onRetry={() => trail.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={trail.data?.items ?? []}
          loading={trail.isFetching}
          expandable={{ expandedRowRender: (e) => <ChangeView entry={e} /> }}
          pagination={{
            current: page,
            pageSize: 20,
            total: trail.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
        />
      )}
    </Card>
  );
}
