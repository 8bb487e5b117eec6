import { describe, expect, it } from 'vitest';
import { type BoundaryFeature, labelPoint, type Position } from './geometry';

const feature = (geometry: BoundaryFeature['geometry']): BoundaryFeature => ({
  type: 'Feature',
  properties: { ma_tinh: '99', ten_tinh: 'Thử' },
  geometry,
});

function inside([x, y]: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('labelPoint', () => {
  it('is the centroid of a convex province', () => {
    const square: Position[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(labelPoint(feature({ type: 'Polygon', coordinates: [square] }))).toEqual([1, 1]);
  });

  it('stays inside a C-shaped province whose centroid is outside', () => {
    const c: Position[] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const point = labelPoint(feature({ type: 'Polygon', coordinates: [c] }));
    expect(point).not.toBeNull();
    expect(inside(point!, c)).toBe(true);
  });

  it('uses the mainland, not the islands', () => {
    const mainland: Position[] = [
      [108, 11],
      [109, 11],
      [109, 13],
      [108, 13],
      [108, 11],
    ];
    const island: Position[] = [
      [114, 10],
      [114.01, 10],
      [114.01, 10.01],
      [114, 10],
    ];
    const point = labelPoint(feature({ type: 'MultiPolygon', coordinates: [[island], [mainland]] }));
    expect(point?.[0]).toBeCloseTo(108.5);
    expect(point?.[1]).toBeCloseTo(12);
  });
});
