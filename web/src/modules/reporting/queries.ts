import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CheckResult,
  CompletenessView,
  MissingList,
  PeriodList,
  ReopenBody,
  ReopeningList,
  ReportEventList,
  ReportPage,
  ReportTypeId,
  ReportTypeList,
  ReportValues,
  ReportView,
  RequestRevisionBody,
  SubmitReportBody,
} from '../../../../src/modules/reporting/contract';
import { api, withQuery } from '../../app/api';

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
