import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { KpiReport } from '../../../../src/modules/onestop/kpi/contract';
import type { PublicDossier } from '../../../../src/modules/onestop/tracking/contract';
import { api, withQuery } from '../../app/api';

/** Public tracking by exact code (no sign-in). */
export function useTrackedDossier(code: string | undefined) {
  return useQuery({
    queryKey: ['public', 'dossier', code],
    queryFn: ({ signal }) => api.get<PublicDossier>(`/api/public/dossiers/${encodeURIComponent(code!)}`, { signal }),
    enabled: !!code,
    retry: false,
    staleTime: 30_000,
  });
}

export type KpiFilters = { from: string; to: string; groupBy: KpiReport['groupBy']; province?: string };

export const kpiQueryString = (f: KpiFilters) =>
  withQuery('', { from: f.from, to: f.to, groupBy: f.groupBy, province: f.province });

export function useKpis(f: KpiFilters) {
  return useQuery({
    queryKey: ['onestop', 'kpis', f],
    queryFn: ({ signal }) => api.get<KpiReport>(`/api/onestop/kpis${kpiQueryString(f)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
