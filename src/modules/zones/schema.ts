import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, hectares as ha, recordTimestamps, instant as ts } from '../../platform/db/columns';

/**
 * The zone registry. Status and land are dated rows folded by the pure rules
 * (park-lifecycle.ts, park-land.ts, wastewater.ts, kkt-land.ts); the `*_cache` columns hold the
 * current fold for listing and are rewritten in the same transaction as each new row.
 * Places are admin-unit ids of their edition (`63:24`, `34:24`): the province "as of D" comes
 * from the geo lineage. Links to other modules (developer enterprise, infrastructure project)
 * are foreign keys declared in SQL migrations, so the TypeScript modules stay independent.
 */

export const economicZones = pgTable(
  'economic_zones',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Decree 35/2022 Art. 14.1: coastal, border-gate, specialised. */
    type: text('type').notNull(),
    adminUnitId: text('admin_unit_id').notNull(),
    commune: text('commune'),
    decisionNo: text('decision_no'),
    decisionDate: day('decision_date'),
    decisionAuthority: text('decision_authority'),
    generalPlanDecisionNo: text('general_plan_decision_no'),
    generalPlanDecisionDate: day('general_plan_decision_date'),
    establishedLandHa: ha('established_land_ha'),
    establishedWaterHa: ha('established_water_ha'),
    /** A representative point (its management centre or the middle of its land), for the map. */
    lon: numeric('lon', { precision: 9, scale: 6 }),
    lat: numeric('lat', { precision: 9, scale: 6 }),
    ...recordTimestamps(),
  },
  (t) => [
    check('economic_zones_type', sql`${t.type} in ('coastal','border_gate','specialised')`),
    index('economic_zones_unit').on(t.adminUnitId),
  ],
);

/** Functional areas of a KKT by measure (general plan, detailed plan, built, leased, current), dated. */
export const economicZoneAreas = pgTable(
  'economic_zone_areas',
  {
    id: uuid('id').primaryKey(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => economicZones.id),
    area: text('area').notNull(),
    measure: text('measure').notNull(),
    asOf: day('as_of').notNull(),
    valueHa: ha('value_ha').notNull(),
    source: text('source').notNull(),
  },
  (t) => [unique('economic_zone_areas_key').on(t.zoneId, t.area, t.measure, t.asOf)],
);

export const industrialParks = pgTable(
  'industrial_parks',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Folded (no diacritics, lower case) for search. */
    nameSearch: text('name_search').notNull(),
    /** KCN, KCX, supporting, specialised, high_tech, eco, industrial_urban_service — a set. */
    kinds: text('kinds').array().notNull(),
    specialisedSector: text('specialised_sector'),
    /** Null: outside any KKT. The location class follows from the parent's type. */
    parentZoneId: uuid('parent_zone_id').references(() => economicZones.id),
    adminUnitId: text('admin_unit_id').notNull(),
    commune: text('commune'),
    developerEnterpriseId: uuid('developer_enterprise_id'),
    infrastructureProjectId: uuid('infrastructure_project_id'),
    landLeaseTermYears: integer('land_lease_term_years'),
    lon: numeric('lon', { precision: 9, scale: 6 }),
    lat: numeric('lat', { precision: 9, scale: 6 }),
    boundary: jsonb('boundary'),
    statusCache: text('status_cache').notNull(),
    statusSinceCache: day('status_since_cache'),
    ...recordTimestamps(),
  },
  (t) => [
    index('industrial_parks_unit').on(t.adminUnitId),
    index('industrial_parks_zone').on(t.parentZoneId),
    index('industrial_parks_developer').on(t.developerEnterpriseId),
    index('industrial_parks_status').on(t.statusCache),
    index('industrial_parks_search_trgm').using('gin', t.nameSearch.op('gin_trgm_ops')),
  ],
);

/** Lifecycle events of a park (planned … revoked, converted); kind-specific fields in `details`. */
export const parkEvents = pgTable(
  'park_events',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id')
      .notNull()
      .references(() => industrialParks.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    date: day('date').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: day('decision_date'),
    decisionIssuer: text('decision_issuer'),
    details: jsonb('details').notNull(),
    note: text('note'),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    unique('park_events_seq').on(t.parkId, t.seq),
    index('park_events_date').on(t.date, t.kind),
    check(
      'park_events_kind',
      sql`${t.kind} in ('planned','established','construction_started','operating','area_increased','area_decreased','revoked','converted_to_urban_service')`,
    ),
  ],
);

/** How complete a park's infrastructure is (Biểu 2103 col. 14, 0–100 %), a dated series. */
export const parkInfrastructureProgress = pgTable(
  'park_infrastructure_progress',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id')
      .notNull()
      .references(() => industrialParks.id),
    asOf: day('as_of').notNull(),
    completionPct: numeric('completion_pct', { precision: 5, scale: 2 }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    unique('park_infrastructure_progress_key').on(t.parkId, t.asOf),
    check('park_infrastructure_progress_range', sql`${t.completionPct} between 0 and 100`),
  ],
);

/** Planned, established, industrial-service and leased land of a park, each a dated series. */
export const parkLandValues = pgTable(
  'park_land_values',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id')
      .notNull()
      .references(() => industrialParks.id),
    measure: text('measure').notNull(),
    asOf: day('as_of').notNull(),
    valueHa: ha('value_ha').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    unique('park_land_values_key').on(t.parkId, t.measure, t.asOf),
    check(
      'park_land_values_measure',
      sql`${t.measure} in ('planned','established','industrial','leased','handed_over')`,
    ),
    check('park_land_values_positive', sql`${t.valueHa} >= 0`),
  ],
);

export const wastewaterPlants = pgTable('wastewater_plants', {
  id: uuid('id').primaryKey(),
  parkId: uuid('park_id')
    .notNull()
    .references(() => industrialParks.id),
  name: text('name'),
  investmentAmount: numeric('investment_amount', { precision: 20, scale: 2 }),
  investmentCurrency: text('investment_currency'),
  ...recordTimestamps(),
});

/** Status and capacities (m³ per day-night) of a plant from a date on. */
export const wastewaterPlantRecords = pgTable(
  'wastewater_plant_records',
  {
    id: uuid('id').primaryKey(),
    plantId: uuid('plant_id')
      .notNull()
      .references(() => wastewaterPlants.id),
    date: day('date').notNull(),
    status: text('status').notNull(),
    designCapacity: numeric('design_capacity', { precision: 12, scale: 2 }),
    operatingCapacity: numeric('operating_capacity', { precision: 12, scale: 2 }),
    source: text('source').notNull(),
  },
  (t) => [
    unique('wastewater_plant_records_key').on(t.plantId, t.date, t.status),
    check('wastewater_plant_records_status', sql`${t.status} in ('not_built','under_construction','operating')`),
  ],
);

/**
 * Non-tariff, free-trade and bonded zones inside a KKT (Biểu 2112), with their founding and
 * construction-plan documents. Their status and areas are dated rows below.
 */
export const specialZones = pgTable(
  'special_zones',
  {
    id: uuid('id').primaryKey(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => economicZones.id),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: day('decision_date'),
    decisionAuthority: text('decision_authority'),
    planDecisionNo: text('plan_decision_no'),
    planDecisionDate: day('plan_decision_date'),
    ...recordTimestamps(),
  },
  (t) => [
    index('special_zones_zone').on(t.zoneId),
    check('special_zones_kind', sql`${t.kind} in ('non_tariff','free_trade','bonded','functional')`),
  ],
);

/** The status of a special zone from a date on (under construction, operating, dissolved). */
export const specialZoneStatuses = pgTable(
  'special_zone_statuses',
  {
    id: uuid('id').primaryKey(),
    specialZoneId: uuid('special_zone_id')
      .notNull()
      .references(() => specialZones.id),
    date: day('date').notNull(),
    status: text('status').notNull(),
    decisionNo: text('decision_no'),
    source: text('source').notNull(),
  },
  (t) => [
    unique('special_zone_statuses_key').on(t.specialZoneId, t.date),
    check('special_zone_statuses_status', sql`${t.status} in ('under_construction','operating','dissolved')`),
  ],
);

/** Established, industrial-service and leased land of a special zone, each a dated series. */
export const specialZoneAreas = pgTable(
  'special_zone_areas',
  {
    id: uuid('id').primaryKey(),
    specialZoneId: uuid('special_zone_id')
      .notNull()
      .references(() => specialZones.id),
    measure: text('measure').notNull(),
    asOf: day('as_of').notNull(),
    valueHa: ha('value_ha').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    unique('special_zone_areas_key').on(t.specialZoneId, t.measure, t.asOf),
    check('special_zone_areas_measure', sql`${t.measure} in ('established','industrial','leased')`),
    check('special_zone_areas_positive', sql`${t.valueHa} >= 0`),
  ],
);

/**
 * The central wastewater plant of a special zone (Biểu 2112 cols 24–26), a dated series like a
 * park plant's records: status and capacities in m³ per day-night from a date on.
 */
export const specialZoneWastewater = pgTable(
  'special_zone_wastewater',
  {
    id: uuid('id').primaryKey(),
    specialZoneId: uuid('special_zone_id')
      .notNull()
      .references(() => specialZones.id),
    date: day('date').notNull(),
    status: text('status').notNull(),
    designCapacity: numeric('design_capacity', { precision: 12, scale: 2 }),
    operatingCapacity: numeric('operating_capacity', { precision: 12, scale: 2 }),
    source: text('source').notNull(),
  },
  (t) => [
    unique('special_zone_wastewater_key').on(t.specialZoneId, t.date),
    check('special_zone_wastewater_status', sql`${t.status} in ('not_built','under_construction','operating')`),
  ],
);
