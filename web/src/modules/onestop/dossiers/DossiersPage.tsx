import {
  Button,
  Card,
  Flex,
  Input,
  Segmented,
  Select,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  BOARD_UNIT_LABELS,
  BOARD_UNITS,
  type DossierSummary,
} from '../../../../../src/modules/onestop/dossiers/contract';
import { formatDateTime } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { useMe } from '../../../app/session';
import { LoadError } from '../../../ui/LoadError';
import { DeskDialog } from './DeskDialog';
import { ClockFlags, clockColor, StateTag, timeLeft } from './labels';
import { type ListParams, useDossiers } from './queries';
import { SubmitDialog } from './SubmitDialog';

/**
 * "Hồ sơ của tôi" for an enterprise (its own dossiers and clocks, online submission), and the
 * Board's work queue (its own, a unit's or the whole Board's) sorted by time left, late in red and
 * due soon in orange.
 */
export function DossiersPage() {
  const { t, lang } = useLocale();
  const { data: me } = useMe();
  const enterprise = me?.role === 'enterprise';
  const board = me?.role === 'board_officer' || me?.role === 'board_leader';
  const [params, setParams] = useState<ListParams>({});
  const [dialog, setDialog] = useState<'submit' | 'desk' | null>(null);
  const list = useDossiers(params);
  const scope = params.mine ?? (me?.role === 'board_officer' && !params.unit ? 'true' : 'false');

  const columns: TableColumnsType<DossierSummary> = [
    {
      title: t('dossier.col.code'),
      key: 'code',
      width: 170,
      render: (_, d) => (
        <Link to={`${PATHS.dossiers}/${d.id}`} data-testid="dossier-code">
          {d.code}
        </Link>
      ),
    },
    {
      title: t('dossier.col.procedure'),
      key: 'procedure',
      ellipsis: true,
      render: (_, d) => (
        <Flex vertical gap={0} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: d.subject }}>{d.subject}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: d.procedureName }}>
            {enterprise ? d.procedureCode : `${d.applicantName} · ${d.procedureCode}`} · {d.procedureName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('dossier.col.state'),
      key: 'state',
      width: 190,
      render: (_, d) => <StateTag d={d} lang={lang} />,
    },
    ...(board
      ? [
          {
            title: t('dossier.col.holder'),
            key: 'holder',
            width: 200,
            render: (_: unknown, d: DossierSummary) => (
              <Flex vertical gap={0}>
                <span>{BOARD_UNIT_LABELS[d.unit][lang]}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.officerName ?? '—'}
                </Typography.Text>
              </Flex>
            ),
          },
        ]
      : []),
    { title: t('dossier.col.due'), key: 'due', width: 150, render: (_, d) => formatDateTime(d.clock.dueAt) },
    {
      title: t('dossier.col.left'),
      key: 'left',
      width: 190,
      render: (_, d) => (
        <Flex vertical gap={4}>
          <Typography.Text strong style={{ color: clockColor(d.clock) }}>
            {timeLeft(d.clock, t)}
          </Typography.Text>
          <ClockFlags clock={d.clock} t={t} />
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="dossiers-page">
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(enterprise ? 'dossier.mine.title' : 'dossier.queue.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(enterprise ? 'dossier.mine.intro' : 'dossier.queue.intro')}
          </Typography.Text>
        </div>
        {enterprise && (
          <Button type="primary" onClick={() => setDialog('submit')} data-testid="dossier-submit-open">
            {t('dossier.submit.open')}
          </Button>
        )}
        {board && (
          <Button type="primary" onClick={() => setDialog('desk')} data-testid="dossier-desk-open">
            {t('dossier.desk.open')}
          </Button>
        )}
      </Flex>
      <Flex gap={12} wrap>
        <Card size="small">
          <Statistic title={t('dossier.count.open')} value={list.data?.counts.open ?? '—'} />
        </Card>
        <Card size="small">
          <Statistic
            title={t('dossier.count.dueSoon')}
            value={list.data?.counts.dueSoon ?? '—'}
            valueStyle={{ color: '#d46b08' }}
          />
        </Card>
        <Card size="small">
          <Statistic
            title={t('dossier.count.late')}
            value={list.data?.counts.late ?? '—'}
            valueStyle={{ color: '#cf1322' }}
          />
        </Card>
      </Flex>
      <Flex gap={8} wrap>
        {board && (
          <Segmented
            value={scope}
            onChange={(v) => setParams({ ...params, mine: v as 'true' | 'false' })}
            options={[
              { value: 'true', label: t('dossier.scope.mine') },
              { value: 'false', label: t('dossier.scope.board') },
            ]}
            data-testid="dossier-scope"
          />
        )}
        {board && (
          <Select
            allowClear
            placeholder={t('dossier.unit.all')}
            value={params.unit}
            onChange={(unit) => setParams({ ...params, unit })}
            options={BOARD_UNITS.map((u) => ({ value: u, label: BOARD_UNIT_LABELS[u][lang] }))}
            style={{ width: 260 }}
          />
        )}
        <Segmented
          value={params.status ?? 'open'}
          onChange={(v) => setParams({ ...params, status: v as 'open' | 'all' })}
          options={[
            { value: 'open', label: t('dossier.status.open') },
            { value: 'all', label: t('dossier.status.all') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('dossier.search')}
          onSearch={(q) => setParams({ ...params, q: q || undefined })}
          style={{ width: 320 }}
        />
      </Flex>
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('dossier.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        rowClassName={(d) => (d.clock.late ? 'dossier-row-late' : d.clock.dueSoon ? 'dossier-row-soon' : '')}
        onRow={(d) => ({
          style: d.clock.late ? { background: '#fff1f0' } : d.clock.dueSoon ? { background: '#fff7e6' } : undefined,
        })}
        data-testid="dossier-table"
      />
      <SubmitDialog open={dialog === 'submit'} onClose={() => setDialog(null)} />
      {board && <DeskDialog open={dialog === 'desk'} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
