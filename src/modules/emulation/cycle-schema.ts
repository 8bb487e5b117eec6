import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, recordTimestamps } from '../../platform/db/columns';
import { emulationBlocks, emulationPeople, emulationUnits } from './schema';

/**
 * The annual cycle around the blocks (issue 7 §1–2): the conferences of a block or of the Club,
 * movements (phong trào thi đua) with their phases, and the yearly pact (giao ước thi đua) with
 * each member's targets and its registrations for titles.
 */

/** A conference of a block or the Club (the Club's are numbered: the 18th was in 2022). */
export const emulationConferences = pgTable(
  'emulation_conferences',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    /** Edition number (lần thứ); null for an unnumbered meeting. */
    edition: integer('edition'),
    year: integer('year').notNull(),
    hostUnitId: uuid('host_unit_id').references(() => emulationUnits.id),
    heldOn: day('held_on').notNull(),
    place: text('place'),
    title: text('title').notNull(),
    /** Agenda items in order: [{ time?, item }]. */
    agenda: jsonb('agenda').notNull(),
    /** Who attended: [{ unitId?, name, position?, organisation }] (guests of the ministry included). */
    attendees: jsonb('attendees').notNull(),
    /** Documents of the conference: [{ kind, number?, date?, title }]. */
    documents: jsonb('documents').notNull(),
    /** The conclusions (kết luận), paragraphs separated by blank lines; exported as PDF. */
    conclusions: text('conclusions'),
    ...recordTimestamps(),
  },
  (t) => [
    unique('emulation_conferences_edition').on(t.blockId, t.edition),
    index('emulation_conferences_block').on(t.blockId, t.year),
  ],
);

/** A movement (phong trào thi đua), regular or thematic, launched by an authority (Law 2022 Art. 16–18). */
export const emulationMovements = pgTable(
  'emulation_movements',
  {
    id: uuid('id').primaryKey(),
    /** The block it runs in; null for a unit's own movement (then `unit_id`). */
    blockId: uuid('block_id').references(() => emulationBlocks.id),
    unitId: uuid('unit_id').references(() => emulationUnits.id),
    /** 'regular' (thường xuyên) or 'thematic' (chuyên đề). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Launching authority as written (Bộ trưởng Bộ Tài chính, Khối thi đua…). */
    authority: text('authority').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: day('decision_date'),
    goals: text('goals').notNull(),
    scope: text('scope').notNull(),
    /** Criteria text (tiêu chí), as launched. */
    criteria: text('criteria').notNull(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on'),
    /** Phases: [{ kind: launch | mid_term | final, on, note? }]. */
    phases: jsonb('phases').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_movements_kind', sql`${t.kind} in ('regular','thematic')`),
    check('emulation_movements_owner', sql`${t.blockId} is not null or ${t.unitId} is not null`),
    check('emulation_movements_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    index('emulation_movements_block').on(t.blockId),
  ],
);

/** A block's pact for one year: drafted from the members' targets, signed at the block meeting. */
export const emulationPacts = pgTable(
  'emulation_pacts',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    /** The common content all members commit to. */
    content: text('content').notNull(),
    /** Null while open for registration; set when the leader records the signing. */
    signedOn: day('signed_on'),
    signedPlace: text('signed_place'),
    /** The leader unit that signed on the block's behalf. */
    signedByUnitId: uuid('signed_by_unit_id').references(() => emulationUnits.id),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_pacts_key').on(t.blockId, t.year)],
);

/** One member's registered targets in a pact (chỉ tiêu đăng ký). */
export const emulationPactTargets = pgTable(
  'emulation_pact_targets',
  {
    id: uuid('id').primaryKey(),
    pactId: uuid('pact_id')
      .notNull()
      .references(() => emulationPacts.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    /** Targets: [{ item, value?, unit? }] in the member's words. */
    targets: jsonb('targets').notNull(),
    registeredOn: day('registered_on').notNull(),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_pact_targets_key').on(t.pactId, t.unitId)],
);

/** A registration for a title in the pact year (đăng ký danh hiệu) by an individual or a collective. */
export const emulationRegistrations = pgTable(
  'emulation_registrations',
  {
    id: uuid('id').primaryKey(),
    pactId: uuid('pact_id')
      .notNull()
      .references(() => emulationPacts.id),
    /** The member unit registering (its own staff or collectives). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    /** 'individual' (then person_id) or 'collective' (then collective_unit_id). */
    subjectKind: text('subject_kind').notNull(),
    personId: uuid('person_id').references(() => emulationPeople.id),
    collectiveUnitId: uuid('collective_unit_id').references(() => emulationUnits.id),
    /** Title code (contract `TitleCode`: lao_dong_tien_tien, chien_si_thi_dua_co_so, …). */
    title: text('title').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_registrations_subject', sql`${t.subjectKind} in ('individual','collective')`),
    check(
      'emulation_registrations_who',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.collectiveUnitId} is null)
        or (${t.subjectKind} = 'collective' and ${t.collectiveUnitId} is not null and ${t.personId} is null)`,
    ),
    index('emulation_registrations_pact').on(t.pactId, t.unitId),
  ],
);
