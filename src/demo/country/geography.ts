/**
 * The provinces of both editions, their regions and boundaries, and points drawn inside them by
 * rejection sampling over a boundary's bounding box. A place with history before 2025-07-01 is
 * drawn inside its old (63) unit and inside the new (34) unit it went into, so it is right on
 * both editions' maps even where the simplified boundaries disagree by a few hundred metres.
 */
import type { AdminUnit, ProvinceGroup, Succession } from '../../modules/geo/admin-units';
import {
  type BoundaryCollection,
  type BoundaryFeature,
  loadAdminUnits,
  loadBoundaries,
  loadProvinceGroups,
  loadSuccessions,
} from '../../modules/geo/reference-data';
import type { Rng } from './random';
import type { DemoGeography, DemoRegion, LonLat, Shape } from './types';

function shapeOf(feature: BoundaryFeature): Shape {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { bbox: [minX, minY, maxX, maxY], polygons };
}

/** Even-odd ray casting: is the point inside the ring? */
function inRing(ring: readonly (readonly number[])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the polygons' outer rings and in none of its holes. */
export function pointInShape(shape: Shape, [x, y]: LonLat): boolean {
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  return shape.polygons.some(
    ([outer, ...holes]) => outer !== undefined && inRing(outer, x, y) && !holes.some((h) => inRing(h, x, y)),
  );
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A point (6 decimals) inside every shape, drawn over the first one's bounding box. */
export function samplePoint(rng: Rng, shapes: readonly Shape[]): LonLat {
  const [first] = shapes;
  if (!first) throw new RangeError('no shape to sample in');
  const [minX, minY, maxX, maxY] = first.bbox;
  for (let attempt = 0; attempt < 20_000; attempt++) {
    const p: LonLat = [round6(rng.range(minX, maxX)), round6(rng.range(minY, maxY))];
    if (shapes.every((s) => pointInShape(s, p))) return p;
  }
  throw new RangeError('no point found inside the boundary');
}

/** Builds the demo's view of the reference data; throws if a unit has no boundary or no region. */
export function buildDemoGeography(
  units: readonly AdminUnit[],
  successions: readonly Succession[],
  groups: readonly ProvinceGroup[],
  boundaries: Readonly<Record<'63' | '34', BoundaryCollection>>,
): DemoGeography {
  const units63 = units.filter((u) => u.edition === '63');
  const units34 = units.filter((u) => u.edition === '34');
  const successorOf = new Map<string, string>();
  const predecessorsOf = new Map<string, string[]>();
  for (const s of successions) {
    if (successorOf.has(s.fromId)) throw new Error(`${s.fromId} went into more than one unit`);
    successorOf.set(s.fromId, s.toId);
    predecessorsOf.set(s.toId, [...(predecessorsOf.get(s.toId) ?? []), s.fromId]);
  }
  const regionOf = new Map<string, DemoRegion>();
  for (const g of groups) {
    if (g.kind !== 'region') continue;
    for (const id of g.memberIds) regionOf.set(id, { code: g.code, nameVi: g.nameVi, nameEn: g.nameEn });
  }
  const shapes = new Map<string, Shape>();
  for (const edition of ['63', '34'] as const) {
    for (const f of boundaries[edition].features) {
      shapes.set(`${edition}:${f.properties.ma_tinh.padStart(2, '0')}`, shapeOf(f));
    }
  }
  for (const u of [...units63, ...units34]) {
    if (!shapes.has(u.id)) throw new Error(`no boundary for ${u.id}`);
    if (!regionOf.has(u.id)) throw new Error(`no region for ${u.id}`);
    if (u.edition === '63' && !successorOf.has(u.id)) throw new Error(`no successor for ${u.id}`);
  }
  return { units63, units34, successorOf, predecessorsOf, regionOf, shapes };
}

let loaded: DemoGeography | null = null;

/** The shipped reference data (data/admin-units, data/boundaries), read once per process. */
export function loadDemoGeography(): DemoGeography {
  if (!loaded) {
    const units = loadAdminUnits();
    const successions = loadSuccessions();
    loaded = buildDemoGeography(units, successions, loadProvinceGroups(units, successions), {
      '63': loadBoundaries('63'),
      '34': loadBoundaries('34'),
    });
  }
  return loaded;
}

/** Lookups that throw on an unknown id instead of returning undefined. */
export function shapeById(geo: DemoGeography, id: string): Shape {
  const shape = geo.shapes.get(id);
  if (!shape) throw new RangeError(`no boundary for ${id}`);
  return shape;
}

export function successorOf(geo: DemoGeography, id63: string): string {
  const id = geo.successorOf.get(id63);
  if (!id) throw new RangeError(`no successor for ${id63}`);
  return id;
}

export function unitById(geo: DemoGeography, id: string): AdminUnit {
  const unit = geo.units34.find((u) => u.id === id) ?? geo.units63.find((u) => u.id === id);
  if (!unit) throw new RangeError(`unknown unit ${id}`);
  return unit;
}

export function regionOf(geo: DemoGeography, id: string): DemoRegion {
  const region = geo.regionOf.get(id);
  if (!region) throw new RangeError(`no region for ${id}`);
  return region;
}

const ringArea = (ring: readonly (readonly number[])[]) => {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  }
  return Math.abs(twice / 2);
};

/**
 * The largest polygon of a shape: the mainland of a coastal province, so no park is drawn on the
 * Hoàng Sa or Trường Sa archipelagos or an offshore islet.
 */
export function mainlandOf(shape: Shape): Shape {
  const largest = [...shape.polygons].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
  if (!largest?.[0]) return shape;
  const xs = largest[0].map((p) => p[0]!);
  const ys = largest[0].map((p) => p[1]!);
  return { bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], polygons: [largest] };
}

/** A point on the mainland of the old unit, inside the new one it went into. */
export const pointInUnit = (rng: Rng, geo: DemoGeography, id63: string): LonLat =>
  samplePoint(rng, [mainlandOf(shapeById(geo, id63)), shapeById(geo, successorOf(geo, id63))]);
