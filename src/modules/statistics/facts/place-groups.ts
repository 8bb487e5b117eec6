/**
 * The place groups the totals are summed in (totals.ts, event-totals.ts), at one of two grains:
 * - `park`: each park (and each KKT area outside parks) with its admin unit and project type, for
 *   the forms with a row per park (2104, 2106);
 * - `class`: only the admin unit, in a park or not, the location class and the project type, for
 *   the forms and briefings that add up whole provinces (2101, the briefing, the dashboards): a few
 *   groups per province instead of one per park;
 * - `special_zone`: each special zone (non-tariff, free-trade, bonded zone) with its unit and project
 *   type, for 2112; only the projects recorded in a special zone.
 */
import { sql } from 'drizzle-orm';
import { type LocationClass, str } from './sql';
import type { Origin } from './units';

export type Grain = 'park' | 'class' | 'special_zone';

export type PlaceGroup = {
  /** The park (null at the `class` grain, or outside parks). */
  parkId: string | null;
  parkName: string | null;
  kktId: string | null;
  kktName: string | null;
  /** The special zone (only at the `special_zone` grain). */
  specialZoneId: string | null;
  /** Whether the group's projects lie in a park (at every grain). */
  inPark: boolean;
  /** A park group's location class; null for projects in a KKT area outside parks. */
  locationClass: LocationClass | null;
  unitId: string | null;
  type: 'infrastructure' | 'production_business';
  origin: Origin;
};

/** The group's columns in a select over `projectPlaces` (as `pp`). */
export const groupSelect = (grain: Grain) =>
  grain === 'park'
    ? sql`pp.park_id, pp.park_name, pp.kkt_id, pp.kkt_name, pp.kkt_type, pp.unit_id, pp.type, (pp.park_id is not null) as in_park`
    : grain === 'special_zone'
      ? sql`null as park_id, null as park_name, null as kkt_id, null as kkt_name, pp.kkt_type, pp.unit_id, pp.type,
            (pp.park_id is not null) as in_park, pp.special_zone_id`
      : sql`null as park_id, null as park_name, null as kkt_id, null as kkt_name, pp.kkt_type, pp.unit_id, pp.type,
            (pp.park_id is not null) as in_park`;

/** The matching `group by` list. */
export const groupBy = (grain: Grain) =>
  grain === 'park'
    ? sql`pp.park_id, pp.park_name, pp.kkt_id, pp.kkt_name, pp.kkt_type, pp.unit_id, pp.type`
    : grain === 'special_zone'
      ? sql`pp.special_zone_id, (pp.park_id is not null), pp.kkt_type, pp.unit_id, pp.type`
      : sql`(pp.park_id is not null), pp.kkt_type, pp.unit_id, pp.type`;

/** The projects a grain groups: all, or only those recorded in a special zone. */
export const grainWhere = (grain: Grain) =>
  grain === 'special_zone' ? sql`pp.special_zone_id is not null` : sql`true`;

export function groupOf(r: Record<string, unknown>): PlaceGroup {
  const inPark = r.in_park === true || r.in_park === 't';
  return {
    parkId: str(r.park_id),
    parkName: str(r.park_name),
    kktId: str(r.kkt_id),
    kktName: str(r.kkt_name),
    specialZoneId: str(r.special_zone_id),
    inPark,
    locationClass: inPark ? ((str(r.kkt_type) as LocationClass | null) ?? 'outside') : null,
    unitId: str(r.unit_id),
    type: String(r.type) as PlaceGroup['type'],
    origin: String(r.origin) as Origin,
  };
}
