import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Translate } from '../../../app/i18n';
import { useBoundaries } from '../../geo/queries';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);

type Status = 'qualifies' | 'prerequisites_met' | 'not_ready';
type Park = { parkId: string; name: string; lon: number | null; lat: number | null; status: Status };

export const STATUS_FILL: Record<Status, string> = {
  qualifies: '#2e7d32',
  prerequisites_met: '#1565c0',
  not_ready: '#e0a100',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The parks of the overview as points on the provinces of today's map, coloured by assessment status. */
export function ParkStatusMap({ parks, t }: { parks: Park[]; t: Translate }) {
  const boundaries = useBoundaries('34');
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || !boundaries.data) return;
    echarts.registerMap('vn-34', boundaries.data as unknown as Parameters<typeof echarts.registerMap>[1]);
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const located = parks.filter((p) => p.lon !== null && p.lat !== null);
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { name: string; status: Status } }) =>
          p.data ? `<b>${escapeHtml(p.data.name)}</b><br/>${escapeHtml(t(`ecorep.ov.status.${p.data.status}`))}` : '',
      },
      geo: {
        map: 'vn-34',
        roam: true,
        itemStyle: { areaColor: '#eef2f6', borderColor: '#b8c4d0' },
        emphasis: { disabled: true },
        silent: true,
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 12,
          data: located.map((p) => ({
            name: p.name,
            status: p.status,
            value: [p.lon, p.lat],
            itemStyle: { color: STATUS_FILL[p.status], borderColor: '#fff', borderWidth: 1.5 },
          })),
        },
      ],
    });
    element.dataset.points = String(located.length);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [boundaries.data, parks, t]);
  return <div ref={container} style={{ width: '100%', height: 520 }} data-testid="eco-park-map" />;
}
