/**
 * The one-stop KPI API shared with the web: the query (period, grouping, province for the
 * ministry) and the figures per group, the total, the monthly trend and the Decision 766 groups.
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));

export const KPI_GROUPS = ['procedure', 'unit', 'officer', 'channel'] as const;

export const KpiQuery = z
  .object({
    from: isoDay,
    to: isoDay,
    groupBy: z.enum(KPI_GROUPS).default('procedure'),
    /** GSO code of a province; the ministry may leave it out for the whole country, a Board gets its own. */
    province: z
      .string()
      .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has 2 digits.'))
      .optional(),
  })
  .refine((q) => q.from <= q.to, {
    message: bilingual('Ngày bắt đầu phải trước ngày kết thúc.', 'The start must not be after the end.'),
    path: ['to'],
  });
export type KpiQuery = z.infer<typeof KpiQuery>;

export const KpiFiguresSchema = z.object({
  receivedInPeriod: z.number().int(),
  carriedOver: z.number().int(),
  receivedOnline: z.number().int(),
  receivedInPerson: z.number().int(),
  receivedPost: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  finishedLate: z.number().int(),
  inProgressOnTime: z.number().int(),
  inProgressLate: z.number().int(),
  pausedOnTime: z.number().int(),
  pausedLate: z.number().int(),
  returned: z.number().int(),
  withdrawn: z.number().int(),
  stopped: z.number().int(),
  extended: z.number().int(),
  supplemented: z.number().int(),
  handled: z.number().int(),
  finished: z.number().int(),
  onTimeRate: z.number().nullable(),
  averageProcessingDays: z.number().nullable(),
  averageLimitDays: z.number().nullable(),
});
export type KpiFiguresView = z.infer<typeof KpiFiguresSchema>;

export const KpiReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(KPI_GROUPS),
  /** The province counted, or null for the whole country. */
  province: z.object({ code: z.string(), name: z.string() }).nullable(),
  rows: z.array(KpiFiguresSchema.extend({ key: z.string(), name: z.string() })),
  total: KpiFiguresSchema,
  trend: z.array(
    z.object({
      month: z.string(),
      received: z.number().int(),
      finished: z.number().int(),
      late: z.number().int(),
      onTimeRate: z.number().nullable(),
    }),
  ),
  indicators766: z.array(
    z.object({
      key: z.enum(['progress', 'online', 'publicity', 'digitisation', 'payment', 'satisfaction']),
      maxPoints: z.number(),
      rate: z.number().nullable(),
      points: z.number().nullable(),
    }),
  ),
});
export type KpiReport = z.infer<typeof KpiReport>;
