/**
 * The parks of the demo country: how many per province (weights close to the real spread, heavy in
 * the Red River Delta and the Southeast), about 40 inside economic zones (mostly coastal ones),
 * each with a name, kinds, a point inside its province, a history, land series and a plant.
 */
import { MERGER_DATE_2025 } from '../../modules/geo/admin-units';
import {
  type LocationClass,
  locationClassOf,
  normalizeParkKinds,
  type ParkKind,
} from '../../modules/zones/location-class';
import { parkStatusAsOf } from '../../modules/zones/park-lifecycle';
import type { WastewaterPlant } from '../../modules/zones/wastewater';
import { pointInUnit, successorOf, unitById } from './geography';
import { type Authority, communeName, issuerName, uniqueName } from './names';
import { FIRST_PARK_DAY, type ParkTimeline, parkTimeline } from './park-history';
import { parkInfrastructure, parkLand, wastewaterPlant } from './park-records';
import { apportion, dayOf, ids, isoOf, projectCodeOf, type Rng, rngFor } from './random';
import { SECTORS } from './sectors';
import type { DemoEconomicZone, DemoGeography, DemoPark } from './types';
import { zoneUnit63 } from './zones';

/** Parks per pre-2025 province outside economic zones, relative (roughly the published spread). */
export const PARK_WEIGHTS_63: Readonly<Record<string, number>> = {
  // Red River Delta
  '01': 10,
  '22': 10,
  '26': 14,
  '27': 16,
  '30': 18,
  '31': 15,
  '33': 13,
  '34': 8,
  '35': 9,
  '36': 7,
  '37': 7,
  // Southeast
  '70': 14,
  '72': 7,
  '74': 30,
  '75': 32,
  '77': 15,
  '79': 23,
  // Mekong Delta
  '80': 35,
  '82': 6,
  '83': 4,
  '84': 3,
  '86': 4,
  '87': 3,
  '89': 5,
  '91': 4,
  '92': 8,
  '93': 3,
  '94': 3,
  '95': 2,
  '96': 3,
  // North Central and Central Coast
  '38': 10,
  '40': 8,
  '42': 4,
  '44': 4,
  '45': 4,
  '46': 6,
  '48': 6,
  '49': 8,
  '51': 5,
  '52': 7,
  '54': 4,
  '56': 4,
  '58': 3,
  '60': 7,
  // Central Highlands
  '62': 3,
  '64': 2,
  '66': 2,
  '67': 2,
  '68': 3,
  // Northern Midlands and Mountains
  '02': 1,
  '04': 1,
  '06': 1,
  '08': 3,
  '10': 3,
  '11': 1,
  '12': 1,
  '14': 2,
  '15': 3,
  '17': 6,
  '19': 8,
  '20': 3,
  '24': 12,
  '25': 8,
};

/** At scale 1: ≈ 480 parks, 40 of them in economic zones (Decree 35/2022 location classes). */
export const PARKS_OUTSIDE_ZONES = 440;
export const PARKS_IN_ZONES = 40;

const ZONE_PARK_WEIGHT = { coastal: 3, border_gate: 0.6, specialised: 1 } as const;

/** Independent chances, so a park can be both export-processing and eco, as the decree allows. */
const KIND_CHANCES: readonly [ParkKind, number][] = [
  ['export_processing', 0.05],
  ['high_tech', 0.015],
  ['eco', 0.03],
  ['supporting', 0.02],
  ['specialised', 0.02],
  ['industrial_urban_service', 0.02],
];

function kindsFor(rng: Rng): { kinds: ParkKind[]; specialisedSector: string | null } {
  const kinds = normalizeParkKinds(KIND_CHANCES.filter(([, p]) => rng.chance(p)).map(([k]) => k));
  const specialisedSector = kinds.includes('specialised') ? rng.pick(SECTORS).product : null;
  return { kinds, specialisedSector };
}

const prefixOf = (kinds: readonly ParkKind[]) =>
  kinds.includes('export_processing') ? 'KCX' : kinds.includes('high_tech') ? 'KCN công nghệ cao' : 'KCN';

export interface ParkBuild {
  parks: DemoPark[];
  plants: WastewaterPlant[];
  /** Per park (same index): the history behind it and the pre-2025 unit it was drawn in. */
  timelines: ParkTimeline[];
  units63: string[];
}

interface Slot {
  id63: string;
  zone: DemoEconomicZone | null;
}

function slots(seed: number, scale: number, geo: DemoGeography, zones: readonly DemoEconomicZone[]): Slot[] {
  const weights = geo.units63.map((u) => {
    const w = PARK_WEIGHTS_63[u.code];
    if (w === undefined) throw new Error(`no park weight for ${u.id}`);
    return w;
  });
  const counts = apportion(Math.round(PARKS_OUTSIDE_ZONES * scale), weights);
  const out: Slot[] = geo.units63.flatMap((u, i) =>
    Array.from({ length: counts[i] ?? 0 }, () => ({ id63: u.id, zone: null })),
  );
  const zoneWeights = zones.map((z) => ZONE_PARK_WEIGHT[z.type]);
  for (let j = 0; j < Math.round(PARKS_IN_ZONES * scale); j++) {
    const zone = zones[rngFor(seed, 'park-zone', j).weighted(zoneWeights)];
    if (zone) out.push({ id63: zoneUnit63(zone), zone });
  }
  return out;
}

export function generateParks(
  seed: number,
  scale: number,
  geo: DemoGeography,
  zones: readonly DemoEconomicZone[],
  todayDay: number,
): ParkBuild {
  const build: ParkBuild = { parks: [], plants: [], timelines: [], units63: [] };
  const names = new Set<string>();
  const today = isoOf(todayDay);
  for (const [k, { id63, zone }] of slots(seed, scale, geo, zones).entries()) {
    const rng = rngFor(seed, 'park', k);
    const [old, current] = [unitById(geo, id63), unitById(geo, successorOf(geo, id63))];
    const issuer = (authority: Authority, day: number) =>
      issuerName(authority, isoOf(day) < MERGER_DATE_2025 ? old : current);
    const t = parkTimeline(rng, {
      issuer,
      todayDay,
      earliestDay: zone ? dayOf(zone.decision.date) : FIRST_PARK_DAY,
      plannedOnly: rng.chance(zone ? 0.04 : 0.08),
      // Park k's infrastructure project has project index k: its code is the number of an establishing IRC.
      irc: projectCodeOf(seed, k),
    });
    // Its own stream, so adding these facts left every other generated value as it was.
    const infrastructure = parkInfrastructure(rngFor(seed, 'park-infrastructure', k), t, todayDay);
    const land = { ...parkLand(rng, t, todayDay), handed_over: infrastructure.handedOver };
    const { kinds, specialisedSector } = kindsFor(rng);
    const id = ids.park(k);
    const name = uniqueName(rng, names, (place) => `${prefixOf(kinds)} ${place}`);
    const established = t.establishedDay !== null;
    const status = parkStatusAsOf(t.events, today)?.status;
    if (!status) throw new Error(`park ${id} has no status on ${today}`);
    const locationClass: LocationClass = locationClassOf(zone);
    build.parks.push({
      id,
      code: `KCN-${String(k + 1).padStart(5, '0')}`,
      name,
      kinds,
      specialisedSector,
      parentZoneId: zone?.id ?? null,
      locationClass,
      adminUnitId: successorOf(geo, id63),
      historicalAdminUnitId: isoOf(t.firstDay) < MERGER_DATE_2025 ? id63 : null,
      commune: communeName(rng, rng.chance(0.25)),
      point: pointInUnit(rng, geo, id63),
      status,
      events: t.events,
      land,
      infrastructure: infrastructure.progress,
      developerEnterpriseId: established ? ids.enterprise(k) : null,
      infrastructureProjectId: established ? ids.project(k) : null,
      leaseTermYears: rng.chance(0.15) ? 70 : 50,
    });
    build.timelines.push(t);
    build.units63.push(id63);
    const plant = wastewaterPlant(rng, ids.plant(build.plants.length), { id, name }, t, todayDay);
    if (plant) build.plants.push(plant);
  }
  return build;
}
