import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, instant } from '../../platform/db/columns';

/**
 * The catalogue of administrative procedures (thủ tục hành chính) a Board handles. A procedure is
 * its identity; its rules (time limits per case, fee, documents, steps, legal basis) live in dated
 * versions, because a dossier keeps the version in force when it was received (Hà Nội study:
 * "thay đổi danh mục không tự làm thay đổi thời hạn của hồ sơ cũ").
 */
export const procedures = pgTable(
  'procedures',
  {
    /** Catalogue key used in addresses: the national code when published (1.014199.H05), else a local key. */
    code: text('code').primaryKey(),
    /** Code in the national procedure database; null while unverified. */
    nationalCode: text('national_code'),
    field: text('field').notNull(),
    /** Codes and the names of every version, folded for accent-insensitive search. */
    search: text('search').notNull(),
    loadedAt: instant('loaded_at').notNull(),
  },
  (t) => [index('procedures_search_trgm').using('gin', t.search.op('gin_trgm_ops'))],
);

/** One dated rule set of a procedure; versions of a procedure never overlap in time. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    version: integer('version').notNull(),
    effectiveFrom: day('effective_from').notNull(),
    /** Last day in force; null while in force. */
    effectiveTo: day('effective_to'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** The whole validated version (contract `ProcedureVersion`), as shipped in data/onestop. */
    definition: jsonb('definition').notNull(),
  },
  (t) => [
    unique('procedure_versions_key').on(t.procedureCode, t.version),
    check('procedure_versions_dates', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);
