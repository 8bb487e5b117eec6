import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which version of each shipped reference file is loaded, so a restart does not reload unchanged data. */
export const referenceVersions = pgTable('ref_data_versions', {
  name: text('name').primaryKey(),
  hash: text('hash').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
});
