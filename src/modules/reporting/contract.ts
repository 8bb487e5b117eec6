import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate } from '../geo/contract';
import { Currency, PERIOD_PATTERN, RecordId, Text } from '../investment/contract';

/**
 * Enterprise periodic reports on project implementation (national-forms.md §C, Decree 31/2021
 * Art. 102): the HTTP contract shared with the web app. Figures travel as decimal strings (dot
 * decimal) in the unit the report type shows for the field (e.g. triệu đồng, nghìn USD, người);
 * the server converts them exactly to the base units it stores.
 */

export const REPORT_TYPE_IDS = ['quarterly_implementation', 'annual_implementation'] as const;
export const ReportTypeId = z.enum(REPORT_TYPE_IDS).describe('quarterly (A.III.1) or annual (A.III.2) report');
export type ReportTypeId = z.infer<typeof ReportTypeId>;

export const REPORT_STATUSES = ['draft', 'pending', 'accepted', 'revision_requested'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;
/** The labels of the national system (C.3). */
export const REPORT_STATUS_LABELS: Record<ReportStatus, { vi: string; en: string }> = {
  draft: { vi: 'Lưu nháp', en: 'Draft' },
  pending: { vi: 'Chờ duyệt', en: 'Pending approval' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  revision_requested: { vi: 'Yêu cầu chỉnh sửa', en: 'Revision requested' },
};

export const PeriodStateSchema = z.enum(['not_due', 'open', 'closed']);
export type PeriodStateValue = z.infer<typeof PeriodStateSchema>;

export const Timeliness = z
  .enum(['on_time', 'late'])
  .describe('first submission on or before the deadline (on_time) or after it (late)');

export const PeriodCode = z
  .string()
  .regex(PERIOD_PATTERN, bilingual('Kỳ có dạng 2025 hoặc 2025-Q3.', 'A period looks like 2025 or 2025-Q3.'));

// ——— Report types (versioned data) ———

export const FieldKind = z
  .enum(['money_project', 'money_usd', 'money_vnd', 'count', 'quantity', 'flag'])
  .describe(
    'money_project: in the project certificate’s currency; money_usd / money_vnd: always USD / VND; count: whole number; quantity: decimal in a physical unit; flag: yes/no',
  );

export const UnitView = z.object({
  vi: z.string().describe('unit as shown to the enterprise, e.g. "triệu đồng", "nghìn USD", "người"'),
  en: z.string(),
  /** How many base units (đồng, USD, persons…) one shown unit is: "1000000" for triệu đồng. */
  factor: z.string().describe('exact decimal: base units per shown unit'),
  currency: Currency.nullable().describe('the currency stored in base units, null for non-money fields'),
});

export const ReportFieldView = z.object({
  key: z.string().describe('the key in `values`'),
  label: Text,
  kind: FieldKind,
  unit: z.object({ USD: UnitView, VND: UnitView }).describe('the unit shown for a USD project and for a VND project'),
  required: z.boolean().describe('needed to submit (drafts may leave it empty)'),
  min: z.string().nullable().describe('smallest value in the shown unit'),
  max: z.string().nullable().describe('largest value in the shown unit'),
  decimals: z.number().int().describe('decimal places allowed in the shown unit'),
  annualOnly: z.boolean(),
  help: Text.nullable(),
  section: z.enum(['capital', 'business', 'labour', 'rnd', 'environment']),
});
export type ReportFieldView = z.infer<typeof ReportFieldView>;

export const ReportTypeVersionView = z.object({
  id: z.string().describe('version id stored on each report (reports.type_version)'),
  typeId: ReportTypeId,
  formCode: z.string().describe('A.III.1 or A.III.2'),
  name: Text,
  legalBasis: z.string(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  fields: z.array(ReportFieldView),
  checks: z.array(z.object({ id: z.string(), description: Text })).describe('cross-field checks run on submit'),
});
export type ReportTypeVersionView = z.infer<typeof ReportTypeVersionView>;

export const ReportTypeList = z.object({ items: z.array(ReportTypeVersionView) });

// ——— Periods ———

export const PeriodsQuery = z.object({
  typeId: ReportTypeId,
  year: z.coerce.number().int().min(2015).max(2100).optional().describe('default: the current year'),
});

export const PeriodView = z.object({
  period: z.string(),
  label: Text.describe('"Quý 1 năm 2026" / "Năm 2025" (C.2)'),
  opensOn: IsoDate,
  deadline: IsoDate.describe('last day a report is on time (inclusive)'),
  state: PeriodStateSchema,
  stateLabel: Text.describe('Chưa tới hạn / Trong thời hạn / Qua kỳ báo cáo'),
  legalBasis: z.string(),
});
export type PeriodView = z.infer<typeof PeriodView>;
export const PeriodList = z.object({ items: z.array(PeriodView) });

// ——— Values, warnings and confirmations ———

export const ReportValue = z.union([z.string().trim().max(40), z.number(), z.boolean(), z.null()]);
export const ReportValues = z
  .record(z.string().max(60), ReportValue)
  .describe(
    'field key → value in the field’s shown unit: a decimal string with a dot ("1250.5"), a boolean for flags, null or absent when empty',
  );
export type ReportValues = z.infer<typeof ReportValues>;

export const WarningCode = z
  .enum(['scale_x1000', 'scale_div1000', 'history_high', 'history_low', 'peer_high', 'peer_low'])
  .describe(
    'scale_x1000 / scale_div1000: about 1,000× or 1/1,000 of the expected value (units typed wrongly); history_*: out of line with the enterprise’s own accepted reports; peer_*: with projects of the same sector and size',
  );
export type WarningCode = z.infer<typeof WarningCode>;

export const PlausibilityWarning = z.object({
  code: WarningCode,
  field: z.string(),
  value: z.string().describe('the value in the shown unit'),
  expected: z.object({ low: z.string(), high: z.string() }).describe('the expected range in the shown unit'),
  unit: Text,
  basis: z.enum(['history', 'peers']).describe('what the expected range comes from'),
  message: z.string(),
  messageEn: z.string(),
  mustConfirmIndividually: z.boolean().describe('true for scale warnings: a blanket confirmation does not cover them'),
});
export type PlausibilityWarning = z.infer<typeof PlausibilityWarning>;

export const Confirmation = z.object({
  field: z.string().max(60),
  code: WarningCode,
  reason: requiredText(1000, 'Hãy ghi lý do xác nhận số liệu.', 'Give the reason the figure is right.'),
});
export type Confirmation = z.infer<typeof Confirmation>;

export const StoredConfirmation = Confirmation.extend({
  value: z.string(),
  at: z.string().datetime(),
  by: z.string().describe('full name – role of who confirmed'),
});
export type StoredConfirmation = z.infer<typeof StoredConfirmation>;

/** The body of a 422 answer to a submit with unconfirmed warnings (the error body plus the warnings). */
export const PlausibilityRejection = z.object({
  error: z.object({
    code: z.literal('UNPROCESSABLE'),
    message: z.string(),
    messageEn: z.string(),
    fields: z.record(z.string(), z.object({ message: z.string(), messageEn: z.string() })).optional(),
    warnings: z.array(PlausibilityWarning).describe('every warning not yet confirmed'),
  }),
});

// ——— Report views ———

export const ReportActions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  delete: z.boolean(),
  accept: z.boolean(),
  requestRevision: z.boolean(),
});

export const ReportSummary = z.object({
  id: RecordId,
  code: z.string().describe('EZ_AIII1_<number> or EZ_AIII2_<number> (C.5)'),
  typeId: ReportTypeId,
  formCode: z.string(),
  period: z.string(),
  periodLabel: Text,
  periodState: PeriodStateSchema,
  projectId: RecordId,
  projectCode: z.string(),
  projectName: z.string(),
  enterpriseId: RecordId,
  enterpriseName: z.string(),
  placeName: z.string().nullable().describe('the park or KKT the project lies in'),
  status: ReportStatus,
  statusLabel: Text,
  timeliness: Timeliness.nullable(),
  firstSubmittedAt: z.string().datetime().nullable(),
  submittedAt: z.string().datetime().nullable(),
  acceptedAt: z.string().datetime().nullable(),
  createdByName: z.string().nullable().describe('"created by …" (C.7)'),
  updatedAt: z.string().datetime(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportView = ReportSummary.extend({
  typeVersion: z.string(),
  currency: Currency.describe('the project certificate’s currency when the report was created'),
  values: ReportValues.describe('in the shown units of the type version’s fields'),
  everSubmitted: z.boolean(),
  deadline: IsoDate,
  confirmations: z.array(StoredConfirmation),
  revision: z
    .object({ reason: z.string(), fieldReasons: z.record(z.string(), z.string()), at: z.string().datetime() })
    .nullable()
    .describe('the latest revision request while the report is in revision'),
  actions: ReportActions.describe('what the caller may do now'),
});
export type ReportView = z.infer<typeof ReportView>;

export const ReportListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  typeId: ReportTypeId.optional(),
  period: PeriodCode.optional().describe('exact period, e.g. 2026-Q1'),
  periodState: z
    .union([PeriodStateSchema, z.array(PeriodStateSchema)])
    .optional()
    .describe('one or several states'),
  status: z.union([ReportStatus, z.array(ReportStatus)]).optional(),
  projectId: RecordId.optional(),
  parkId: RecordId.optional(),
  zoneId: RecordId.optional().describe('a KKT: projects in it or in its parks'),
  q: z.string().trim().max(255).optional().describe('report code (EZ_AIII1_15, or 15), project code or name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportPage = z.object({
  items: z.array(ReportSummary).describe('newest period first, then by code'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// ——— Writes ———

export const CreateReportBody = z.object({
  typeId: ReportTypeId,
  period: PeriodCode.describe('2026-Q1 for a quarterly report, 2025 for an annual one'),
  projectId: RecordId,
  values: ReportValues.default({}),
});
export type CreateReportBody = z.infer<typeof CreateReportBody>;

const UpdatedAt = z
  .string()
  .datetime(bilingual('Thiếu thời điểm cập nhật của báo cáo.', 'The report’s updatedAt is missing.'))
  .describe('updatedAt as last read; a different value means someone else changed it (409)');

export const UpdateReportBody = z.object({
  updatedAt: UpdatedAt,
  values: ReportValues.describe('the whole set of values (absent keys become empty)'),
  reason: optionalText(3000).describe('required when a Board edits an accepted report (logged with before/after)'),
  confirmations: z
    .array(Confirmation)
    .max(100)
    .optional()
    .describe('a Board edit of an accepted report: one per plausibility warning of the new figures confirmed'),
  confirmAllReason: optionalText(1000).describe('a Board edit: confirms every warning except the scale (×1000) ones'),
});
export type UpdateReportBody = z.infer<typeof UpdateReportBody>;

export const SubmitReportBody = z.object({
  updatedAt: UpdatedAt,
  confirmations: z.array(Confirmation).max(100).default([]).describe('one per plausibility warning confirmed'),
  confirmAllReason: optionalText(1000).describe(
    'confirms every warning except the scale (×1000) ones, which need their own confirmation',
  ),
});
export type SubmitReportBody = z.infer<typeof SubmitReportBody>;

export const AcceptReportBody = z.object({ updatedAt: UpdatedAt });

export const RequestRevisionBody = z.object({
  updatedAt: UpdatedAt,
  reason: requiredText(3000, 'Hãy ghi lý do yêu cầu chỉnh sửa.', 'Give the reason for the revision request.'),
  fieldReasons: z
    .record(z.string().max(60), z.string().trim().min(1).max(1000))
    .default({})
    .describe('field key → what to fix in that field'),
});
export type RequestRevisionBody = z.infer<typeof RequestRevisionBody>;

export const CheckResult = z.object({
  errors: z
    .record(z.string(), z.object({ message: z.string(), messageEn: z.string() }))
    .describe('what blocks a submit, keyed body.values.<field>'),
  warnings: z.array(PlausibilityWarning),
});

// ——— Lifecycle ———

export const ReportEventView = z.object({
  id: RecordId,
  at: z.string().datetime(),
  action: z.enum(['create', 'update', 'submit', 'resubmit', 'accept', 'request_revision', 'board_edit']),
  actionLabel: Text,
  fromStatus: ReportStatus.nullable(),
  toStatus: ReportStatus,
  toStatusLabel: Text,
  actor: z.string().describe('"full name – role"'),
  reason: z.string().nullable(),
  fieldReasons: z.record(z.string(), z.string()).nullable(),
  before: ReportValues.nullable().describe('for a Board edit and resubmits: values before'),
  after: ReportValues.nullable(),
});
export const ReportEventList = z.object({ items: z.array(ReportEventView).describe('newest first') });

// ——— Reopenings ———

export const ReopenBody = z.object({
  typeId: ReportTypeId,
  period: PeriodCode,
  projectId: RecordId,
  reason: requiredText(3000, 'Hãy ghi lý do mở lại kỳ báo cáo.', 'Give the reason for reopening the period.'),
  openUntil: IsoDate.describe('last day (inclusive) the enterprise may file, today or later'),
});
export type ReopenBody = z.infer<typeof ReopenBody>;

export const ReopeningView = z.object({
  id: RecordId,
  typeId: ReportTypeId,
  period: z.string(),
  projectId: RecordId,
  reason: z.string(),
  openUntil: IsoDate,
  active: z.boolean().describe('today ≤ openUntil'),
  createdAt: z.string().datetime(),
  createdBy: z.string().nullable(),
});
export const ReopeningsQuery = z.object({ projectId: RecordId.optional(), period: PeriodCode.optional() });
export const ReopeningList = z.object({ items: z.array(ReopeningView) });

// ——— Completeness and timeliness ———

export const CompletenessQuery = z.object({
  typeId: ReportTypeId,
  period: PeriodCode,
  provinceCode: z
    .string()
    .max(10)
    .optional()
    .describe('the ministry: one province (post-2025 code); Boards: their own'),
  parkId: RecordId.optional(),
  zoneId: RecordId.optional(),
});
export type CompletenessQuery = z.infer<typeof CompletenessQuery>;

export const CompletenessCounts = z.object({
  expected: z.number().int().describe('projects with a valid certificate during the period, in scope'),
  filedOnTime: z.number().int().describe('first submitted on or before the deadline'),
  filedLate: z.number().int(),
  missing: z.number().int().describe('never submitted (no report, or a draft only)'),
  accepted: z.number().int(),
  pending: z.number().int(),
  revisionRequested: z.number().int(),
});

export const CompletenessRow = CompletenessCounts.extend({
  placeId: RecordId.nullable(),
  placeKind: z.enum(['park', 'zone', 'none']),
  placeName: z.string(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
});

export const CompletenessView = z.object({
  period: PeriodView,
  totals: CompletenessCounts,
  byProvince: z.array(CompletenessRow.omit({ placeId: true, placeKind: true, placeName: true })),
  byPlace: z.array(CompletenessRow),
});
export type CompletenessView = z.infer<typeof CompletenessView>;

export const MissingItem = z.object({
  projectId: RecordId,
  projectCode: z.string(),
  projectName: z.string(),
  enterpriseId: RecordId.nullable(),
  enterpriseName: z.string().nullable(),
  enterpriseTaxCode: z.string().nullable(),
  contact: z.string().nullable().describe('phone / e-mail of the enterprise, for a reminder'),
  placeName: z.string().nullable(),
  provinceName: z.string().nullable(),
  reportId: RecordId.nullable().describe('a draft that was never submitted, if any'),
  reportStatus: ReportStatus.nullable(),
  daysLate: z.number().int().describe('days past the deadline today (0 while the window is open)'),
});
export const MissingList = z.object({ period: PeriodView, items: z.array(MissingItem) });

export const RemindersQuery = z.object({
  typeId: ReportTypeId.optional(),
  provinceCode: z.string().max(10).optional(),
  parkId: RecordId.optional(),
});
export type TemplateQuery = z.infer<typeof TemplateQuery>;
export const ReminderItem = MissingItem.extend({
  typeId: ReportTypeId,
  period: z.string(),
  periodLabel: Text,
  deadline: IsoDate,
  daysLeft: z.number().int().describe('days until the deadline (negative when late)'),
});
export const ReminderList = z.object({
  asOf: IsoDate,
  items: z.array(ReminderItem).describe('every project without a submitted report in a period whose window is open'),
});

// ——— Excel ———

export const TemplateQuery = z.object({
  typeId: ReportTypeId,
  period: PeriodCode,
  projectId: RecordId.optional().describe(
    'one project (a one-report template); absent: every expected project in scope',
  ),
  parkId: RecordId.optional(),
});

export const ImportReportsQuery = z.object({
  submit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: submit every report of the file (pending); false: keep them as drafts to check online'),
});

export const ReportImportProblem = z.object({
  sheet: z.string(),
  row: z.number().int().nullable().describe('the row number Excel shows; null for the whole file'),
  column: z.string().nullable().describe('column letter and header, e.g. "F (Doanh thu trong kỳ)"'),
  message: z.string(),
  messageEn: z.string(),
});

export const ReportImportResult = z.object({
  typeId: ReportTypeId,
  period: z.string(),
  items: z.array(
    z.object({
      row: z.number().int(),
      projectCode: z.string(),
      reportId: RecordId,
      code: z.string(),
      status: ReportStatus,
      created: z.boolean().describe('false when an existing draft or report in revision was updated'),
    }),
  ),
});

/** A refused import: nothing was written; every problem by sheet, row and column. */
export const ReportImportRejection = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    problems: z.array(ReportImportProblem),
  }),
});

// ——— One report's workbook read into the form (nothing written) ———

export const FillFromWorkbookQuery = z.object({
  typeId: ReportTypeId,
  period: PeriodCode,
  projectId: RecordId.describe('the project whose form is being filled'),
});
export type FillFromWorkbookQuery = z.infer<typeof FillFromWorkbookQuery>;

export const WorkbookFill = z.object({
  typeId: ReportTypeId,
  period: z.string(),
  projectCode: z.string(),
  row: z.number().int().describe('the row of the project in the file'),
  values: ReportValues.describe('every cell that could be read, in the shown units (empty cells are null)'),
  confirmReason: z.string().nullable().describe('the "Lý do xác nhận" cell, for the plausibility confirmations'),
  problems: z
    .array(ReportImportProblem.extend({ field: z.string().nullable().describe('the field key, null for the row') }))
    .describe('cells that could not be read (their fields stay empty) or whose value breaks a bound (kept, to fix)'),
});
export type WorkbookFill = z.infer<typeof WorkbookFill>;
