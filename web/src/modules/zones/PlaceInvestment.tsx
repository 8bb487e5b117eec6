import { Alert, Card, Col, Empty, Flex, Row, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { type ProjectProfile, type ProjectSummary, STATUS_LABELS } from '../../../../src/modules/investment/contract';
import { errorText } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { EChart, viNumber } from './EChart';
import { formatDecimal } from './labels';
import { usePlaceProjects, useProjectProfile } from './queries';

type Place = { parkId?: string; zoneId?: string };

/** Registered vs realised capital by year: FDI in triệu USD (bars), DDI in tỷ đồng (lines, right axis). */
function ByYearChart({ rows }: { rows: ProjectProfile['byYear'] }) {
  const { t } = useLocale();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
      legend: { bottom: 0 },
      grid: { left: 64, right: 64, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
      yAxis: [
        { type: 'value', name: t('placeInvest.unitUsd'), axisLabel: { formatter: viNumber } },
        {
          type: 'value',
          name: t('placeInvest.unitVnd'),
          axisLabel: { formatter: viNumber },
          splitLine: { show: false },
        },
      ],
      series: [
        { name: t('placeInvest.fdiRegistered'), type: 'bar', data: rows.map((r) => Number(r.registeredFdiMillionUsd)) },
        { name: t('placeInvest.fdiRealised'), type: 'bar', data: rows.map((r) => Number(r.realisedFdiMillionUsd)) },
        {
          name: t('placeInvest.ddiRegistered'),
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => Number(r.registeredDdiBillionVnd)),
        },
        {
          name: t('placeInvest.ddiRealised'),
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => Number(r.realisedDdiBillionVnd)),
        },
      ],
    }),
    [rows, t],
  );
  return <EChart option={option} style={{ height: 340 }} testId="invest-by-year" />;
}

function ByCountryChart({ rows }: { rows: ProjectProfile['byCountry'] }) {
  const { t } = useLocale();
  const top = rows.slice(0, 12).reverse();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
      grid: { left: 120, right: 24, top: 16, bottom: 32 },
      xAxis: { type: 'value', name: t('placeInvest.unitUsd'), axisLabel: { formatter: viNumber } },
      yAxis: { type: 'category', data: top.map((r) => r.nameVi) },
      series: [
        { name: t('placeInvest.fdiRegistered'), type: 'bar', data: top.map((r) => Number(r.registeredMillionUsd)) },
      ],
    }),
    [top, t],
  );
  return <EChart option={option} style={{ height: Math.max(200, 28 * top.length + 60) }} testId="invest-by-country" />;
}

/** Projects and tenants of a park or KKT as of the page's date, with capital in the forms' units. */
export function PlaceInvestment({ place, asOf }: { place: Place; asOf: string | undefined }) {
  const { lang, t } = useLocale();
  const [page, setPage] = useState(1);
  const projects = usePlaceProjects(place, asOf, page);
  const profile = useProjectProfile(place, asOf);
  const p = profile.data;

  return (
    <Flex vertical gap={16} data-testid="place-investment">
      {profile.isError && (
        <Alert
          type="warning"
          showIcon
          title={t('placeInvest.profileUnavailable')}
          description={errorText(profile.error, lang)}
        />
      )}
      {p && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('placeInvest.validProjects')} value={formatNumber(p.projects.total)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.fdiDdi')}
                value={`${formatNumber(p.projects.fdi)} / ${formatNumber(p.projects.ddi)}`}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('placeInvest.tenants')} value={formatNumber(p.tenants)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.byStatus')}
                value={
                  Object.entries(p.projects.byStatus)
                    .filter(([, n]) => n > 0)
                    .map(
                      ([s, n]) => `${STATUS_LABELS[s as keyof typeof STATUS_LABELS]?.[lang] ?? s}: ${formatNumber(n)}`,
                    )
                    .join(' · ') || '—'
                }
                styles={{ content: { fontSize: 14 } }}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.fdiRegistered')}
                value={formatDecimal(p.registered.fdiMillionUsd, t('placeInvest.unitUsd'))}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.fdiRealised')}
                value={formatDecimal(p.realised.fdiMillionUsd, t('placeInvest.unitUsd'))}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.ddiRegistered')}
                value={formatDecimal(p.registered.ddiBillionVnd, t('placeInvest.unitVnd'))}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('placeInvest.ddiRealised')}
                value={formatDecimal(p.realised.ddiBillionVnd, t('placeInvest.unitVnd'))}
              />
            </Col>
          </Row>
          <Card size="small" title={t('placeInvest.byYear')}>
            {p.byYear.length ? <ByYearChart rows={p.byYear} /> : <Empty />}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('placeInvest.byCountry')}>
                {p.byCountry.length ? (
                  <ByCountryChart rows={p.byCountry} />
                ) : (
                  <Empty description={t('placeInvest.noFdi')} />
                )}
                <Table
                  rowKey="country"
                  size="small"
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={p.byCountry}
                  columns={[
                    { title: t('placeInvest.country'), dataIndex: 'nameVi' },
                    {
                      title: t('placeInvest.projects'),
                      dataIndex: 'projects',
                      align: 'right',
                      render: (n: number) => formatNumber(n),
                    },
                    {
                      title: t('placeInvest.unitUsd'),
                      dataIndex: 'registeredMillionUsd',
                      align: 'right',
                      render: (v: string) => formatDecimal(v),
                    },
                  ]}
                  data-testid="invest-country-table"
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('placeInvest.bySector')}>
                <Table
                  rowKey="sector"
                  size="small"
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={p.bySector}
                  columns={[
                    {
                      title: t('placeInvest.sector'),
                      dataIndex: 'sector',
                      render: (s: string) => s || t('placeInvest.noSector'),
                    },
                    {
                      title: t('placeInvest.projects'),
                      dataIndex: 'projects',
                      align: 'right',
                      render: (n: number) => formatNumber(n),
                    },
                    { title: 'FDI', dataIndex: 'fdi', align: 'right', render: (n: number) => formatNumber(n) },
                    { title: 'DDI', dataIndex: 'ddi', align: 'right', render: (n: number) => formatNumber(n) },
                  ]}
                  data-testid="invest-sector-table"
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <Card size="small" title={t('placeInvest.projectList')}>
        <Table<ProjectSummary>
          rowKey="id"
          size="small"
          loading={projects.isFetching}
          dataSource={projects.data?.items ?? []}
          locale={{ emptyText: projects.isError ? errorText(projects.error, lang) : t('placeInvest.noProjects') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: projects.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('placeInvest.projectCode'), dataIndex: 'projectCode', width: 140 },
            {
              title: t('placeInvest.projectName'),
              dataIndex: 'name',
              render: (n: string, r) => <Link to={`${PATHS.projects}/${r.id}`}>{n}</Link>,
            },
            {
              title: t('placeInvest.origin'),
              dataIndex: 'origin',
              width: 90,
              render: (o: string | null) => (o ? <Tag color={o === 'FDI' ? 'blue' : 'green'}>{o}</Tag> : '—'),
            },
            {
              title: t('placeInvest.status'),
              dataIndex: 'status',
              width: 140,
              render: (s: ProjectSummary['status']) => STATUS_LABELS[s][lang],
            },
            {
              title: t('placeInvest.capital'),
              key: 'capital',
              align: 'right',
              width: 200,
              render: (_, r) =>
                r.registeredCapital ? formatDecimal(r.registeredCapital.value, r.registeredCapital.currency) : '—',
            },
          ]}
          data-testid="place-projects"
        />
      </Card>
    </Flex>
  );
}
