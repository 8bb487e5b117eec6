/**
 * Contracts of one-stop dossiers shared with the web: submission online, receipt at the desk,
 * the transitions, the views (with the clock) and the work queue.
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';
import { optionalText, requiredText } from '../../../kernel/fields';
import { CertificateEventBody, CreateProjectBody, RecordId } from '../../investment/contract';
import { BOARD_UNITS, CHANNELS, DOSSIER_ACTIONS, DOSSIER_STATES, RESULTS } from './states';

export * from './states';

const reason = requiredText(2000, 'Cần ghi rõ lý do.', 'A reason is required.');
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));
const instantText = z
  .string()
  .datetime({ offset: true, message: bilingual('Thời điểm phải theo ISO 8601.', 'The time must be ISO 8601.') });

const adjusted = CertificateEventBody.options[0].omit({
  kind: true,
  date: true,
  certificateNo: true,
  documentNo: true,
});

/**
 * What the registry needs to record the result of an investment-certificate or eco-certification
 * dossier; the certificate's date is the decision's day and its number is entered by the leader
 * who decides.
 */
export const RegistryRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('issue'),
    project: CreateProjectBody.extend({
      certificate: CreateProjectBody.shape.certificate.omit({ date: true, certificateNo: true, documentNo: true }),
    }),
  }),
  z.object({ kind: z.literal('adjust'), projectId: RecordId, change: adjusted }),
  z.object({ kind: z.literal('reissue'), projectId: RecordId }),
  /** Eco-industrial-park certification (BQL-ST-01): which park the developer registers. */
  z.object({ kind: z.literal('eco_park'), parkId: RecordId }),
  /**
   * Eco-enterprise certification or re-certification (BQL-ST-02/03): the applicant enterprise by
   * default (a paper dossier names it), in its park when given.
   */
  z.object({ kind: z.literal('eco_enterprise'), enterpriseId: RecordId.optional(), parkId: RecordId.optional() }),
]);
export type RegistryRequest = z.infer<typeof RegistryRequest>;

/** Which registry change each procedure's grant makes (the details a dossier may carry). */
export const REGISTRY_KIND_OF: Readonly<Record<string, RegistryRequest['kind']>> = {
  'BQL-DT-01': 'issue',
  'BQL-DT-02': 'adjust',
  'BQL-DT-03': 'reissue',
  'BQL-ST-01': 'eco_park',
  'BQL-ST-02': 'eco_enterprise',
  'BQL-ST-03': 'eco_enterprise',
};

const Applicant = z.object({
  name: requiredText(300, 'Hãy nhập tên người nộp hồ sơ.', 'Enter the applicant’s name.'),
  idNumber: optionalText(50),
  phone: optionalText(50),
  email: z.string().trim().email(bilingual('Thư điện tử không hợp lệ.', 'Invalid e-mail.')).nullable().optional(),
  address: optionalText(500),
});

const DossierBase = z.object({
  procedureCode: z.string().min(1).max(60),
  caseKey: z.string().min(1).max(60),
  subject: requiredText(500, 'Hãy ghi nội dung đề nghị.', 'Describe what is asked.'),
  applicant: Applicant,
  /**
   * For investment-certificate procedures: what the registry records on a grant (the Board may
   * give or correct it when it decides).
   */
  registry: RegistryRequest.nullable().optional(),
});

export const SubmitOnlineBody = DossierBase.extend({
  /** The Board (by its province's GSO code) the dossier goes to. */
  provinceCode: z.string().regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has 2 digits.')),
});
export type SubmitOnlineBody = z.infer<typeof SubmitOnlineBody>;

export const ReceiptOutcome = z.enum(['receive', 'request_supplement', 'refuse']);
export const ReceiveAtDeskBody = DossierBase.extend({
  channel: z.enum(['in_person', 'post']),
  /** The applicant enterprise in the registry, when it is one. */
  applicantEnterpriseId: RecordId.nullable().optional(),
  outcome: ReceiptOutcome,
  /** Required for a supplement request (what is missing, all at once) or a refusal. */
  reason: optionalText(2000),
});
export type ReceiveAtDeskBody = z.infer<typeof ReceiveAtDeskBody>;

export const TransitionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('receive') }),
  z.object({ action: z.literal('request_supplement_at_receipt'), reason }),
  z.object({ action: z.literal('refuse_at_receipt'), reason }),
  z.object({ action: z.literal('supply'), note: optionalText(2000) }),
  z.object({ action: z.literal('transfer'), unit: z.enum(BOARD_UNITS) }),
  z.object({ action: z.literal('assign'), officerId: RecordId }),
  z.object({ action: z.literal('start_step'), step: z.string().min(1).max(60) }),
  z.object({ action: z.literal('finish_step'), step: z.string().min(1).max(60) }),
  z.object({
    action: z.literal('consult'),
    body: requiredText(300, 'Hãy ghi cơ quan được lấy ý kiến.', 'Name the body consulted.'),
    deadline: isoDay,
    question: requiredText(2000, 'Hãy ghi nội dung lấy ý kiến.', 'State what is asked.'),
  }),
  z.object({
    action: z.literal('consultation_answered'),
    consultationSeq: z.number().int().positive(),
    answer: requiredText(2000, 'Hãy ghi ý kiến trả lời.', 'Enter the answer.'),
  }),
  z.object({ action: z.literal('request_supplement'), reason }),
  z.object({ action: z.literal('extend'), newDueAt: instantText, reason }),
  z.object({ action: z.literal('stop'), reason }),
  z.object({ action: z.literal('withdraw'), reason }),
  z.object({
    action: z.literal('decide'),
    result: z.enum(RESULTS),
    note: z.string().trim().max(2000).default(''),
    /** The certificate's number (investment-certificate procedures). */
    certificateNo: optionalText(100),
    documentNo: optionalText(100),
    /** The certificate's contents as the Board decides them; replaces what the applicant gave. */
    registry: RegistryRequest.nullable().optional(),
  }),
  z.object({ action: z.literal('return_result') }),
]);
export type TransitionBody = z.infer<typeof TransitionBody>;

export const DossierIdParams = z.object({ id: RecordId });
export const DocumentParams = z.object({ id: RecordId, documentId: RecordId });

const Text = z.object({ vi: z.string(), en: z.string() });

export const ClockView = z.object({
  dueAt: z.string().nullable(),
  originalDueAt: z.string().nullable(),
  /** Office minutes left (negative when late); null before receipt or after the end. */
  remainingMinutes: z.number().nullable(),
  paused: z.boolean(),
  dueSoon: z.boolean(),
  late: z.boolean(),
  extended: z.boolean(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
});
export type ClockView = z.infer<typeof ClockView>;

export const DossierSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  subject: z.string(),
  applicantName: z.string(),
  applicantEnterpriseId: z.string().nullable(),
  provinceCode: z.string(),
  channel: z.enum(CHANNELS),
  state: z.enum(DOSSIER_STATES),
  stateLabel: Text,
  portal: z.object({ code: z.number().int(), vi: z.string(), en: z.string(), sync: z.string() }),
  unit: z.enum(BOARD_UNITS),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  currentStep: z.string().nullable(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  result: z.enum(RESULTS).nullable(),
  clock: ClockView,
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierEventOut = z.object({
  seq: z.number().int(),
  type: z.enum(DOSSIER_ACTIONS),
  label: Text,
  at: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  fromState: z.enum(DOSSIER_STATES).nullable(),
  toState: z.enum(DOSSIER_STATES),
  reason: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

export const DocumentOut = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  title: z.string(),
  fileName: z.string(),
  format: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type DocumentOut = z.infer<typeof DocumentOut>;

export const DossierDetail = DossierSummary.extend({
  caseKey: z.string(),
  procedureVersion: z.number().int(),
  applicant: z.object({
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  resultNote: z.string().nullable(),
  resultRef: z.record(z.string(), z.unknown()).nullable(),
  /** The registry details given with the dossier (investment-certificate procedures), if any. */
  registry: z.record(z.string(), z.unknown()).nullable(),
  steps: z.array(z.object({ key: z.string(), nameVi: z.string(), nameEn: z.string() })),
  consultations: z.array(
    z.object({ seq: z.number().int(), body: z.string(), deadline: z.string(), late: z.boolean() }),
  ),
  events: z.array(DossierEventOut),
  documents: z.array(DocumentOut),
  /** What the reader may do now (the buttons to show). */
  actions: z.array(z.enum(DOSSIER_ACTIONS)),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierListQuery = z.object({
  /** Board queue: only mine, or a unit's; a leader sees the whole province by default. */
  mine: z.enum(['true', 'false']).optional(),
  unit: z.enum(BOARD_UNITS).optional(),
  /** open (default): not final; all: every dossier. */
  status: z.enum(['open', 'all']).optional(),
  q: z.string().trim().max(100).optional(),
});
export const DossierList = z.object({
  items: z.array(DossierSummary),
  counts: z.object({ open: z.number().int(), dueSoon: z.number().int(), late: z.number().int() }),
});
export type DossierList = z.infer<typeof DossierList>;

export const UploadQuery = z.object({
  kind: z.enum(['application', 'supplement', 'result', 'notice', 'other']),
  title: requiredText(300, 'Hãy ghi tên giấy tờ.', 'Name the document.'),
  fileName: requiredText(255, 'Thiếu tên tệp.', 'The file name is missing.'),
});
export type UploadQuery = z.infer<typeof UploadQuery>;
