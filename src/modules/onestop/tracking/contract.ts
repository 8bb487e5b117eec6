/**
 * Public tracking of a dossier by its exact code (no sign-in): what the national portal shows
 * anyone holding the receipt slip — the procedure, the status and its national code, the dates
 * and whether it is on time. Nothing about the applicant, its documents or the officers.
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';

/** `<agency identifier>-YYMMDD-<4 digits>`; the identifier may hold letters, digits and dots. */
export const DOSSIER_CODE = /^[A-Za-z0-9][A-Za-z0-9.]{0,39}-\d{6}-\d{4}$/;

export const TrackingParams = z.object({
  code: z
    .string()
    .trim()
    .regex(
      DOSSIER_CODE,
      bilingual(
        'Mã hồ sơ có dạng <mã cơ quan>-YYMMDD-<4 chữ số>, ví dụ BQL24-261127-0001.',
        'A dossier code looks like <agency>-YYMMDD-<4 digits>, e.g. BQL24-261127-0001.',
      ),
    ),
});

export const PublicDossier = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), nationalCode: z.string().nullable(), name: z.string(), nameEn: z.string() }),
  agency: z.string(),
  channel: z.enum(['online', 'in_person', 'post']),
  status: z.object({
    state: z.string(),
    vi: z.string(),
    en: z.string(),
    /** National public-service portal status code 1–10. */
    portalCode: z.number().int(),
    portalVi: z.string(),
  }),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  /** The appointment in force (after a restart or the extension). */
  dueAt: z.string().nullable(),
  /** The appointment first written on the receipt slip. */
  originalDueAt: z.string().nullable(),
  extended: z.boolean(),
  paused: z.boolean(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  /**
   * Finished: early / on time / late against the appointment (by date). Open: on_time while the
   * appointment has not passed, late after. Null before receipt or once ended without a decision.
   */
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
});
export type PublicDossier = z.infer<typeof PublicDossier>;
