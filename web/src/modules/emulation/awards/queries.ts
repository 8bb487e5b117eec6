import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AwardsView,
  EligibilityView,
  RegisterList,
  UnitHistory,
} from '../../../../../src/modules/emulation/awards/contract';
import type { ScoringView } from '../../../../../src/modules/emulation/scoring/contract';
import { api, withQuery } from '../../../app/api';
import { EMULATION_KEY } from '../queries';

export function useScoring(blockId: string, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'scoring', blockId, year],
    queryFn: ({ signal }) => api.get<ScoringView>(`/api/emulation/blocks/${blockId}/years/${year}/scoring`, { signal }),
  });
}

export function useBlockAwards(blockId: string, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'awards', blockId, year],
    queryFn: ({ signal }) => api.get<AwardsView>(`/api/emulation/blocks/${blockId}/years/${year}/awards`, { signal }),
  });
}

export function useUnitHistory(unitId: string | undefined, year?: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'unit-history', unitId, year],
    queryFn: ({ signal }) =>
      api.get<UnitHistory>(withQuery(`/api/emulation/units/${unitId}/history`, { year }), { signal }),
    enabled: !!unitId,
  });
}

export function useRegister(query: { year?: number; titleKey?: string }) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'register', query.year, query.titleKey],
    queryFn: ({ signal }) => api.get<RegisterList>(withQuery('/api/emulation/register', query), { signal }),
  });
}

/** The eligibility the proposal form shows before anyone signs. */
export function useEligibility(q: {
  titleKey?: string;
  year: number;
  unitId?: string;
  personId?: string;
  on?: string;
}) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'eligibility', q.titleKey, q.year, q.unitId, q.personId, q.on],
    queryFn: ({ signal }) => api.get<EligibilityView>(withQuery('/api/emulation/eligibility', q), { signal }),
    enabled: !!q.titleKey && (!!q.unitId || !!q.personId),
  });
}

/** A write of scoring or awards; everything emulation is read again afterwards. */
export function useAwardWrite<B, R = unknown>(method: 'post' | 'put', path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api[method]<R>(path, body),
    onSuccess: () => client.invalidateQueries({ queryKey: EMULATION_KEY }),
  });
}
