import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProvinceList } from '../../../../src/modules/geo/contract';
import type { ProjectDetail, ProjectPage, ProjectProfile } from '../../../../src/modules/investment/contract';
import type {
  ParkDetail,
  ParkList,
  ParkPoints,
  TrailPage,
  ZoneDetail,
  ZoneList,
  ZonePoints,
} from '../../../../src/modules/zones/contract';
import { api, withQuery } from '../../app/api';

export type Query = Record<string, string | number | undefined>;

export const PARKS = ['parks'] as const;
export const ZONES = ['zones'] as const;

export function useParks(query: Query) {
  return useQuery({
    queryKey: [...PARKS, 'list', query],
    queryFn: ({ signal }) => api.get<ParkList>(withQuery('/api/parks', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePark(id: string, asOf: string | undefined) {
  return useQuery({
    queryKey: [...PARKS, 'detail', id, asOf ?? 'today'],
    queryFn: ({ signal }) => api.get<ParkDetail>(withQuery(`/api/parks/${id}`, { asOf }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useParkPoints(query: Query) {
  return useQuery({
    queryKey: [...PARKS, 'points', query],
    queryFn: ({ signal }) => api.get<ParkPoints>(withQuery('/api/parks/points', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useZonePoints(query: Query) {
  return useQuery({
    queryKey: [...ZONES, 'points', query],
    queryFn: ({ signal }) => api.get<ZonePoints>(withQuery('/api/zones/points', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useZones(query: Query = {}) {
  return useQuery({
    queryKey: [...ZONES, 'list', query],
    queryFn: ({ signal }) => api.get<ZoneList>(withQuery('/api/zones', query), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useZone(id: string, asOf: string | undefined) {
  return useQuery({
    queryKey: [...ZONES, 'detail', id, asOf ?? 'today'],
    queryFn: ({ signal }) => api.get<ZoneDetail>(withQuery(`/api/zones/${id}`, { asOf }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The trail of edits of a park or a zone. */
export function useTrail(kind: 'parks' | 'zones', id: string, page: number) {
  return useQuery({
    queryKey: [kind === 'parks' ? PARKS[0] : ZONES[0], 'trail', id, page],
    queryFn: ({ signal }) =>
      api.get<TrailPage>(withQuery(`/api/${kind}/${id}/audit`, { page, pageSize: 10 }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The provinces of the edition in force on `date` (34 from 2025-07-01, 63 before). */
export function useProvincesOn(date: string | undefined) {
  return useQuery({
    queryKey: ['public', 'geo', 'provinces-on', date ?? 'today'],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof ProvinceList>>(withQuery('/api/geo/provinces', { date }), { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The projects recorded in a park or a zone (the investment registry's list). */
export function usePlaceProjects(place: { parkId?: string; zoneId?: string }, asOf: string | undefined, page: number) {
  return useQuery({
    queryKey: ['projects', 'in-place', place, asOf ?? 'today', page],
    queryFn: ({ signal }) =>
      api.get<ProjectPage>(withQuery('/api/projects', { ...place, asOf, page, pageSize: 20, sort: 'name' }), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useProjectProfile(place: { parkId?: string; zoneId?: string }, asOf: string | undefined) {
  return useQuery({
    queryKey: ['projects', 'profile', place, asOf ?? 'today'],
    queryFn: ({ signal }) =>
      api.get<ProjectProfile>(withQuery('/api/projects/profile', { ...place, asOf }), { signal }),
    retry: false,
  });
}

/** Writes of the zone registry: each answers with the fresh detail, and every list is refreshed. */
export function useRegistryWrite<B, R>(method: 'post' | 'patch' | 'put', path: () => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api[method]<R>(path(), body),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: PARKS });
      client.invalidateQueries({ queryKey: ZONES });
    },
  });
}

/**
 * Infrastructure projects a park may be linked to, matching `q`: those of the park, and those of
 * its province not yet placed in a park (the server's rule), at most 20 of each.
 */
export function useInfrastructureCandidates(park: { id: string; provinceCode: string | null }, q: string) {
  return useQuery({
    queryKey: ['projects', 'infrastructure-candidates', park.id, park.provinceCode, q],
    queryFn: async ({ signal }) => {
      const list = (extra: Record<string, string | undefined>) =>
        api.get<ProjectPage>(
          withQuery('/api/projects', {
            type: 'infrastructure',
            q: q || undefined,
            pageSize: 20,
            sort: 'name',
            ...extra,
          }),
          { signal },
        );
      const [own, province] = await Promise.all([
        list({ parkId: park.id }),
        park.provinceCode ? list({ province: park.provinceCode }) : Promise.resolve(null),
      ]);
      const outside = (province?.items ?? []).filter((p) => p.parkId === null);
      return [...own.items, ...outside];
    },
    placeholderData: keepPreviousData,
  });
}

/** One project's detail (the park page's infrastructure project). */
export function useProjectDetail(id: string | null) {
  return useQuery({
    queryKey: ['projects', 'detail', id],
    queryFn: ({ signal }) => api.get<ProjectDetail>(`/api/projects/${id}`, { signal }),
    enabled: id !== null,
    retry: false,
  });
}
