/**
 * Where a project lies, as the zone registry answers it (`zones.parkScope`, `zones.zoneScope`):
 * the park or KKT with its administrative unit, its developer and the province it lies in today.
 * The zone registry owns parks and zones; this module never reads their tables.
 */
import type { GeoService } from '../../geo/service';
import type { ZonesService } from '../../zones/service';

export type PlaceKind = 'park' | 'zone' | 'special_zone';

export type PlaceScope = {
  kind: PlaceKind;
  parkId: string | null;
  /** For a park: the KKT it lies in (null outside any); otherwise the KKT itself. */
  zoneId: string | null;
  adminUnitId: string;
  developerEnterpriseId: string | null;
  /** GSO code of the province the place lies in today (old units roll up through the lineage). */
  provinceCode: string | null;
};

export type PlaceKey = { kind: PlaceKind; parkId: string | null; zoneId: string | null };

export type PlaceScopes = {
  /** Null when the park or zone does not exist. */
  of(key: PlaceKey): Promise<PlaceScope | null>;
  /** Many at once, keyed by `placeKey(…)`; unknown places are left out. */
  many(keys: readonly PlaceKey[]): Promise<Map<string, PlaceScope>>;
  /** Every park and every KKT (as a 'zone' place), in two queries. */
  all(): Promise<PlaceScope[]>;
  /** The KKT a special zone belongs to; null when there is no such special zone. */
  specialZoneOf(id: string): Promise<{ specialZoneId: string; zoneId: string } | null>;
};

export const placeKey = (k: PlaceKey) => (k.kind === 'park' ? `park:${k.parkId}` : `zone:${k.zoneId}`);

/** The zones service's answers, in the shape this module's scope checks and filters use. */
export function createPlaceScopes(deps: {
  geo: GeoService;
  zones: Pick<ZonesService, 'parkScope' | 'zoneScope' | 'allPlaces' | 'specialZoneScope'>;
}): PlaceScopes {
  const { geo, zones } = deps;

  async function one(key: PlaceKey): Promise<PlaceScope | null> {
    if (key.kind === 'park') {
      const park = key.parkId ? await zones.parkScope(key.parkId) : null;
      if (!park) return null;
      return {
        kind: 'park',
        parkId: park.parkId,
        zoneId: park.zoneId,
        adminUnitId: park.adminUnitId,
        developerEnterpriseId: park.developerEnterpriseId,
        provinceCode: park.provinceCode ?? (await geo.provinceCodeOf(park.adminUnitId)),
      };
    }
    const zone = key.zoneId ? await zones.zoneScope(key.zoneId) : null;
    if (!zone) return null;
    return {
      kind: key.kind,
      parkId: null,
      zoneId: zone.zoneId,
      adminUnitId: zone.adminUnitId,
      developerEnterpriseId: null,
      provinceCode: zone.provinceCode ?? (await geo.provinceCodeOf(zone.adminUnitId)),
    };
  }

  async function all(): Promise<PlaceScope[]> {
    const { parks, zones: kkts } = await zones.allPlaces();
    return [
      ...parks.map((p) => ({ kind: 'park' as const, ...p })),
      ...kkts.map((z) => ({
        kind: 'zone' as const,
        parkId: null,
        zoneId: z.zoneId,
        adminUnitId: z.adminUnitId,
        developerEnterpriseId: null,
        provinceCode: z.provinceCode,
      })),
    ];
  }

  async function many(keys: readonly PlaceKey[]): Promise<Map<string, PlaceScope>> {
    const wanted = new Map(keys.map((k) => [placeKey(k), k]));
    const out = new Map<string, PlaceScope>();
    // Past a handful, one read of every place beats one query per place.
    if (wanted.size > 8) {
      for (const place of await all()) {
        const key = placeKey(place);
        const asked = wanted.get(key);
        if (asked) out.set(key, { ...place, kind: asked.kind });
      }
      return out;
    }
    for (const [id, key] of wanted) {
      const found = await one(key);
      if (found) out.set(id, found);
    }
    return out;
  }

  return { of: one, many, all, specialZoneOf: (id) => zones.specialZoneScope(id) };
}
