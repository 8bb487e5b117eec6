import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const countries = pgTable('ref_countries', {
  alpha2: text('alpha2').primaryKey(),
  alpha3: text('alpha3').notNull().unique(),
  numeric: text('numeric').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  aliases: text('aliases').array().notNull(),
});

/** The European List of Waste (six-digit codes, chapters and sub-chapters), for symbiosis listings. */
export const wasteCodes = pgTable('ref_waste_codes', {
  code: text('code').primaryKey(),
  chapter: text('chapter').notNull(),
  hazardous: boolean('hazardous').notNull(),
  entryType: text('entry_type').notNull(),
  description: text('description').notNull(),
});

/** Which version of each shipped reference file is loaded, so a restart does not reload unchanged data. */
export const referenceVersions = pgTable('ref_data_versions', {
  name: text('name').primaryKey(),
  hash: text('hash').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
});
