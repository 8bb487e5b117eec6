import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { amount, day, recordTimestamps, instant as ts } from '../../platform/db/columns';

/**
 * The investment registry. FDI/DDI is never stored as a free flag: `origin_cache` is what
 * capital-origin.ts derives from the investors, rewritten with every change of investors.
 * Certificate events keep their amounts in the certificate's currency (USD for FDI, VND for
 * DDI); a conversion names its exchange-rate row. Locations in the zone registry (park, KKT)
 * are foreign keys declared in SQL migrations, so the modules' TypeScript stays independent.
 */

export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey(),
    taxCode: text('tax_code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameForeign: text('name_foreign'),
    /** Names and tax code folded (no diacritics, lower case) for search. */
    search: text('search').notNull(),
    address: text('address'),
    adminUnitId: text('admin_unit_id').notNull(),
    commune: text('commune'),
    legalRepresentative: text('legal_representative'),
    sectors: text('sectors').array().notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    index('enterprises_unit').on(t.adminUnitId),
    // Contains-search (`like '%…%'`) on the folded names stays fast at 10× national size.
    index('enterprises_search_trgm').using('gin', t.search.op('gin_trgm_ops')),
  ],
);

export const investors = pgTable(
  'investors',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2: nationality of a person, country of establishment of an organisation. */
    nationality: text('nationality').notNull(),
    /** Organisations established in Viet Nam: share of their charter capital held by foreigners (%). */
    foreignShare: numeric('foreign_share', { precision: 7, scale: 4 }),
    controlledShare: numeric('controlled_share', { precision: 7, scale: 4 }),
    identifier: text('identifier'),
    ...recordTimestamps(),
  },
  (t) => [
    check('investors_kind', sql`${t.kind} in ('organisation','individual')`),
    index('investors_nationality').on(t.nationality),
  ],
);

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    /** Assigned by the National Investment Information System: opaque, unique, kept for life. */
    projectCode: text('project_code').notNull().unique(),
    name: text('name').notNull(),
    search: text('search').notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    /** 'park' (in a KCN), 'zone' (in a KKT outside its parks) or 'special_zone'. */
    locationKind: text('location_kind').notNull(),
    parkId: uuid('park_id'),
    zoneId: uuid('zone_id'),
    /** The non-tariff / free-trade / bonded zone the project lies in (Biểu 2112), when location_kind = 'special_zone'. */
    specialZoneId: uuid('special_zone_id'),
    type: text('type').notNull(),
    objectives: text('objectives'),
    sectors: text('sectors').array().notNull(),
    landAreaHa: numeric('land_area_ha', { precision: 14, scale: 4 }),
    /** The day production or business began (Biểu 2104 "đang SXKD", 2111/2113 status); null while building. */
    operationStartedOn: day('operation_started_on'),
    /** The certificate's currency: USD for FDI, VND for DDI. */
    currency: text('currency').notNull(),
    originCache: text('origin_cache').notNull(),
    statusCache: text('status_cache').notNull(),
    /**
     * The main partner country of the current investors (partner-country.ts), null without a
     * foreign investor: lets "projects of Korea" page in SQL. Rewritten with `origin_cache`.
     */
    partnerCache: text('partner_cache'),
    registeredCapitalCache: amount('registered_capital_cache'),
    ...recordTimestamps(),
  },
  (t) => [
    check('projects_location', sql`${t.locationKind} in ('park','zone','special_zone')`),
    check('projects_type', sql`${t.type} in ('infrastructure','production_business')`),
    check('projects_currency', sql`${t.currency} in ('USD','VND')`),
    check('projects_origin', sql`${t.originCache} in ('FDI','DDI')`),
    index('projects_park').on(t.parkId),
    index('projects_zone').on(t.zoneId),
    index('projects_special_zone').on(t.specialZoneId),
    index('projects_enterprise').on(t.enterpriseId),
    index('projects_origin_status').on(t.originCache, t.statusCache),
    index('projects_partner').on(t.partnerCache),
    index('projects_search_trgm').using('gin', t.search.op('gin_trgm_ops')),
    index('projects_code_order').on(t.projectCode, t.id),
    index('projects_name_order').on(t.name, t.id),
  ],
);

/** Who holds what share of a project, over time (changed by certificate adjustments). */
export const projectInvestors = pgTable(
  'project_investors',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    investorId: uuid('investor_id')
      .notNull()
      .references(() => investors.id),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    share: numeric('share', { precision: 7, scale: 4 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.investorId, t.validFrom] }),
    index('project_investors_investor').on(t.investorId),
  ],
);

/** State Bank of Viet Nam rates: 1 `from` = `rate` `to` on `date`. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: uuid('id').primaryKey(),
    fromCurrency: text('from_currency').notNull(),
    toCurrency: text('to_currency').notNull(),
    rate: numeric('rate', { precision: 18, scale: 6 }).notNull(),
    date: day('date').notNull(),
    source: text('source').notNull(),
  },
  (t) => [unique('exchange_rates_key').on(t.fromCurrency, t.toCurrency, t.date, t.source)],
);

/** Issued, adjusted, re-issued, revoked, terminated: the certificate's history, never edited in place. */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    date: day('date').notNull(),
    certificateNo: text('certificate_no'),
    documentNo: text('document_no'),
    /** Issued: the registered capital; adjusted: the signed change; ended: the capital at the end. */
    capital: amount('capital'),
    currency: text('currency'),
    landAreaHa: numeric('land_area_ha', { precision: 14, scale: 4 }),
    /**
     * Charter capital (vốn điều lệ) of the economic organisation carrying out the project, as the
     * certificate states it, in the certificate's currency: issued: the amount; adjusted: the signed
     * change (Biểu 2115 cols 7–8). It is a fact of the certificate, like the investment capital.
     */
    charterCapital: amount('charter_capital'),
    exchangeRateId: uuid('exchange_rate_id').references(() => exchangeRates.id),
    /**
     * Facts the statistics sum in SQL, written with the event (certificate-events fold, the named
     * rate): the project's FDI/DDI and main partner (partner-country.ts) after this event, and the capital delta in USD and in VND.
     */
    originAfter: text('origin_after'),
    partnerAfter: text('partner_after'),
    capitalUsd: amount('capital_usd'),
    capitalVnd: amount('capital_vnd'),
    /** Objectives, schedule and investor changes, as the pure event types hold them. */
    details: jsonb('details').notNull(),
    /**
     * Where the event came from when it was not typed into the registry: `{ kind: 'dossier', id,
     * code }` for a one-stop decision written in the deciding transaction (issue 5 §3); null for
     * entries and imports.
     */
    source: jsonb('source'),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    unique('certificate_events_seq').on(t.projectId, t.seq),
    index('certificate_events_date').on(t.date, t.kind),
    // "Status on a past date" (status-on.ts) asks, per project, for an event of a kind by a date.
    index('certificate_events_project_kind_date').on(t.projectId, t.kind, t.date),
    check('certificate_events_kind', sql`${t.kind} in ('issued','adjusted','reissued','revoked','terminated')`),
  ],
);

/** Capital actually disbursed, per project and period (from accepted reports later). */
export const realisedCapital = pgTable(
  'realised_capital',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    period: text('period').notNull(),
    amount: amount('amount').notNull(),
    currency: text('currency').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.period] })],
);
