/**
 * `generateDemoCountry`: a deterministic, clearly labelled synthetic country for `iza seed demo`
 * — 44 economic zones, about 480 parks across the 34 provinces, about 11,000 FDI and 10,000 DDI
 * projects at scale 1, every history valid by the registry's own rules. Pure apart from reading
 * the shipped reference data once; no database. Parks and zones are returned as arrays; projects,
 * enterprises and investors are iterables that generate each item from its index on every pass,
 * so a caller that streams them holds one at a time, whatever the scale.
 */
import { isIsoDate } from '../../kernel/calendar/local-time';
import { AppError } from '../../kernel/errors';
import { loadDemoGeography, regionOf } from './geography';
import { investorPool, investorsOf } from './investors';
import { buildLocationTables } from './locations';
import { generateParks } from './parks';
import { type Generated, generatedStream, infrastructureAt, PROJECT_TARGETS, type ProjectContext } from './projects';
import { dayOf } from './random';
import { generateSpecialZones } from './special-zones';
import {
  DEMO_LABEL,
  type DemoCountry,
  type DemoCountryOptions,
  type DemoEconomicZone,
  type DemoGeography,
  type DemoPark,
  type DemoProvince,
} from './types';
import { zoneInfraSlots, zoneInfrastructureAt } from './zone-infrastructure';
import { generateEconomicZones } from './zones';

export { loadDemoGeography, pointInShape } from './geography';
export type { DemoSpecialZone } from './special-zones';
export * from './types';

const EARLIEST_TODAY = '2001-01-01';

function invalid(vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', vi, en);
}

function checkOptions(seed: number, scale: number, today: string) {
  if (!Number.isSafeInteger(seed))
    throw invalid(`Seed "${seed}" phải là số nguyên.`, `Seed "${seed}" must be an integer.`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
    throw invalid(
      `Hệ số quy mô ${scale} phải lớn hơn 0 và không quá 100.`,
      `Scale ${scale} must be above 0 and at most 100.`,
    );
  }
  if (!isIsoDate(today) || today < EARLIEST_TODAY) {
    throw invalid(
      `Ngày "${today}" không hợp lệ (YYYY-MM-DD, từ ${EARLIEST_TODAY}).`,
      `Invalid date "${today}" (YYYY-MM-DD, from ${EARLIEST_TODAY}).`,
    );
  }
}

const iterable = <T>(make: () => Iterator<T>): Iterable<T> => ({ [Symbol.iterator]: make });

function* pick<T>(items: Iterable<Generated>, part: (g: Generated) => T): Generator<T> {
  for (const g of items) yield part(g);
}

function provinceSummary(
  geo: DemoGeography,
  parks: readonly DemoPark[],
  zones: readonly DemoEconomicZone[],
): DemoProvince[] {
  return geo.units34.map((u) => {
    const own = parks.filter((p) => p.adminUnitId === u.id);
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      region: regionOf(geo, u.id),
      predecessorIds: geo.predecessorsOf.get(u.id) ?? [],
      parks: own.length,
      operatingParks: own.filter((p) => p.status === 'operating').length,
      economicZones: zones.filter((z) => z.adminUnitId === u.id).length,
    };
  });
}

export function generateDemoCountry(options: DemoCountryOptions): DemoCountry {
  const { seed = 2026, scale = 1, today } = options;
  checkOptions(seed, scale, today);
  const geo = options.geography ?? loadDemoGeography();
  const todayDay = dayOf(today);
  const zones = generateEconomicZones(seed, geo, todayDay);
  const { parks, plants, timelines, units63 } = generateParks(seed, scale, geo, zones, todayDay);
  const units = new Map(geo.units34.map((u) => [u.id, u]));
  const specialZones = generateSpecialZones(
    seed,
    zones,
    todayDay,
    (id) => units.get(id) ?? { name: id, shortName: id },
  );
  const specialByZone = new Map<string, typeof specialZones>();
  for (const s of specialZones) specialByZone.set(s.zoneId, [...(specialByZone.get(s.zoneId) ?? []), s]);
  const pool = investorPool(scale);
  const base: ProjectContext = {
    seed,
    todayDay,
    parks,
    timelines,
    units63,
    zones,
    pool,
    provinceNames: new Map(geo.units34.map((u) => [u.id, u.name])),
    provinceShortNames: new Map(geo.units34.map((u) => [u.id, u.shortName])),
    tables: buildLocationTables(parks, timelines, zones, todayDay),
    tenantCount: 0,
    zoneInfra: zoneInfraSlots(seed, zones, specialZones),
    specialByZone,
    pFdi: 0,
  };
  let infrastructure = 0;
  let infrastructureFdi = 0;
  for (let k = 0; k < parks.length; k++) {
    const g = infrastructureAt(base, k);
    if (!g) continue;
    infrastructure += 1;
    if (g.project.origin === 'FDI') infrastructureFdi += 1;
  }
  const total = Math.round((PROJECT_TARGETS.FDI + PROJECT_TARGETS.DDI) * scale);
  const tenantCount = Math.max(0, total - infrastructure);
  const fdiTenants = Math.round(PROJECT_TARGETS.FDI * scale) - infrastructureFdi;
  const ctx: ProjectContext = {
    ...base,
    tenantCount,
    pFdi: tenantCount === 0 ? 0 : Math.min(1, Math.max(0, fdiTenants / tenantCount)),
  };
  let zoneInfrastructure = 0;
  for (let j = 0; j < ctx.zoneInfra.length; j++) if (zoneInfrastructureAt(ctx, j)) zoneInfrastructure += 1;
  return {
    label: DEMO_LABEL,
    seed,
    scale,
    today,
    provinces: provinceSummary(geo, parks, zones),
    economicZones: zones,
    parks,
    specialZones,
    wastewaterPlants: plants,
    enterprises: iterable(() => pick(generatedStream(ctx), (g) => g.enterprise)),
    investors: iterable(() => investorsOf(seed, pool)),
    projects: iterable(() => pick(generatedStream(ctx), (g) => g.project)),
    counts: {
      parks: parks.length,
      economicZones: zones.length,
      specialZones: specialZones.length,
      kktInfrastructureProjects: zoneInfrastructure,
      wastewaterPlants: plants.length,
      enterprises: infrastructure + tenantCount + zoneInfrastructure,
      investors: pool.total,
      projects: infrastructure + tenantCount + zoneInfrastructure,
    },
  };
}
