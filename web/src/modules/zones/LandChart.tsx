import { Empty } from 'antd';
import { useMemo } from 'react';
import { LAND_MEASURE_LABELS, type LandPointOut } from '../../../../src/modules/zones/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { EChart, viNumber } from './EChart';

const MEASURES = ['planned', 'established', 'industrial', 'leased'] as const;
const COLORS = ['#8c8c8c', '#1677ff', '#13a8a8', '#fa8c16'];

/**
 * The park's land (ha, step lines: a value holds until the next one) and its occupancy (%, right
 * axis) over time, up to the page's date.
 */
export function LandChart({ series, asOf }: { series: LandPointOut[]; asOf: string }) {
  const { lang, t } = useLocale();
  const option = useMemo(() => {
    const points = series.filter((p) => p.date <= asOf);
    // Each line continues to the page's date, so the last value is visible as a step.
    const last = points[points.length - 1];
    const rows = last && last.date < asOf ? [...points, { ...last, date: asOf }] : points;
    const at = (d: string) => new Date(`${d}T00:00:00+07:00`).getTime();
    return {
      color: [...COLORS, '#cf1322'],
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : viNumber(v)),
        axisPointer: { label: { formatter: (p: { value: number }) => formatDate(new Date(p.value).toISOString()) } },
      },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 60, right: 56, top: 30, bottom: 60 },
      xAxis: {
        type: 'time',
        axisLabel: { formatter: (v: number) => String(new Date(v).getUTCFullYear()) },
      },
      yAxis: [
        { type: 'value', name: 'ha', axisLabel: { formatter: viNumber } },
        { type: 'value', name: '%', min: 0, max: 100, axisLabel: { formatter: viNumber }, splitLine: { show: false } },
      ],
      series: [
        ...MEASURES.map((m) => ({
          name: LAND_MEASURE_LABELS[m][lang],
          type: 'line',
          step: 'end',
          showSymbol: rows.length <= 24,
          connectNulls: false,
          data: rows.map((p) => [at(p.date), p.values[m] === null ? null : Number(p.values[m])]),
        })),
        {
          name: t('parks.occupancy'),
          type: 'line',
          step: 'end',
          yAxisIndex: 1,
          lineStyle: { type: 'dashed' },
          data: rows.map((p) => [at(p.date), p.occupancyPercent === null ? null : Number(p.occupancyPercent)]),
        },
      ],
    };
  }, [series, asOf, lang, t]);

  if (!series.some((p) => p.date <= asOf)) return <Empty description={t('parks.noLand')} />;
  return <EChart option={option} style={{ height: 360 }} testId="land-chart" />;
}
