import { useQuery } from '@tanstack/react-query';
import type {
  FestivalDetail,
  FestivalSummary,
  PublicFestival,
} from '../../../../src/modules/emulation/festivals/contract';
import { api } from '../../app/api';
import { EMULATION_KEY } from './queries';

export function useFestivals(blockId: string) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'festivals', blockId],
    queryFn: ({ signal }) =>
      api.get<{ items: FestivalSummary[]; canManage: boolean }>(`/api/emulation/blocks/${blockId}/festivals`, {
        signal,
      }),
  });
}

export function useFestival(id: string | undefined) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'festival', id],
    queryFn: ({ signal }) => api.get<FestivalDetail>(`/api/emulation/festivals/${id}`, { signal }),
    enabled: !!id,
  });
}

/** The public results (no sign-in). */
export function usePublicFestival(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'festival', id],
    queryFn: ({ signal }) => api.get<PublicFestival>(`/api/public/festivals/${id}`, { signal }),
    enabled: !!id,
  });
}
