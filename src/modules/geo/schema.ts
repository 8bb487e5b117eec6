import { index, integer, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { day } from '../../platform/db/columns';

/**
 * Provincial units with their validity. The same GSO code can name two different units in two
 * editions (24 was Bắc Giang until 2025-06-30 and is the new Bắc Ninh from 2025-07-01), so the
 * key is an id that carries the edition: `63:24`, `34:24`.
 */
export const adminUnits = pgTable(
  'geo_admin_units',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    edition: text('edition').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** 'province' (tỉnh) or 'city' (thành phố trực thuộc trung ương). */
    kind: text('kind').notNull(),
    isoCode: text('iso_code'),
    validFrom: day('valid_from').notNull(),
    /** Last day of validity, inclusive; null while in force. */
    validTo: day('valid_to'),
    communeCount: integer('commune_count'),
  },
  (t) => [unique('geo_admin_units_code_from').on(t.code, t.validFrom), index('geo_admin_units_code').on(t.code)],
);

/** Which old unit went into which new one, and on what date (the 2025 merger: 63 rows, all whole-province). */
export const unitSuccessions = pgTable(
  'geo_unit_successions',
  {
    fromId: text('from_id')
      .notNull()
      .references(() => adminUnits.id),
    toId: text('to_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveDate: day('effective_date').notNull(),
    mergeType: text('merge_type').notNull(),
    legalBasis: text('legal_basis').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] })],
);

/** The six socio-economic regions and named province sets ("30 northern provinces"). */
export const provinceGroups = pgTable('geo_province_groups', {
  code: text('code').primaryKey(),
  kind: text('kind').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  basis: text('basis').notNull(),
  /** V verified in a legal text, I inferred: shown beside the group so users know how far to trust it. */
  certainty: text('certainty').notNull(),
  sort: integer('sort').notNull(),
});

export const provinceGroupMembers = pgTable(
  'geo_province_group_members',
  {
    groupCode: text('group_code')
      .notNull()
      .references(() => provinceGroups.code),
    unitId: text('unit_id')
      .notNull()
      .references(() => adminUnits.id),
  },
  (t) => [primaryKey({ columns: [t.groupCode, t.unitId] }), index('geo_group_members_unit').on(t.unitId)],
);
