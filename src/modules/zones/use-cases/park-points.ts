/**
 * The parks on the map: a few fields per park, the status on the date and the province of the
 * date. Built for the whole country at ten times national size (≈ 4,800 parks): one query for the
 * rows, and one for the events only when the date is not today (today's status is the cache).
 */
import { and, arrayContains, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { ParkPoints, ParkPointsQuery } from '../contract-map';
import { type ParkEvent, parkStatusAsOf } from '../park-lifecycle';
import type { ParkStatus } from '../park-rules';
import { industrialParks, parkEvents } from '../schema';
import { NO_STATUS } from './park-views';
import { parkListScope, todayOf, type ZonesDeps } from './shared';

export async function parkPoints(deps: ZonesDeps, actor: Actor, query: ParkPointsQuery): Promise<ParkPoints> {
  authorize(actor, 'registry:read');
  const today = todayOf(deps);
  const asOf = query.asOf ?? today;
  const empty: ParkPoints = { asOf, items: [], withoutPoint: 0 };
  const scope = await parkListScope(deps, actor);
  if (scope === null) return empty;
  const conditions: (SQL | undefined)[] = [scope];
  if (query.province) {
    const ids = await deps.geo.unitIdsIn(query.province, asOf);
    if (ids.length === 0) return empty;
    conditions.push(inArray(industrialParks.adminUnitId, ids));
  }
  if (query.kind) conditions.push(arrayContains(industrialParks.kinds, [query.kind]));
  if (query.zoneId) conditions.push(eq(industrialParks.parentZoneId, query.zoneId));
  const isToday = asOf === today;
  // The cache is the fold of the whole history, and no event is dated after today.
  if (query.status && isToday) conditions.push(eq(industrialParks.statusCache, query.status));
  const where = and(...conditions);

  const rows = await deps.db
    .select({
      id: industrialParks.id,
      code: industrialParks.code,
      name: industrialParks.name,
      kinds: industrialParks.kinds,
      zoneId: industrialParks.parentZoneId,
      adminUnitId: industrialParks.adminUnitId,
      developerEnterpriseId: industrialParks.developerEnterpriseId,
      lon: industrialParks.lon,
      lat: industrialParks.lat,
      statusCache: industrialParks.statusCache,
    })
    .from(industrialParks)
    .where(where)
    .orderBy(asc(industrialParks.code));

  const statusOn = new Map<string, ParkStatus | null>();
  if (!isToday) {
    // Only what the status fold reads (kind, date, whether a plan was approved), not whole rows.
    const events = await deps.db
      .select({
        parkId: parkEvents.parkId,
        kind: parkEvents.kind,
        date: parkEvents.date,
        approved: sql<boolean | null>`(${parkEvents.details} ->> 'approved')::boolean`,
      })
      .from(parkEvents)
      .where(
        and(
          inArray(parkEvents.parkId, deps.db.select({ id: industrialParks.id }).from(industrialParks).where(where)),
          lte(parkEvents.date, asOf),
        ),
      )
      .orderBy(asc(parkEvents.parkId), asc(parkEvents.seq));
    const byPark = new Map<string, ParkEvent[]>();
    for (const e of events) {
      const list = byPark.get(e.parkId) ?? [];
      list.push({ kind: e.kind, date: e.date, approved: e.approved === true } as ParkEvent);
      byPark.set(e.parkId, list);
    }
    for (const [id, list] of byPark) statusOn.set(id, parkStatusAsOf(list, asOf)?.status ?? null);
  }

  const ix = await deps.geo.getIndex();
  // About a hundred units for thousands of parks: each unit is resolved once.
  const todayCode = new Map<string, string | null>();
  const dateCode = new Map<string, string | null>();
  const codeOf = (cache: Map<string, string | null>, unit: string, day: string) => {
    if (!cache.has(unit)) cache.set(unit, ix.currentEquivalent(unit, day)?.code ?? null);
    return cache.get(unit) ?? null;
  };

  const items: ParkPoints['items'] = [];
  let withoutPoint = 0;
  for (const r of rows) {
    const target = {
      kind: 'record' as const,
      provinceCode: codeOf(todayCode, r.adminUnitId, today),
      enterpriseIds: r.developerEnterpriseId ? [r.developerEnterpriseId] : [],
    };
    if (!isAllowed(actor, 'registry:read', target)) continue;
    const status = isToday
      ? r.statusCache === NO_STATUS
        ? null
        : (r.statusCache as ParkStatus)
      : (statusOn.get(r.id) ?? null);
    if (query.status && status !== query.status) continue;
    if (r.lon === null || r.lat === null) {
      withoutPoint++;
      continue;
    }
    items.push({
      id: r.id,
      code: r.code,
      name: r.name,
      status,
      kinds: r.kinds,
      zoneId: r.zoneId,
      provinceCode: codeOf(dateCode, r.adminUnitId, asOf),
      lon: Number(r.lon),
      lat: Number(r.lat),
    });
  }
  return { asOf, items, withoutPoint };
}
