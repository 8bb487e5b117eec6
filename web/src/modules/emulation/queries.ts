import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BlockKind, BlockList } from '../../../../src/modules/emulation/contract';
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
