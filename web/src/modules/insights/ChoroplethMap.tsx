import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Choropleth } from '../../../../src/modules/insights/contract';
import type { BoundaryCollection } from '../geo/geometry';
import { viNumber } from '../zones/EChart';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** Provinces coloured by one indicator, over the same boundary GeoJSON as the geo map page. */
export function ChoroplethMap({
  data,
  boundaries,
  noValue,
}: {
  data: Choropleth;
  boundaries: BoundaryCollection;
  noValue: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const mapName = `vn-${data.edition}`;
    echarts.registerMap(mapName, boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
    const values = data.items.map((i) => (i.value === null ? null : Number(i.value)));
    const max = Math.max(1, ...values.filter((v): v is number => v !== null));
    const byCode = new Map(data.items.map((i) => [i.code, i]));
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p: { name: string }) => {
            const item = byCode.get(p.name);
            if (!item) return p.name;
            return `<b>${item.name}</b><br/>${item.value === null ? noValue : `${viNumber(item.value)} ${data.unit}`}`;
          },
        },
        visualMap: {
          min: 0,
          max,
          left: 'left',
          bottom: 10,
          calculable: true,
          text: [viNumber(max), '0'],
          inRange: { color: ['#e6f4ff', '#1677ff', '#002c8c'] },
          formatter: (v: number) => viNumber(v),
        },
        series: [
          {
            type: 'map',
            map: mapName,
            nameProperty: 'ma_tinh',
            roam: true,
            aspectScale: 0.96,
            layoutCenter: ['50%', '50%'],
            layoutSize: '98%',
            label: { show: false },
            itemStyle: { borderColor: '#ffffff', borderWidth: 0.7, areaColor: '#f0f0f0' },
            data: data.items.map((i) => ({ name: i.code, value: i.value === null ? '-' : Number(i.value) })),
          },
        ],
      },
      { notMerge: true },
    );
  }, [data, boundaries, noValue]);
  return (
    <div
      ref={container}
      style={{ width: '100%', aspectRatio: '0.85', maxHeight: 560, minHeight: 320 }}
      data-testid="insights-choropleth"
      data-indicator={data.indicator}
      data-edition={data.edition}
    />
  );
}
