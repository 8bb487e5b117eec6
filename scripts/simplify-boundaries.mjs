#!/usr/bin/env node
// Makes the province boundary files small enough for the web map (the published ones are ~2 MB each).
// Dev-time only: the product reads the output in data/boundaries/, never the published originals.
//
//   node scripts/simplify-boundaries.mjs [sourceDir] [--tolerance 0.001] [--decimals 3]
//
// sourceDir defaults to ../shared/data/boundaries (the folder holding provinces-34-2025/ and
// provinces-63-pre2025/). Each ring is simplified with Douglas-Peucker, rounded and de-duplicated;
// a ring that would collapse or cross itself or a neighbouring ring of the same province is redone
// with gentler settings, down to the original, so no island (Hoàng Sa, Trường Sa) is ever dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const tolerance = option('--tolerance', 0.001);
const decimals = option('--decimals', 3);
const sourceDir = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'data', 'boundaries'));

const jobs = [
  { input: 'provinces-34-2025/vn-provinces-34.gso.geojson', output: 'provinces-34.geojson', edition: '34' },
  { input: 'provinces-63-pre2025/vn-provinces-63.gso.geojson', output: 'provinces-63.geojson', edition: '63' },
];

// Gentler and gentler settings for a ring that the default ones break; the last one is the original.
const levels = [
  { tolerance, decimals },
  { tolerance: tolerance / 4, decimals: decimals + 1 },
  { tolerance: 0, decimals: decimals + 2 },
  { tolerance: 0, decimals: null },
];

function perpendicularDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

// Iterative so that rings of several thousand points cannot overflow the stack.
function douglasPeucker(points, eps) {
  if (eps <= 0 || points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i], points[first], points[last]);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0 && maxDist > eps) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function simplifyRing(ring, level) {
  // A closed ring's first and last points coincide, so split it at its farthest point to give
  // Douglas-Peucker a real segment to measure against.
  const open = ring.slice(0, -1);
  let far = 0;
  let farDist = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i][0] - open[0][0], open[i][1] - open[0][1]);
    if (d > farDist) {
      farDist = d;
      far = i;
    }
  }
  const firstHalf = douglasPeucker(open.slice(0, far + 1), level.tolerance);
  const secondHalf = douglasPeucker([...open.slice(far), open[0]], level.tolerance);
  const factor = level.decimals === null ? null : 10 ** level.decimals;
  const rounded = [...firstHalf, ...secondHalf.slice(1)].map((p) =>
    factor === null ? [p[0], p[1]] : [Math.round(p[0] * factor) / factor, Math.round(p[1] * factor) / factor],
  );
  const out = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  const [first] = out;
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

function orientation(a, b, c) {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a, b, p) {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsIntersect(a, b, c, d) {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** Indexes of the rings (across all polygons of one feature) that touch or cross a ring, themselves included. */
function badRings(rings) {
  const segments = [];
  rings.forEach((ring, r) => {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      segments.push({ r, i, n: ring.length - 1, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  const bad = new Set();
  for (let x = 0; x < segments.length; x++) {
    const s = segments[x];
    for (let y = x + 1; y < segments.length && segments[y].minX <= s.maxX; y++) {
      const t = segments[y];
      if (s.r === t.r) {
        const gap = Math.abs(s.i - t.i);
        // Neighbouring segments of one ring share a vertex by construction.
        if (gap === 1 || gap === s.n - 1) continue;
      }
      if (segmentsIntersect(s.a, s.b, t.a, t.b)) {
        bad.add(s.r);
        bad.add(t.r);
      }
    }
  }
  return bad;
}

function ringIsValid(ring) {
  return ring.length >= 4 && Math.abs(ringArea(ring)) > 0;
}

function simplifyFeature(feature) {
  const { type, coordinates } = feature.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const originals = polygons.flat();
  const originalBad = badRings(originals);
  // Rings that already touch in the source (Trường Sa atolls) are kept exactly as published.
  const levelOf = originals.map((_, i) => (originalBad.has(i) ? levels.length - 1 : 0));
  let rings = [];
  for (;;) {
    rings = originals.map((ring, i) => {
      for (let level = levelOf[i]; level < levels.length; level++) {
        const out = simplifyRing(ring, levels[level]);
        levelOf[i] = level;
        if (ringIsValid(out)) return out;
      }
      return ring;
    });
    const introduced = [...badRings(rings)].filter((i) => !originalBad.has(i) && levelOf[i] < levels.length - 1);
    if (introduced.length === 0) break;
    for (const i of introduced) levelOf[i] += 1;
  }
  let next = 0;
  const outPolygons = polygons.map((polygon) => polygon.map(() => rings[next++]));
  const geometry =
    type === 'Polygon' ? { type, coordinates: outPolygons[0] } : { type: 'MultiPolygon', coordinates: outPolygons };
  // Outer ring minus holes, summed over the polygons.
  const area = (polys) =>
    polys.reduce(
      (sum, poly) => poly.reduce((acc, ring, i) => acc + Math.abs(ringArea(ring)) * (i === 0 ? 1 : -1), sum),
      0,
    );
  return {
    feature: {
      type: 'Feature',
      id: feature.properties.ma_tinh,
      properties: { ma_tinh: feature.properties.ma_tinh, ten_tinh: feature.properties.ten_tinh },
      geometry,
    },
    stats: {
      points: [originals.flat().length, rings.flat().length],
      area: [area(polygons), area(outPolygons)],
      fallbacks: levelOf.filter((l) => l > 0).length,
      originalBad: originalBad.size,
    },
  };
}

for (const job of jobs) {
  const source = JSON.parse(readFileSync(path.join(sourceDir, job.input), 'utf8'));
  const results = source.features.map(simplifyFeature);
  const header = {
    type: 'FeatureCollection',
    attribution: 'Boundaries: Open Development Mekong / Department of Survey and Mapping Vietnam, CC BY-SA 4.0',
    license: 'CC-BY-SA-4.0',
    note: `Simplified by scripts/simplify-boundaries.mjs (Douglas-Peucker ${tolerance}°, ${decimals} decimals) from the ${job.edition}-province GSO-coded file; see data/SOURCES.md.`,
  };
  const body = results.map((r) => JSON.stringify(r.feature)).join(',\n');
  const text = `${JSON.stringify(header).slice(0, -1)},"features":[\n${body}\n]}\n`;
  const target = path.join(root, 'data', 'boundaries', job.output);
  writeFileSync(target, text);
  const [before, after] = results.reduce((acc, r) => [acc[0] + r.stats.points[0], acc[1] + r.stats.points[1]], [0, 0]);
  const worstArea = Math.max(...results.map((r) => Math.abs(r.stats.area[1] / r.stats.area[0] - 1)));
  const fallbacks = results.reduce((sum, r) => sum + r.stats.fallbacks, 0);
  const crossing = results.reduce((sum, r) => sum + r.stats.originalBad, 0);
  console.log(
    `${job.output}: ${results.length} features, ${before} → ${after} points, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB, ` +
      `worst area change ${(worstArea * 100).toFixed(2)}%, ${fallbacks} rings kept at finer settings, ` +
      `${crossing} of them already touching in the source`,
  );
}
