import { describe, expect, it } from 'vitest';
import { createAdminIndex } from '../../modules/geo/admin-units';
import { loadAdminUnits, loadBoundaries, loadProvinceGroups, loadSuccessions } from '../../modules/geo/reference-data';
import { loadDemoGeography, pointInShape, samplePoint } from './geography';
import { generateDemoCountry } from './index';
import { Rng } from './random';
import type { LonLat, Shape } from './types';

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('pointInShape', () => {
  const withHole: Shape = { bbox: [0, 0, 10, 10], polygons: [[square(0, 0, 10, 10), square(4, 4, 6, 6)]] };
  const two: Shape = { bbox: [0, 0, 30, 10], polygons: [[square(0, 0, 10, 10)], [square(20, 0, 30, 10)]] };

  it('is inside the outer ring and outside its holes', () => {
    expect(pointInShape(withHole, [1, 1])).toBe(true);
    expect(pointInShape(withHole, [5, 5])).toBe(false);
    expect(pointInShape(withHole, [11, 5])).toBe(false);
    expect(pointInShape(withHole, [-0.1, 5])).toBe(false);
  });

  it('reads every polygon of a multipolygon', () => {
    expect(pointInShape(two, [25, 5])).toBe(true);
    expect(pointInShape(two, [15, 5])).toBe(false);
  });

  it('samples points inside every shape given', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 50; i++) {
      const p = samplePoint(rng, [two, { bbox: [5, 0, 25, 10], polygons: [[square(5, 0, 25, 10)]] }]);
      expect(p[0] >= 5 && p[0] <= 10 ? true : p[0] >= 20 && p[0] <= 25).toBe(true);
    }
  });
});

describe('demo places on the map', () => {
  const geo = loadDemoGeography();
  const country = generateDemoCountry({ today: '2026-01-15', geography: geo });
  const units = loadAdminUnits();
  const successions = loadSuccessions();
  const index = createAdminIndex(units, successions, loadProvinceGroups(units, successions));
  const features = {
    '63': new Map(loadBoundaries('63').features.map((f) => [`63:${f.properties.ma_tinh}`, f])),
    '34': new Map(loadBoundaries('34').features.map((f) => [`34:${f.properties.ma_tinh}`, f])),
  };

  /** Checked against the GeoJSON feature itself, by its GSO code. */
  const inFeature = (id: string, point: LonLat) => {
    const edition = id.startsWith('63:') ? '63' : '34';
    const feature = features[edition].get(id);
    if (!feature) throw new Error(`no feature ${id}`);
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return pointInShape({ bbox: [-180, -90, 180, 90], polygons }, point);
  };

  it('knows all 63 + 34 units with a boundary, a region and (for the 63) a successor', () => {
    expect(geo.units63).toHaveLength(63);
    expect(geo.units34).toHaveLength(34);
    expect(geo.shapes.size).toBe(97);
    for (const u of geo.units63) expect(geo.successorOf.get(u.id)).toMatch(/^34:\d{2}$/);
  });

  it('keeps every park and zone on the mainland, off the Hoàng Sa and Trường Sa archipelagos', () => {
    // The mainland's easternmost point (Mũi Đôi, Khánh Hòa) is at about 109.46° E.
    for (const place of [...country.parks, ...country.economicZones]) {
      expect(place.point[0], `${place.id} at ${place.point.join(', ')}`).toBeLessThan(109.5);
    }
  });

  it('puts a sample of 200 parks, and every zone, inside their provinces on both editions', () => {
    const step = Math.max(1, Math.floor(country.parks.length / 200));
    const sample = country.parks.filter((_, i) => i % step === 0).slice(0, 200);
    expect(sample).toHaveLength(200);
    for (const place of [...sample, ...country.economicZones]) {
      expect(inFeature(place.adminUnitId, place.point), `${place.id} in ${place.adminUnitId}`).toBe(true);
      if (place.historicalAdminUnitId !== null) {
        expect(
          inFeature(place.historicalAdminUnitId, place.point),
          `${place.id} in ${place.historicalAdminUnitId}`,
        ).toBe(true);
      }
    }
  });

  it('keeps the old unit only for pre-2025 histories, and it leads to the current one through the lineage', () => {
    for (const park of country.parks) {
      const first = park.events[0]?.date ?? '';
      if (first < '2025-07-01') {
        expect(park.historicalAdminUnitId).toMatch(/^63:\d{2}$/);
        expect(index.currentEquivalent(park.historicalAdminUnitId!, '2026-01-15')?.id).toBe(park.adminUnitId);
        expect(index.unitsAsOf(first).some((u) => u.id === park.historicalAdminUnitId)).toBe(true);
      } else {
        expect(park.historicalAdminUnitId).toBeNull();
      }
      expect(park.adminUnitId).toMatch(/^34:\d{2}$/);
    }
  });
});
