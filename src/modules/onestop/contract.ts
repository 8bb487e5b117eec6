/**
 * Contracts of the one-stop module shared with the web: the procedure catalogue as it is shipped
 * in data/onestop, stored in procedure_versions.definition and published on the public page.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const isoDay = z.string().regex(DAY, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));
const text = z.string().trim().min(1);

/** Mirrors `clock/types.ts` TimeLimit: working days, working hours, calendar days, or same day with a cut-off. */
export const TimeLimit = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('working_day'), amount: z.number().positive() }),
  z.object({ unit: z.literal('working_hour'), amount: z.number().positive() }),
  z.object({ unit: z.literal('calendar_day'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('same_day'), cutoff: z.string().regex(CLOCK) }),
]);
export type TimeLimit = z.infer<typeof TimeLimit>;

/**
 * How far a fact has been checked (labels of shared/domain): V read in the legal text or an
 * official list; Q article wording quoted by a legal site; S secondary; I inferred; U unverified.
 */
export const Confidence = z.enum(['V', 'Q', 'S', 'I', 'U']);
export type Confidence = z.infer<typeof Confidence>;

export const Citation = z.object({
  /** The instrument and article, e.g. "Quyết định 1513/QĐ-UBND tỉnh Bắc Ninh ngày 22/11/2025". */
  source: text,
  url: z.string().url().optional(),
  confidence: Confidence,
  note: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Channel = z.enum(['in_person', 'post', 'online_full', 'online_partial']);
export type Channel = z.infer<typeof Channel>;

export const ProcedureField = z.enum(['investment', 'labour', 'eco_industrial_park']);
export type ProcedureField = z.infer<typeof ProcedureField>;

export const ProcedureStep = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameVi: text,
  nameEn: text,
  /** Who does it, e.g. "Bộ phận Một cửa", "Phòng Quản lý đầu tư". */
  actorVi: text,
  actorEn: text,
  budget: TimeLimit,
  citation: Citation,
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** One case (trường hợp) with its own time limit; online may differ. */
export const ProcedureCase = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameVi: text,
  nameEn: text,
  limit: TimeLimit,
  onlineLimit: TimeLimit.optional(),
  /** The case's own steps when they differ from the version's (a refusal is shorter). */
  steps: z.array(ProcedureStep).optional(),
  citation: Citation,
});
export type ProcedureCase = z.infer<typeof ProcedureCase>;

export const RequiredDocument = z.object({
  nameVi: text,
  nameEn: text,
  copies: z.number().int().positive(),
  /** Name of the prescribed form, when there is one. */
  templateVi: z.string().optional(),
  required: z.boolean(),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const Fee = z.object({
  /** VND; null when no fixed national amount exists (set by the province, or unverified). */
  amountVnd: z.number().int().nonnegative().nullable(),
  textVi: text,
  textEn: text,
  citation: Citation,
});

export const ProcedureVersion = z.object({
  version: z.number().int().positive(),
  effectiveFrom: isoDay,
  /** Last day in force; null while in force. */
  effectiveTo: isoDay.nullable(),
  nameVi: text,
  nameEn: text,
  authorityVi: text,
  authorityEn: text,
  /** Instruments the procedure rests on, in Vietnamese as published. */
  legalBasis: z.array(text).min(1),
  channels: z.array(Channel).min(1),
  cases: z.array(ProcedureCase).min(1),
  steps: z.array(ProcedureStep).min(1),
  fee: Fee,
  documents: z.array(RequiredDocument).min(1),
  resultVi: text,
  resultEn: text,
  /**
   * How a dossier's clock continues after a supplement asked during appraisal: 'restart' counts
   * the whole limit again from the complete dossier (Decree 61/2018 Art. 19(4), the default);
   * 'shift' adds the paused time, where the procedure's own law says so.
   */
  supplementResume: z.enum(['restart', 'shift']).optional(),
  /**
   * How long the result stays valid, where the law sets a term (an eco certificate's end is
   * computed from it); absent when the law read gives none.
   */
  resultValidity: z.object({ months: z.number().int().positive(), citation: Citation }).optional(),
  /** What is still to be checked against the official text; shown beside the procedure. */
  unverified: z.array(text),
});
export type ProcedureVersion = z.infer<typeof ProcedureVersion>;

/** One file of data/onestop/procedures: a procedure and all its versions. */
export const ProcedureFile = z.object({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/),
  nationalCode: z.string().nullable(),
  field: ProcedureField,
  versions: z.array(ProcedureVersion).min(1),
});
export type ProcedureFile = z.infer<typeof ProcedureFile>;

// Public catalogue (no sign-in).

export const ProcedureListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  field: ProcedureField.optional(),
  /** Which version to show: the one in force on this day (default today, local time). */
  on: isoDay.optional(),
});

export const ProcedureSummary = z.object({
  code: z.string(),
  nationalCode: z.string().nullable(),
  field: ProcedureField,
  version: z.number().int(),
  nameVi: z.string(),
  nameEn: z.string(),
  authorityVi: z.string(),
  authorityEn: z.string(),
  /** The first case's limits: the one the catalogue headline shows. */
  limit: TimeLimit,
  onlineLimit: TimeLimit.nullable(),
  cases: z.number().int(),
  channels: z.array(Channel),
  feeVnd: z.number().int().nullable(),
  unverified: z.boolean(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureList = z.object({ on: z.string(), items: z.array(ProcedureSummary) });
export type ProcedureList = z.infer<typeof ProcedureList>;

export const ProcedureCodeParams = z.object({ code: z.string().min(1).max(60) });

export const ProcedureDetail = ProcedureVersion.extend({
  code: z.string(),
  nationalCode: z.string().nullable(),
  field: ProcedureField,
  /** Every version's dates, so a reader sees what changed when. */
  history: z.array(
    z.object({ version: z.number().int(), effectiveFrom: z.string(), effectiveTo: z.string().nullable() }),
  ),
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const AppointmentQuery = z.object({
  /** When the dossier would be received; default now. */
  at: z
    .string()
    .datetime({ offset: true, message: bilingual('Thời điểm phải theo ISO 8601.', 'The time must be ISO 8601.') })
    .optional(),
});

/** The appointment (ngày hẹn trả) each case would get for a dossier received at `receivedAt`. */
export const Appointments = z.object({
  code: z.string(),
  version: z.number().int(),
  receivedAt: z.string(),
  items: z.array(
    z.object({
      caseKey: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      limit: TimeLimit,
      /** Paper dossier (desk or post): the 15:00 cut-off applies. */
      dueAt: z.string(),
      /** Online dossier (electronic hand-over, no cut-off); null when the procedure is not online. */
      onlineDueAt: z.string().nullable(),
    }),
  ),
});
export type Appointments = z.infer<typeof Appointments>;
