import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Briefing,
  Choropleth,
  Dashboard,
  DrillResult,
  ParkOptions,
  SetOptions,
  Trends,
} from '../../../../src/modules/insights/contract';
import { api, withQuery } from '../../app/api';

// Live statistics: no caching beyond the visit's few seconds, so an accepted report shows on the next look.
const LIVE = { staleTime: 10_000 };

export function useBriefingSets() {
  return useQuery({
    queryKey: ['insights', 'sets'],
    queryFn: ({ signal }) => api.get<z.infer<typeof SetOptions>>('/api/insights/briefing-sets', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useBriefing(set: string | null, period: string) {
  return useQuery({
    queryKey: ['insights', 'briefing', set, period],
    enabled: set !== null,
    queryFn: ({ signal }) => api.get<Briefing>(withQuery('/api/insights/briefing', { set, period }), { signal }),
    ...LIVE,
  });
}

export function useDashboard(period: string, province: string | null, park: string | null) {
  return useQuery({
    queryKey: ['insights', 'dashboard', period, province, park],
    queryFn: ({ signal }) =>
      api.get<Dashboard>(withQuery('/api/insights/dashboard', { period, province, park }), { signal }),
    ...LIVE,
  });
}

/** The parks whose dashboard the caller may open (a developer's own; a Board's or a named province's). */
export function useParkOptions(province: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['insights', 'parks', province],
    enabled,
    queryFn: ({ signal }) => api.get<ParkOptions>(withQuery('/api/insights/dashboard/parks', { province }), { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Trends are read apart: one read of the facts per year, so the key figures do not wait for them. */
export function useTrends(period: string, province: string | null, park: string | null) {
  return useQuery({
    queryKey: ['insights', 'trends', period, province, park],
    queryFn: ({ signal }) =>
      api.get<Trends>(withQuery('/api/insights/dashboard/trends', { period, province, park }), { signal }),
    staleTime: 60_000,
  });
}

export function useChoropleth(period: string, indicator: string, enabled: boolean) {
  return useQuery({
    queryKey: ['insights', 'choropleth', period, indicator],
    enabled,
    queryFn: ({ signal }) =>
      api.get<Choropleth>(withQuery('/api/insights/choropleth', { period, indicator }), { signal }),
    ...LIVE,
  });
}

/** The records behind a figure: `source` is the briefing or dashboard URL with its query. */
export function useDrill(url: string | null) {
  return useQuery({
    queryKey: ['insights', 'drill', url],
    enabled: url !== null,
    queryFn: ({ signal }) => api.get<DrillResult>(url!, { signal }),
    ...LIVE,
  });
}
