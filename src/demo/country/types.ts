/**
 * The shapes the demo-country generator returns: plain objects in the registry's own vocabulary
 * (docs/registry-model.md), so the database loader of `iza seed demo` maps them to rows one to one.
 * Histories use the pure rule types of the zones and investment modules, so the registry's own
 * validators check them.
 */
import type { Currency, Money } from '../../kernel/money';
import type { AdminUnit } from '../../modules/geo/admin-units';
import type { CapitalOriginKind, Investor, InvestorKind } from '../../modules/investment/capital-origin';
import type { CertificateEvent } from '../../modules/investment/certificate-events';
import type { Decision } from '../../modules/zones/checks';
import type { KktLandRecord } from '../../modules/zones/kkt-land';
import type { KktType, LocationClass, ParkKind } from '../../modules/zones/location-class';
import type { LandValue, OccupancyPark } from '../../modules/zones/park-land';
import type { ParkStatus } from '../../modules/zones/park-rules';
import type { WastewaterPlant } from '../../modules/zones/wastewater';
import type { DemoSpecialZone } from './special-zones';

export const DEMO_LABEL = 'DỮ LIỆU MẪU — synthetic demo data';

export interface DemoCountryOptions {
  /** PRNG seed; the same seed, scale and today give the same country. */
  seed?: number;
  /** Multiplies parks, enterprises, investors and projects (the 44 economic zones stay 44). */
  scale?: number;
  /** ISO date: no event, value or document is dated after it. */
  today: string;
  /** Reference data, when the caller has it loaded already (default: read from data/). */
  geography?: DemoGeography;
}

/** [longitude, latitude], WGS 84, 6 decimals. */
export type LonLat = readonly [number, number];

/** A polygon or multipolygon as rings of [lon, lat], with its bounding box. */
export interface Shape {
  bbox: readonly [number, number, number, number];
  /** Polygons, each an outer ring then holes. */
  polygons: readonly (readonly (readonly number[])[])[][];
}

export interface DemoRegion {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface DemoGeography {
  /** The 63 units (until 2025-06-30) and the 34 (from 2025-07-01). */
  units63: readonly AdminUnit[];
  units34: readonly AdminUnit[];
  /** 63-unit id → the 34-unit id it went into (every 2025 merger is full). */
  successorOf: ReadonlyMap<string, string>;
  /** 34-unit id → the 63-unit ids merged into it. */
  predecessorsOf: ReadonlyMap<string, readonly string[]>;
  /** Unit id (either edition) → its socio-economic region of the same edition. */
  regionOf: ReadonlyMap<string, DemoRegion>;
  /** Unit id (either edition) → its boundary. */
  shapes: ReadonlyMap<string, Shape>;
}

/** Where a park, zone or enterprise is: the current province and, for pre-2025 history, the old one. */
export interface DemoPlace {
  /** The 34-edition unit in force today (`34:24`). */
  adminUnitId: string;
  /**
   * The 63-edition unit (`63:27`) whose successor is `adminUnitId`, for records with history before
   * 2025-07-01; null for records that began under the 34 units.
   */
  historicalAdminUnitId: string | null;
  commune: string;
}

export interface DemoProvince {
  id: string;
  code: string;
  name: string;
  region: DemoRegion;
  /** The 63-edition units merged into it. */
  predecessorIds: readonly string[];
  parks: number;
  operatingParks: number;
  economicZones: number;
}

export interface DemoEconomicZone extends DemoPlace {
  id: string;
  code: string;
  name: string;
  type: KktType;
  point: LonLat;
  decision: Decision;
  landAreaHa: string;
  waterAreaHa: string;
  land: KktLandRecord;
}

export interface DemoPark extends OccupancyPark, DemoPlace {
  code: string;
  name: string;
  kinds: ParkKind[];
  specialisedSector: string | null;
  parentZoneId: string | null;
  locationClass: LocationClass;
  point: LonLat;
  /** Status on `today` (a cache of `parkStatusAsOf`, as the listing column will be). */
  status: ParkStatus;
  /** Null until the park is established (a planned park has no developer yet). */
  developerEnterpriseId: string | null;
  infrastructureProjectId: string | null;
  leaseTermYears: number;
  /** Infrastructure completion in percent (Biểu 2103 col. 14), dated. */
  infrastructure: LandValue[];
}

export type EnterpriseRole = 'developer' | 'tenant';

export interface DemoEnterprise extends DemoPlace {
  id: string;
  role: EnterpriseRole;
  /** 10 digits, unique. */
  taxCode: string;
  nameVi: string;
  /** The registered foreign-language name of foreign-invested enterprises. */
  nameForeign: string | null;
  address: string;
  legalRepresentative: string;
  vsic: string[];
  registeredOn: string;
}

export interface DemoInvestor {
  id: string;
  kind: InvestorKind;
  name: string;
  /** ISO 3166-1 alpha-2 (VN for Vietnamese investors). */
  nationality: string;
  /** Vietnamese organisations: % of their charter capital held by foreign investors. */
  foreignShare: string | null;
}

export type ProjectType = 'infrastructure' | 'production_business';
export type ProjectStatus = 'valid' | 'revoked' | 'terminated';

export interface DemoProject {
  id: string;
  /** Opaque, unique for life (10 digits). */
  code: string;
  name: string;
  type: ProjectType;
  enterpriseId: string;
  parkId: string | null;
  /** Set for projects in an economic zone outside any park, and for projects of parks in a zone. */
  zoneId: string | null;
  /** The special zone of its KKT it lies in (Biểu 2112), for projects outside parks; absent or null otherwise. */
  specialZoneId?: string | null;
  /** The investors with their shares, as on the certificate. */
  investors: Investor[];
  /** From `classifyCapitalOrigin(investors, originDate)`, never set by hand. */
  origin: CapitalOriginKind;
  originRuleId: string;
  /** The date the origin was classified on (the issue, or the first day a rule is in force). */
  originDate: string;
  currency: Currency;
  vsic: string[];
  objectives: string[];
  events: CertificateEvent[];
  /** Status on `today`, with the capital then registered. */
  status: ProjectStatus;
  registeredCapital: Money;
  /** The day production or business began; null for a project never built (or not yet). */
  operationStartedOn: string | null;
}

export interface DemoCounts {
  parks: number;
  economicZones: number;
  specialZones: number;
  /** Infrastructure projects of the KKTs outside their parks: with the 44 zones, not the scale. */
  kktInfrastructureProjects: number;
  wastewaterPlants: number;
  enterprises: number;
  investors: number;
  projects: number;
}

export interface DemoCountry {
  label: typeof DEMO_LABEL;
  seed: number;
  scale: number;
  today: string;
  provinces: DemoProvince[];
  economicZones: DemoEconomicZone[];
  parks: DemoPark[];
  /** Non-tariff zones and functional zones of the KKTs (Biểu 2112), with their plants. */
  specialZones: DemoSpecialZone[];
  wastewaterPlants: WastewaterPlant[];
  /** Developers first, then tenants; generated on each iteration, nothing is kept. */
  enterprises: Iterable<DemoEnterprise>;
  investors: Iterable<DemoInvestor>;
  /** Infrastructure projects of the parks first, then tenants; generated on each iteration. */
  projects: Iterable<DemoProject>;
  counts: DemoCounts;
}
