import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { Edition, Province } from '../../../../src/modules/geo/contract';
import type { MessageKey, Translate } from '../../app/i18n';
import { type BoundaryCollection, labelPoint } from './geometry';
import { HOVER_COLOR, NO_REGION_COLOR, type RegionStyle, SELECTED_COLOR } from './regions';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

interface Props {
  edition: Edition;
  boundaries: BoundaryCollection;
  provinces: Province[];
  regions: RegionStyle[];
  selectedCode: string | null;
  onSelect: (code: string) => void;
  t: Translate;
  /** the tallest the map gets; on narrow screens it keeps Vietnam's proportions instead */
  maxHeight?: number;
}

/** Labels over the archipelagos (their tiny islands are in the boundary data but hard to see). */
const ARCHIPELAGOS: { key: MessageKey; at: [number, number] }[] = [
  { key: 'map.hoangSa', at: [111.95, 17.3] },
  { key: 'map.truongSa', at: [113.7, 12.3] },
];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function tooltipHtml(province: Province | undefined, code: string, t: Translate): string {
  if (!province) return escapeHtml(code);
  const lines = [`<b>${escapeHtml(province.name)}</b>`, `${t('map.tooltipCode')}: ${escapeHtml(province.code)}`];
  if (province.edition === '34' && province.predecessors.length > 0) {
    const names = province.predecessors.map((p) => escapeHtml(p.shortName || p.name)).join(', ');
    lines.push(`${t('map.tooltipFrom')}: ${names}`);
  }
  if (province.edition === '63' && province.successors.length > 0) {
    const names = province.successors.map((p) => escapeHtml(p.name)).join(', ');
    lines.push(`${t('map.tooltipInto')}: ${names}`);
  }
  return lines.join('<br/>');
}

/**
 * The provinces of one edition drawn from the boundary GeoJSON, coloured by region. After each
 * render the container carries `data-centers` ({id: [x, y]} in pixels) so tests can click a
 * province without hunting for pixels.
 */
export function ProvinceMap({
  edition,
  boundaries,
  provinces,
  regions,
  selectedCode,
  onSelect,
  t,
  maxHeight = 640,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const labels = useRef<(HTMLSpanElement | null)[]>([]);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const mapName = `vn-${edition}`;

  const labelPoints = useMemo(() => {
    const points: [string, [number, number]][] = [];
    for (const feature of boundaries.features) {
      const point = labelPoint(feature);
      if (point) points.push([feature.properties.ma_tinh, point]);
    }
    return points;
  }, [boundaries]);

  // one chart per mounted component; resized with its box
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      if (params.componentType === 'series' && typeof params.name === 'string' && params.name) {
        const name = params.name;
        onSelectRef.current(name);
        // a second click on the selected province would unselect it: keep it selected
        setTimeout(() => chart.dispatchAction({ type: 'select', seriesIndex: 0, name }), 0);
      }
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  // the pixel centre of each province, refreshed whenever the chart has drawn (also after zoom or pan)
  useEffect(() => {
    const chart = chartRef.current;
    const element = container.current;
    if (!chart || !element) return;
    const publish = () => {
      const centers: Record<string, [number, number]> = {};
      for (const [code, point] of labelPoints) {
        const pixel = chart.convertToPixel({ seriesIndex: 0 }, point) as number[] | undefined;
        if (pixel && Number.isFinite(pixel[0]) && Number.isFinite(pixel[1])) {
          centers[`${edition}:${code}`] = [Math.round(pixel[0]! * 10) / 10, Math.round(pixel[1]! * 10) / 10];
        }
      }
      element.dataset.centers = JSON.stringify(centers);
      element.dataset.edition = edition;
      ARCHIPELAGOS.forEach((a, i) => {
        const label = labels.current[i];
        const pixel = chart.convertToPixel({ seriesIndex: 0 }, a.at) as number[] | undefined;
        if (!label || !pixel) return;
        label.style.left = `${pixel[0]}px`;
        label.style.top = `${pixel[1]}px`;
        label.style.visibility = 'visible';
      });
    };
    chart.on('finished', publish);
    return () => {
      chart.off('finished', publish);
    };
  }, [labelPoints, edition]);

  // the map, its colours and tooltips
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    echarts.registerMap(mapName, boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
    const byCode = new Map(provinces.map((p) => [p.code, p]));
    const regionIndex = new Map(regions.map((r) => [r.code, r.index]));
    delete container.current?.dataset.centers;
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (params: { name: string }) => tooltipHtml(byCode.get(params.name), params.name, t),
        },
        visualMap: {
          type: 'piecewise',
          dimension: 0,
          pieces: regions.map((r) => ({ value: r.index, label: r.name, color: r.color })),
          outOfRange: { color: NO_REGION_COLOR },
          // the legend is drawn below the map (RegionLegend), where it covers no province
          show: false,
        },
        series: [
          {
            type: 'map',
            map: mapName,
            nameProperty: 'ma_tinh',
            roam: true,
            scaleLimit: { min: 0.8, max: 12 },
            aspectScale: 0.96,
            layoutCenter: ['50%', '50%'],
            layoutSize: '98%',
            selectedMode: 'single',
            label: { show: false },
            itemStyle: { borderColor: '#ffffff', borderWidth: 0.7 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: HOVER_COLOR } },
            select: {
              label: { show: false },
              itemStyle: { areaColor: SELECTED_COLOR, borderColor: '#ffffff', borderWidth: 1.2 },
            },
            data: provinces.map((p) => ({
              name: p.code,
              value: p.regionCode ? (regionIndex.get(p.regionCode) ?? -1) : -1,
            })),
          },
        ],
      },
      { notMerge: true },
    );
  }, [mapName, boundaries, provinces, regions, t]);

  // the selection follows the page state (ECharts would otherwise toggle it on a second click)
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: provinces.map((_, i) => i) });
    if (selectedCode) chart.dispatchAction({ type: 'select', seriesIndex: 0, name: selectedCode });
  });

  return (
    <div style={{ position: 'relative' }}>
      <div
        ref={container}
        style={{ width: '100%', aspectRatio: '0.85', maxHeight, minHeight: 320 }}
        data-testid="map"
        role="img"
        aria-label={t(edition === '34' ? 'map.edition34' : 'map.edition63')}
      />
      {ARCHIPELAGOS.map((a, i) => (
        <span
          key={a.key}
          ref={(el) => {
            labels.current[i] = el;
          }}
          style={{
            position: 'absolute',
            visibility: 'hidden',
            transform: 'translate(-50%, -100%)',
            pointerEvents: 'none',
            fontSize: 11,
            fontStyle: 'italic',
            color: '#595959',
            whiteSpace: 'nowrap',
          }}
        >
          {t(a.key)}
        </span>
      ))}
    </div>
  );
}
