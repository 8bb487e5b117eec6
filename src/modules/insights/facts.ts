/**
 * The facts briefings and dashboards need beyond the statistics module's shared facts
 * (statistics/facts: projects valid at the period end, events in the period, realised capital,
 * accepted reports), read in SQL from the zone and reporting tables (read only):
 * - parks as of the period end, folded by the zone registry's own rules (zones/contract:
 *   `parkStatusAsOf`, the established area from the lifecycle, land "as of" a day), so a park's
 *   status has one definition;
 * - economic zones decided by the period end;
 * - the reports of a period with their status, for reporting completeness;
 * - the State Bank rate in force at the period end, with its source, for the notes.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { day, inList, rowsOf, str } from '../statistics/facts/sql';
import {
  establishedSeriesFromEvents,
  type LandValue,
  landAsOf,
  type ParkEvent,
  parkStatusAsOf,
} from '../zones/contract';

export { rowsOf };

export type ParkState = {
  id: string;
  code: string;
  name: string;
  unit: string;
  status: string;
  /** Established area from the lifecycle (ha); planned land, else the established area, for "in the plan". */
  established: string;
  planArea: string;
  industrial: string | null;
  leased: string | null;
};

const parkFilter = (column: SQL, parkIds: readonly string[] | null | undefined) =>
  parkIds ? inList(column, parkIds) : sql`true`;

function toEvent(r: Record<string, unknown>): ParkEvent {
  const details = (r.details ?? {}) as Record<string, unknown>;
  return {
    kind: String(r.kind),
    date: day(r.date)!,
    ...(r.decision_no
      ? { decision: { number: String(r.decision_no), date: day(r.decision_date) ?? day(r.date)! } }
      : {}),
    ...details,
    approved: details.approved === true,
  } as unknown as ParkEvent;
}

/** Parks with a lifecycle event by `to`, their status and land on that day. */
export async function parkStates(
  db: DbOrTx,
  to: string,
  parkIds?: readonly string[] | null,
  unitIds?: readonly string[],
): Promise<ParkState[]> {
  const inUnits = unitIds ? inList(sql`admin_unit_id`, unitIds) : sql`true`;
  const parks = await rowsOf(
    db,
    sql`select id, code, name, admin_unit_id from industrial_parks where ${parkFilter(sql`id`, parkIds)} and ${inUnits}`,
  );
  const events = await rowsOf(
    db,
    sql`select park_id, kind, date, decision_no, decision_date, details from park_events
        where date <= ${to} and ${parkFilter(sql`park_id`, parkIds)}
          and ${unitIds ? sql`park_id in (select id from industrial_parks where ${inUnits})` : sql`true`}
        order by park_id, seq`,
  );
  const land = await rowsOf(
    db,
    sql`select distinct on (park_id, measure) park_id, measure, as_of, value_ha from park_land_values
        where as_of <= ${to} and measure in ('planned','established','industrial','leased')
          and ${parkFilter(sql`park_id`, parkIds)}
          and ${unitIds ? sql`park_id in (select id from industrial_parks where ${inUnits})` : sql`true`}
        order by park_id, measure, as_of desc`,
  );
  const eventsOf = new Map<string, ParkEvent[]>();
  for (const r of events) eventsOf.set(String(r.park_id), [...(eventsOf.get(String(r.park_id)) ?? []), toEvent(r)]);
  const landOf = new Map<string, Record<string, LandValue>>();
  for (const r of land) {
    const value = { date: day(r.as_of)!, value: str(r.value_ha)!, source: '' };
    landOf.set(String(r.park_id), { ...landOf.get(String(r.park_id)), [String(r.measure)]: value });
  }
  const out: ParkState[] = [];
  for (const p of parks) {
    const id = String(p.id);
    const evs = eventsOf.get(id) ?? [];
    const status = parkStatusAsOf(evs, to)?.status;
    if (!status) continue;
    const recorded = landOf.get(id) ?? {};
    // As the park page reads it: the lifecycle's area, or a value recorded for a park older than its events.
    const established =
      landAsOf([...(recorded.established ? [recorded.established] : []), ...establishedSeriesFromEvents(evs)], to)
        ?.value ?? '0';
    out.push({
      id,
      code: String(p.code),
      name: String(p.name),
      unit: String(p.admin_unit_id),
      status,
      established,
      planArea: recorded.planned?.value ?? established,
      industrial: recorded.industrial?.value ?? null,
      leased: recorded.leased?.value ?? null,
    });
  }
  return out;
}

/** Economic zones decided by `to` (a zone without a decision date counts as existing). */
export const zonesAt = (to: string) => sql`
  select z.id, z.code, z.name, z.type, z.admin_unit_id as unit, z.decision_date,
         coalesce(z.established_land_ha, 0) + coalesce(z.established_water_ha, 0) as area
  from economic_zones z
  where z.decision_date is null or z.decision_date <= ${to}`;

/** The State Bank USD/VND rate in force on `day` (as statistics/facts/registry.ts `rateAt` picks it), with its source. */
export const rateOn = (day: string) => sql`
  select rate::text as rate, date::text as date, source from exchange_rates
  where from_currency = 'USD' and to_currency = 'VND' and date <= ${day}
  order by date desc, source asc limit 1`;
