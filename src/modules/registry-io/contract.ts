/**
 * Excel in and out of the registry: template downloads, all-or-nothing imports run as jobs with
 * progress, and the problems of a rejected file (sheet, row, column, Vietnamese and English
 * reason). Shared with the web app: no I/O here.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

export const IMPORT_KINDS = ['zones', 'parks', 'enterprises', 'investors', 'projects', 'certificate-events'] as const;
export const ImportKind = z.enum(IMPORT_KINDS, {
  error: bilingual(
    `Loại dữ liệu nhập phải là một trong: ${IMPORT_KINDS.join(', ')}.`,
    `The import kind must be one of: ${IMPORT_KINDS.join(', ')}.`,
  ),
});
export type ImportKind = z.infer<typeof ImportKind>;

export const IMPORT_KIND_LABELS: Record<ImportKind, { vi: string; en: string }> = {
  zones: { vi: 'Khu kinh tế (KKT)', en: 'Economic zones' },
  parks: { vi: 'Khu công nghiệp (KCN)', en: 'Industrial parks' },
  enterprises: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  investors: { vi: 'Nhà đầu tư', en: 'Investors' },
  projects: { vi: 'Dự án và GCNĐKĐT cấp mới', en: 'Projects with their certificate issue' },
  'certificate-events': {
    vi: 'Điều chỉnh, cấp lại, thu hồi, chấm dứt GCNĐKĐT',
    en: 'Certificate adjustments, re-issues, revocations, terminations',
  },
};

export const ImportKindParams = z.object({ kind: ImportKind });

export const ImportUploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .max(255, bilingual('Tên tệp tối đa 255 ký tự.', 'A file name has at most 255 characters.'))
    .optional()
    .describe('the name of the uploaded file, kept with the job and in the audit log'),
});

export const JobIdParams = z.object({
  id: z.string().uuid(bilingual('Mã lượt nhập không hợp lệ.', 'Invalid job id.')),
});

/** One thing wrong with the file: where (sheet, row, column) and why. */
export const ImportProblem = z.object({
  sheet: z.string(),
  row: z.number().int().nullable().describe('the row number Excel shows; null for the whole file'),
  column: z.string().nullable().describe('column letter (A, B, …); null for the whole row'),
  header: z.string().nullable().describe('the column’s Vietnamese header'),
  headerEn: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const IMPORT_PHASES = ['queued', 'reading', 'checking', 'writing', 'done'] as const;
export const ImportPhase = z.enum(IMPORT_PHASES);
export type ImportPhase = z.infer<typeof ImportPhase>;

export const ImportStatus = z.enum(['running', 'succeeded', 'rejected', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** How many problems a job answer carries; the whole list is in the errors workbook. */
export const PROBLEMS_SHOWN = 1000;

export const ImportJob = z.object({
  id: z.string().uuid(),
  kind: ImportKind,
  fileName: z.string().nullable(),
  status: ImportStatus.describe('rejected: the file has problems and nothing was written'),
  phase: ImportPhase,
  total: z.number().int().describe('data rows in the file (main sheet)'),
  done: z.number().int().describe('rows through the current phase'),
  created: z.number().int().nullable().describe('records written, once succeeded'),
  rowsWithProblems: z.number().int(),
  problemsTotal: z.number().int(),
  problems: z.array(ImportProblem).describe(`the first ${PROBLEMS_SHOWN} problems`),
  message: z.object({ vi: z.string(), en: z.string() }).nullable(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime().nullable(),
  rowsPerSecond: z.number().nullable().describe('rows written per second, once succeeded'),
});
export type ImportJob = z.infer<typeof ImportJob>;
