/**
 * Centralised wastewater plants of a park (Biểu 2105): a plant with its investment, and dated
 * records of its status and capacities (m³ per day-night). Shared with the web app: no I/O.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate } from '../geo/contract';
import { PLANT_STATUSES } from './wastewater';

export { PLANT_STATUS_LABELS, PLANT_STATUSES, type PlantStatus as PlantStatusValue } from './wastewater';

export const PlantStatus = z.enum(PLANT_STATUSES, {
  error: bilingual(
    'Trạng thái nhà máy là: chưa xây dựng, đang xây dựng hoặc đang hoạt động.',
    'A plant is not built, under construction or operating.',
  ),
});

/** m³ per day-night, numeric(12,2). */
const Capacity = z
  .string(bilingual('Hãy nhập công suất (m³/ngày đêm).', 'Enter the capacity (m³/day).'))
  .trim()
  .regex(
    /^\d{1,10}(\.\d{1,2})?$/,
    bilingual(
      'Công suất (m³/ngày đêm) là số không âm, dùng dấu chấm thập phân, tối đa 2 chữ số thập phân.',
      'A capacity (m³/day) is a non-negative number with a decimal point and at most 2 decimals.',
    ),
  );

export const PlantCurrency = z.enum(['VND', 'USD'], {
  error: bilingual('Đơn vị tiền là VND hoặc USD.', 'The currency is VND or USD.'),
});

/** Investment in the currency it was decided in (numeric(20,2)). */
export const PlantInvestment = z.object({
  value: z
    .string(bilingual('Hãy nhập vốn đầu tư.', 'Enter the investment.'))
    .trim()
    .regex(
      /^\d{1,18}(\.\d{1,2})?$/,
      bilingual(
        'Vốn đầu tư là số không âm, dùng dấu chấm thập phân, tối đa 2 chữ số thập phân.',
        'The investment is a non-negative number with a decimal point and at most 2 decimals.',
      ),
    ),
  currency: PlantCurrency,
});

export const PlantRecordBody = z.object({
  date: IsoDate.describe('the day from which the record holds (not after today); same day and status: replaced'),
  status: PlantStatus,
  designCapacity: Capacity.nullable().optional().describe('m³/day; required under construction or operating'),
  operatingCapacity: Capacity.nullable().optional().describe('m³/day; only for an operating plant, ≤ design'),
  source: requiredText(300, 'Hãy ghi nguồn số liệu (báo cáo, văn bản).', 'Enter the source (report, document).'),
});
export type PlantRecordBody = z.infer<typeof PlantRecordBody>;

export const CreatePlantBody = z.object({
  name: optionalText(300),
  investment: PlantInvestment.nullable().optional(),
  record: PlantRecordBody.describe('the plant’s first record'),
});
export type CreatePlantBody = z.infer<typeof CreatePlantBody>;

export const UpdatePlantBody = z.object({
  updatedAt: z
    .string()
    .datetime(bilingual('Thiếu thời điểm cập nhật (updatedAt) đã đọc.', 'Send the updatedAt as read.'))
    .describe('the plant’s updatedAt as read; a stale value answers 409'),
  name: optionalText(300),
  investment: PlantInvestment.nullable().optional(),
});
export type UpdatePlantBody = z.infer<typeof UpdatePlantBody>;

export const PlantIdParams = z.object({
  id: z.string().uuid(bilingual('Mã KCN không hợp lệ.', 'Invalid park id.')),
  plantId: z.string().uuid(bilingual('Mã nhà máy không hợp lệ.', 'Invalid plant id.')),
});

export const PlantRecordOut = z.object({
  date: z.string(),
  status: PlantStatus,
  designCapacity: z.string().nullable(),
  operatingCapacity: z.string().nullable(),
  source: z.string(),
});
export type PlantRecordOut = z.infer<typeof PlantRecordOut>;

export const PlantOut = z.object({
  id: z.string().uuid(),
  name: z.string().nullable(),
  investment: z.object({ value: z.string(), currency: PlantCurrency }).nullable(),
  asOf: z
    .object({
      status: PlantStatus,
      since: z.string(),
      designCapacity: z.string().nullable(),
      operatingCapacity: z.string().nullable(),
    })
    .nullable()
    .describe('on the detail’s date; null before the first record'),
  records: z.array(PlantRecordOut).describe('every record, by date'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime().describe('send back as `updatedAt` when changing the plant'),
});
export type PlantOut = z.infer<typeof PlantOut>;
