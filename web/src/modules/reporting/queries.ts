import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CheckResult,
  CompletenessView,
  MissingList,
  PeriodList,
  ReopenBody,
  ReopeningList,
  ReportEventList,
  ReportImportProblem,
  ReportImportResult,
  ReportPage,
  ReportTypeId,
  ReportTypeList,
  ReportValues,
  ReportView,
  RequestRevisionBody,
  SubmitReportBody,
} from '../../../../src/modules/reporting/contract';
import { CSRF_COOKIE, CSRF_HEADER } from '../../../../src/platform/auth/contract';
import { ApiError, api, type FieldMessage, withQuery } from '../../app/api';

/** Query strings as the pages keep them in the URL and send them to the API. */
export type Params = Record<string, string | number | undefined>;

/** Every endpoint of the reporting API in one place (src/modules/reporting/routes.ts). */
export const URLS = {
  types: '/api/reports/types',
  periods: '/api/reports/periods',
  reports: '/api/reports',
  report: (id: string) => `/api/reports/${id}`,
  events: (id: string) => `/api/reports/${id}/events`,
  check: (id: string) => `/api/reports/${id}/check`,
  submit: (id: string) => `/api/reports/${id}/submit`,
  accept: (id: string) => `/api/reports/${id}/accept`,
  revision: (id: string) => `/api/reports/${id}/request-revision`,
  reopenings: '/api/reports/reopenings',
  completeness: '/api/reports/completeness',
  missing: '/api/reports/missing',
  missingXlsx: '/api/reports/missing.xlsx',
  template: '/api/reports/template.xlsx',
  import: '/api/reports/import',
  reportsXlsx: '/api/reports.xlsx',
  pdf: (id: string) => `/api/reports/${id}.pdf`,
  fill: '/api/reports/fill-from-workbook',
} as const;

type Out<T extends z.ZodType> = z.infer<T>;
export type Report = Out<typeof ReportView>;
export type ReportList = Out<typeof ReportPage>;
export type Periods = Out<typeof PeriodList>;
export type Types = Out<typeof ReportTypeList>;
export type Events = Out<typeof ReportEventList>;
export type Check = Out<typeof CheckResult>;
export type Completeness = CompletenessView;
export type Missing = Out<typeof MissingList>;
export type Reopenings = Out<typeof ReopeningList>;
export type ImportResult = Out<typeof ReportImportResult>;
export type ImportProblem = Out<typeof ReportImportProblem>;

const ROOT = ['reporting'] as const;
const key = (...parts: unknown[]) => [...ROOT, ...parts];

export function useReportTypes() {
  return useQuery({
    queryKey: key('types'),
    queryFn: ({ signal }) => api.get<Types>(URLS.types, { signal }),
    staleTime: 60 * 60_000,
  });
}

export function usePeriods(typeId: ReportTypeId, year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: key('periods', typeId, year),
    queryFn: ({ signal }) => api.get<Periods>(withQuery(URLS.periods, { typeId, year }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Repeated keys (`status=a&status=b`) for the multi-select filters. */
export function listUrl(base: string, params: Params, multi: Record<string, readonly string[]> = {}): string {
  const url = withQuery(base, params);
  const extra = new URLSearchParams();
  for (const [k, values] of Object.entries(multi)) for (const v of values) extra.append(k, v);
  const tail = extra.toString();
  if (!tail) return url;
  return url.includes('?') ? `${url}&${tail}` : `${url}?${tail}`;
}

export function useReports(params: Params, multi: Record<string, readonly string[]> = {}, enabled = true) {
  const url = listUrl(URLS.reports, params, multi);
  return useQuery({
    queryKey: key('list', url),
    queryFn: ({ signal }) => api.get<ReportList>(url, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: key('report', id),
    queryFn: ({ signal }) => api.get<Report>(URLS.report(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useReportEvents(id: string | undefined) {
  return useQuery({
    queryKey: key('report', id, 'events'),
    queryFn: ({ signal }) => api.get<Events>(URLS.events(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useReopenings(params: Params, enabled = true) {
  return useQuery({
    queryKey: key('reopenings', params),
    queryFn: ({ signal }) => api.get<Reopenings>(withQuery(URLS.reopenings, params), { signal }),
    enabled,
  });
}

export function useCompleteness(params: Params, enabled = true) {
  return useQuery({
    queryKey: key('completeness', params),
    queryFn: ({ signal }) => api.get<Completeness>(withQuery(URLS.completeness, params), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMissing(params: Params, enabled = true) {
  return useQuery({
    queryKey: key('missing', params),
    queryFn: ({ signal }) => api.get<Missing>(withQuery(URLS.missing, params), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * For each period, the projects that must report and have not submitted (certificate valid during
 * the period, in the caller's scope): with the submitted reports, who had to report at all.
 */
export function useMissingOf(periods: readonly { typeId: ReportTypeId; period: string }[]) {
  return useQueries({
    queries: periods.map((p) => ({
      queryKey: key('missing', { typeId: p.typeId, period: p.period }),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Missing>(withQuery(URLS.missing, { typeId: p.typeId, period: p.period }), { signal }),
      staleTime: 30_000,
    })),
  });
}

export const checkReport = (id: string) => api.post<Check>(URLS.check(id), {});

/** Writes: each refreshes every reporting query (lists, the report, its lifecycle, completeness). */
function useWrite<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ROOT }) });
}

export function useReportMutations() {
  return {
    create: useWrite((b: { typeId: ReportTypeId; period: string; projectId: string; values: ReportValues }) =>
      api.post<Report>(URLS.reports, b),
    ),
    update: useWrite(
      ({ id, body }: { id: string; body: { updatedAt: string; values: ReportValues; reason?: string } }) =>
        api.patch<Report>(URLS.report(id), body),
    ),
    submit: useWrite(({ id, body }: { id: string; body: z.input<typeof SubmitReportBody> }) =>
      api.post<Report>(URLS.submit(id), body),
    ),
    accept: useWrite(({ id, updatedAt }: { id: string; updatedAt: string }) =>
      api.post<Report>(URLS.accept(id), { updatedAt }),
    ),
    requestRevision: useWrite(({ id, body }: { id: string; body: z.input<typeof RequestRevisionBody> }) =>
      api.post<Report>(URLS.revision(id), body),
    ),
    remove: useWrite((id: string) => api.delete<void>(URLS.report(id))),
    reopen: useWrite((b: ReopenBody) => api.post<unknown>(URLS.reopenings, b)),
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A rejected workbook: nothing was written; `problems` says where (sheet, row, column) and why. */
export class ImportRejected extends ApiError {
  readonly problems: ImportProblem[];
  constructor(status: number, message: string, messageEn: string, problems: ImportProblem[]) {
    super(status, 'UNPROCESSABLE', message, messageEn);
    this.problems = problems;
  }
}

export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

type ErrorBody = {
  error?: {
    code: string;
    message: string;
    messageEn: string;
    fields?: Record<string, FieldMessage>;
    problems?: ImportProblem[];
  };
};

/**
 * A filled template sent as the raw request body (the JSON client of app/api.ts sends JSON only);
 * all or nothing on the server: the rows written, or every problem.
 */
export async function importWorkbook(file: File, submit: boolean): Promise<ImportResult> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': XLSX };
  const csrf = csrfToken();
  if (csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await fetch(withQuery(URLS.import, { submit: String(submit) }), {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
      'Cannot reach the server. Check the network and try again.',
    );
  }
  const body = (await response.json().catch(() => null)) as (ImportResult & ErrorBody) | null;
  if (response.ok && body) return body;
  const e = body?.error;
  if (e?.problems) throw new ImportRejected(response.status, e.message, e.messageEn, e.problems);
  throw new ApiError(
    response.status,
    e?.code ?? `HTTP_${response.status}`,
    e?.message ?? `Máy chủ trả lời lỗi ${response.status}.`,
    e?.messageEn ?? `The server answered with error ${response.status}.`,
    e?.fields,
  );
}

export function useImportWorkbook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, submit }: { file: File; submit: boolean }) => importWorkbook(file, submit),
    onSuccess: () => client.invalidateQueries({ queryKey: ROOT }),
  });
}
