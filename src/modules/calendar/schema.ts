import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Days that differ from the ordinary Monday–Friday week: public holidays, compensatory days,
 * swapped days off and make-up working Saturdays. Generated rows are candidates until an
 * administrator confirms them; decisions (Tết range, the 2/9 adjacent day, swaps) carry their
 * legal reference.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    /** 'off' (not a working day) or 'work' (a working day although it is a weekend). */
    status: text('status').notNull(),
    category: text('category').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** 'generated' from the Labour Code rules, or 'decision' entered from a published decision. */
    source: text('source').notNull(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check('calendar_days_status_check', sql`${t.status} in ('off','work')`),
    check('calendar_days_source_check', sql`${t.source} in ('generated','decision')`),
  ],
);

/** A year whose days an administrator has checked against the published decisions. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  confirmedBy: text('confirmed_by').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }).notNull(),
  note: text('note').notNull(),
});
