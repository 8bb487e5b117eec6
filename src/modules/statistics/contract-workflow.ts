import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { FormCode, FormScope, Text } from './contract';

/**
 * A Board's national forms on their way to the ministry (national-forms.md §C.3–C.4, the "> 2
 * steps" workflow): the officer prepares (the computed table is frozen) and submits, the Board's
 * leader approves and sends or returns it, the ministry accepts (locked) or asks for a revision.
 * A revision is answered with a new version; earlier versions stay as they were.
 */
export const SUBMISSION_STATUSES = ['draft', 'pending', 'sent', 'accepted', 'revision_requested'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, { vi: string; en: string }> = {
  draft: { vi: 'Lưu nháp', en: 'Draft' },
  pending: { vi: 'Chờ duyệt', en: 'Pending approval' },
  sent: { vi: 'Đã gửi Bộ', en: 'Sent to the ministry' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  revision_requested: { vi: 'Yêu cầu chỉnh sửa', en: 'Revision requested' },
};

export const WORKFLOW_ACTIONS = ['prepare', 'submit', 'approve', 'return', 'accept', 'request_revision'] as const;
export const WorkflowAction = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const WORKFLOW_ACTION_LABELS: Record<WorkflowAction, { vi: string; en: string }> = {
  prepare: { vi: 'Lập biểu (tính và chốt số liệu)', en: 'Prepare (compute and freeze)' },
  submit: { vi: 'Trình lãnh đạo duyệt', en: 'Submit to the leader' },
  approve: { vi: 'Phê duyệt và gửi Bộ', en: 'Approve and send to the ministry' },
  return: { vi: 'Trả lại để chỉnh sửa', en: 'Return for revision' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  request_revision: { vi: 'Yêu cầu chỉnh sửa', en: 'Request a revision' },
};

/** `submit` of a workflow without the leader's step: the preparer sends the form to the ministry. */
export const SUBMIT_DIRECT_LABEL = { vi: 'Gửi Bộ', en: 'Send to the ministry' };

/** One step of a form's workflow version: what it does, who may take it, where it leads. */
export const WorkflowStepView = z.object({
  action: WorkflowAction,
  label: Text,
  roles: z.array(z.string()),
  to: SubmissionStatus,
  reason: z.boolean(),
});

/** The workflow version a submission follows (or a new one would follow today), with its basis. */
export const FormWorkflowView = z.object({
  id: z.string(),
  process: z.string(),
  name: Text,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  basis: Text,
  leaderApproval: z.boolean(),
  steps: z.array(WorkflowStepView),
});
export type FormWorkflowView = z.infer<typeof FormWorkflowView>;

/** A period a form can be computed for: a quarter or a year (the forms have no month or half-year). */
export const FormPeriod = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-Q[1-4])?$/,
    bilingual(
      'Kỳ báo cáo là một quý (2025-Q3) hoặc một năm (2025).',
      'The period is a quarter (2025-Q3) or a year (2025).',
    ),
  );

export const FormCodeParams = z.object({ code: FormCode });
export const SubmissionIdParams = z.object({
  id: z.string().uuid(bilingual('Mã hồ sơ biểu không hợp lệ.', 'Invalid submission id.')),
});

export const ScopeQuery = z.object({
  period: FormPeriod,
  province: z
    .string()
    .trim()
    .max(10)
    .optional()
    .describe('34-edition GSO code; absent = the Board’s own province, or the country (ministry)'),
});

/** A form's rows a page at a time (the web table's); absent = the whole form, as the files have it. */
export const FormPageQuery = ScopeQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(10).max(500).default(100),
});

export const FormCatalogueEntry = z.object({
  code: FormCode,
  fullCode: z.string(),
  title: Text,
  landscape: z.boolean(),
});
export const FormCatalogue = z.object({ items: z.array(FormCatalogueEntry) });

export const PrepareBody = z.object({ period: FormPeriod });

export const ReasonBody = z.object({
  reason: z
    .string()
    .trim()
    .min(1, bilingual('Hãy nêu lý do.', 'Give the reason.'))
    .max(3000, bilingual('Lý do dài quá 3000 ký tự.', 'The reason is longer than 3000 characters.')),
});

export const NoBody = z.object({}).optional();

export const SubmissionEvent = z.object({
  at: z.string(),
  action: z.string(),
  fromStatus: SubmissionStatus.nullable(),
  toStatus: SubmissionStatus,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
});

export const SubmissionSummary = z.object({
  id: z.string(),
  /** `EZ_2101HQLKKT_15` (CMR_09). */
  reportCode: z.string(),
  number: z.number().int(),
  formCode: FormCode,
  period: z.string(),
  provinceCode: z.string(),
  version: z.number().int(),
  status: SubmissionStatus,
  computedAt: z.string(),
  sentAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  updatedAt: z.string(),
  /** What the caller may do with this version now (from the transition table and the caller's role). */
  actions: z.array(WorkflowAction),
  /** The workflow version this submission follows (the one in force the day it was created). */
  workflowId: z.string(),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export const SubmissionDetail = SubmissionSummary.extend({
  events: z.array(SubmissionEvent),
  workflow: FormWorkflowView,
});
export type SubmissionDetail = z.infer<typeof SubmissionDetail>;

/** Every version of one form for one period and province, newest first. */
export const SubmissionHistory = z.object({
  scope: FormScope,
  canPrepare: z.boolean(),
  /** The workflow a version prepared today would follow. */
  workflow: FormWorkflowView,
  items: z.array(SubmissionDetail),
});
export type SubmissionHistory = z.infer<typeof SubmissionHistory>;

/** The forms of one period and scope with the latest version of each (null = not started). */
export const FormStatusList = z.object({
  scope: FormScope,
  period: z.string(),
  items: z.array(FormCatalogueEntry.extend({ latest: SubmissionSummary.nullable(), canPrepare: z.boolean() })),
});
export type FormStatusList = z.infer<typeof FormStatusList>;

export const CellChange = z.object({
  section: z.string(),
  sectionTitle: z.string().nullable(),
  row: z.string(),
  rowLabel: z.string(),
  column: z.string(),
  columnLabel: z.string(),
  was: z.string().nullable(),
  now: z.string().nullable(),
});
export type CellChange = z.infer<typeof CellChange>;

export const RegistryChange = z.object({
  at: z.string(),
  actorLabel: z.string(),
  /** The account's full name; null for the system (imports, the CLI). */
  actorName: z.string().nullable(),
  /** The account's role (ministry, board_officer, enterprise, …); null for the system. */
  actorRole: z.string().nullable(),
  /** Whom the account acts for: the enterprise's name, the Board's province, the ministry. */
  actorOrganisation: z.string().nullable(),
  action: z.string(),
  actionLabel: Text,
  entityType: z.string(),
  entityId: z.string().nullable(),
});

/** A frozen version against the live figures: which cells moved, and the registry edits since it was computed. */
export const SubmissionChanges = z.object({
  submissionId: z.string(),
  computedAt: z.string(),
  liveComputedAt: z.string(),
  cells: z.array(CellChange),
  registryChanges: z.array(RegistryChange),
  /** True when more registry edits exist than are listed. */
  registryChangesTruncated: z.boolean(),
});
export type SubmissionChanges = z.infer<typeof SubmissionChanges>;

export const OverviewQuery = z.object({ period: FormPeriod });

export const Overview = z.object({
  period: z.string(),
  forms: z.array(FormCode),
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Latest status per form code; absent = not started. */
      statuses: z.record(z.string(), z.object({ status: SubmissionStatus, version: z.number().int(), id: z.string() })),
    }),
  ),
  counts: z.object({
    notStarted: z.number().int(),
    draft: z.number().int(),
    pending: z.number().int(),
    sent: z.number().int(),
    accepted: z.number().int(),
    revision_requested: z.number().int(),
  }),
});
export type Overview = z.infer<typeof Overview>;
