/**
 * A park's land and occupancy over time, for the profile's chart: one point on every day any of
 * the four series or the status changes, each read "as of" that day by the same rules as the
 * park page (so the chart and the page never disagree).
 */
import { type LandMeasure, occupancy, type ParkLand, parkLandAsOf } from './park-land';
import { type ParkEvent, parkStatusAsOf } from './park-lifecycle';
import type { ParkStatus } from './park-rules';

export interface LandPoint {
  date: string;
  status: ParkStatus | null;
  /** Hectares in force on the day, per measure; null when none was recorded yet. */
  values: Record<LandMeasure, string | null>;
  /** leased ÷ industrial-service land in percent (2 places), when the park counts on the day. */
  occupancyPercent: string | null;
}

export function landTimeSeries(events: readonly ParkEvent[], land: ParkLand): LandPoint[] {
  const days = new Set<string>(events.map((e) => e.date));
  for (const series of Object.values(land)) for (const v of series ?? []) days.add(v.date);
  return [...days].sort().map((date) => {
    const now = parkLandAsOf(land, date);
    const occ = occupancy([{ id: 'park', events, land }], date, 'all_established');
    return {
      date,
      status: parkStatusAsOf(events, date)?.status ?? null,
      values: {
        planned: now.planned?.value ?? null,
        established: now.established?.value ?? null,
        industrial: now.industrial?.value ?? null,
        leased: now.leased?.value ?? null,
        handed_over: now.handed_over?.value ?? null,
      },
      occupancyPercent: occ.included.length === 1 ? occ.percent : null,
    };
  });
}
