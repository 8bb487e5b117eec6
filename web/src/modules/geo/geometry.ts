/** The boundary GeoJSON as the server sends it (properties from data/boundaries). */
export type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];

export interface BoundaryFeature {
  type: 'Feature';
  id?: string | number;
  properties: { ma_tinh: string; ten_tinh: string };
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

function ringCentroid(ring: Ring): Position {
  let cx = 0;
  let cy = 0;
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const f = xj * yi - xi * yj;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
    area += f;
  }
  if (area === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * area), cy / (3 * area)];
}

function insideRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(point: Position, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
}

/** The middle of the widest inside stretch of the horizontal line at latitude y. */
function scanlinePoint(polygon: PolygonCoords, y: number): Position | null {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) {
      width = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

/**
 * A point surely inside the feature's largest polygon (islands such as Hoàng Sa and Trường Sa
 * are left aside), near its centre: where a click selects the province and a label can go.
 */
export function labelPoint(feature: BoundaryFeature): Position | null {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let largest: PolygonCoords | null = null;
  let largestArea = 0;
  for (const polygon of polygons) {
    const area = Math.abs(ringArea(polygon[0] ?? []));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  if (!largest?.[0]) return null;
  const centroid = ringCentroid(largest[0]);
  if (insidePolygon(centroid, largest)) return centroid;
  return scanlinePoint(largest, centroid[1]) ?? largest[0][0] ?? null;
}
