import { useCallback, useMemo, useRef } from 'react';
import type { ParkPoint, ZonePoints } from '../../../../src/modules/zones/contract';
import { PARK_STATUS_LABELS } from '../../../../src/modules/zones/contract';
import { useLocale } from '../../app/locale';
import type { BoundaryCollection, BoundaryFeature } from '../geo/geometry';
import { EChart, echarts } from './EChart';
import { STATUS_COLORS } from './labels';

type ZonePoint = ZonePoints['items'][number];

interface Props {
  edition: '63' | '34';
  boundaries: BoundaryCollection;
  parks: ParkPoint[];
  zones: ZonePoint[];
  /** GSO code of a province to zoom to. */
  focus?: string | undefined;
  onOpenPark: (id: string) => void;
  onOpenZone: (id: string) => void;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function bboxOf(feature: BoundaryFeature): [number, number, number, number] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let [minX, minY, maxX, maxY] = [180, 90, -180, -90];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Parks (circles, coloured by status on the date) and economic zones (diamonds) over the province
 * boundaries of the date's edition; no tile server. A click opens the profile. After each draw the
 * container carries `data-points` ({id: [x, y]} in pixels) so tests can click a point.
 */
export function PointsMap({ edition, boundaries, parks, zones, focus, onOpenPark, onOpenZone }: Props) {
  const { lang, t } = useLocale();
  const mapName = `iza-parks-${edition}`;
  const box = useRef<HTMLDivElement>(null);

  const option = useMemo(() => {
    echarts.registerMap(mapName, boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
    const feature = focus ? boundaries.features.find((f) => f.properties.ma_tinh === focus) : undefined;
    let view = {};
    if (feature) {
      const [minX, minY, maxX, maxY] = bboxOf(feature);
      const span = Math.max(maxX - minX, maxY - minY, 0.3);
      view = { center: [(minX + maxX) / 2, (minY + maxY) / 2], zoom: Math.min(14, Math.max(1, 11 / span)) };
    }
    const statuses = [...new Set(parks.map((p) => p.status ?? 'none'))];
    return {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { seriesType: string; data?: { name: string; code: string; label: string } }) =>
          p.seriesType === 'scatter' && p.data
            ? `<b>${escapeHtml(p.data.name)}</b><br/>${escapeHtml(p.data.code)}<br/>${escapeHtml(p.data.label)}`
            : '',
      },
      geo: {
        map: mapName,
        nameProperty: 'ma_tinh',
        roam: true,
        scaleLimit: { min: 0.8, max: 30 },
        aspectScale: 0.96,
        layoutCenter: ['50%', '50%'],
        layoutSize: '98%',
        silent: true,
        itemStyle: { areaColor: '#edf1f5', borderColor: '#9fb0c2', borderWidth: 0.6 },
        regions: feature
          ? [{ name: focus, itemStyle: { areaColor: '#d6e4f2', borderColor: '#5b7a99', borderWidth: 1.2 } }]
          : [],
        ...view,
      },
      series: [
        ...statuses.map((s) => ({
          name: s === 'none' ? t('parks.noStatus') : PARK_STATUS_LABELS[s as keyof typeof PARK_STATUS_LABELS][lang],
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 8,
          itemStyle: {
            color: s === 'none' ? '#d9d9d9' : STATUS_COLORS[s as keyof typeof STATUS_COLORS],
            borderColor: '#fff',
            borderWidth: 0.6,
          },
          data: parks
            .filter((p) => (p.status ?? 'none') === s)
            .map((p) => ({
              id: p.id,
              kind: 'park',
              name: p.name,
              code: p.code,
              label:
                s === 'none' ? t('parks.noStatus') : PARK_STATUS_LABELS[s as keyof typeof PARK_STATUS_LABELS][lang],
              value: [p.lon, p.lat],
            })),
        })),
        {
          name: t('zones.title'),
          type: 'scatter',
          coordinateSystem: 'geo',
          symbol: 'diamond',
          symbolSize: 13,
          itemStyle: { color: '#0b2f57', borderColor: '#fff', borderWidth: 1 },
          data: zones.map((z) => ({
            id: z.id,
            kind: 'zone',
            name: z.name,
            code: z.code,
            label: t('zones.kkt'),
            value: [z.lon, z.lat],
          })),
        },
      ],
    };
  }, [mapName, boundaries, parks, zones, focus, lang, t]);

  const publish = useCallback(
    (chart: echarts.ECharts) => {
      const write = () => {
        const points: Record<string, [number, number]> = {};
        for (const p of [...parks, ...zones]) {
          const px = chart.convertToPixel({ geoIndex: 0 }, [p.lon, p.lat]) as number[] | undefined;
          if (px && Number.isFinite(px[0]) && Number.isFinite(px[1]))
            points[p.id] = [Math.round(px[0]!), Math.round(px[1]!)];
        }
        if (box.current) box.current.dataset.points = JSON.stringify(points);
      };
      chart.off('finished');
      chart.on('finished', write);
    },
    [parks, zones],
  );

  return (
    <div ref={box} data-testid="points-map" data-edition={edition}>
      <EChart
        option={option}
        style={{ height: 680 }}
        testId="points-canvas"
        onReady={publish}
        onClick={(params) => {
          const d = params.data as { id?: string; kind?: string } | undefined;
          if (d?.id && d.kind === 'park') onOpenPark(d.id);
          if (d?.id && d.kind === 'zone') onOpenZone(d.id);
        }}
      />
    </div>
  );
}
