import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import type {
  CreateParkBody,
  CreatePlantBody,
  CreateSpecialZoneBody,
  CreateZoneBody,
  InfrastructureProgressBody,
  LandValueBody,
  OccupancyQuery,
  ParkEventBody,
  ParkInfrastructureProjectBody,
  ParkPointsQuery,
  ParkQuery,
  PlantRecordBody,
  SpecialZoneAreaBody,
  SpecialZoneStatusBody,
  TrailQuery,
  UpdateParkBody,
  UpdatePlantBody,
  UpdateSpecialZoneBody,
  UpdateZoneBody,
  ZoneAreaBody,
  ZonePointsQuery,
  ZoneQuery,
} from './contract';
import { industrialParks, specialZones } from './schema';
import { createPark } from './use-cases/create-park';
import { createZone, getZone, recordZoneArea, updateZone } from './use-cases/economic-zones';
import { findParks } from './use-cases/find-parks';
import { findZones, zonePoints, zoneScope } from './use-cases/find-zones';
import { getPark } from './use-cases/get-park';
import { recordInfrastructureProgress } from './use-cases/infrastructure-progress';
import { type ProjectLookup, setInfrastructureProject } from './use-cases/infrastructure-project';
import { occupancyFor } from './use-cases/occupancy-for';
import { parkPoints } from './use-cases/park-points';
import { allPlaces } from './use-cases/place-scopes';
import { recordLandValue } from './use-cases/record-land-value';
import { recordParkEvent } from './use-cases/record-park-event';
import { parkTrail, zoneTrail } from './use-cases/record-trail';
import type { ZonesDeps } from './use-cases/shared';
import { recordSpecialZoneWastewater } from './use-cases/special-zone-wastewater';
import {
  createSpecialZone,
  recordSpecialZoneArea,
  recordSpecialZoneStatus,
  updateSpecialZone,
} from './use-cases/special-zones';
import { updatePark } from './use-cases/update-park';
import { createPlant, recordPlant, updatePlant } from './use-cases/wastewater-plants';

export type ParkScope = {
  parkId: string;
  adminUnitId: string;
  developerEnterpriseId: string | null;
  zoneId: string | null;
  /** GSO code of the province the park lies in today (null if no single one). */
  provinceCode: string | null;
};

/**
 * The zone registry's use cases (docs/registry-model.md): economic zones and their functional
 * areas, industrial parks with their lifecycle and land, occupancy over a set of parks. Each
 * authorizes the caller for the record it touches; the use cases live in `use-cases/`.
 */
export function createZonesService(deps: { db: Db; clock: () => Date; geo: GeoService; projects?: ProjectLookup }) {
  const d: ZonesDeps = deps;
  return {
    // ——— Economic zones ———
    createZone: (actor: Actor, body: CreateZoneBody) => createZone(d, actor, body),
    updateZone: (actor: Actor, id: string, body: UpdateZoneBody) => updateZone(d, actor, id, body),
    getZone: (actor: Actor, id: string, asOf?: string) => getZone(d, actor, id, asOf),
    findZones: (actor: Actor, query: ZoneQuery = {}) => findZones(d, actor, query),
    recordZoneArea: (actor: Actor, id: string, body: ZoneAreaBody) => recordZoneArea(d, actor, id, body),
    zoneTrail: (actor: Actor, id: string, query: Partial<TrailQuery> = {}) =>
      zoneTrail(d, actor, id, { page: 1, pageSize: 20, ...query }),
    zonePoints: (actor: Actor, query: ZonePointsQuery = {}) => zonePoints(d, actor, query),

    // ——— Special zones inside a KKT ———
    createSpecialZone: (actor: Actor, zoneId: string, body: CreateSpecialZoneBody) =>
      createSpecialZone(d, actor, zoneId, body),
    updateSpecialZone: (actor: Actor, zoneId: string, id: string, body: UpdateSpecialZoneBody) =>
      updateSpecialZone(d, actor, zoneId, id, body),
    recordSpecialZoneStatus: (actor: Actor, zoneId: string, id: string, body: SpecialZoneStatusBody) =>
      recordSpecialZoneStatus(d, actor, zoneId, id, body),
    recordSpecialZoneArea: (actor: Actor, zoneId: string, id: string, body: SpecialZoneAreaBody) =>
      recordSpecialZoneArea(d, actor, zoneId, id, body),
    recordSpecialZoneWastewater: (actor: Actor, zoneId: string, id: string, body: PlantRecordBody) =>
      recordSpecialZoneWastewater(d, actor, zoneId, id, body),

    // ——— Parks ———
    createPark: (actor: Actor, body: CreateParkBody) => createPark(d, actor, body),
    updatePark: (actor: Actor, id: string, body: UpdateParkBody) => updatePark(d, actor, id, body),
    recordParkEvent: (actor: Actor, id: string, body: ParkEventBody) => recordParkEvent(d, actor, id, body),
    recordLandValue: (actor: Actor, id: string, body: LandValueBody) => recordLandValue(d, actor, id, body),
    recordInfrastructureProgress: (actor: Actor, id: string, body: InfrastructureProgressBody) =>
      recordInfrastructureProgress(d, actor, id, body),
    setInfrastructureProject: (actor: Actor, id: string, body: ParkInfrastructureProjectBody) =>
      setInfrastructureProject(d, actor, id, body),
    getPark: (actor: Actor, id: string, asOf?: string) => getPark(d, actor, id, asOf),
    findParks: (actor: Actor, query: Partial<ParkQuery> = {}) =>
      findParks(d, actor, { sort: 'name', order: 'asc', page: 1, pageSize: 50, ...query }),
    occupancyFor: (actor: Actor, query: Partial<OccupancyQuery> = {}) => occupancyFor(d, actor, query),
    parkPoints: (actor: Actor, query: ParkPointsQuery = {}) => parkPoints(d, actor, query),
    parkTrail: (actor: Actor, id: string, query: Partial<TrailQuery> = {}) =>
      parkTrail(d, actor, id, { page: 1, pageSize: 20, ...query }),

    // ——— Wastewater plants of a park ———
    createPlant: (actor: Actor, parkId: string, body: CreatePlantBody) => createPlant(d, actor, parkId, body),
    updatePlant: (actor: Actor, parkId: string, plantId: string, body: UpdatePlantBody) =>
      updatePlant(d, actor, parkId, plantId, body),
    recordPlant: (actor: Actor, parkId: string, plantId: string, body: PlantRecordBody) =>
      recordPlant(d, actor, parkId, plantId, body),

    // ——— For the investment module (it authorizes its own records with these) ———
    async parkScope(parkId: string): Promise<ParkScope | null> {
      const [row] = await deps.db.select().from(industrialParks).where(eq(industrialParks.id, parkId));
      if (!row) return null;
      return {
        parkId: row.id,
        adminUnitId: row.adminUnitId,
        developerEnterpriseId: row.developerEnterpriseId,
        zoneId: row.parentZoneId,
        provinceCode: await deps.geo.provinceCodeOf(row.adminUnitId),
      };
    },
    zoneScope: (zoneId: string) => zoneScope(d, zoneId),
    /** The KKT a special zone belongs to (a project placed in it must lie in that KKT). */
    async specialZoneScope(id: string): Promise<{ specialZoneId: string; zoneId: string } | null> {
      const [row] = await deps.db
        .select({ specialZoneId: specialZones.id, zoneId: specialZones.zoneId })
        .from(specialZones)
        .where(eq(specialZones.id, id));
      return row ?? null;
    },
    /** Every park and zone at once (list filters of whole provinces or the country). */
    allPlaces: () => allPlaces(d),
  };
}
export type ZonesService = ReturnType<typeof createZonesService>;
