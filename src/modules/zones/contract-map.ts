/**
 * The map of parks and zones (points by status over the province map) and the trail of edits of
 * one record. Shared with the web app: no I/O.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { IsoDate } from '../geo/contract';
import { PARK_KINDS } from './location-class';
import { PARK_STATUSES } from './park-rules';

const ProvinceCode = z.string().regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'));

export const ParkPointsQuery = z.object({
  asOf: IsoDate.optional().describe('status and province on this day (default: today in Hà Nội)'),
  province: ProvinceCode.optional().describe('GSO code as of `asOf`, old units included'),
  status: z.enum(PARK_STATUSES).optional().describe('status on `asOf`'),
  kind: z.enum(PARK_KINDS).optional(),
  zoneId: z.string().uuid(bilingual('Mã khu kinh tế không hợp lệ.', 'Invalid economic-zone id.')).optional(),
});
export type ParkPointsQuery = z.infer<typeof ParkPointsQuery>;

export const ParkPoint = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  status: z.enum(PARK_STATUSES).nullable().describe('on the date; null before the first event'),
  kinds: z.array(z.string()),
  zoneId: z.string().uuid().nullable(),
  provinceCode: z.string().nullable().describe('GSO code of the province on the date'),
  lon: z.number(),
  lat: z.number(),
});
export type ParkPoint = z.infer<typeof ParkPoint>;

export const ParkPoints = z.object({
  asOf: z.string(),
  items: z.array(ParkPoint),
  withoutPoint: z.number().int().describe('parks matching the filter that have no coordinates'),
});
export type ParkPoints = z.infer<typeof ParkPoints>;

export const TrailQuery = z.object({
  page: z.coerce
    .number()
    .int(bilingual('Số trang là số nguyên.', 'The page is a whole number.'))
    .min(1, bilingual('Số trang từ 1.', 'Pages start at 1.'))
    .default(1),
  pageSize: z.coerce
    .number()
    .int(bilingual('Cỡ trang là số nguyên.', 'The page size is a whole number.'))
    .min(1, bilingual('Cỡ trang từ 1 đến 100.', 'The page size is 1 to 100.'))
    .max(100, bilingual('Cỡ trang từ 1 đến 100.', 'The page size is 1 to 100.'))
    .default(20),
});
export type TrailQuery = z.infer<typeof TrailQuery>;

/** An audit row of the record, without the network details only administrators see. */
export const TrailEntry = z.object({
  id: z.number().int(),
  at: z.string().datetime(),
  actorLabel: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type TrailEntry = z.infer<typeof TrailEntry>;

export const TrailPage = z.object({
  items: z.array(TrailEntry).describe('newest first'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TrailPage = z.infer<typeof TrailPage>;
