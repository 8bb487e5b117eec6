/** A park row and its history read as of a date: the list item the API returns. */
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { ParkSummary } from '../contract';
import { isParkKind, type KktType, locationClassForPark } from '../location-class';
import { landAsOf, type ParkLand } from '../park-land';
import { type ParkEvent, type ParkStatusAsOf, parkStatusAsOf } from '../park-lifecycle';
import { economicZones, type industrialParks } from '../schema';
import { buildLand, rowToEvent, type StoredHistory } from './park-history';
import { numberOrNull } from './shared';

export type ParkRow = typeof industrialParks.$inferSelect;

/** The type of each economic zone named, for the parks' location classes. */
export async function zoneTypesOf(
  db: DbOrTx,
  ids: readonly (string | null)[],
): Promise<Map<string, { type: KktType }>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: economicZones.id, type: economicZones.type })
    .from(economicZones)
    .where(inArray(economicZones.id, wanted));
  return new Map(rows.map((r) => [r.id, { type: r.type as KktType }]));
}

export type ParkAsOf = {
  summary: ParkSummary;
  events: ParkEvent[];
  land: ParkLand;
  state: ParkStatusAsOf | null;
};

export function parkAsOf(
  row: ParkRow,
  history: StoredHistory | undefined,
  asOf: string,
  zoneTypes: ReadonlyMap<string, { type: KktType }>,
  provinceCode: string | null,
): ParkAsOf {
  const events = (history?.events ?? []).map(rowToEvent);
  const land = buildLand(history?.land ?? [], events);
  const state = parkStatusAsOf(events, asOf);
  const summary: ParkSummary = {
    id: row.id,
    code: row.code,
    name: row.name,
    kinds: row.kinds.filter(isParkKind),
    specialisedSector: row.specialisedSector,
    parentZoneId: row.parentZoneId,
    locationClass: locationClassForPark(row.parentZoneId, zoneTypes),
    adminUnitId: row.adminUnitId,
    provinceCode,
    commune: row.commune,
    developerEnterpriseId: row.developerEnterpriseId,
    infrastructureProjectId: row.infrastructureProjectId,
    landLeaseTermYears: row.landLeaseTermYears,
    lon: numberOrNull(row.lon),
    lat: numberOrNull(row.lat),
    status: state?.status ?? null,
    statusSince: state?.since ?? null,
    establishedArea: landAsOf(land.established, asOf)?.value ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  return { summary, events, land, state };
}

/** What the audit log keeps of a park row. */
export const parkAuditView = (row: ParkRow) => ({
  code: row.code,
  name: row.name,
  kinds: row.kinds,
  specialisedSector: row.specialisedSector,
  parentZoneId: row.parentZoneId,
  adminUnitId: row.adminUnitId,
  commune: row.commune,
  developerEnterpriseId: row.developerEnterpriseId,
  landLeaseTermYears: row.landLeaseTermYears,
  lon: row.lon,
  lat: row.lat,
  status: row.statusCache,
  statusSince: row.statusSinceCache,
  updatedAt: row.updatedAt,
});

/** The value of `status_cache` for a park without any event yet (the column is required). */
export const NO_STATUS = 'none';
