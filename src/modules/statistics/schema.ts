import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { day, instant, recordTimestamps } from '../../platform/db/columns';

/**
 * A Board's national form (Biểu 2101–2116.H.QLKKT) for one period, as sent: the computed table is
 * frozen in `snapshot` at each step, so an accepted form never changes while the live figures can
 * still be compared with it. A resubmission is a new version; earlier versions stay.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    id: uuid('id').primaryKey(),
    /** The ID of the report code `EZ_<form>_<number>`. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    /** '2101' … '2116'. */
    formCode: text('form_code').notNull(),
    period: text('period').notNull(),
    /** The Board's province (34-edition GSO code). */
    provinceCode: text('province_code').notNull(),
    version: integer('version').notNull(),
    /** draft (officer prepares) → pending (leader approves) → sent (to the ministry) → accepted | revision_requested. */
    status: text('status').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    computedAt: instant('computed_at').notNull(),
    preparedBy: uuid('prepared_by'),
    approvedBy: uuid('approved_by'),
    sentAt: instant('sent_at'),
    decidedBy: uuid('decided_by'),
    decidedAt: instant('decided_at'),
    reason: text('reason'),
    ...recordTimestamps(),
  },
  (t) => [
    unique('form_submissions_version').on(t.formCode, t.period, t.provinceCode, t.version),
    check('form_submissions_status', sql`${t.status} in ('draft','pending','sent','accepted','revision_requested')`),
    index('form_submissions_period').on(t.period, t.formCode),
  ],
);

export const formSubmissionEvents = pgTable(
  'form_submission_events',
  {
    id: uuid('id').primaryKey(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    at: instant('at').notNull().defaultNow(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    reason: text('reason'),
  },
  (t) => [index('form_submission_events_submission').on(t.submissionId, t.at)],
);

/*
 * Summaries the forms read instead of folding every event and report at each request. They are
 * derived, never written by the application: triggers on certificate_events, realised_capital and
 * reports rebuild the rows of the projects a statement touched, in the same transaction, so a form
 * computed right after a write already sees it (migration 0014). Each is a history of states per
 * project: a row holds from `from_day` until the day before `until_day` (null: still holds).
 */

/** A project's certificate state after all its events dated up to a day (as `statesAt` folded them). */
export const projectCertificateStates = pgTable(
  'project_certificate_states',
  {
    projectId: uuid('project_id').notNull(),
    fromDay: day('from_day').notNull(),
    untilDay: day('until_day').notNull(),
    /** Issued and neither revoked nor terminated by then. */
    valid: boolean('valid').notNull(),
    /** FDI/DDI and main partner after the last event (highest seq) by then. */
    origin: text('origin'),
    partner: text('partner'),
    issuedOn: day('issued_on'),
    /** Issued + adjusted capital known in USD / in VND without a rate (recorded in it, or the amount's own currency). */
    usdKnown: numeric('usd_known'),
    vndKnown: numeric('vnd_known'),
    /** Issued + adjusted amounts recorded only in the other currency (VND lacking USD; USD lacking VND): converted at the form's rate. */
    usdPending: numeric('usd_pending'),
    vndPending: numeric('vnd_pending'),
    landHa: numeric('land_ha'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.fromDay] }), index('project_certificate_states_until').on(t.untilDay)],
);

/** Realised capital of a project to the end of each period it has amounts for, per currency. */
export const projectRealisedTotals = pgTable(
  'project_realised_totals',
  {
    projectId: uuid('project_id').notNull(),
    fromDay: day('from_day').notNull(),
    untilDay: day('until_day').notNull(),
    usd: numeric('usd'),
    vnd: numeric('vnd'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.fromDay] }), index('project_realised_totals_until').on(t.untilDay)],
);

/** A project's latest accepted report among those ending by a day (workers at a period's end). */
export const projectLatestReports = pgTable(
  'project_latest_reports',
  {
    projectId: uuid('project_id').notNull(),
    fromDay: day('from_day').notNull(),
    untilDay: day('until_day').notNull(),
    reportId: uuid('report_id').notNull(),
    /** The report's workers, kept here so the totals need not read the reports. */
    workersDomestic: integer('workers_domestic'),
    workersForeign: integer('workers_foreign'),
    workersFemale: integer('workers_female'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.fromDay] }), index('project_latest_reports_until').on(t.untilDay)],
);

/**
 * The grouped facts of the national forms (statistics/facts/unit-sums.ts) kept per admin unit and
 * period: a country form reads a few dozen stored groups per province instead of every project.
 * A row is built on the first read that needs it and dropped, in the writing transaction, by any
 * write that changes what it sums (migration 0023): a certificate event, realised capital or an
 * accepted report of one of the unit's projects dated on or before `period_end`, or a change of a
 * project's, park's or zone's place. So a read after a write recomputes only that province.
 */
export const statisticsUnitSums = pgTable(
  'statistics_unit_sums',
  {
    /** The fact and its parameters (the rate, the options), as facts/unit-sums.ts names them. */
    fact: text('fact').notNull(),
    period: text('period').notNull(),
    unitId: text('unit_id').notNull(),
    periodEnd: day('period_end').notNull(),
    /** The grouped SQL rows of this unit, as the fact's query returned them. */
    rows: jsonb('rows').notNull(),
    builtAt: instant('built_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.fact, t.period, t.unitId] }),
    index('statistics_unit_sums_unit_end').on(t.unitId, t.periodEnd),
  ],
);

/**
 * One row per admin unit whose sums are kept: a write locks it (for update) before dropping the
 * unit's sums, a build holds it (for share) while it reads and stores, so a build never stores
 * figures that a concurrent write has already made stale.
 */
export const statisticsUnitLocks = pgTable('statistics_unit_locks', {
  unitId: text('unit_id').primaryKey(),
});

/**
 * A list form (one row per park, per project, per event) computed for one period and scope and
 * kept for paging (kept-forms.ts): `header` is the form without its rows, null while a
 * build is running. Writes drop it in their own transaction (migration 0028), so a kept form is
 * never older than the last write; a build that a write overtook finds its row gone and stores
 * nothing.
 */
export const statisticsKeptForms = pgTable(
  'statistics_kept_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    form: text('form').notNull(),
    period: text('period').notNull(),
    /** 'country' or the 34-edition province code. */
    scopeKey: text('scope_key').notNull(),
    /** The admin units whose writes drop it; null for the country (every unit's). */
    units: text('units').array(),
    periodEnd: day('period_end').notNull(),
    header: jsonb('header'),
    builtAt: instant('built_at').notNull().defaultNow(),
  },
  (t) => [unique('statistics_kept_forms_key').on(t.form, t.period, t.scopeKey)],
);

/** A kept form's rows, a hundred to a chunk, so a page reads one or two chunks. */
export const statisticsKeptFormChunks = pgTable(
  'statistics_kept_form_chunks',
  {
    formId: uuid('form_id')
      .notNull()
      .references(() => statisticsKeptForms.id, { onDelete: 'cascade' }),
    section: integer('section').notNull(),
    chunk: integer('chunk').notNull(),
    rows: jsonb('rows').notNull(),
  },
  (t) => [primaryKey({ columns: [t.formId, t.section, t.chunk] })],
);
