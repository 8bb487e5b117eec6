import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Progress,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { KPI_GROUPS, type KpiReport } from '../../../../src/modules/onestop/kpi/contract';
import { formatNumber, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { useProvinces } from '../geo/queries';
import { EChart, viNumber } from '../zones/EChart';
import { kpiQueryString, useKpis } from './desk-queries';

type KpiRow = KpiReport['rows'][number];
const percent = (x: number | null) => (x === null ? '—' : `${viNumber(Math.round(x * 1000) / 10)}%`);
const days = (x: number | null) => (x === null ? '—' : viNumber(Math.round(x * 10) / 10));

function trendChart(r: KpiReport, t: ReturnType<typeof useLocale>['t']) {
  const months = r.trend.map((m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}`);
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => viNumber(v) } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
    ],
    series: [
      {
        name: t('desk.kpi.series.received'),
        type: 'bar',
        data: r.trend.map((m) => m.received),
        itemStyle: { color: '#91caff' },
      },
      {
        name: t('desk.kpi.series.finished'),
        type: 'bar',
        data: r.trend.map((m) => m.finished),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: t('desk.kpi.series.late'),
        type: 'bar',
        data: r.trend.map((m) => m.late),
        itemStyle: { color: '#ff4d4f' },
      },
      {
        name: t('desk.kpi.series.rate'),
        type: 'line',
        yAxisIndex: 1,
        data: r.trend.map((m) => (m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10)),
        itemStyle: { color: '#389e0d' },
      },
    ],
  };
}

/**
 * "Chỉ số một cửa": a Board's (or, for the ministry, a province's or the country's) one-stop
 * figures for a period (`?tu=&den=&theo=&tinh=`): cards, the monthly trend, the table per group,
 * the Decision 766 groups, and the .xlsx export and tracking book with the same filters.
 */
export function KpiDashboardPage() {
  const { t } = useLocale();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const from = params.get('tu') ?? `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
  const to = params.get('den') ?? today;
  const groupBy = KPI_GROUPS.find((g) => g === params.get('theo')) ?? 'procedure';
  const isMinistry = me?.role === 'ministry';
  const province = isMinistry ? (params.get('tinh') ?? undefined) : undefined;
  const provinces = useProvinces('34');
  const filters = { from, to, groupBy, province };
  const kpis = useKpis(filters);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const r = kpis.data;

  const columns = [
    { title: t('desk.kpi.col.name'), dataIndex: 'name', key: 'name', ellipsis: true, width: 320 },
    { title: t('desk.kpi.col.handled'), dataIndex: 'handled', key: 'handled', align: 'right' as const },
    { title: t('desk.kpi.col.received'), dataIndex: 'receivedInPeriod', key: 'received', align: 'right' as const },
    { title: t('desk.kpi.col.carried'), dataIndex: 'carriedOver', key: 'carried', align: 'right' as const },
    { title: t('desk.kpi.col.early'), dataIndex: 'finishedEarly', key: 'early', align: 'right' as const },
    { title: t('desk.kpi.col.onTime'), dataIndex: 'finishedOnTime', key: 'onTime', align: 'right' as const },
    { title: t('desk.kpi.col.late'), dataIndex: 'finishedLate', key: 'late', align: 'right' as const },
    { title: t('desk.kpi.col.openOnTime'), dataIndex: 'inProgressOnTime', key: 'openOnTime', align: 'right' as const },
    { title: t('desk.kpi.col.openLate'), dataIndex: 'inProgressLate', key: 'openLate', align: 'right' as const },
    {
      title: t('desk.kpi.col.paused'),
      key: 'paused',
      align: 'right' as const,
      render: (_: unknown, x: KpiRow) => formatNumber(x.pausedOnTime + x.pausedLate),
    },
    {
      title: t('desk.kpi.col.ended'),
      key: 'ended',
      align: 'right' as const,
      render: (_: unknown, x: KpiRow) => `${x.returned} / ${x.withdrawn} / ${x.stopped}`,
    },
    {
      title: t('desk.kpi.col.rate'),
      key: 'rate',
      align: 'right' as const,
      render: (_: unknown, x: KpiRow) => percent(x.onTimeRate),
    },
    {
      title: t('desk.kpi.col.days'),
      key: 'days',
      align: 'right' as const,
      render: (_: unknown, x: KpiRow) => `${days(x.averageProcessingDays)} / ${days(x.averageLimitDays)}`,
    },
  ];

  const query = kpiQueryString(filters);
  return (
    <Flex vertical gap={16} data-testid="kpi-dashboard">
      <Flex justify="space-between" wrap gap={12} align="start">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('desk.kpi.title')}
            {r ? ` – ${r.province?.name ?? t('desk.kpi.country')}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">{t('desk.kpi.intro')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={`/api/onestop/kpis.xlsx${query}`} data-testid="kpi-export">
            {t('desk.kpi.export')}
          </Button>
          {!isMinistry && (
            <Button icon={<DownloadOutlined />} href={`/api/dossiers/tracking-book.xlsx?from=${from}&to=${to}`}>
              {t('desk.kpi.book')}
            </Button>
          )}
        </Space>
      </Flex>
      <Space wrap>
        <Typography.Text>{t('desk.kpi.period')}</Typography.Text>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(v) => {
            if (!v?.[0] || !v[1]) return;
            const next = new URLSearchParams(params);
            next.set('tu', v[0].format('YYYY-MM-DD'));
            next.set('den', v[1].format('YYYY-MM-DD'));
            setParams(next, { replace: true });
          }}
          data-testid="kpi-range"
        />
        <Typography.Text>{t('desk.kpi.groupBy')}</Typography.Text>
        <Segmented
          value={groupBy}
          options={KPI_GROUPS.map((g) => ({ value: g, label: t(`desk.kpi.group.${g}`) }))}
          onChange={(v) => set('theo', String(v))}
          data-testid="kpi-group"
        />
        {isMinistry && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            placeholder={t('desk.kpi.country')}
            value={province}
            onChange={(v) => set('tinh', v)}
            options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
            aria-label={t('desk.kpi.province')}
          />
        )}
      </Space>
      {kpis.isLoading && <PageLoading />}
      {kpis.error && <LoadError error={kpis.error} onRetry={() => kpis.refetch()} />}
      {r && r.total.handled === 0 && <Empty description={t('desk.kpi.empty')} />}
      {r && r.total.handled > 0 && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic
                  title={t('desk.kpi.handled')}
                  value={r.total.handled}
                  formatter={(v) => formatNumber(Number(v))}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('desk.kpi.handledNote', {
                    received: formatNumber(r.total.receivedInPeriod),
                    carried: formatNumber(r.total.carriedOver),
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic
                  title={t('desk.kpi.finished')}
                  value={r.total.finished}
                  formatter={(v) => formatNumber(Number(v))}
                />
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small" data-testid="kpi-rate">
                <Statistic
                  title={t('desk.kpi.onTimeRate')}
                  value={percent(r.total.onTimeRate)}
                  valueStyle={{ color: (r.total.onTimeRate ?? 0) >= 0.9 ? '#389e0d' : '#d46b08' }}
                />
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic
                  title={t('desk.kpi.open')}
                  value={r.total.inProgressOnTime + r.total.inProgressLate + r.total.pausedOnTime + r.total.pausedLate}
                  formatter={(v) => formatNumber(Number(v))}
                />
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('desk.kpi.openLate', { late: formatNumber(r.total.inProgressLate + r.total.pausedLate) })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic
                  title={t('desk.kpi.avgDays')}
                  value={t('desk.kpi.days', { days: days(r.total.averageProcessingDays) })}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('desk.kpi.avgDaysNote', { limit: days(r.total.averageLimitDays) })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small">
                <Statistic
                  title={t('desk.kpi.online')}
                  value={percent(r.total.receivedInPeriod ? r.total.receivedOnline / r.total.receivedInPeriod : null)}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card size="small" title={t('desk.kpi.trend')}>
                <EChart option={trendChart(r, t)} style={{ height: 320 }} testId="kpi-trend" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={t('desk.kpi.766')} data-testid="kpi-766">
                <Flex vertical gap={8}>
                  {r.indicators766.map((i) => (
                    <div key={i.key}>
                      <Flex justify="space-between">
                        <Typography.Text>{t(`desk.kpi.766.${i.key}`)}</Typography.Text>
                        <Typography.Text type="secondary">
                          {i.points === null
                            ? t('desk.kpi.766.none', { max: i.maxPoints })
                            : t('desk.kpi.766.points', { points: viNumber(i.points), max: i.maxPoints })}
                        </Typography.Text>
                      </Flex>
                      <Progress
                        percent={i.rate === null ? 0 : Math.round(i.rate * 1000) / 10}
                        size="small"
                        status={i.rate === null ? 'exception' : 'normal'}
                        showInfo={i.rate !== null}
                        format={(p) => `${viNumber(p ?? 0)}%`}
                      />
                    </div>
                  ))}
                </Flex>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('desk.kpi.table')}>
            <Table<KpiRow>
              size="small"
              rowKey="key"
              dataSource={r.rows}
              columns={columns}
              pagination={false}
              scroll={{ x: 1300 }}
              data-testid="kpi-table"
              summary={() => (
                <Table.Summary.Row style={{ fontWeight: 600 }}>
                  {columns.map((c, i) => (
                    <Table.Summary.Cell key={c.key} index={i} align={i === 0 ? 'left' : 'right'}>
                      {i === 0
                        ? t('desk.kpi.total')
                        : c.render
                          ? c.render(undefined, { key: '', name: '', ...r.total })
                          : formatNumber(r.total[c.dataIndex as keyof KpiReport['total']] as number)}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
