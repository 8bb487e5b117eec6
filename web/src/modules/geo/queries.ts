import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Edition, GroupList, Lineage, ProvinceList } from '../../../../src/modules/geo/contract';
import { api, withQuery } from '../../app/api';
import type { BoundaryCollection } from './geometry';

/** The day each edition is asked for: the 63 on the eve of the merger, the 34 today (server default). */
export const EDITION_DATE: Record<Edition, string | undefined> = { '63': '2025-06-30', '34': undefined };

// Geo data is public and changes rarely: keep it for the whole visit ("public" keys survive sign-out).
const FOREVER = { staleTime: Number.POSITIVE_INFINITY, gcTime: 60 * 60_000 };

export function useProvinces(edition: Edition) {
  return useQuery({
    queryKey: ['public', 'geo', 'provinces', edition],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof ProvinceList>>(withQuery('/api/geo/provinces', { date: EDITION_DATE[edition] }), {
        signal,
      }),
    ...FOREVER,
  });
}

export function useGroups(edition: Edition) {
  return useQuery({
    queryKey: ['public', 'geo', 'groups', edition],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof GroupList>>(withQuery('/api/geo/groups', { date: EDITION_DATE[edition] }), { signal }),
    ...FOREVER,
  });
}

export function useBoundaries(edition: Edition) {
  return useQuery({
    queryKey: ['public', 'geo', 'boundaries', edition],
    queryFn: ({ signal }) => api.get<BoundaryCollection>(`/api/geo/boundaries/${edition}`, { signal }),
    ...FOREVER,
  });
}

export function useLineage(id: string | null) {
  return useQuery({
    queryKey: ['public', 'geo', 'lineage', id],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof Lineage>>(`/api/geo/provinces/${encodeURIComponent(id ?? '')}/lineage`, { signal }),
    enabled: id !== null,
    ...FOREVER,
  });
}
