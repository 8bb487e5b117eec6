import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant, recordTimestamps } from '../../../platform/db/columns';
import { procedures, procedureVersions } from '../schema';

/** Raw bytes (PostgreSQL bytea) read as a Node Buffer. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * One dossier (hồ sơ thủ tục hành chính) received by a Board's one-stop desk or submitted online.
 * The row is the current state; `dossier_events` is the history every state and date comes from
 * (the clock is recomputed from the events and the cached dates below are rewritten in the same
 * transaction). States and actions: `dossiers/states.ts`.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    /** Dossier code `<agency identifier>-YYMMDD-<4-digit daily sequence>` (TT 01/2018 Art. 19), gap-free per agency and day. */
    code: text('code').notNull().unique(),
    /** The agency identifier the code starts with (the receiving Board, e.g. `BQL24`). */
    agencyCode: text('agency_code').notNull(),
    /** GSO code of the Board's province (today's edition): the scope of board roles. */
    provinceCode: text('province_code').notNull(),
    /** Catalogue key of the procedure (procedures.code). */
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    /** The procedure version in force at submission/receipt, kept for the dossier's whole life. */
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(() => procedureVersions.id),
    /** The case (trường hợp) of the version whose time limit applies (ProcedureCase.key). */
    caseKey: text('case_key').notNull(),
    /** How the clock continues after a supplement during appraisal ('restart' | 'shift'), from the version. */
    resumeMode: text('resume_mode').notNull(),
    /** Short description of what is asked (shown in lists and on the forms). */
    subject: text('subject').notNull(),
    /** The applicant enterprise (investment registry); null when a person applied at the desk. FK in SQL. */
    applicantEnterpriseId: uuid('applicant_enterprise_id'),
    /** Name of the applicant (enterprise, investor or person) as on the application. */
    applicantName: text('applicant_name').notNull(),
    /** Tax code, ID card or passport number of the applicant, when given. */
    applicantIdNumber: text('applicant_id_number'),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    applicantAddress: text('applicant_address'),
    /** online | in_person | post. */
    channel: text('channel').notNull(),
    /** Current state (DossierState); national portal code via `portalStatusOf`. */
    state: text('state').notNull(),
    /** Board unit holding the dossier now (BoardUnit). */
    unit: text('unit').notNull(),
    /** Officer (users.id) the dossier is assigned to; null until assigned or after a transfer. FK in SQL. */
    officerId: uuid('officer_id'),
    /** The processing step open now (ProcedureStep.key); null between steps. */
    currentStep: text('current_step'),
    /** What the registry needs to record the result (e.g. the project and certificate details), as submitted. */
    request: jsonb('request').notNull(),
    /** When the enterprise submitted online; null for paper dossiers. */
    submittedAt: instant('submitted_at'),
    /** When the desk received the complete dossier (receipt slip); the clock starts from here. */
    receivedAt: instant('received_at'),
    /** The due date-time now (appointment, moved by supplements and the extension); null before receipt. */
    dueAt: instant('due_at'),
    /** The appointment first written on the receipt slip. */
    originalDueAt: instant('original_due_at'),
    /** When the clock is paused (supplement during appraisal); null while it runs. */
    pausedAt: instant('paused_at'),
    /** Number of extensions (0 or 1: "không quá một lần"). */
    extensions: integer('extensions').notNull().default(0),
    /** When the dossier was decided, stopped, withdrawn or refused (the clock's end). */
    finishedAt: instant('finished_at'),
    /** When the result was handed to the applicant. */
    returnedAt: instant('returned_at'),
    /** granted | refused once decided; null otherwise. */
    result: text('result'),
    /** Reason of a refusal, stop or withdrawal; the result text of a grant. */
    resultNote: text('result_note'),
    /** Where the result was recorded: e.g. { kind: 'certificate', projectId, seq } in the investment registry. */
    resultRef: jsonb('result_ref'),
    /** early | on_time | late at finish (Decision 766, by date). */
    timeliness: text('timeliness'),
    ...recordTimestamps(),
  },
  (t) => [
    index('dossiers_province_state').on(t.provinceCode, t.state, t.dueAt),
    index('dossiers_enterprise').on(t.applicantEnterpriseId),
    index('dossiers_officer').on(t.officerId),
    check('dossiers_channel', sql`${t.channel} in ('online', 'in_person', 'post')`),
    check('dossiers_resume_mode', sql`${t.resumeMode} in ('restart', 'shift')`),
    check('dossiers_one_extension', sql`${t.extensions} between 0 and 1`),
    check('dossiers_result', sql`${t.result} is null or ${t.result} in ('granted', 'refused')`),
  ],
);

/** Every transition of a dossier, in order: who, when, from which state to which, why, with what. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** 1, 2, 3… per dossier. */
    seq: integer('seq').notNull(),
    /** The action (DossierAction): receive, transfer, decide… */
    type: text('type').notNull(),
    at: instant('at').notNull(),
    /** users.id of the actor; null for the system. */
    actorId: uuid('actor_id'),
    /** Display name of the actor at the time (kept for the control slip). */
    actorName: text('actor_name').notNull(),
    /** Role of the actor (enterprise, board_officer, board_leader…). */
    actorRole: text('actor_role').notNull(),
    /** State before; null for the event that created the dossier. */
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** Reason given (refusal, supplement list, extension apology, stop, withdrawal). */
    reason: text('reason'),
    /**
     * Details of the action: unit from/to, officer, step and its due, consultation body and
     * deadline, new due date, result; `dueAt` after the event; `handoverDueBy` for transfers.
     */
    payload: jsonb('payload').notNull(),
  },
  (t) => [unique('dossier_events_seq').on(t.dossierId, t.seq)],
);

/** Files of a dossier (application documents, supplements, results), kept in the database for now. */
export const dossierDocuments = pgTable(
  'dossier_documents',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** The event it came with (submission, supplement, decision); null when uploaded on its own. */
    eventId: uuid('event_id').references(() => dossierEvents.id),
    /** application | supplement | result | notice | other. */
    kind: text('kind').notNull(),
    /** What the document is, e.g. "Văn bản đề nghị thực hiện dự án đầu tư". */
    title: text('title').notNull(),
    /** The uploaded file name. */
    fileName: text('file_name').notNull(),
    /** pdf | docx | xlsx | jpg | png (checked against the file's first bytes). */
    format: text('format').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the content. */
    sha256: text('sha256').notNull(),
    content: bytes('content').notNull(),
    uploadedAt: instant('uploaded_at').notNull(),
    /** users.id of the uploader. */
    uploadedBy: uuid('uploaded_by'),
  },
  (t) => [
    index('dossier_documents_dossier').on(t.dossierId),
    check('dossier_documents_size', sql`${t.sizeBytes} between 1 and 20971520`),
    check('dossier_documents_format', sql`${t.format} in ('pdf', 'docx', 'xlsx', 'jpg', 'png')`),
  ],
);

/**
 * The last sequence number given per agency and day. Incremented with
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` in the receiving transaction: the row lock
 * serialises concurrent receipts and a rolled-back receipt gives its number back.
 */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    agencyCode: text('agency_code').notNull(),
    /** The local (Asia/Ho_Chi_Minh) day of receipt. */
    day: date('day', { mode: 'string' }).notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyCode, t.day] }),
    check('dossier_code_counters_range', sql`${t.lastSeq} between 1 and 9999`),
  ],
);
