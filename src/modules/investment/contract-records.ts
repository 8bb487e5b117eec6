import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { AuditEntry } from '../../platform/audit/contract';
import { IsoDate } from '../geo/contract';
import {
  Currency,
  InvestorShareInput,
  Money,
  MoneyOut,
  Origin,
  OriginView,
  PERIOD_PATTERN,
  RecordId,
  SectorCode,
  Text,
} from './contract';

/**
 * The rest of a project's record beside its certificate: realised capital by period, edits of
 * the project's own fields, the FDI/DDI a list of investors implies (for forms, before saving),
 * and the audit trail of one record for whoever may read it. Shared with the web app.
 */

// ——— Realised capital ———

export const PeriodCode = z
  .string()
  .regex(
    PERIOD_PATTERN,
    bilingual(
      'Kỳ có dạng 2025, 2025-H1, 2025-Q3 hoặc 2025-07.',
      'A period looks like 2025, 2025-H1, 2025-Q3 or 2025-07.',
    ),
  );

export const RealisedCapitalBody = z.object({
  period: PeriodCode.describe('ended; must not overlap another period recorded for the project'),
  amount: Money.describe('in the certificate’s currency: FDI in USD, DDI in VND'),
  source: requiredText(300, 'Hãy ghi nguồn số liệu (báo cáo nào).', 'Enter where the figure comes from.'),
  replace: z
    .boolean()
    .default(false)
    .describe('true to replace the amount already recorded for this period (otherwise 409)'),
});
export type RealisedCapitalBody = z.infer<typeof RealisedCapitalBody>;

export const RealisedCapitalView = z.object({
  period: z.string(),
  label: Text,
  from: z.string(),
  to: z.string(),
  amount: MoneyOut,
  source: z.string(),
});
export type RealisedCapitalView = z.infer<typeof RealisedCapitalView>;

export const RealisedCapitalList = z.object({
  currency: Currency.describe('the certificate’s currency'),
  items: z.array(RealisedCapitalView).describe('by period, earliest first'),
  total: MoneyOut,
});
export type RealisedCapitalList = z.infer<typeof RealisedCapitalList>;

export const ProjectPeriodParams = z.object({ id: RecordId, period: PeriodCode });

// ——— Project edits ———

export const UpdateProjectBody = z.object({
  updatedAt: z
    .string()
    .datetime(bilingual('Thiếu thời điểm cập nhật của bản ghi.', 'The record’s updatedAt is missing.'))
    .describe('updatedAt as last read; a different value means someone else changed it (409)'),
  name: requiredText(500, 'Hãy nhập tên dự án.', 'Enter the project’s name.').optional(),
  sectors: z.array(SectorCode).max(50, bilingual('Tối đa 50 ngành.', 'At most 50 sectors.')).optional(),
  objectives: optionalText(5000).describe(
    'the project’s description of its objectives (the certificate’s own change by an adjustment)',
  ),
  enterpriseId: RecordId.nullable().optional().describe('the economic organisation carrying out the project'),
  operationStartedOn: IsoDate.nullable()
    .optional()
    .describe('the day production or business began; null while building'),
  specialZoneId: RecordId.nullable().optional().describe('a special zone of the project’s KKT (Biểu 2112)'),
});
export type UpdateProjectBody = z.infer<typeof UpdateProjectBody>;

// ——— FDI/DDI of a list of investors, before saving ———

export const OriginPreviewBody = z.object({
  date: IsoDate.describe('the day the investors would be set (issue or adjustment)'),
  investors: z
    .array(InvestorShareInput)
    .min(1, bilingual('Cần ít nhất một nhà đầu tư.', 'At least one investor is required.'))
    .max(100, bilingual('Tối đa 100 nhà đầu tư.', 'At most 100 investors.')),
});
export type OriginPreviewBody = z.infer<typeof OriginPreviewBody>;

export const OriginPreview = z.object({
  origin: OriginView.omit({ decidedOn: true }).extend({ origin: Origin }),
  currency: Currency.describe('the currency the certificate must register capital in'),
  mainPartner: z.object({ country: z.string(), share: z.string(), legalBasis: z.string() }).nullable(),
});
export type OriginPreview = z.infer<typeof OriginPreview>;

// ——— Audit trail of one record ———

export const RecordAuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const RecordAuditPage = z.object({
  items: z.array(AuditEntry.extend({ label: Text.describe('what the action means') })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RecordAuditPage = z.infer<typeof RecordAuditPage>;
