import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, recordTimestamps } from '../../../platform/db/columns';
import { emulationBlocks, emulationPeople, emulationUnits } from '../schema';

/** Sports festivals (hội thao) of a block (domain B7): editions, events, team entries, athletes, results. */
export const emulationFestivals = pgTable(
  'emulation_festivals',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    edition: integer('edition').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    hostUnitId: uuid('host_unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    /** The next edition's host, as the closing ceremony announced it (the hosting rotates). */
    nextHostUnitId: uuid('next_host_unit_id').references(() => emulationUnits.id),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
    place: text('place'),
    ...recordTimestamps(),
  },
  (t) => [
    unique('emulation_festivals_edition').on(t.blockId, t.edition),
    check('emulation_festivals_dates', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const emulationFestivalEvents = pgTable(
  'emulation_festival_events',
  {
    id: uuid('id').primaryKey(),
    festivalId: uuid('festival_id')
      .notNull()
      .references(() => emulationFestivals.id),
    sport: text('sport').notNull(),
    name: text('name').notNull(),
    /** 'male' | 'female' | 'mixed'. */
    gender: text('gender').notNull(),
    /** Age class: null (open), `U50` (under 50), `O50` (50 or over). */
    ageClass: text('age_class'),
    /** Whether the event counts toward the overall team ranking. */
    counts: boolean('counts').notNull(),
    /** Points for 1st, 2nd, 3rd… place in the overall ranking. */
    pointsPerPlace: jsonb('points_per_place').notNull(),
    scheduledOn: day('scheduled_on'),
    venue: text('venue'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_festival_events_gender', sql`${t.gender} in ('male','female','mixed')`),
    index('emulation_festival_events_festival').on(t.festivalId),
  ],
);

/** A member unit's team at a festival. */
export const emulationFestivalEntries = pgTable(
  'emulation_festival_entries',
  {
    id: uuid('id').primaryKey(),
    festivalId: uuid('festival_id')
      .notNull()
      .references(() => emulationFestivals.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => emulationUnits.id),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_festival_entries_key').on(t.festivalId, t.unitId)],
);

/** An athlete of a team in one event: staff of the team's unit on the festival's first day. */
export const emulationFestivalAthletes = pgTable(
  'emulation_festival_athletes',
  {
    id: uuid('id').primaryKey(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => emulationFestivalEntries.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => emulationFestivalEvents.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => emulationPeople.id),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_festival_athletes_key').on(t.eventId, t.personId)],
);

/** A team's place in an event (1 = first); two teams may share a place. */
export const emulationFestivalResults = pgTable(
  'emulation_festival_results',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => emulationFestivalEvents.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => emulationFestivalEntries.id),
    place: smallint('place').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    unique('emulation_festival_results_key').on(t.eventId, t.entryId),
    check('emulation_festival_results_place', sql`${t.place} >= 1`),
  ],
);

/**
 * The prizes of an edition (giải thưởng): overall places from the computed team ranking, places of
 * each event, and special prizes the organising committee names (fair-play, best supporters…).
 * Written all at once by the organiser or the host when the prizes are awarded; awarding again
 * replaces them (results may be corrected before the closing ceremony).
 */
export const emulationFestivalPrizes = pgTable(
  'emulation_festival_prizes',
  {
    id: uuid('id').primaryKey(),
    festivalId: uuid('festival_id')
      .notNull()
      .references(() => emulationFestivals.id),
    /** 'overall' | 'event' | 'special'. */
    kind: text('kind').notNull(),
    eventId: uuid('event_id').references(() => emulationFestivalEvents.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => emulationFestivalEntries.id),
    /** The place the prize is for (overall or event); null for a special prize. */
    place: smallint('place'),
    /** The prize as written on the certificate: "Giải Nhất toàn đoàn", "Giải Phong cách"… */
    name: text('name').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_festival_prizes_kind', sql`${t.kind} in ('overall','event','special')`),
    check(
      'emulation_festival_prizes_shape',
      sql`(${t.kind} = 'event') = (${t.eventId} is not null) and (${t.kind} = 'special') = (${t.place} is null)`,
    ),
    index('emulation_festival_prizes_festival').on(t.festivalId),
  ],
);
