import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { instant, recordTimestamps } from '../../../platform/db/columns';
import { emulationBlocks, emulationUnits } from '../schema';

/**
 * Score sheets and scores of a block's year (issue 7 §2). A sheet is versioned data: a new version
 * replaces the sheet for the year before scoring starts; a score card always names the version it
 * was scored on. Ranking is computed from the cards on read (scoring/ranking.ts), never stored.
 */
export const emulationScoreSheets = pgTable(
  'emulation_score_sheets',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    /** 1, 2, … per block and year; the highest is the one in use. */
    version: integer('version').notNull(),
    /** The sheet itself (`ScoreSheet` of scoring/contract.ts): groups, criteria, bonus, penalties, tie-breaks. */
    definition: jsonb('definition').notNull(),
    /** Where the sheet comes from (the block's regulation, the conference minutes). */
    basis: text('basis').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    unique('emulation_score_sheets_key').on(t.blockId, t.year, t.version),
    check('emulation_score_sheets_version', sql`${t.version} >= 1`),
  ],
);

/**
 * One member's score on one sheet: its self-score with evidence, the cross-score by the scorer the
 * sheet designates (the leader, or the member before it in turn), and the agreed value with its
 * reason for each line where the two differ.
 */
export const emulationScoreCards = pgTable(
  'emulation_score_cards',
  {
    id: uuid('id').primaryKey(),
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => emulationScoreSheets.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    /** Self-score lines: [{ line, points, evidence[], note? }]. */
    selfEntries: jsonb('self_entries').notNull(),
    /** Set when the member submits its self-score; it can no longer change it afterwards. */
    selfSubmittedAt: instant('self_submitted_at'),
    /** The unit that cross-scored (fixed when it submits). */
    crossScorerUnitId: uuid('cross_scorer_unit_id').references(() => emulationUnits.id),
    crossEntries: jsonb('cross_entries').notNull(),
    crossSubmittedAt: instant('cross_submitted_at'),
    /** Agreed points where self and cross differ: [{ line, points, reason }]. */
    resolutions: jsonb('resolutions').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    unique('emulation_score_cards_key').on(t.sheetId, t.unitId),
    index('emulation_score_cards_unit').on(t.unitId),
  ],
);
