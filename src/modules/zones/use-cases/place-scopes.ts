/**
 * Every park and economic zone with the facts the investment module scopes and filters projects by
 * (unit, province today, developer, parent zone), in two queries. A list of projects "in Hải Phòng"
 * or "visible to this Board" needs all places at once; asking park by park costs one query each.
 */
import type { KktType } from '../location-class';
import { economicZones, industrialParks } from '../schema';
import { todayOf, type ZonesDeps } from './shared';

export type ParkPlace = {
  parkId: string;
  adminUnitId: string;
  developerEnterpriseId: string | null;
  zoneId: string | null;
  provinceCode: string | null;
};

export type ZonePlace = { zoneId: string; adminUnitId: string; type: KktType; provinceCode: string | null };

export async function allPlaces(deps: ZonesDeps): Promise<{ parks: ParkPlace[]; zones: ZonePlace[] }> {
  const [parks, zones, ix] = await Promise.all([
    deps.db
      .select({
        parkId: industrialParks.id,
        adminUnitId: industrialParks.adminUnitId,
        developerEnterpriseId: industrialParks.developerEnterpriseId,
        zoneId: industrialParks.parentZoneId,
      })
      .from(industrialParks),
    deps.db
      .select({ zoneId: economicZones.id, adminUnitId: economicZones.adminUnitId, type: economicZones.type })
      .from(economicZones),
    deps.geo.getIndex(),
  ]);
  const today = todayOf(deps);
  const province = new Map<string, string | null>();
  const provinceOf = (unit: string) => {
    if (!province.has(unit)) province.set(unit, ix.currentEquivalent(unit, today)?.code ?? null);
    return province.get(unit) ?? null;
  };
  return {
    parks: parks.map((p) => ({ ...p, provinceCode: provinceOf(p.adminUnitId) })),
    zones: zones.map((z) => ({ ...z, type: z.type as KktType, provinceCode: provinceOf(z.adminUnitId) })),
  };
}
