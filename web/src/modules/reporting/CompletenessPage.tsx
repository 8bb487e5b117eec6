import { Card, Col, Flex, Progress, Row, Select, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportTypeId } from '../../../../src/modules/reporting/contract';
import { formatDate, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { ParkSelect } from '../investment/pickers';
import { PeriodStateTag } from './labels';
import { MissingTable } from './MissingTable';
import { type Completeness, useCompleteness, usePeriods } from './queries';
import { ReceiverNav } from './ReceiverNav';

type PlaceRow = Completeness['byPlace'][number];
type ProvinceRow = Completeness['byProvince'][number];
const TYPES: readonly ReportTypeId[] = ['quarterly_implementation', 'annual_implementation'];

function pct(part: number, whole: number) {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/**
 * Completeness and timeliness of one period (C.1, issue §1): expected, filed on time, late,
 * missing, accepted — totals, per park or KKT (a Board) or per province (the ministry) — and the
 * missing list with its .xlsx export; a Board reopens the period for a late project from there.
 */
export function CompletenessPage() {
  const { lang, t } = useLocale();
  const me = useMe().data;
  const [search, setSearch] = useSearchParams();
  const typeId: ReportTypeId =
    search.get('typeId') === 'annual_implementation' ? 'annual_implementation' : 'quarterly_implementation';
  const yearParam = Number(search.get('year')) || undefined;
  const periods = usePeriods(typeId, yearParam);
  const previousYear = usePeriods(
    typeId,
    periods.data ? Number(periods.data.items[0]?.period.slice(0, 4)) - 1 : undefined,
    Boolean(periods.data),
  );
  const candidates = useMemo(
    () =>
      [...(periods.data?.items ?? []), ...(previousYear.data?.items ?? [])]
        .filter((p) => p.state !== 'not_due')
        .sort((a, b) => b.opensOn.localeCompare(a.opensOn)),
    [periods.data, previousYear.data],
  );
  const period = search.get('period') ?? candidates[0]?.period;
  const parkId = search.get('parkId') ?? undefined;
  const provinceCode = search.get('provinceCode') ?? undefined;
  const query = { typeId, period, parkId, provinceCode };
  const view = useCompleteness(query, Boolean(period));
  const set = (next: Record<string, string | undefined>) => {
    const merged: Record<string, string | undefined> = { typeId, period, parkId, provinceCode, ...next };
    setSearch(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1]))), {
      replace: true,
    });
  };
  const ministry = me?.role === 'ministry';

  const counts = (title: string, render: (r: PlaceRow) => string): TableColumnsType<PlaceRow>[number] => ({
    title,
    key: title,
    align: 'right',
    render: (_, r) => render(r),
  });
  const placeColumns: TableColumnsType<PlaceRow> = [
    { title: t('reporting.col.place'), key: 'place', render: (_, r) => r.placeName },
    counts(t('reporting.complete.expected'), (r) => formatNumber(r.expected)),
    counts(t('reporting.complete.onTime'), (r) => formatNumber(r.filedOnTime)),
    counts(t('reporting.complete.late'), (r) => formatNumber(r.filedLate)),
    counts(t('reporting.complete.missing'), (r) => formatNumber(r.missing)),
    counts(t('reporting.complete.accepted'), (r) => formatNumber(r.accepted)),
    {
      title: t('reporting.complete.rate'),
      key: 'rate',
      width: 200,
      render: (_, r) => <Progress percent={pct(r.filedOnTime + r.filedLate, r.expected)} size="small" />,
    },
  ];
  const provinceColumns = placeColumns.map((c) =>
    c.key === 'place'
      ? { ...c, title: t('reporting.col.province'), render: (_: unknown, r: ProvinceRow) => r.provinceName ?? '—' }
      : c,
  ) as unknown as TableColumnsType<ProvinceRow>;

  if (periods.isError) return <LoadError error={periods.error} onRetry={() => periods.refetch()} />;
  const v = view.data;
  return (
    <Flex vertical gap={16} data-testid="completeness-page">
      <ReceiverNav />
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Select
            value={typeId}
            onChange={(next) => set({ typeId: next, period: undefined })}
            options={TYPES.map((id) => ({ value: id, label: t(`reporting.type.short.${id}`) }))}
            style={{ width: 160 }}
            data-testid="complete-type"
          />
          <Select
            value={period}
            onChange={(next) => set({ period: next })}
            options={candidates.map((p) => ({ value: p.period, label: p.label[lang] }))}
            style={{ width: 180 }}
            data-testid="complete-period"
          />
          {!ministry && (
            <ParkSelect
              value={parkId}
              onChange={(next) => set({ parkId: next })}
              placeholder={t('reporting.filter.parkAll')}
              style={{ width: 300 }}
              testId="complete-park"
            />
          )}
          {ministry && v && (
            <Select
              allowClear
              value={provinceCode}
              onChange={(next) => set({ provinceCode: next })}
              options={v.byProvince
                .filter((p) => p.provinceCode)
                .map((p) => ({ value: p.provinceCode ?? '', label: p.provinceName ?? p.provinceCode ?? '' }))}
              placeholder={t('reporting.filter.provinceAll')}
              style={{ width: 240 }}
              data-testid="complete-province"
            />
          )}
          {v && (
            <Flex gap={8} align="center">
              <PeriodStateTag state={v.period.state} />
              <Typography.Text type="secondary">
                {t('reporting.deadlineIs', { date: formatDate(v.period.deadline) })}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      </Card>
      {view.isError ? (
        <LoadError error={view.error} onRetry={() => view.refetch()} />
      ) : !v ? (
        period ? (
          <PageLoading />
        ) : (
          <Card>
            <Typography.Text>{t('reporting.complete.noPeriod')}</Typography.Text>
          </Card>
        )
      ) : (
        <>
          <Row gutter={[12, 12]} data-testid="complete-totals">
            {(
              [
                ['expected', v.totals.expected, '#0b5394'],
                ['onTime', v.totals.filedOnTime, '#389e0d'],
                ['late', v.totals.filedLate, '#d48806'],
                ['missing', v.totals.missing, '#cf1322'],
                ['accepted', v.totals.accepted, '#237804'],
              ] as const
            ).map(([k, value, color]) => (
              <Col key={k} xs={12} md={8} xl={4}>
                <Card size="small" style={{ borderTop: `3px solid ${color}` }} data-testid={`complete-${k}`}>
                  <Statistic title={t(`reporting.complete.${k}`)} value={formatNumber(value)} />
                </Card>
              </Col>
            ))}
            <Col xs={24} md={16} xl={4}>
              <Card size="small">
                <Typography.Text type="secondary">{t('reporting.complete.rate')}</Typography.Text>
                <Progress percent={pct(v.totals.filedOnTime + v.totals.filedLate, v.totals.expected)} />
              </Card>
            </Col>
          </Row>
          {ministry && !provinceCode ? (
            <Card size="small" title={t('reporting.complete.byProvince')}>
              <Table
                size="small"
                rowKey={(r) => r.provinceCode ?? '-'}
                columns={provinceColumns}
                dataSource={v.byProvince}
                pagination={false}
                // A province opens its parks and KKTs and its own missing list.
                onRow={(r) => ({
                  onClick: () => r.provinceCode && set({ provinceCode: r.provinceCode }),
                  style: { cursor: 'pointer' },
                })}
                data-testid="complete-by-province"
              />
            </Card>
          ) : (
            <Card size="small" title={t('reporting.complete.byPlace')}>
              <Table
                size="small"
                rowKey={(r) => `${r.placeKind}-${r.placeId ?? r.placeName}`}
                columns={placeColumns}
                dataSource={v.byPlace}
                pagination={v.byPlace.length > 20 ? { pageSize: 20 } : false}
                data-testid="complete-by-place"
              />
            </Card>
          )}
          <MissingTable query={query} period={v.period} typeId={typeId} canReopen={!ministry} />
        </>
      )}
    </Flex>
  );
}
