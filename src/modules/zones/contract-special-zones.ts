/**
 * Special zones inside a KKT (non-tariff, free-trade, bonded; Biểu 2112) and the map points of
 * economic zones. Shared with the web app: no I/O.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate } from '../geo/contract';
import { PlantRecordOut, PlantStatus } from './contract-wastewater';
import { KKT_TYPES } from './location-class';
import { SPECIAL_ZONE_KINDS, SPECIAL_ZONE_MEASURES, SPECIAL_ZONE_STATUSES } from './special-zone-rules';

export {
  SPECIAL_ZONE_KIND_LABELS,
  SPECIAL_ZONE_KINDS,
  SPECIAL_ZONE_MEASURES,
  SPECIAL_ZONE_STATUS_LABELS,
  SPECIAL_ZONE_STATUSES,
  SPECIAL_ZONE_TRANSITIONS,
} from './special-zone-rules';

export const SpecialZoneKind = z.enum(SPECIAL_ZONE_KINDS, {
  error: bilingual(
    'Loại khu là: khu phi thuế quan, khu thương mại tự do, khu bảo thuế hoặc khu chức năng theo quy hoạch chung.',
    'The kind is a non-tariff, free-trade or bonded zone, or a functional zone of the general plan.',
  ),
});
export const SpecialZoneStatus = z.enum(SPECIAL_ZONE_STATUSES, {
  error: bilingual(
    'Trạng thái là: đang xây dựng cơ bản, đang vận hành hoặc đã giải thể.',
    'The status is under construction, operating or dissolved.',
  ),
});
export const SpecialZoneMeasure = z.enum(SPECIAL_ZONE_MEASURES, {
  error: bilingual(
    'Chỉ tiêu là: đất thành lập, đất công nghiệp – dịch vụ hoặc đất đã cho thuê.',
    'The measure is established, industrial-service or leased land.',
  ),
});

const Hectares = z
  .string(bilingual('Hãy nhập diện tích (ha).', 'Enter the area (ha).'))
  .trim()
  .regex(
    /^\d{1,10}(\.\d{1,4})?$/,
    bilingual(
      'Diện tích (ha) là số không âm, dùng dấu chấm thập phân, tối đa 4 chữ số thập phân (ví dụ 125.5).',
      'An area (ha) is a non-negative number with a decimal point and at most 4 decimals (e.g. 125.5).',
    ),
  );

const Code = z
  .string()
  .trim()
  .min(1, bilingual('Hãy nhập mã.', 'Enter the code.'))
  .max(50, bilingual('Mã tối đa 50 ký tự.', 'A code has at most 50 characters.'))
  .regex(/^[\p{L}\p{N}._\-/]+$/u, bilingual('Mã không chứa khoảng trắng.', 'A code has no spaces.'));

export const SpecialZoneStatusBody = z.object({
  date: IsoDate.describe('the day the status holds from (not after today); a record of the same day is replaced'),
  status: SpecialZoneStatus,
  decisionNo: optionalText(100),
  source: requiredText(300, 'Hãy ghi nguồn (quyết định, báo cáo).', 'Enter the source (decision, report).'),
});
export type SpecialZoneStatusBody = z.infer<typeof SpecialZoneStatusBody>;

const specialZoneFields = {
  name: requiredText(300, 'Hãy nhập tên khu.', 'Enter the zone’s name.'),
  kind: SpecialZoneKind,
  decisionNo: optionalText(100).describe('the founding document (decision, IRC or equivalent)'),
  decisionDate: IsoDate.nullable().optional(),
  decisionAuthority: optionalText(300),
  planDecisionNo: optionalText(100).describe('the construction-plan approval'),
  planDecisionDate: IsoDate.nullable().optional(),
};

export const CreateSpecialZoneBody = z.object({
  code: Code,
  ...specialZoneFields,
  status: SpecialZoneStatusBody.optional().describe('the first status record'),
});
export type CreateSpecialZoneBody = z.infer<typeof CreateSpecialZoneBody>;

export const UpdateSpecialZoneBody = z.object({
  updatedAt: z
    .string()
    .datetime(bilingual('Thiếu thời điểm cập nhật (updatedAt) đã đọc.', 'Send the updatedAt as read.')),
  code: Code.optional(),
  ...specialZoneFields,
  name: specialZoneFields.name.optional(),
  kind: SpecialZoneKind.optional(),
});
export type UpdateSpecialZoneBody = z.infer<typeof UpdateSpecialZoneBody>;

export const SpecialZoneAreaBody = z.object({
  measure: SpecialZoneMeasure,
  asOf: IsoDate.describe('the day from which the value holds; a value on the same day is replaced'),
  value: Hectares,
  source: requiredText(300, 'Hãy ghi nguồn số liệu (quyết định, văn bản).', 'Enter the source (decision, document).'),
});
export type SpecialZoneAreaBody = z.infer<typeof SpecialZoneAreaBody>;

export const SpecialZoneParams = z.object({
  id: z.string().uuid(bilingual('Mã khu kinh tế không hợp lệ.', 'Invalid economic-zone id.')),
  specialZoneId: z.string().uuid(bilingual('Mã khu không hợp lệ.', 'Invalid special-zone id.')),
});

const AreaValue = z.object({ date: z.string(), value: z.string(), source: z.string() });

export const SpecialZoneOut = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: SpecialZoneKind,
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionAuthority: z.string().nullable(),
  planDecisionNo: z.string().nullable(),
  planDecisionDate: z.string().nullable(),
  status: z.object({ status: SpecialZoneStatus, since: z.string() }).nullable().describe('on the date'),
  areas: z.object({
    established: AreaValue.nullable(),
    industrial: AreaValue.nullable(),
    leased: AreaValue.nullable(),
  }),
  statuses: z.array(
    z.object({ date: z.string(), status: SpecialZoneStatus, decisionNo: z.string().nullable(), source: z.string() }),
  ),
  areaHistory: z.array(AreaValue.extend({ measure: SpecialZoneMeasure })),
  wastewater: z
    .object({
      asOf: z
        .object({
          status: PlantStatus,
          since: z.string(),
          designCapacity: z.string().nullable(),
          operatingCapacity: z.string().nullable(),
        })
        .nullable()
        .describe('on the date; null before the first record'),
      records: z.array(PlantRecordOut).describe('every record, by date'),
    })
    .describe('its central wastewater plant (Biểu 2112 cols 24–26)'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type SpecialZoneOut = z.infer<typeof SpecialZoneOut>;

export const ZonePointsQuery = z.object({
  asOf: IsoDate.optional().describe('province on this day (default: today in Hà Nội)'),
  province: z
    .string()
    .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'))
    .optional(),
  type: z.enum(KKT_TYPES).optional(),
});
export type ZonePointsQuery = z.infer<typeof ZonePointsQuery>;

export const ZonePoints = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      id: z.string().uuid(),
      code: z.string(),
      name: z.string(),
      type: z.enum(KKT_TYPES),
      provinceCode: z.string().nullable(),
      lon: z.number(),
      lat: z.number(),
    }),
  ),
  withoutPoint: z.number().int(),
});
export type ZonePoints = z.infer<typeof ZonePoints>;
