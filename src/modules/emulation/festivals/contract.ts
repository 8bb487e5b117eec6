/** Contracts of the sports festivals (hội thao) of a block, shared with the web. */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';
import { isoDay, UnitRef } from '../contract';

const short = z.string().trim().min(1).max(300);

export const FestivalBody = z
  .object({
    edition: z.number().int().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    name: short,
    hostUnitId: z.string().uuid(),
    nextHostUnitId: z.string().uuid().nullish(),
    startsOn: isoDay,
    endsOn: isoDay,
    place: z.string().trim().max(300).nullish(),
  })
  .refine((f) => f.endsOn >= f.startsOn, {
    path: ['endsOn'],
    message: bilingual('Ngày kết thúc trước ngày khai mạc.', 'The last day is before the first.'),
  });
export type FestivalBody = z.infer<typeof FestivalBody>;

export const EventBody = z.object({
  sport: short,
  name: short,
  gender: z.enum(['male', 'female', 'mixed']),
  ageClass: z
    .string()
    .regex(/^[UO]\d{2}$/, bilingual('Hạng tuổi dạng U50 hoặc O50.', 'Age classes look like U50 or O50.'))
    .nullish(),
  counts: z.boolean(),
  pointsPerPlace: z
    .array(z.number().int().min(0).max(1000))
    .min(1)
    .max(16)
    .refine((p) => p.every((v, i) => i === 0 || v <= p[i - 1]!), {
      message: bilingual('Điểm của hạng sau không lớn hơn hạng trước.', 'A lower place cannot earn more points.'),
    }),
  scheduledOn: isoDay.nullish(),
  venue: z.string().trim().max(300).nullish(),
});
export type EventBody = z.infer<typeof EventBody>;

export const EntryBody = z.object({ unitId: z.string().uuid() });
export const AthleteBody = z.object({
  unitId: z.string().uuid(),
  eventId: z.string().uuid(),
  personId: z.string().uuid(),
});
export type AthleteBody = z.infer<typeof AthleteBody>;
export const ResultsBody = z.object({
  results: z.array(z.object({ unitId: z.string().uuid(), place: z.number().int().min(1).max(50) })).max(100),
});
export type ResultsBody = z.infer<typeof ResultsBody>;
export const FestivalEventParams = z.object({ id: z.string().uuid(), eventId: z.string().uuid() });

export const StandingView = z.object({
  unit: UnitRef,
  rank: z.number().int(),
  points: z.number(),
  gold: z.number().int(),
  silver: z.number().int(),
  bronze: z.number().int(),
});

export const FestivalSummary = z.object({
  id: z.string().uuid(),
  edition: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  host: UnitRef,
  nextHost: UnitRef.nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string().nullable(),
});
export type FestivalSummary = z.infer<typeof FestivalSummary>;
export const FestivalList = z.object({ items: z.array(FestivalSummary), canManage: z.boolean() });

export const EventView = EventBody.extend({
  id: z.string().uuid(),
  ageClass: z.string().nullable(),
  scheduledOn: z.string().nullable(),
  venue: z.string().nullable(),
  results: z.array(z.object({ unit: UnitRef, place: z.number().int() })),
});
export type EventView = z.infer<typeof EventView>;

/** Awarding an edition's prizes: how many overall and event places win a prize, and the special prizes. */
export const PrizesBody = z.object({
  overallPlaces: z.number().int().min(0).max(10),
  eventPlaces: z.number().int().min(0).max(5),
  special: z.array(z.object({ name: short, unitId: z.string().uuid() })).max(20),
});
export type PrizesBody = z.infer<typeof PrizesBody>;

export const PrizeView = z.object({
  kind: z.enum(['overall', 'event', 'special']),
  name: z.string(),
  place: z.number().int().nullable(),
  eventId: z.string().uuid().nullable(),
  unit: UnitRef,
});
export type PrizeView = z.infer<typeof PrizeView>;

/** The public results: editions, events with results, the medal table and the overall ranking (no athletes). */
export const PublicFestival = FestivalSummary.extend({
  blockName: z.string(),
  events: z.array(EventView),
  standings: z.array(StandingView),
  prizes: z.array(PrizeView),
});
export type PublicFestival = z.infer<typeof PublicFestival>;

export const FestivalDetail = PublicFestival.extend({
  blockId: z.string().uuid(),
  teams: z.array(
    z.object({
      unit: UnitRef,
      athletes: z.array(z.object({ personId: z.string().uuid(), fullName: z.string(), eventId: z.string().uuid() })),
      canEnter: z.boolean(),
    }),
  ),
  /** Member units the reader may enter a team for (its own), not yet entered. */
  canEnterFor: z.array(UnitRef),
  canManage: z.boolean(),
});
export type FestivalDetail = z.infer<typeof FestivalDetail>;
