import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CertificateEventBody,
  CreateEnterpriseBody,
  CreateExchangeRateBody,
  CreateInvestorBody,
  CreateProjectBody,
  Enterprise,
  EnterprisePage,
  ExchangeRate,
  Investor,
  InvestorPage,
  ProjectDetail,
  ProjectPage,
  UpdateEnterpriseBody,
  UpdateEnterpriseContactBody,
  UpdateInvestorBody,
} from '../../../../src/modules/investment/contract';
import type {
  OriginPreview,
  OriginPreviewBody,
  RealisedCapitalBody,
  RealisedCapitalList,
  RecordAuditPage,
  UpdateProjectBody,
} from '../../../../src/modules/investment/contract-records';
import type { CountryList } from '../../../../src/modules/reference/contract';
import type { ParkDetail, ParkList, ZoneDetail, ZoneList } from '../../../../src/modules/zones/contract';
import { api, withQuery } from '../../app/api';

/** Query strings as the list pages keep them in the URL (and send to the API unchanged). */
export type QueryParams = Record<string, string | undefined>;

const REGISTRY = ['registry'] as const;
const key = (...parts: unknown[]) => [...REGISTRY, ...parts];

export function useProjects(params: QueryParams) {
  return useQuery({
    queryKey: key('projects', params),
    queryFn: ({ signal }) => api.get<ProjectPage>(withQuery('/api/projects', params), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string, asOf?: string) {
  return useQuery({
    queryKey: key('project', id, asOf ?? null),
    queryFn: ({ signal }) => api.get<ProjectDetail>(withQuery(`/api/projects/${id}`, { asOf }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRealisedCapital(id: string) {
  return useQuery({
    queryKey: key('project', id, 'realised'),
    queryFn: ({ signal }) => api.get<RealisedCapitalList>(`/api/projects/${id}/realised-capital`, { signal }),
  });
}

export type TrailKind = 'projects' | 'enterprises' | 'investors';
export function useTrail(kind: TrailKind, id: string, page: number) {
  return useQuery({
    queryKey: key('trail', kind, id, page),
    queryFn: ({ signal }) =>
      api.get<RecordAuditPage>(withQuery(`/api/${kind}/${id}/audit`, { page, pageSize: 20 }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprises(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: key('enterprises', params),
    queryFn: ({ signal }) => api.get<EnterprisePage>(withQuery('/api/enterprises', params), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterprise(id: string | null | undefined) {
  return useQuery({
    queryKey: key('enterprise', id),
    queryFn: ({ signal }) => api.get<Enterprise>(`/api/enterprises/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

export function useInvestors(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: key('investors', params),
    queryFn: ({ signal }) => api.get<InvestorPage>(withQuery('/api/investors', params), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInvestor(id: string) {
  return useQuery({
    queryKey: key('investor', id),
    queryFn: ({ signal }) => api.get<Investor>(`/api/investors/${id}`, { signal }),
  });
}

export function useExchangeRates(params: QueryParams) {
  return useQuery({
    queryKey: key('rates', params),
    queryFn: ({ signal }) => api.get<{ items: ExchangeRate[] }>(withQuery('/api/exchange-rates', params), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The State Bank rate in force on a day (404 when none was entered: null here). */
export function useRateOn(from: string, to: string, date: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: key('rate-on', from, to, date),
    queryFn: ({ signal }) =>
      api.get<ExchangeRate>(withQuery('/api/exchange-rates/on', { from, to, date }), { signal }).catch((e: unknown) => {
        if ((e as { status?: number }).status === 404) return null;
        throw e;
      }),
    enabled: enabled && Boolean(date),
  });
}

// ——— The zone registry and reference lists, read for names and pickers ———

export function useParks(params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: key('parks', params),
    queryFn: ({ signal }) => api.get<ParkList>(withQuery('/api/parks', { pageSize: '20', ...params }), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePark(id: string | null | undefined) {
  return useQuery({
    queryKey: key('park', id),
    queryFn: ({ signal }) => api.get<ParkDetail>(`/api/parks/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useZones() {
  return useQuery({
    queryKey: key('zones'),
    queryFn: ({ signal }) => api.get<ZoneList>('/api/zones', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useZone(id: string | null | undefined) {
  return useQuery({
    queryKey: key('zone', id),
    queryFn: ({ signal }) => api.get<ZoneDetail>(`/api/zones/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useCountries() {
  return useQuery({
    queryKey: ['public', 'countries'],
    queryFn: ({ signal }) => api.get<z.infer<typeof CountryList>>('/api/reference/countries', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const previewOrigin = (body: OriginPreviewBody, signal?: AbortSignal) =>
  api.post<OriginPreview>('/api/projects/origin', body, { signal });

// ——— Writes: each refreshes every registry query (lists, details, trails) ———

function useWrite<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: REGISTRY }) });
}

export function useRegistryMutations() {
  return {
    createProject: useWrite((b: z.input<typeof CreateProjectBody>) => api.post<ProjectDetail>('/api/projects', b)),
    updateProject: useWrite(({ id, body }: { id: string; body: z.input<typeof UpdateProjectBody> }) =>
      api.patch<ProjectDetail>(`/api/projects/${id}`, body),
    ),
    recordEvent: useWrite(({ id, body }: { id: string; body: z.input<typeof CertificateEventBody> }) =>
      api.post<ProjectDetail>(`/api/projects/${id}/events`, body),
    ),
    recordRealised: useWrite(({ id, body }: { id: string; body: z.input<typeof RealisedCapitalBody> }) =>
      api.post<RealisedCapitalList>(`/api/projects/${id}/realised-capital`, body),
    ),
    removeRealised: useWrite(({ id, period }: { id: string; period: string }) =>
      api.delete<RealisedCapitalList>(`/api/projects/${id}/realised-capital/${encodeURIComponent(period)}`),
    ),
    createEnterprise: useWrite((b: z.input<typeof CreateEnterpriseBody>) =>
      api.post<Enterprise>('/api/enterprises', b),
    ),
    updateEnterprise: useWrite(({ id, body }: { id: string; body: z.input<typeof UpdateEnterpriseBody> }) =>
      api.patch<Enterprise>(`/api/enterprises/${id}`, body),
    ),
    updateEnterpriseContact: useWrite(
      ({ id, body }: { id: string; body: z.input<typeof UpdateEnterpriseContactBody> }) =>
        api.patch<Enterprise>(`/api/enterprises/${id}/contact`, body),
    ),
    createInvestor: useWrite((b: z.input<typeof CreateInvestorBody>) => api.post<Investor>('/api/investors', b)),
    updateInvestor: useWrite(({ id, body }: { id: string; body: z.input<typeof UpdateInvestorBody> }) =>
      api.patch<Investor>(`/api/investors/${id}`, body),
    ),
    addRate: useWrite((b: z.input<typeof CreateExchangeRateBody>) => api.post<ExchangeRate>('/api/exchange-rates', b)),
  };
}
