/** HTTP contract of the eco reports (A.4, B.4, A.5, B.5), shared with the web. */
import { z } from 'zod';

export const ECO_REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'revision_requested'] as const;
export type EcoReportStatus = (typeof ECO_REPORT_STATUSES)[number];
const Form = z.enum(['A.4', 'B.4', 'A.5', 'B.5']);
const Year = z.coerce.number().int().min(2022).max(2100);
const T = z.object({ vi: z.string(), en: z.string() });

export const EcoReportCreateBody = z.object({
  form: Form,
  year: Year.describe('the reported year (N-1 of the form)'),
  parkId: z.string().uuid(),
});

const Value = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
  z.null(),
]);

export const EcoReportSaveBody = z.object({
  values: z.record(z.string(), z.unknown()).describe('typed fields only; locked and computed fields are refused'),
  updatedAt: z.string().datetime(),
});
export const EcoReportRevisionBody = z.object({
  reason: z
    .string()
    .trim()
    .min(5, 'Hãy ghi lý do yêu cầu chỉnh sửa (ít nhất 5 ký tự). / Give the reason (at least 5 characters).')
    .max(2000),
  updatedAt: z.string().datetime(),
});
export const EcoReportDecisionBody = z.object({ updatedAt: z.string().datetime() });

export const EcoReportQuery = z.object({
  form: Form.optional(),
  year: Year.optional(),
  parkId: z.string().uuid().optional(),
  enterpriseId: z.string().uuid().optional(),
  status: z.enum(ECO_REPORT_STATUSES).optional(),
});

export const EcoReportField = z.object({
  code: z.string(),
  key: z.string(),
  section: z.string(),
  label: T,
  kind: z.string(),
  unit: T.nullable(),
  required: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  decimals: z.number().nullable(),
  source: z.enum(['registry', 'computed', 'suggested', 'typed']),
  warnBelow: z.number().nullable(),
  columns: z
    .array(
      z.object({
        key: z.string(),
        label: T,
        kind: z.string(),
        required: z.boolean(),
        options: z.array(z.object({ value: z.string(), label: T })).nullable(),
      }),
    )
    .nullable(),
});

export const EcoReportSummary = z.object({
  id: z.string().uuid(),
  form: Form,
  name: T,
  year: z.number().int(),
  park: z.object({ id: z.string().uuid(), name: z.string() }),
  enterprise: z.object({ id: z.string().uuid(), name: z.string() }),
  status: z.enum(ECO_REPORT_STATUSES),
  submittedAt: z.string().datetime().nullable(),
  decidedAt: z.string().datetime().nullable(),
  deadline: z.string().describe('last day on time (configurable; the decree names none)'),
  late: z.boolean(),
  revisionReason: z.string().nullable(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), accept: z.boolean(), requestRevision: z.boolean() }),
  updatedAt: z.string().datetime(),
});
export const EcoReportList = z.object({ items: z.array(EcoReportSummary) });

export const EcoReportView = EcoReportSummary.extend({
  versionId: z.string(),
  legalBasis: z.array(z.string()),
  sections: z.array(z.object({ id: z.string(), title: T })),
  fields: z.array(EcoReportField),
  values: z.record(z.string(), Value),
  suggestions: z
    .record(z.string(), z.number().nullable())
    .describe('what each suggested field proposes now; send the field only to differ from it'),
  warnings: z.array(z.object({ key: z.string(), vi: z.string(), en: z.string() })),
  events: z.array(
    z.object({ status: z.enum(ECO_REPORT_STATUSES), note: z.string(), by: z.string().nullable(), at: z.string() }),
  ),
});
export type EcoReportView = z.infer<typeof EcoReportView>;
export type EcoReportSummary = z.infer<typeof EcoReportSummary>;
