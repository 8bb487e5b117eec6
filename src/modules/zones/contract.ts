/**
 * The zone registry's API: economic zones (KKT) with their functional-area values, industrial
 * parks (KCN) with their lifecycle events and dated land, and occupancy over a set of parks.
 * Shared with the web app: no I/O here.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate, UnitRef } from '../geo/contract';
import { SpecialZoneOut } from './contract-special-zones';
import { PlantOut } from './contract-wastewater';
import { KKT_AREA_MEASURES, KKT_FUNCTIONAL_AREAS } from './kkt-land';
import { KKT_TYPES, LOCATION_CLASSES, PARK_KINDS } from './location-class';
import { LAND_MEASURES } from './park-land';
import { ESTABLISHMENT_ACTS, PARK_EVENT_KINDS, PARK_SETS, PARK_STATUSES } from './park-rules';

/** Kept here too so the web and the services import one name; defined in kernel/text.ts. */
export { foldVietnamese } from '../../kernel/text';
export * from './contract-map';
export * from './contract-special-zones';
export * from './contract-wastewater';
/** Labels and vocabulary of the pure rules, for the web's lists, forms and timelines. */
export { KKT_AREA_MEASURE_LABELS, KKT_AREA_MEASURES, KKT_FUNCTIONAL_AREA_DEFS, measureApplies } from './kkt-land';
export {
  KKT_TYPE_LABELS,
  KKT_TYPES,
  LOCATION_CLASS_BY_KKT_TYPE,
  LOCATION_CLASS_LABELS,
  LOCATION_CLASSES,
  PARK_KIND_LABELS,
  PARK_KINDS,
} from './location-class';
/** The "as of a date" rules, for read models (the national forms) that read the tables in SQL. */
export { establishedSeriesFromEvents, LAND_MEASURE_LABELS, type LandValue, landAsOf } from './park-land';
export { type ParkEvent, parkStatusAsOf } from './park-lifecycle';
export {
  ESTABLISHMENT_ACT_LABELS,
  PARK_EVENT_LABELS,
  PARK_INITIAL_EVENTS,
  PARK_STATUS_LABELS,
  PARK_STATUSES,
  PARK_TRANSITIONS,
} from './park-rules';
export { specialZoneStatusAsOf } from './special-zone-rules';
export { plantAsOf } from './wastewater';

// ——— Vocabulary ———

export const ParkStatus = z.enum(PARK_STATUSES);
export const ParkEventKind = z.enum(PARK_EVENT_KINDS);
export const ParkKind = z.enum(PARK_KINDS);
export const LocationClass = z.enum(LOCATION_CLASSES);
export const LandMeasure = z.enum(LAND_MEASURES);
export const KktType = z.enum(KKT_TYPES);
export const KktFunctionalArea = z.enum(KKT_FUNCTIONAL_AREAS);
export const KktAreaMeasure = z.enum(KKT_AREA_MEASURES);
export const ParkSet = z.enum(Object.keys(PARK_SETS) as [keyof typeof PARK_SETS, ...(keyof typeof PARK_SETS)[]]);
export const EstablishmentAct = z.enum(ESTABLISHMENT_ACTS);
export type ParkStatus = z.infer<typeof ParkStatus>;
export type ParkEventKind = z.infer<typeof ParkEventKind>;
export type ParkKind = z.infer<typeof ParkKind>;
export type LocationClass = z.infer<typeof LocationClass>;
export type LandMeasure = z.infer<typeof LandMeasure>;
export type KktType = z.infer<typeof KktType>;
export type KktFunctionalArea = z.infer<typeof KktFunctionalArea>;
export type KktAreaMeasure = z.infer<typeof KktAreaMeasure>;
export type EstablishmentAct = z.infer<typeof EstablishmentAct>;

// ——— Building blocks ———

/** Hectares as an exact decimal string (numeric(14,4) in the database). */
export const Hectares = z
  .string(
    bilingual(
      'Hãy nhập diện tích (ha) dạng chuỗi số, ví dụ "125.5".',
      'Enter the area (ha) as a decimal string, e.g. "125.5".',
    ),
  )
  .trim()
  .regex(
    /^\d{1,10}(\.\d{1,4})?$/,
    bilingual(
      'Diện tích (ha) là số không âm, dùng dấu chấm thập phân, tối đa 4 chữ số thập phân (ví dụ 125.5).',
      'An area (ha) is a non-negative number with a decimal point and at most 4 decimals (e.g. 125.5).',
    ),
  );

const Uuid = (vi: string, en: string) => z.string().uuid(bilingual(vi, en));
const ParkId = Uuid('Mã KCN không hợp lệ.', 'Invalid park id.');
const ZoneId = Uuid('Mã khu kinh tế không hợp lệ.', 'Invalid economic-zone id.');

/** A GSO province code (two digits), read as of the query's date. */
export const ProvinceCodeQuery = z
  .string()
  .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'));

/** An administrative unit id of its edition: `63:24` (before 2025-07-01) or `34:24`. */
const AdminUnitId = z
  .string()
  .trim()
  .regex(
    /^(63|34):\d{2}$/,
    bilingual(
      'Mã đơn vị hành chính có dạng "63:24" (trước 01/07/2025) hoặc "34:24".',
      'An administrative unit id looks like "63:24" (before 2025-07-01) or "34:24".',
    ),
  );

const Code = z
  .string()
  .trim()
  .min(1, bilingual('Hãy nhập mã.', 'Enter the code.'))
  .max(50, bilingual('Mã tối đa 50 ký tự.', 'A code has at most 50 characters.'))
  .regex(/^[\p{L}\p{N}._\-/]+$/u, bilingual('Mã không chứa khoảng trắng.', 'A code has no spaces.'));

/** Vietnam's bounding box (mainland and islands): 102–118° E, 8–24° N. */
export const VIETNAM_BBOX = { minLon: 102, maxLon: 118, minLat: 8, maxLat: 24 } as const;
const lonMessage = bilingual(
  `Kinh độ phải trong khoảng ${VIETNAM_BBOX.minLon}–${VIETNAM_BBOX.maxLon} độ Đông (lãnh thổ Việt Nam).`,
  `Longitude must be within ${VIETNAM_BBOX.minLon}–${VIETNAM_BBOX.maxLon}° E (Vietnam).`,
);
const latMessage = bilingual(
  `Vĩ độ phải trong khoảng ${VIETNAM_BBOX.minLat}–${VIETNAM_BBOX.maxLat} độ Bắc (lãnh thổ Việt Nam).`,
  `Latitude must be within ${VIETNAM_BBOX.minLat}–${VIETNAM_BBOX.maxLat}° N (Vietnam).`,
);
const Lon = z
  .number(bilingual('Kinh độ phải là số.', 'The longitude must be a number.'))
  .min(VIETNAM_BBOX.minLon, lonMessage)
  .max(VIETNAM_BBOX.maxLon, lonMessage);
const Lat = z
  .number(bilingual('Vĩ độ phải là số.', 'The latitude must be a number.'))
  .min(VIETNAM_BBOX.minLat, latMessage)
  .max(VIETNAM_BBOX.maxLat, latMessage);

const UpdatedAt = z
  .string()
  .datetime(
    bilingual(
      'Thiếu thời điểm cập nhật của bản ghi (updatedAt) đã đọc.',
      'Send the record’s updatedAt as read (optimistic locking).',
    ),
  )
  .describe('the updatedAt of the record as read; a stale value answers 409');

export const Decision = z.object({
  number: requiredText(100, 'Hãy nhập số quyết định, văn bản.', 'Enter the decision or document number.'),
  date: IsoDate,
  issuer: optionalText(300),
});

export const DecisionOut = z.object({ number: z.string(), date: z.string(), issuer: z.string().nullable() });

// ——— Park lifecycle events ———

const eventBase = {
  date: IsoDate.describe('the day the fact took effect (not after today)'),
  decision: Decision.optional().describe('required except for an unapproved listing, construction start, operation'),
  note: optionalText(1000),
};

/** One lifecycle event; the order and the legal rules are checked over the park's whole history (422). */
export const ParkEventBody = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('planned'),
      approved: z.boolean(
        bilingual('Hãy cho biết quy hoạch đã được phê duyệt chưa.', 'Say whether the plan is approved.'),
      ),
      ...eventBase,
    }),
    z.object({ kind: z.literal('established'), act: EstablishmentAct, area: Hectares, ...eventBase }),
    z.object({ kind: z.enum(['construction_started', 'operating']), ...eventBase }),
    z.object({
      kind: z.enum(['area_increased', 'area_decreased']),
      areaBefore: Hectares,
      areaAfter: Hectares,
      ...eventBase,
    }),
    z.object({ kind: z.literal('revoked'), ...eventBase }),
    z.object({
      kind: z.literal('converted_to_urban_service'),
      termYears: z
        .number()
        .int(bilingual('Thời hạn hoạt động là số năm nguyên.', 'The term is a whole number of years.'))
        .min(1, bilingual('Thời hạn hoạt động từ 1 đến 99 năm.', 'The term is 1 to 99 years.'))
        .max(99, bilingual('Thời hạn hoạt động từ 1 đến 99 năm.', 'The term is 1 to 99 years.'))
        .optional(),
      ...eventBase,
    }),
  ],
  {
    error: bilingual(
      `Loại sự kiện phải là một trong: ${PARK_EVENT_KINDS.join(', ')}.`,
      `The event kind must be one of: ${PARK_EVENT_KINDS.join(', ')}.`,
    ),
  },
);
export type ParkEventBody = z.infer<typeof ParkEventBody>;

export const ParkEventOut = z.object({
  seq: z.number().int(),
  kind: ParkEventKind,
  date: z.string(),
  decision: DecisionOut.nullable(),
  note: z.string().nullable(),
  approved: z.boolean().optional(),
  act: EstablishmentAct.optional(),
  area: z.string().optional(),
  areaBefore: z.string().optional(),
  areaAfter: z.string().optional(),
  termYears: z.number().int().optional(),
  recordedAt: z.string().datetime(),
});
export type ParkEventOut = z.infer<typeof ParkEventOut>;

// ——— Land ———

export const LandValueBody = z.object({
  measure: LandMeasure,
  asOf: IsoDate.describe('the day from which the value holds (not after today); a value on the same day is replaced'),
  value: Hectares,
  source: requiredText(300, 'Hãy ghi nguồn số liệu (quyết định, văn bản).', 'Enter the source (decision, document).'),
});
export type LandValueBody = z.infer<typeof LandValueBody>;

export const LandValueOut = z.object({ date: z.string(), value: z.string(), source: z.string() });
export type LandValueOut = z.infer<typeof LandValueOut>;

/** Infrastructure completion of a park from a date on (Biểu 2103 col. 14). */
export const InfrastructureProgressBody = z.object({
  asOf: IsoDate.describe('the day from which the value holds (not after today); a value on the same day is replaced'),
  completionPct: z
    .string(
      bilingual(
        'Hãy nhập mức độ hoàn thiện hạ tầng (%) dạng chuỗi số, ví dụ "62.5".',
        'Enter the completion (%) as a decimal string, e.g. "62.5".',
      ),
    )
    .trim()
    .regex(
      /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/,
      bilingual(
        'Mức độ hoàn thiện hạ tầng là số từ 0 đến 100, tối đa 2 chữ số thập phân.',
        'The completion is a number from 0 to 100 with at most 2 decimals.',
      ),
    ),
  source: requiredText(300, 'Hãy ghi nguồn số liệu (báo cáo, văn bản).', 'Enter the source (report, document).'),
});
export type InfrastructureProgressBody = z.infer<typeof InfrastructureProgressBody>;

// ——— Parks ———

const parkFields = {
  name: requiredText(300, 'Hãy nhập tên KCN.', 'Enter the park’s name.'),
  kinds: z
    .array(z.string().max(50), bilingual('Loại hình KCN là một danh sách.', 'Park kinds are a list.'))
    .max(10, bilingual('Tối đa 10 loại hình.', 'At most 10 kinds.'))
    .describe(`a set of ${PARK_KINDS.join(', ')}; empty = a plain KCN`),
  specialisedSector: optionalText(300).describe('required for a specialised park'),
  parentZoneId: ZoneId.nullable().optional().describe('the economic zone (KKT) the park lies in; null = outside'),
  adminUnitId: AdminUnitId.describe('the province unit of its time (63:xx before 2025-07-01, 34:xx after)'),
  commune: optionalText(300),
  developerEnterpriseId: Uuid('Mã doanh nghiệp không hợp lệ.', 'Invalid enterprise id.')
    .nullable()
    .optional()
    .describe('the infrastructure developer (an enterprise of the register)'),
  landLeaseTermYears: z
    .number()
    .int(bilingual('Thời hạn thuê đất là số năm nguyên.', 'The lease term is a whole number of years.'))
    .min(1, bilingual('Thời hạn thuê đất từ 1 đến 99 năm.', 'The lease term is 1 to 99 years.'))
    .max(99, bilingual('Thời hạn thuê đất từ 1 đến 99 năm.', 'The lease term is 1 to 99 years.'))
    .nullable()
    .optional(),
  lon: Lon.nullable().optional(),
  lat: Lat.nullable().optional(),
};

export const CreateParkBody = z.object({
  code: Code,
  ...parkFields,
  kinds: parkFields.kinds.default([]),
  firstEvent: ParkEventBody.optional().describe('the first lifecycle event (planned or established)'),
});
export type CreateParkBody = z.infer<typeof CreateParkBody>;

export const UpdateParkBody = z.object({
  updatedAt: UpdatedAt,
  code: Code.optional(),
  name: parkFields.name.optional(),
  kinds: parkFields.kinds.optional(),
  specialisedSector: parkFields.specialisedSector,
  parentZoneId: parkFields.parentZoneId,
  adminUnitId: parkFields.adminUnitId.optional(),
  commune: parkFields.commune,
  developerEnterpriseId: parkFields.developerEnterpriseId,
  landLeaseTermYears: parkFields.landLeaseTermYears,
  lon: parkFields.lon,
  lat: parkFields.lat,
});
export type UpdateParkBody = z.infer<typeof UpdateParkBody>;

/** Links the park to the investment project that builds its infrastructure (null unlinks). */
export const ParkInfrastructureProjectBody = z.object({
  updatedAt: UpdatedAt,
  projectId: Uuid('Mã dự án không hợp lệ.', 'Invalid project id.')
    .nullable()
    .describe('an infrastructure project lying in this park, or in its province and not yet in a park'),
});
export type ParkInfrastructureProjectBody = z.infer<typeof ParkInfrastructureProjectBody>;

export const ParkIdParams = z.object({ id: ParkId });
export const AsOfQuery = z.object({ asOf: IsoDate.optional().describe('as of this day (default: today in Hà Nội)') });

export const StatusAsOf = z.object({
  status: ParkStatus,
  since: z.string().describe('the day the park entered the status'),
  decision: DecisionOut.nullable(),
});

/** A park in a list: its descriptive fields and its state on the list's date. */
export const ParkSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kinds: z.array(ParkKind),
  specialisedSector: z.string().nullable(),
  parentZoneId: z.string().uuid().nullable(),
  locationClass: LocationClass,
  adminUnitId: z.string(),
  provinceCode: z.string().nullable().describe('GSO code of the province the park lies in on the date'),
  commune: z.string().nullable(),
  developerEnterpriseId: z.string().uuid().nullable(),
  infrastructureProjectId: z.string().uuid().nullable(),
  landLeaseTermYears: z.number().int().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  status: ParkStatus.nullable().describe('on the date; null before the first event'),
  statusSince: z.string().nullable(),
  establishedArea: z.string().nullable().describe('ha, on the date'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime().describe('send back as `updatedAt` when changing the park'),
});
export type ParkSummary = z.infer<typeof ParkSummary>;

export const TimelineItem = z.discriminatedUnion('type', [
  ParkEventOut.extend({ type: z.literal('event') }),
  z.object({ type: z.literal('land'), date: z.string(), measure: LandMeasure, value: z.string(), source: z.string() }),
  z.object({ type: z.literal('progress'), date: z.string(), value: z.string().describe('%'), source: z.string() }),
]);

/** One step of the park's land and occupancy over time (a point on every day something changed). */
export const LandPointOut = z.object({
  date: z.string(),
  status: ParkStatus.nullable(),
  values: z.object({
    planned: z.string().nullable(),
    established: z.string().nullable(),
    industrial: z.string().nullable(),
    leased: z.string().nullable(),
    handed_over: z.string().nullable(),
  }),
  occupancyPercent: z.string().nullable().describe('when the park counts among established parks on the day'),
});
export type LandPointOut = z.infer<typeof LandPointOut>;

export const ParkDetail = ParkSummary.extend({
  asOf: z.string(),
  statusAsOf: StatusAsOf.nullable(),
  province: z.object({
    recorded: UnitRef.describe('the unit the park was recorded in'),
    asOf: UnitRef.nullable().describe('the province it lies in on the date'),
    current: UnitRef.nullable().describe('the province it lies in today'),
  }),
  land: z.object({
    planned: LandValueOut.nullable(),
    established: LandValueOut.nullable().describe('from the lifecycle events, or recorded for older parks'),
    industrial: LandValueOut.nullable(),
    leased: LandValueOut.nullable(),
    handed_over: LandValueOut.nullable().describe('handed over to the developer for building (Biểu 2103 col. 16)'),
  }),
  infrastructure: z
    .array(LandValueOut)
    .describe('infrastructure completion in percent (Biểu 2103 col. 14), every recorded value by date'),
  occupancy: z.object({
    leased: z.string().nullable(),
    industrial: z.string().nullable(),
    ratio: z.string().nullable(),
    percent: z.string().nullable(),
    counted: z.boolean().describe('whether the park counts in the occupancy of all established parks on the date'),
  }),
  timeline: z.array(TimelineItem).describe('events and land values, by date'),
  landSeries: z.array(LandPointOut).describe('land and occupancy on every day one of them changed'),
  wastewater: z.array(PlantOut).describe('centralised wastewater plants, read on the date'),
  availableActions: z.array(ParkEventKind).describe('events the caller may record next'),
  permissions: z.object({
    update: z.boolean(),
    recordEvent: z.boolean(),
    updateLand: z.boolean(),
    updateWastewater: z.boolean(),
  }),
});
export type ParkDetail = z.infer<typeof ParkDetail>;

export const PARK_SORTS = ['name', 'code', 'establishedArea'] as const;

export const ParkQuery = z.object({
  province: ProvinceCodeQuery.optional().describe(
    'GSO code as of `asOf`: includes parks recorded in the units it was formed from',
  ),
  asOf: IsoDate.optional().describe('default: today in Hà Nội'),
  status: ParkStatus.optional().describe('status on `asOf`'),
  locationClass: LocationClass.optional(),
  kind: ParkKind.optional(),
  zoneId: ZoneId.optional(),
  q: z
    .string()
    .trim()
    .max(100, bilingual('Từ khóa tối đa 100 ký tự.', 'At most 100 characters.'))
    .optional()
    .describe('code or name, with or without diacritics'),
  sort: z.enum(PARK_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce
    .number()
    .int(bilingual('Số trang là số nguyên.', 'The page is a whole number.'))
    .min(1, bilingual('Số trang từ 1.', 'Pages start at 1.'))
    .default(1),
  pageSize: z.coerce
    .number()
    .int(bilingual('Cỡ trang là số nguyên.', 'The page size is a whole number.'))
    .min(1, bilingual('Cỡ trang từ 1 đến 200.', 'The page size is 1 to 200.'))
    .max(200, bilingual('Cỡ trang từ 1 đến 200.', 'The page size is 1 to 200.'))
    .default(50),
});
export type ParkQuery = z.infer<typeof ParkQuery>;

export const ParkList = z.object({
  asOf: z.string(),
  items: z.array(ParkSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ParkList = z.infer<typeof ParkList>;

// ——— Occupancy ———

export const OccupancyQuery = z.object({
  province: ProvinceCodeQuery.optional(),
  asOf: IsoDate.optional(),
  basis: ParkSet.default('all_established').describe('all established parks, or operating parks only'),
});
export type OccupancyQuery = z.infer<typeof OccupancyQuery>;

const ParkRef = { parkId: z.string().uuid(), code: z.string(), name: z.string() };

export const OccupancyResult = z.object({
  asOf: z.string(),
  basis: ParkSet,
  province: z.string().nullable(),
  numerator: z.string().describe('Σ leased industrial-service land (ha) of the included parks'),
  denominator: z.string().describe('Σ industrial-service land (ha) of the included parks'),
  ratio: z.string().nullable().describe('numerator ÷ denominator, 6 places; null when the denominator is 0'),
  percent: z.string().nullable().describe('the same in percent, 2 places'),
  included: z.array(z.object({ ...ParkRef, leased: LandValueOut, industrial: LandValueOut })),
  leftOut: z
    .array(z.object({ ...ParkRef, missing: z.array(z.enum(['industrial', 'leased'])) }))
    .describe('parks of the set without a value on the date'),
});
export type OccupancyResult = z.infer<typeof OccupancyResult>;

// ——— Economic zones ———

const zoneFields = {
  name: requiredText(300, 'Hãy nhập tên khu kinh tế.', 'Enter the economic zone’s name.'),
  type: KktType,
  adminUnitId: AdminUnitId,
  commune: optionalText(300),
  decisionNo: optionalText(100),
  decisionDate: IsoDate.nullable().optional(),
  decisionAuthority: optionalText(300),
  generalPlanDecisionNo: optionalText(100),
  generalPlanDecisionDate: IsoDate.nullable().optional(),
  establishedLandHa: Hectares.nullable().optional(),
  establishedWaterHa: Hectares.nullable().optional(),
  lon: Lon.nullable().optional().describe('a representative point for the map'),
  lat: Lat.nullable().optional(),
};

export const CreateZoneBody = z.object({ code: Code, ...zoneFields });
export type CreateZoneBody = z.infer<typeof CreateZoneBody>;

export const UpdateZoneBody = z.object({
  updatedAt: UpdatedAt,
  code: Code.optional(),
  ...zoneFields,
  name: zoneFields.name.optional(),
  type: zoneFields.type.optional(),
  adminUnitId: zoneFields.adminUnitId.optional(),
});
export type UpdateZoneBody = z.infer<typeof UpdateZoneBody>;

export const ZoneIdParams = z.object({ id: ZoneId });

export const ZoneAreaBody = z.object({
  area: KktFunctionalArea,
  measure: KktAreaMeasure,
  asOf: IsoDate.describe('the day from which the value holds; a value on the same day is replaced'),
  valueHa: Hectares,
  source: requiredText(300, 'Hãy ghi nguồn số liệu (quyết định, văn bản).', 'Enter the source (decision, document).'),
});
export type ZoneAreaBody = z.infer<typeof ZoneAreaBody>;

export const ZoneSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  type: KktType,
  adminUnitId: z.string(),
  provinceCode: z.string().nullable().describe('on the date'),
  commune: z.string().nullable(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionAuthority: z.string().nullable(),
  generalPlanDecisionNo: z.string().nullable(),
  generalPlanDecisionDate: z.string().nullable(),
  establishedLandHa: z.string().nullable(),
  establishedWaterHa: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type ZoneSummary = z.infer<typeof ZoneSummary>;

const ZoneAreaValue = z.object({
  area: KktFunctionalArea,
  measure: KktAreaMeasure,
  date: z.string(),
  value: z.string(),
  source: z.string(),
});

export const ZoneDetail = ZoneSummary.extend({
  asOf: z.string(),
  province: z.object({ recorded: UnitRef, asOf: UnitRef.nullable(), current: UnitRef.nullable() }),
  areas: z.array(ZoneAreaValue).describe('the value in force on the date, per function and measure'),
  totals: z.object(
    Object.fromEntries(KKT_AREA_MEASURES.map((m) => [m, z.string()])) as Record<
      (typeof KKT_AREA_MEASURES)[number],
      z.ZodString
    >,
  ),
  history: z.array(ZoneAreaValue).describe('every recorded value, by date'),
  specialZones: z.array(SpecialZoneOut).describe('non-tariff, free-trade and bonded zones inside, on the date'),
  permissions: z.object({ update: z.boolean() }),
});
export type ZoneDetail = z.infer<typeof ZoneDetail>;

export const ZoneQuery = z.object({
  province: ProvinceCodeQuery.optional(),
  asOf: IsoDate.optional(),
  type: KktType.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ZoneQuery = z.infer<typeof ZoneQuery>;

export const ZoneList = z.object({ asOf: z.string(), items: z.array(ZoneSummary), total: z.number().int() });
export type ZoneList = z.infer<typeof ZoneList>;
