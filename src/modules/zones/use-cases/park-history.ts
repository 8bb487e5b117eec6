/**
 * A park's stored history (event rows, land-value rows) read into the types of the pure rules,
 * and back: events keep their decision in columns and their kind-specific fields in `details`.
 */
import { and, asc, desc, inArray, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { Decision } from '../checks';
import type { ParkEventBody, ParkEventOut } from '../contract';
import { establishedSeriesFromEvents, type LandMeasure, type LandValue, type ParkLand } from '../park-land';
import type { ParkEvent } from '../park-lifecycle';
import type { EstablishmentAct, ParkEventKind } from '../park-rules';
import { parkEvents, parkLandValues } from '../schema';
import { decimalText, emptyToNull } from './shared';

export type EventRow = typeof parkEvents.$inferSelect;
export type LandRow = typeof parkLandValues.$inferSelect;

const canonical = (ha: string) => decimalText(ha) ?? ha;

/** The event as the pure rules read it; a decision left out stays out (the rules report it). */
export function bodyToEvent(body: ParkEventBody): ParkEvent {
  const decision = body.decision
    ? {
        number: body.decision.number,
        date: body.decision.date,
        ...(body.decision.issuer ? { issuer: body.decision.issuer } : {}),
      }
    : undefined;
  const base = { date: body.date, ...(body.note ? { note: body.note } : {}), ...(decision ? { decision } : {}) };
  switch (body.kind) {
    case 'planned':
      return { ...base, kind: body.kind, approved: body.approved };
    case 'established':
      return { ...base, kind: body.kind, act: body.act, area: canonical(body.area) } as ParkEvent;
    case 'area_increased':
    case 'area_decreased':
      return {
        ...base,
        kind: body.kind,
        areaBefore: canonical(body.areaBefore),
        areaAfter: canonical(body.areaAfter),
      } as ParkEvent;
    case 'converted_to_urban_service':
      return {
        ...base,
        kind: body.kind,
        ...(body.termYears !== undefined ? { termYears: body.termYears } : {}),
      } as ParkEvent;
    default:
      return { ...base, kind: body.kind } as ParkEvent;
  }
}

/** The kind-specific fields, stored in `details`. */
export function eventDetails(e: ParkEvent): Record<string, unknown> {
  switch (e.kind) {
    case 'planned':
      return { approved: e.approved };
    case 'established':
      return { act: e.act, area: e.area };
    case 'area_increased':
    case 'area_decreased':
      return { areaBefore: e.areaBefore, areaAfter: e.areaAfter };
    case 'converted_to_urban_service':
      return e.termYears !== undefined ? { termYears: e.termYears } : {};
    default:
      return {};
  }
}

export function eventRowValues(parkId: string, seq: number, id: string, e: ParkEvent) {
  return {
    id,
    parkId,
    seq,
    kind: e.kind,
    date: e.date,
    decisionNo: e.decision?.number ?? null,
    decisionDate: e.decision?.date ?? null,
    decisionIssuer: e.decision?.issuer ?? null,
    details: eventDetails(e),
    note: emptyToNull(e.note),
  };
}

const decisionOf = (r: EventRow): Decision | undefined =>
  r.decisionNo
    ? {
        number: r.decisionNo,
        date: r.decisionDate ?? r.date,
        ...(r.decisionIssuer ? { issuer: r.decisionIssuer } : {}),
      }
    : undefined;

export function rowToEvent(r: EventRow): ParkEvent {
  const d = (r.details ?? {}) as Record<string, unknown>;
  const decision = decisionOf(r);
  const base = { date: r.date, ...(r.note ? { note: r.note } : {}), ...(decision ? { decision } : {}) };
  const kind = r.kind as ParkEventKind;
  switch (kind) {
    case 'planned':
      return { ...base, kind, approved: d.approved === true };
    case 'established':
      return { ...base, kind, act: d.act as EstablishmentAct, area: String(d.area) } as ParkEvent;
    case 'area_increased':
    case 'area_decreased':
      return { ...base, kind, areaBefore: String(d.areaBefore), areaAfter: String(d.areaAfter) } as ParkEvent;
    case 'converted_to_urban_service':
      return { ...base, kind, ...(typeof d.termYears === 'number' ? { termYears: d.termYears } : {}) } as ParkEvent;
    default:
      return { ...base, kind } as ParkEvent;
  }
}

export function rowToEventOut(r: EventRow): ParkEventOut {
  const e = rowToEvent(r);
  return {
    seq: r.seq,
    kind: e.kind,
    date: e.date,
    decision: e.decision
      ? { number: e.decision.number, date: e.decision.date, issuer: e.decision.issuer ?? null }
      : null,
    note: r.note,
    ...eventDetails(e),
    recordedAt: r.recordedAt.toISOString(),
  } as ParkEventOut;
}

export const landRowToValue = (r: LandRow): LandValue => ({
  date: r.asOf,
  value: decimalText(r.valueHa) ?? '0',
  source: r.source,
});

const byDate = (a: LandValue, b: LandValue) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * A park's land series. The established area has one source of truth, the lifecycle: its
 * series is what the events imply, after any value recorded by hand for a park whose
 * establishment predates its events (on the same day the event's value wins, as `landAsOf`
 * takes the later of two values of a day).
 */
export function buildLand(landRows: readonly LandRow[], events: readonly ParkEvent[]): ParkLand {
  const series = (m: LandMeasure) =>
    landRows
      .filter((r) => r.measure === m)
      .map(landRowToValue)
      .sort(byDate);
  const established = [...series('established'), ...establishedSeriesFromEvents(events)].sort(byDate);
  return {
    planned: series('planned'),
    established,
    industrial: series('industrial'),
    leased: series('leased'),
    handed_over: series('handed_over'),
  };
}

export type StoredHistory = { events: EventRow[]; land: LandRow[] };

/** The events (by seq) and land values of the parks whose id is in `ids` (a list or a subquery). */
export async function loadHistories(
  db: DbOrTx,
  ids: readonly string[] | SQL,
  measures?: readonly LandMeasure[],
  /**
   * Only what a reading on this date needs: of the land values, the latest per measure dated on or
   * before it (`landAsOf` reads no other). Lists of thousands of parks read ~4 rows a park, not ~17.
   */
  asOf?: string,
): Promise<Map<string, StoredHistory>> {
  const out = new Map<string, StoredHistory>();
  if (Array.isArray(ids) && ids.length === 0) return out;
  const idList = ids as string[] | SQL;
  const [events, land] = await Promise.all([
    db
      .select()
      .from(parkEvents)
      .where(inArray(parkEvents.parkId, idList))
      .orderBy(asc(parkEvents.parkId), asc(parkEvents.seq)),
    asOf
      ? db
          .selectDistinctOn([parkLandValues.parkId, parkLandValues.measure])
          .from(parkLandValues)
          .where(
            and(
              inArray(parkLandValues.parkId, idList),
              lte(parkLandValues.asOf, asOf),
              measures ? inArray(parkLandValues.measure, [...measures]) : undefined,
            ),
          )
          .orderBy(asc(parkLandValues.parkId), asc(parkLandValues.measure), desc(parkLandValues.asOf))
      : db
          .select()
          .from(parkLandValues)
          .where(
            and(
              inArray(parkLandValues.parkId, idList),
              measures ? inArray(parkLandValues.measure, [...measures]) : undefined,
            ),
          )
          .orderBy(asc(parkLandValues.asOf)),
  ]);
  const entry = (id: string) => {
    let h = out.get(id);
    if (!h) {
      h = { events: [], land: [] };
      out.set(id, h);
    }
    return h;
  };
  for (const e of events) entry(e.parkId).events.push(e);
  for (const l of land) entry(l.parkId).land.push(l);
  return out;
}
