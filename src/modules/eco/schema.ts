import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, instant, recordTimestamps } from '../../platform/db/columns';

export * from './certification/schema';

/** Quantities of the exchange and savings: up to 3 decimals (kg in tonnes, litres in m³). */
const quantity = (name: string) => numeric(name, { precision: 18, scale: 3 });

/**
 * The symbiosis exchange: what an enterprise of a park offers (by-products, waste, surplus energy,
 * water, capacity) or needs. One table for both sides because the matcher compares them field by
 * field. The enterprise and park are registry records (checked through their services).
 */
export const ecoListings = pgTable(
  'eco_listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    side: text('side').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    parkId: uuid('park_id').notNull(),
    resource: text('resource').notNull(),
    title: text('title').notNull(),
    /** Six-digit European List of Waste code (ref_waste_codes). */
    ewcCode: text('ewc_code'),
    /** Vietnam's national waste code, as the enterprise writes it. */
    nationalCode: text('national_code'),
    description: text('description').notNull(),
    hazardous: boolean('hazardous').notNull(),
    /** Needs only: the receiver holds the permit for hazardous inputs. */
    acceptsHazardous: boolean('accepts_hazardous').notNull().default(false),
    quantity: quantity('quantity').notNull(),
    unit: text('unit').notNull(),
    frequency: text('frequency').notNull(),
    qualityNotes: text('quality_notes').notNull().default(''),
    availableFrom: day('available_from').notNull(),
    availableTo: day('available_to'),
    confidentiality: text('confidentiality').notNull(),
    partnerEnterpriseIds: uuid('partner_enterprise_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').notNull().default('open'),
    /** Title, description and codes folded without accents, for search. */
    search: text('search').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    index('eco_listings_park').on(t.parkId),
    index('eco_listings_enterprise').on(t.enterpriseId),
    check('eco_listings_side', sql`${t.side} in ('offer', 'need')`),
    check('eco_listings_quantity', sql`${t.quantity} > 0`),
  ],
);

/** Code pairs a facilitator knows to work (e.g. fly ash → cement raw meal); prefixes of 2, 4 or 6 digits. */
export const ecoSubstitutions = pgTable(
  'eco_substitutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerCode: text('offer_code').notNull(),
    needCode: text('need_code').notNull(),
    note: text('note').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [unique('eco_substitutions_pair').on(t.offerCode, t.needCode)],
);

/** A match a facilitator works on; operating deals are the park's symbiosis links (ENV.1). */
export const ecoDeals = pgTable(
  'eco_deals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => ecoListings.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => ecoListings.id),
    /** The offer's park: the deal counts there. */
    parkId: uuid('park_id').notNull(),
    status: text('status').notNull(),
    /** The matcher's score and reasons when the deal was proposed (the precision is measured on these). */
    score: numeric('score', { precision: 5, scale: 4 }).notNull(),
    reasons: jsonb('reasons').notNull(),
    ...recordTimestamps(),
  },
  (t) => [unique('eco_deals_pair').on(t.offerId, t.needId), index('eco_deals_park').on(t.parkId)],
);

export const ecoDealEvents = pgTable(
  'eco_deal_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => ecoDeals.id),
    status: text('status').notNull(),
    date: day('date').notNull(),
    note: text('note').notNull().default(''),
    userId: uuid('user_id'),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [index('eco_deal_events_deal').on(t.dealId)],
);

/** Measured impact of a deal in a year (CircLean/NISP accounting lines). */
export const ecoDealImpacts = pgTable(
  'eco_deal_impacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => ecoDeals.id),
    year: integer('year').notNull(),
    tonnesDiverted: quantity('tonnes_diverted').notNull(),
    waterM3: quantity('water_m3').notNull(),
    energyMwh: quantity('energy_mwh').notNull(),
    tco2e: quantity('tco2e').notNull(),
    costSavedMillionVnd: quantity('cost_saved_million_vnd').notNull(),
    source: text('source').notNull(),
    ...recordTimestamps(),
  },
  (t) => [unique('eco_deal_impacts_year').on(t.dealId, t.year)],
);

/** What a park declares for a criterion the registry cannot measure, per year, with its evidence. */
export const ecoDeclarations = pgTable(
  'eco_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parkId: uuid('park_id').notNull(),
    measure: text('measure').notNull(),
    year: integer('year').notNull(),
    value: text('value').notNull(),
    evidence: text('evidence').notNull(),
    ...recordTimestamps(),
  },
  (t) => [unique('eco_declarations_measure_year').on(t.parkId, t.measure, t.year)],
);

/** The action plan of a park's scorecard: one action per gap (owner, due date, status). */
export const ecoActions = pgTable(
  'eco_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parkId: uuid('park_id').notNull(),
    ruleSet: text('rule_set').notNull(),
    requirementId: text('requirement_id').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueOn: day('due_on').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    ...recordTimestamps(),
  },
  (t) => [index('eco_actions_park').on(t.parkId)],
);

/** Resource-efficient and cleaner production measures of an enterprise in a park. */
export const ecoRecpMeasures = pgTable(
  'eco_recp_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    parkId: uuid('park_id').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    startedOn: day('started_on').notNull(),
    savedKwh: quantity('saved_kwh').notNull(),
    savedM3: quantity('saved_m3').notNull(),
    savedTonnes: quantity('saved_tonnes').notNull(),
    savedTco2e: quantity('saved_tco2e').notNull(),
    costSavedMillionVnd: quantity('cost_saved_million_vnd').notNull(),
    evidence: text('evidence').notNull(),
    ...recordTimestamps(),
  },
  (t) => [index('eco_recp_park').on(t.parkId), index('eco_recp_enterprise').on(t.enterpriseId)],
);

/**
 * The annual eco reports (A.4, B.4, A.5, B.5 of Decree 35/2022 Art. 43): one per form, reported
 * year, park and filer (the park's developer for A.*, an enterprise of the park for B.*). `values`
 * holds the whole report (typed, locked and computed fields) as of its last save; the version
 * names the form definition (eco/reports/).
 */
export const ecoReports = pgTable(
  'eco_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    form: text('form').notNull(),
    typeVersion: text('type_version').notNull(),
    year: integer('year').notNull(),
    parkId: uuid('park_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    status: text('status').notNull(),
    values: jsonb('values').notNull(),
    submittedAt: instant('submitted_at'),
    decidedAt: instant('decided_at'),
    revisionReason: text('revision_reason'),
    ...recordTimestamps(),
  },
  (t) => [
    unique('eco_reports_one').on(t.form, t.year, t.parkId, t.enterpriseId),
    index('eco_reports_park').on(t.parkId),
    check('eco_reports_status', sql`${t.status} in ('draft', 'submitted', 'accepted', 'revision_requested')`),
  ],
);

/** Each step of an eco report's workflow, with who and why (the reason of a revision request). */
export const ecoReportEvents = pgTable(
  'eco_report_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => ecoReports.id),
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    userId: uuid('user_id'),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [index('eco_report_events_report').on(t.reportId)],
);
