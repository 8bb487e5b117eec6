/**
 * Economic zones in lists and on the map (province on the date, type, search; each row checked
 * with the policy), and where a zone lies for the investment module's own scope checks.
 */
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import {
  foldVietnamese,
  type ZoneList,
  type ZonePoints,
  type ZonePointsQuery,
  type ZoneQuery,
  type ZoneSummary,
} from '../contract';
import type { KktType } from '../location-class';
import { economicZones } from '../schema';
import { developersByZone, zoneSummary, zoneTarget } from './economic-zones';
import { todayOf, type ZonesDeps } from './shared';

export async function findZones(deps: ZonesDeps, actor: Actor, query: ZoneQuery): Promise<ZoneList> {
  authorize(actor, 'registry:read');
  const asOf = query.asOf ?? todayOf(deps);
  const conditions: SQL[] = [];
  if (query.province) {
    const ids = await deps.geo.unitIdsIn(query.province, asOf);
    if (ids.length === 0) return { asOf, items: [], total: 0 };
    conditions.push(inArray(economicZones.adminUnitId, ids));
  }
  if (query.type) conditions.push(eq(economicZones.type, query.type));
  const rows = await deps.db
    .select()
    .from(economicZones)
    .where(and(...conditions));
  const q = query.q ? foldVietnamese(query.q) : '';
  const developers = await developersByZone(
    deps,
    rows.map((r) => r.id),
  );
  const items: ZoneSummary[] = [];
  for (const row of rows) {
    if (q && !foldVietnamese(`${row.code} ${row.name}`).includes(q)) continue;
    if (!isAllowed(actor, 'registry:read', await zoneTarget(deps, row, developers.get(row.id)))) continue;
    items.push(await zoneSummary(deps, row, asOf));
  }
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  items.sort((a, b) => collator.compare(a.name, b.name));
  return { asOf, items, total: items.length };
}

/** Where a zone lies, for the investment module's scope checks (no actor: it authorizes itself). */
export async function zoneScope(
  deps: ZonesDeps,
  zoneId: string,
): Promise<{ zoneId: string; adminUnitId: string; type: KktType; provinceCode: string | null } | null> {
  const [row] = await deps.db.select().from(economicZones).where(eq(economicZones.id, zoneId));
  if (!row) return null;
  return {
    zoneId: row.id,
    adminUnitId: row.adminUnitId,
    type: row.type as KktType,
    provinceCode: await deps.geo.provinceCodeOf(row.adminUnitId),
  };
}

/** The economic zones the caller may read, as points on the map (province on the date). */
export async function zonePoints(deps: ZonesDeps, actor: Actor, query: ZonePointsQuery): Promise<ZonePoints> {
  authorize(actor, 'registry:read');
  const asOf = query.asOf ?? todayOf(deps);
  const conditions: SQL[] = [];
  if (query.province) {
    const ids = await deps.geo.unitIdsIn(query.province, asOf);
    if (ids.length === 0) return { asOf, items: [], withoutPoint: 0 };
    conditions.push(inArray(economicZones.adminUnitId, ids));
  }
  if (query.type) conditions.push(eq(economicZones.type, query.type));
  const rows = await deps.db
    .select()
    .from(economicZones)
    .where(and(...conditions))
    .orderBy(economicZones.code);
  const developers = await developersByZone(
    deps,
    rows.map((r) => r.id),
  );
  const ix = await deps.geo.getIndex();
  const items: ZonePoints['items'] = [];
  let withoutPoint = 0;
  for (const row of rows) {
    if (!isAllowed(actor, 'registry:read', await zoneTarget(deps, row, developers.get(row.id)))) continue;
    if (row.lon === null || row.lat === null) {
      withoutPoint++;
      continue;
    }
    items.push({
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.type as KktType,
      provinceCode: ix.currentEquivalent(row.adminUnitId, asOf)?.code ?? null,
      lon: Number(row.lon),
      lat: Number(row.lat),
    });
  }
  return { asOf, items, withoutPoint };
}
