import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { amount, day, instant, recordTimestamps } from '../../platform/db/columns';

/**
 * Enterprise periodic reports on project implementation (Law on Investment Art. 72, Decree 31/2021
 * Art. 102): one per report type, period and project. The figures the national forms add up are
 * typed columns in their currency's unit (money as everywhere: `amount` + currency), so a form is a
 * SQL sum; what only the annual report or one type version asks for lives in `extra`.
 * Foreign keys to projects and enterprises are in SQL (0008_reporting.sql), across modules.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    /** The ID of the report code `EZ_<form>_<number>` (CMR_09): increasing, unique system-wide. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    /** 'quarterly_implementation' | 'annual_implementation' (reporting-schedules.ts). */
    typeId: text('type_id').notNull(),
    /** The form code in the report code: 'A.III.1' (quarter), 'A.III.2' (year). */
    formCode: text('form_code').notNull(),
    /** The id of the report-type version whose fields and checks applied. */
    typeVersion: text('type_version').notNull(),
    /** Period code: '2026-Q3' or '2026' (kernel/period.ts). */
    period: text('period').notNull(),
    projectId: uuid('project_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    status: text('status').notNull(),
    /** Once submitted, a report can never be deleted (CF_08). */
    everSubmitted: boolean('ever_submitted').notNull().default(false),
    firstSubmittedAt: instant('first_submitted_at'),
    submittedAt: instant('submitted_at'),
    acceptedAt: instant('accepted_at'),
    /** The project's certificate currency when the report was created: money fields below are in it. */
    currency: text('currency').notNull(),
    realisedCapital: amount('realised_capital'),
    revenue: amount('revenue'),
    profit: amount('profit'),
    rndSpending: amount('rnd_spending'),
    exportUsd: amount('export_usd'),
    importUsd: amount('import_usd'),
    budgetVnd: amount('budget_vnd'),
    workersDomestic: integer('workers_domestic'),
    workersForeign: integer('workers_foreign'),
    workersFemale: integer('workers_female'),
    /** The project was producing / trading during the period. */
    operating: boolean('operating'),
    extra: jsonb('extra').notNull().default({}),
    /** Plausibility warnings the submitter confirmed, each with its reason. */
    confirmations: jsonb('confirmations').notNull().default([]),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...recordTimestamps(),
  },
  (t) => [
    unique('reports_one_per_period').on(t.typeId, t.period, t.projectId),
    check('reports_status', sql`${t.status} in ('draft','pending','accepted','revision_requested')`),
    check('reports_currency', sql`${t.currency} in ('USD','VND')`),
    check(
      'reports_non_negative',
      sql`coalesce(${t.realisedCapital},0) >= 0 and coalesce(${t.revenue},0) >= 0 and coalesce(${t.exportUsd},0) >= 0 and coalesce(${t.importUsd},0) >= 0 and coalesce(${t.budgetVnd},0) >= 0 and coalesce(${t.workersDomestic},0) >= 0 and coalesce(${t.workersForeign},0) >= 0 and coalesce(${t.workersFemale},0) >= 0`,
    ),
    index('reports_period_status').on(t.period, t.status),
    index('reports_project').on(t.projectId, t.period),
    index('reports_enterprise').on(t.enterpriseId, t.period),
  ],
);

/** The lifecycle log of a report (C.3): every transition with actor, reason and before/after. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: uuid('id').primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    at: instant('at').notNull().defaultNow(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    reason: text('reason'),
    /** Revision requests per field: { field: reason }. */
    fieldReasons: jsonb('field_reasons'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('report_events_report').on(t.reportId, t.at)],
);

/** A Board reopens a closed period for one project's enterprise, with a reason and an end day. */
export const reportReopenings = pgTable(
  'report_reopenings',
  {
    id: uuid('id').primaryKey(),
    typeId: text('type_id').notNull(),
    period: text('period').notNull(),
    projectId: uuid('project_id').notNull(),
    reason: text('reason').notNull(),
    /** Inclusive last day the reopened window accepts a report. */
    openUntil: day('open_until').notNull(),
    createdBy: uuid('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('report_reopenings_key').on(t.projectId, t.typeId, t.period)],
);
