import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { day, recordTimestamps } from '../../platform/db/columns';

/**
 * Emulation and commendation (thi đua, khen thưởng), issue 7: the organisations that take part
 * (units and their staff), and the blocks, clusters and the Club they are grouped in, with members
 * and roles per year. The scoring, votes, proposals and awards (subfolders `scoring/`, `awards/`)
 * build on these tables. Links to other modules (provinces of geo, enterprises of the registry) are
 * foreign keys declared in the SQL migration, so the TypeScript modules stay independent.
 * Every column also carries a COMMENT in the migration, for whoever reads the database directly.
 */

/** Kinds of unit: a province's Board, a department of a Board, a department of the ministry, an enterprise. */
export const UNIT_KINDS = ['board', 'board_department', 'ministry_department', 'enterprise'] as const;

export const emulationUnits = pgTable(
  'emulation_units',
  {
    id: uuid('id').primaryKey(),
    /** Stable key used by seeds and imports, e.g. `board:63:27` (Bắc Ninh's Board before the 2025 merger). */
    code: text('code').notNull().unique(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** Province (admin unit of its edition, `63:27`, `34:24`) a Board works for; a department's Board's province. */
    adminUnitId: text('admin_unit_id'),
    /** The Board a department belongs to (kind board_department). */
    parentId: uuid('parent_id'),
    /** The registry enterprise (kind enterprise). */
    enterpriseId: uuid('enterprise_id'),
    /** The unit that took over this one (a Board merged into the new province's Board on 2025-07-01). */
    successorId: uuid('successor_id'),
    validFrom: day('valid_from').notNull(),
    /** Last day of existence, inclusive; null while it exists. */
    validTo: day('valid_to'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_units_kind', sql`${t.kind} in ('board','board_department','ministry_department','enterprise')`),
    check('emulation_units_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      'emulation_units_links',
      sql`(${t.kind} <> 'board' or ${t.adminUnitId} is not null)
        and (${t.kind} <> 'board_department' or ${t.parentId} is not null)
        and (${t.kind} <> 'enterprise' or ${t.enterpriseId} is not null)`,
    ),
    index('emulation_units_admin_unit').on(t.adminUnitId),
    index('emulation_units_parent').on(t.parentId),
  ],
);

/** A person (staff member) who can register for titles, be honoured, or compete at a sports festival. */
export const emulationPeople = pgTable('emulation_people', {
  id: uuid('id').primaryKey(),
  fullName: text('full_name').notNull(),
  /** 'female' | 'male': sports events are held per gender class. */
  gender: text('gender'),
  birthYear: smallint('birth_year'),
  ...recordTimestamps(),
});

/** Where a person worked and as what, over time (the unit and the position change; history kept). */
export const emulationPositions = pgTable(
  'emulation_positions',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => emulationPeople.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    /** Position title as written in the appointment (Trưởng ban, Phó Trưởng phòng, Chuyên viên…). */
    title: text('title').notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_positions_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    index('emulation_positions_person').on(t.personId),
    index('emulation_positions_unit').on(t.unitId),
  ],
);

/**
 * A block or cluster (khối, cụm thi đua), or the Club of the northern Boards: a grouping of similar
 * units, organised by the ministry's emulation council, a province or a Board (Law 2022 Art. 16).
 */
export const emulationBlocks = pgTable(
  'emulation_blocks',
  {
    id: uuid('id').primaryKey(),
    /** Stable key used by seeds, e.g. `khoi-dbsh`. */
    code: text('code').notNull().unique(),
    /** 'block' (khối), 'cluster' (cụm) or 'club' (Câu lạc bộ). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Who organises and steers it: 'ministry' (its emulation council), 'province', 'board'. */
    organiserKind: text('organiser_kind').notNull(),
    /** The organising Board (organiser_kind 'board'). */
    organiserUnitId: uuid('organiser_unit_id').references(() => emulationUnits.id),
    /** The organising province (organiser_kind 'province'). */
    organiserAdminUnitId: text('organiser_admin_unit_id'),
    /** 'boards' or 'enterprises': what its members are. */
    memberKind: text('member_kind').notNull(),
    foundedOn: day('founded_on'),
    dissolvedOn: day('dissolved_on'),
    /** Founding decision or other basis, and how far it is verified. */
    basis: text('basis'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_blocks_kind', sql`${t.kind} in ('block','cluster','club')`),
    check('emulation_blocks_member_kind', sql`${t.memberKind} in ('boards','enterprises')`),
    check(
      'emulation_blocks_organiser',
      sql`(${t.organiserKind} = 'ministry')
        or (${t.organiserKind} = 'board' and ${t.organiserUnitId} is not null)
        or (${t.organiserKind} = 'province' and ${t.organiserAdminUnitId} is not null)`,
    ),
  ],
);

/**
 * A unit's membership of a block in one year, with its role that year (the leader and deputy rotate
 * yearly; past years stay as they were). A unit that joined or left during the year (the 2025
 * merger) has the dates; members at the year's end are those with no `left_on`.
 */
export const emulationMemberships = pgTable(
  'emulation_memberships',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    year: integer('year').notNull(),
    /** 'leader' (khối trưởng), 'deputy' (khối phó) or 'member'. */
    role: text('role').notNull(),
    joinedOn: day('joined_on'),
    leftOn: day('left_on'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_memberships_role', sql`${t.role} in ('leader','deputy','member')`),
    check('emulation_memberships_year', sql`${t.year} between 2000 and 2100`),
    unique('emulation_memberships_key').on(t.blockId, t.year, t.unitId),
    uniqueIndex('emulation_memberships_one_leader').on(t.blockId, t.year).where(sql`${t.role} = 'leader'`),
    uniqueIndex('emulation_memberships_one_deputy').on(t.blockId, t.year).where(sql`${t.role} = 'deputy'`),
    index('emulation_memberships_unit').on(t.unitId, t.year),
  ],
);

/**
 * A block's year: the rotation decided for it (by whom, on what basis) and its year-end
 * conference, hosted by that year's (outgoing) leader, where the next year's pact is signed.
 */
export const emulationBlockYears = pgTable(
  'emulation_block_years',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    /** Minutes or decision that set the year's leader and deputy. */
    rotationBasis: text('rotation_basis'),
    /** The unit hosting the year-end conference (the year's leader, unless the block decided otherwise). */
    conferenceHostUnitId: uuid('conference_host_unit_id').references(() => emulationUnits.id),
    conferenceOn: day('conference_on'),
    conferencePlace: text('conference_place'),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_block_years_key').on(t.blockId, t.year)],
);
export * from './cycle-schema';
export * from './festivals/schema';
