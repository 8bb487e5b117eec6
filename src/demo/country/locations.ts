/**
 * Where and when a tenant project is registered: a year drawn from a growth curve, then a park open
 * to tenants in that year (weighted by its area) or, for about 9 % of projects, an economic zone
 * outside its parks. One table per year keeps the draw a binary search at any scale.
 */

import { type ParkTimeline, tenantsFrom } from './park-history';
import { cumulative, dayOf, isoOf, type Rng, searchCumulative } from './random';
import type { DemoEconomicZone, DemoPark } from './types';

/** New projects per year, relative: growth, a dip after 2008 and in 2020, a new wave after. */
const YEAR_CURVE: readonly [number, number][] = [
  [2000, 1],
  [2005, 1.8],
  [2008, 3],
  [2010, 2.6],
  [2012, 2.6],
  [2015, 3.6],
  [2017, 4.5],
  [2019, 5.2],
  [2020, 4],
  [2021, 4],
  [2022, 4.6],
  [2023, 5.2],
  [2024, 5.6],
  [2025, 5.8],
];
export const FIRST_TENANT_YEAR = 2000;
const ZONE_SHARE = 0.09;

function yearWeight(year: number): number {
  let prev = YEAR_CURVE[0]!;
  for (const point of YEAR_CURVE) {
    if (year <= point[0]) {
      return point[0] === prev[0]
        ? point[1]
        : prev[1] + ((point[1] - prev[1]) * (year - prev[0])) / (point[0] - prev[0]);
    }
    prev = point;
  }
  return prev[1];
}

interface Window {
  from: number;
  to: number;
  weight: number;
  /** The park's conversion: tenants still there end after it. */
  endsFrom: number | null;
}

interface Row {
  start: number;
  end: number;
  /** Park index, or -(zone index + 1). */
  locs: Int32Array;
  cum: Float64Array;
}

export interface LocationTables {
  todayDay: number;
  yearCum: Float64Array;
  rows: Row[];
  windows: (Window | null)[];
  zoneDays: number[];
}

function windowOf(park: DemoPark, t: ParkTimeline, todayDay: number): Window | null {
  const from = tenantsFrom(t);
  if (from === null) return null;
  const converted = park.status === 'converted' && t.endDay !== null;
  const to = converted && t.endDay !== null ? t.endDay - 1 : todayDay;
  if (from > to) return null;
  const weight = Math.max(...t.areaSteps.map((s) => s.areaH)) / 100;
  return { from, to, weight, endsFrom: converted ? t.endDay : null };
}

export function buildLocationTables(
  parks: readonly DemoPark[],
  timelines: readonly ParkTimeline[],
  zones: readonly DemoEconomicZone[],
  todayDay: number,
): LocationTables {
  const windows = parks.map((p, k) => (timelines[k] ? windowOf(p, timelines[k], todayDay) : null));
  const zoneDays = zones.map((z) => dayOf(z.decision.date));
  const rows: Row[] = [];
  const yearWeights: number[] = [];
  const lastYear = Number(isoOf(todayDay).slice(0, 4));
  for (let y = FIRST_TENANT_YEAR; y <= lastYear; y++) {
    const start = dayOf(`${y}-01-01`);
    const end = Math.min(dayOf(`${y}-12-31`), todayDay);
    const locs: number[] = [];
    const weights: number[] = [];
    for (const [k, w] of windows.entries()) {
      if (w && w.from <= end && w.to >= start) {
        locs.push(k);
        weights.push(w.weight);
      }
    }
    const parkTotal = weights.reduce((a, b) => a + b, 0);
    const open = zoneDays.flatMap((d, z) => (d <= end ? [z] : []));
    for (const z of open) {
      locs.push(-(z + 1));
      weights.push((parkTotal * ZONE_SHARE) / (1 - ZONE_SHARE) / open.length);
    }
    rows.push({ start, end, locs: Int32Array.from(locs), cum: cumulative(weights) });
    yearWeights.push(parkTotal > 0 ? (yearWeight(y) * (end - start + 1)) / 365 : 0);
  }
  return { todayDay, yearCum: cumulative(yearWeights), rows, windows, zoneDays };
}

export interface Spot {
  park: number | null;
  zone: number | null;
  day: number;
  /** No adjustment after this day. */
  lastDay: number;
  endsFrom: number | null;
}

export function locate(tables: LocationTables, rng: Rng): Spot {
  const row = tables.rows[searchCumulative(tables.yearCum, rng.next())];
  if (!row || row.locs.length === 0) throw new RangeError('no park or zone is open to tenants before today');
  const loc = row.locs[searchCumulative(row.cum, rng.next())] ?? 0;
  if (loc >= 0) {
    const w = tables.windows[loc];
    if (!w) throw new RangeError(`park ${loc} is not open to tenants`);
    const day = rng.int(Math.max(row.start, w.from), Math.min(row.end, w.to));
    return { park: loc, zone: null, day, lastDay: w.to, endsFrom: w.endsFrom };
  }
  const zone = -loc - 1;
  const day = rng.int(Math.max(row.start, tables.zoneDays[zone] ?? row.start), row.end);
  return { park: null, zone, day, lastDay: tables.todayDay, endsFrom: null };
}
