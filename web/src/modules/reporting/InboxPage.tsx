import {
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Select,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type ReportStatus } from '../../../../src/modules/reporting/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { ParkSelect } from '../investment/pickers';
import { ExportLink } from './ExportLink';
import { DebouncedSearch } from './FilerFilters';
import { formatStamp, StatusTag } from './labels';
import { type Params, type ReportList, usePeriods, useReports } from './queries';
import { ReceiverNav } from './ReceiverNav';

const RECEIVED: ReportStatus[] = ['pending', 'revision_requested', 'accepted'];
const isStatus = (v: string): v is ReportStatus => (REPORT_STATUSES as readonly string[]).includes(v);

/** The inbox's filters in the address; the status starts on "Chờ duyệt" (C.4), `status=all` for every status. */
function useInboxFilters() {
  const [search, setSearch] = useSearchParams();
  const values = useMemo(() => {
    const raw = search.getAll('status');
    const year = Number(search.get('year'));
    return {
      year: Number.isInteger(year) && year >= 2000 ? year : undefined,
      period: search.get('period') ?? undefined,
      parkId: search.get('parkId') ?? undefined,
      q: search.get('q') ?? undefined,
      page: Number(search.get('page')) || 1,
      status: raw.length === 0 ? (['pending'] as ReportStatus[]) : raw.filter(isStatus),
    };
  }, [search]);
  const set = (next: Partial<typeof values>) => {
    const merged = { ...values, page: 1, ...next };
    const out = new URLSearchParams();
    for (const k of ['year', 'period', 'parkId', 'q'] as const) if (merged[k]) out.set(k, String(merged[k]));
    if (merged.page > 1) out.set('page', String(merged.page));
    if (merged.status.length === 0) out.set('status', 'all');
    for (const s of merged.status) out.append('status', s);
    setSearch(out, { replace: true });
  };
  return [values, set] as const;
}

/** Total of a status under the other filters (a one-row page: only its count is read). */
function useCount(base: Params, status: ReportStatus) {
  const list = useReports({ ...base, page: 1, pageSize: 1 }, { status: [status] });
  return list.data?.total;
}

/**
 * The Board's (and the ministry's) inbox of received reports: summary cards, filters by period,
 * park, status and search (report code, project, enterprise), newest first; each opens the
 * review page.
 */
export function InboxPage() {
  const { lang, t } = useLocale();
  const [f, set] = useInboxFilters();
  const quarters = usePeriods('quarterly_implementation', f.year);
  const years = usePeriods('annual_implementation', f.year);
  const base: Params = { year: f.year, period: f.period, parkId: f.parkId, q: f.q };
  const list = useReports({ ...base, page: f.page, pageSize: 20 }, { status: f.status });
  const pending = useCount(base, 'pending');
  const revision = useCount(base, 'revision_requested');
  const accepted = useCount(base, 'accepted');
  // Received = submitted at least once: drafts are not in the Board's count.
  const total =
    pending === undefined || revision === undefined || accepted === undefined
      ? undefined
      : pending + revision + accepted;
  const cards = { total, pending, revision, accepted };
  const periodOptions = [...(quarters.data?.items ?? []), ...(years.data?.items ?? [])]
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn))
    .map((p) => ({ value: p.period, label: p.label[lang] }));

  type Item = ReportList['items'][number];
  const columns: TableColumnsType<Item> = [
    {
      title: t('reporting.col.code'),
      key: 'code',
      width: 150,
      render: (_, r) => (
        <Link to={`${PATHS.reports}/${r.id}`} data-testid="inbox-code">
          {r.code}
        </Link>
      ),
    },
    {
      title: t('reporting.col.projectEnterprise'),
      key: 'project',
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Typography.Text>{r.projectName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.enterpriseName} · {t('reporting.projectCode', { code: r.projectCode })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('reporting.col.place'), key: 'place', width: 200, render: (_, r) => r.placeName ?? '—' },
    { title: t('reporting.col.period'), key: 'period', width: 120, render: (_, r) => r.periodLabel[lang] },
    {
      title: t('reporting.col.submittedAt'),
      key: 'submitted',
      width: 170,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span>{formatStamp(r.submittedAt)}</span>
          {r.timeliness && (
            <Tag color={r.timeliness === 'late' ? 'orange' : 'green'} style={{ width: 'fit-content' }}>
              {t(`reporting.timeliness.${r.timeliness}`)}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('reporting.col.status'),
      key: 'status',
      width: 160,
      render: (_, r) => <StatusTag status={r.status} testId="inbox-status" />,
    },
  ];

  const card = (label: string, value: number | undefined, status: ReportStatus[] | null, color: string, id: string) => (
    <Col xs={12} lg={6}>
      <Card
        size="small"
        hoverable
        onClick={() => set({ status: status ?? [] })}
        style={{ borderTop: `3px solid ${color}` }}
        data-testid={`inbox-card-${id}`}
      >
        <Statistic title={label} value={value === undefined ? '…' : formatNumber(value)} />
      </Card>
    </Col>
  );

  return (
    <Flex vertical gap={16} data-testid="inbox-page">
      <ReceiverNav />
      <Row gutter={[12, 12]}>
        {card(t('reporting.cards.total'), cards.total, RECEIVED, '#0b5394', 'total')}
        {card(t('reporting.cards.pending'), cards.pending, ['pending'], '#d48806', 'pending')}
        {card(t('reporting.cards.revision'), cards.revision, ['revision_requested'], '#cf1322', 'revision')}
        {card(t('reporting.cards.accepted'), cards.accepted, ['accepted'], '#389e0d', 'accepted')}
      </Row>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <DatePicker
            picker="year"
            value={f.year ? dayjs(`${f.year}-01-01`) : null}
            onChange={(d) => set({ year: d ? d.year() : undefined, period: undefined })}
            placeholder={t('reporting.filter.yearCurrent')}
            style={{ width: 140 }}
            data-testid="inbox-year"
          />
          <Select
            allowClear
            value={f.period}
            onChange={(period) => set({ period })}
            options={periodOptions}
            placeholder={t('reporting.filter.periodAll')}
            style={{ width: 170 }}
            data-testid="inbox-period"
          />
          <ParkSelect
            value={f.parkId}
            onChange={(parkId) => set({ parkId })}
            placeholder={t('reporting.filter.parkAll')}
            style={{ width: 280 }}
            testId="inbox-park"
          />
          <Select
            mode="multiple"
            allowClear
            value={f.status}
            onChange={(status) => set({ status })}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s][lang] }))}
            placeholder={t('reporting.filter.statusAll')}
            style={{ minWidth: 240 }}
            data-testid="inbox-status-filter"
          />
          <DebouncedSearch
            value={f.q}
            onChange={(q) => set({ q })}
            placeholder={t('reporting.filter.inboxSearch')}
            testId="inbox-q"
          />
          <span style={{ flex: 1 }} />
          <ExportLink params={base} multi={{ status: f.status }} />
        </Flex>
      </Card>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={{
            current: f.page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => set({ page }),
            showTotal: (total) => t('reporting.list.total', { total: formatNumber(total) }),
          }}
          data-testid="inbox-table"
        />
      )}
    </Flex>
  );
}
