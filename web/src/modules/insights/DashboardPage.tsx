import { Card, Col, Flex, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CHOROPLETH_INDICATORS, type Dashboard } from '../../../../src/modules/insights/contract';
import { withQuery } from '../../app/api';
import { formatDate, formatDateTime, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { useBoundaries, useProvinces } from '../geo/queries';
import { EChart, viNumber } from '../zones/EChart';
import { ChoroplethMap } from './ChoroplethMap';
import { DrillDrawer } from './DrillDrawer';
import { lastClosedQuarter, periodChoices, placesOf, viDecimal } from './periods';
import { useChoropleth, useDashboard, useParkOptions, useTrends } from './queries';

const INDICATOR_LABELS: Record<(typeof CHOROPLETH_INDICATORS)[number], string> = {
  'valid.FDI.count': 'Dự án FDI',
  'valid.FDI.capital': 'Vốn FDI',
  'valid.DDI.capital': 'Vốn trong nước',
  'parks.operating.count': 'KCN hoạt động',
  'parks.occupancy': 'Lấp đầy',
  export: 'Xuất khẩu',
  workers: 'Lao động',
};

function slicesChart(slices: Dashboard['fdiByPartner']) {
  const rows = [...slices].reverse();
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => viNumber(v) } },
    yAxis: { type: 'category', data: rows.map((s) => s.name), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [{ type: 'bar', data: rows.map((s) => Number(s.capital)), itemStyle: { color: '#1677ff' } }],
  };
}

/**
 * "Tổng quan": the ministry's country (or any province), a Board's province, a developer's parks.
 * Key figures against the previous period, trends, occupancy, FDI by partner and sector, reporting
 * completeness and a province map that switches between indicators. Every figure is live.
 */
export function DashboardPage() {
  const { lang, t } = useLocale();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const period = params.get('ky') ?? lastClosedQuarter(today);
  const province = params.get('tinh');
  const park = params.get('kcn');
  const dashboard = useDashboard(period, province, park);
  const trends = useTrends(period, province, park);
  const [indicator, setIndicator] = useState<(typeof CHOROPLETH_INDICATORS)[number]>('valid.FDI.count');
  const showMap = me?.role !== 'developer';
  // The park picker: a developer's own parks (all of them by default), a Board's or the chosen province's.
  const isDeveloper = me?.role === 'developer';
  const pickPark = me != null && (me.role !== 'ministry' || province !== null);
  const parkOptions = useParkOptions(me?.role === 'ministry' ? province : null, pickPark);
  const choropleth = useChoropleth(period, indicator, showMap);
  // The server picks the edition in force at the period's end (63 before 1 July 2025).
  const boundaries = useBoundaries(choropleth.data?.edition ?? '34');
  const provinces = useProvinces('34');
  const [drill, setDrill] = useState<string | null>(null);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const d = dashboard.data;
  const tr = trends.data;
  const trendOption = useMemo(
    () =>
      tr && {
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
        xAxis: { type: 'category', data: tr.years.map(String) },
        yAxis: [
          { type: 'value', axisLabel: { formatter: (v: number) => viNumber(v) } },
          { type: 'value', axisLabel: { formatter: (v: number) => viNumber(v) } },
        ],
        series: tr.series.map((s) => ({
          name: `${s.label[lang]} (${s.unit})`,
          type: s.unit === 'dự án' ? 'bar' : 'line',
          yAxisIndex: s.unit === 'dự án' ? 1 : 0,
          data: s.values.map((v) => (v === null ? null : Number(v))),
        })),
      },
    [tr, lang],
  );
  if (dashboard.isError) return <LoadError error={dashboard.error} onRetry={() => dashboard.refetch()} />;
  if (!d) return <PageLoading />;
  const drillUrl = (cell: string) =>
    withQuery('/api/insights/dashboard/drill', { period, province, park, cell, pageSize: 200 });

  return (
    <Flex vertical gap={16} data-testid="dashboard-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('insights.dashboard.title')} – {d.scope.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('insights.computedAt', { time: formatDateTime(d.computedAt) })}
          </Typography.Text>
        </div>
        <Space wrap>
          {me?.role === 'ministry' ? (
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 220 }}
              value={province ?? ''}
              data-testid="dashboard-province"
              onChange={(v) => {
                const next = new URLSearchParams(params);
                if (v) next.set('tinh', v);
                else next.delete('tinh');
                // A park belongs to one province: a new province starts with all its parks.
                next.delete('kcn');
                setParams(next, { replace: true });
              }}
              options={[
                { value: '', label: t('insights.dashboard.country') },
                ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name })),
              ]}
            />
          ) : null}
          {pickPark && (parkOptions.data?.items.length ?? 0) > 0 ? (
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 240 }}
              value={park ?? ''}
              data-testid="dashboard-park"
              onChange={(v) => set('kcn', v || null)}
              options={[
                {
                  value: '',
                  label: isDeveloper ? t('insights.dashboard.allMyParks') : t('insights.dashboard.wholeProvince'),
                },
                ...(parkOptions.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          ) : null}
          <Select
            style={{ width: 160 }}
            value={period}
            data-testid="dashboard-period"
            onChange={(v) => set('ky', v)}
            options={periodChoices(today)}
          />
        </Space>
      </Flex>

      <Row gutter={[12, 12]}>
        {d.keyFigures.map((k) => (
          <Col key={k.key} xs={12} md={8} xl={6} xxl={4}>
            <Card
              size="small"
              hoverable={k.drill !== null}
              onClick={() => (k.drill ? setDrill(drillUrl(k.drill)) : undefined)}
              data-testid={`key-${k.key}`}
            >
              <Statistic
                title={k.label[lang]}
                value={viDecimal(k.value, placesOf(k.unit))}
                suffix={k.value === null ? null : <span style={{ fontSize: 13 }}>{k.unit}</span>}
              />
              <Typography.Text
                type={k.change === null ? 'secondary' : k.change.startsWith('-') ? 'danger' : 'success'}
                style={{ fontSize: 12 }}
              >
                {k.change === null
                  ? ''
                  : `${k.change.startsWith('-') ? '▼' : '▲'} ${viDecimal(k.change.replace('-', ''), 1)}% · `}
                {t('insights.dashboard.previous', {
                  period: d.previousPeriod,
                  value: viDecimal(k.previous, placesOf(k.unit)),
                })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('insights.dashboard.trends')}>
            {trends.isError ? <LoadError error={trends.error} onRetry={() => trends.refetch()} /> : null}
            {trendOption ? <EChart option={trendOption} testId="insights-trends" /> : <PageLoading />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('insights.dashboard.occupancy')} style={{ marginBottom: 16 }}>
            <Statistic value={d.occupancy.percent === null ? '–' : `${viDecimal(d.occupancy.percent, 2)}%`} />
            <Typography.Text type="secondary">
              {t('insights.dashboard.occupancyDetail', {
                leased: viDecimal(d.occupancy.leased, 2),
                industrial: viDecimal(d.occupancy.industrial, 2),
              })}
            </Typography.Text>
          </Card>
          <Card
            title={t('insights.dashboard.completeness')}
            extra={t('insights.dashboard.deadline', { date: formatDate(d.completeness.deadline) })}
          >
            <Row gutter={8} data-testid="insights-completeness">
              {(['expected', 'filed', 'accepted', 'late', 'missing'] as const).map((k) => (
                <Col key={k} flex="1 1 0" style={{ minWidth: 0 }}>
                  <Statistic
                    title={t(`insights.dashboard.${k}`)}
                    value={viDecimal(String(d.completeness[k]), 0)}
                    styles={{ content: { fontSize: 18 } }}
                  />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('insights.dashboard.partners')}>
            <EChart option={slicesChart(d.fdiByPartner)} testId="insights-partners" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('insights.dashboard.sectors')}>
            <EChart option={slicesChart(d.fdiBySector)} testId="insights-sectors" />
          </Card>
        </Col>
      </Row>

      {showMap ? (
        <Card
          title={t('insights.dashboard.map')}
          extra={
            <Segmented
              data-testid="choropleth-indicator"
              value={indicator}
              onChange={(v) => setIndicator(v as typeof indicator)}
              options={CHOROPLETH_INDICATORS.map((i) => ({ value: i, label: INDICATOR_LABELS[i] }))}
            />
          }
        >
          {choropleth.isError ? <LoadError error={choropleth.error} onRetry={() => choropleth.refetch()} /> : null}
          {choropleth.data && boundaries.data ? (
            <ChoroplethMap
              data={choropleth.data}
              boundaries={boundaries.data}
              noValue={t('insights.dashboard.mapNoValue')}
            />
          ) : (
            <PageLoading />
          )}
        </Card>
      ) : null}
      <DrillDrawer url={drill} onClose={() => setDrill(null)} />
    </Flex>
  );
}
