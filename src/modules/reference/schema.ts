import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';

export const countries = pgTable('ref_countries', {
  alpha2: text('alpha2').primaryKey(),
  alpha3: text('alpha3').notNull().unique(),
  numeric: text('numeric').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  aliases: text('aliases').array().notNull(),
});

/** The European List of Waste (six-digit codes in chapters and sub-chapters), for symbiosis listings. */
export const wasteCodes = pgTable(
  'ref_waste_codes',
  {
    code: text('code').primaryKey(),
    displayCode: text('display_code').notNull(),
    chapterCode: text('chapter_code').notNull(),
    subchapterCode: text('subchapter_code').notNull(),
    hazardous: boolean('hazardous').notNull(),
    entryType: text('entry_type').notNull(),
    chapter: text('chapter').notNull(),
    subChapter: text('sub_chapter').notNull(),
    description: text('description').notNull(),
  },
  (t) => [index('ref_waste_codes_chapter').on(t.chapterCode)],
);
