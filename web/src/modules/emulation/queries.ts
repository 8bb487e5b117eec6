import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BlockDetail, BlockKind, BlockList, UnitDetail } from '../../../../src/modules/emulation/contract';
import type { ConferenceList, MovementView, PactView } from '../../../../src/modules/emulation/contract-cycle';
import { api, withQuery } from '../../app/api';

export const EMULATION_KEY = ['emulation'] as const;

/** The blocks the reader may see, with the year's leader and deputy. */
export function useBlocks(year: number, kind: BlockKind | undefined) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'blocks', year, kind],
    queryFn: ({ signal }) => api.get<BlockList>(withQuery('/api/emulation/blocks', { year, kind }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBlock(id: string | undefined, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'block', id, year],
    queryFn: ({ signal }) => api.get<BlockDetail>(withQuery(`/api/emulation/blocks/${id}`, { year }), { signal }),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

export function usePact(id: string, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'pact', id, year],
    queryFn: ({ signal }) => api.get<PactView>(`/api/emulation/blocks/${id}/years/${year}/pact`, { signal }),
  });
}

export function useMovements(id: string) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'movements', id],
    queryFn: ({ signal }) =>
      api.get<{ items: MovementView[]; canManage: boolean }>(`/api/emulation/blocks/${id}/movements`, { signal }),
  });
}

export function useConferences(id: string | undefined) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'conferences', id],
    queryFn: ({ signal }) => api.get<ConferenceList>(`/api/emulation/blocks/${id}/conferences`, { signal }),
    enabled: !!id,
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'unit', id],
    queryFn: ({ signal }) => api.get<UnitDetail>(`/api/emulation/units/${id}`, { signal }),
    enabled: !!id,
  });
}

/** Any write of the module; everything emulation is read again afterwards. */
export function useEmulationWrite<B, R = unknown>(
  method: 'post' | 'put' | 'delete',
  path: (body: B) => string,
  /** False: the variable only builds the address (an action without a body). */
  send = method !== 'delete',
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api[method]<R>(path(body), send ? body : undefined),
    onSuccess: () => client.invalidateQueries({ queryKey: EMULATION_KEY }),
  });
}
