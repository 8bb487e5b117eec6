import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  DataZoomComponent,
  GeoComponent,
  CanvasRenderer,
]);

export { echarts };

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** ECharts prints numbers en-US by default: every axis and tooltip uses this instead. */
export const viNumber = (v: number | string) => numberFormat.format(Number(v));

interface Props {
  option: echarts.EChartsCoreOption;
  style?: CSSProperties;
  testId?: string;
  /** Called with the chart after each setOption (e.g. to publish pixel positions for tests). */
  onReady?: (chart: echarts.ECharts) => void;
  onClick?: (params: echarts.ECElementEvent) => void;
}

/** One ECharts instance per mounted component, resized with its box, redrawn when `option` changes. */
export function EChart({ option, style, testId, onReady, onClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params as echarts.ECElementEvent));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption(option, { notMerge: true });
    onReady?.(chart);
  }, [option, onReady]);

  return <div ref={container} style={{ width: '100%', height: 320, ...style }} data-testid={testId} />;
}
