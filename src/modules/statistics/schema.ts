import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { instant, recordTimestamps } from '../../platform/db/columns';

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
