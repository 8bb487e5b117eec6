import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionOut,
  Deal,
  DealList,
  EnterpriseParks,
  ImpactSummary,
  Listing,
  ListingList,
  RecpList,
  RecpMeasure,
  ScorecardOut,
  SuggestionList,
} from '../../../../src/modules/eco/contract';
import type { WasteCodeList } from '../../../../src/modules/reference/contract';
import { api, withQuery } from '../../app/api';

type Out<T extends z.ZodType> = z.infer<T>;
export type ListingFilter = { side: 'offer' | 'need'; q?: string; code?: string; parkId?: string };

export function useListings(filter: ListingFilter) {
  return useQuery({
    queryKey: ['eco', 'listings', filter],
    queryFn: ({ signal }) => api.get<Out<typeof ListingList>>(withQuery('/api/eco/listings', filter), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSuggestions(id: string) {
  return useQuery({
    queryKey: ['eco', 'suggestions', id],
    queryFn: ({ signal }) => api.get<Out<typeof SuggestionList>>(`/api/eco/listings/${id}/suggestions`, { signal }),
  });
}

export function useDeals(parkId?: string) {
  return useQuery({
    queryKey: ['eco', 'deals', parkId ?? ''],
    queryFn: ({ signal }) => api.get<Out<typeof DealList>>(withQuery('/api/eco/deals', { parkId }), { signal }),
  });
}

export function useImpact() {
  return useQuery({
    queryKey: ['eco', 'impact'],
    queryFn: ({ signal }) => api.get<Out<typeof ImpactSummary>>('/api/eco/impact', { signal }),
  });
}

export function useRecp() {
  return useQuery({
    queryKey: ['eco', 'recp'],
    queryFn: ({ signal }) => api.get<Out<typeof RecpList>>('/api/eco/recp', { signal }),
  });
}

export function useScorecard(parkId: string | undefined, ruleSet: string, year: number) {
  return useQuery({
    queryKey: ['eco', 'scorecard', parkId, ruleSet, year],
    queryFn: ({ signal }) =>
      api.get<ScorecardOut>(withQuery(`/api/eco/parks/${parkId}/scorecard`, { ruleSet, year }), { signal }),
    enabled: Boolean(parkId),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseParks(enterpriseId: string | undefined) {
  return useQuery({
    queryKey: ['eco', 'enterprise-parks', enterpriseId],
    queryFn: ({ signal }) =>
      api.get<Out<typeof EnterpriseParks>>(withQuery('/api/eco/enterprise-parks', { enterpriseId }), { signal }),
    enabled: Boolean(enterpriseId),
  });
}

export function useWasteCodes(q: string) {
  return useQuery({
    queryKey: ['public', 'waste-codes', q],
    queryFn: ({ signal }) =>
      api.get<Out<typeof WasteCodeList>>(withQuery('/api/reference/waste-codes', { q }), { signal }),
    enabled: q.trim().length >= 2,
    staleTime: 60 * 60_000,
  });
}

/** Every write of the module refreshes what it may have changed (lists, suggestions, deals, scorecards). */
function useEcoWrite<B, R>(send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: ['eco'] }) });
}

export const useSaveListing = (id?: string) =>
  useEcoWrite((body: Record<string, unknown>) =>
    id ? api.put<Listing>(`/api/eco/listings/${id}`, body) : api.post<Listing>('/api/eco/listings', body),
  );
export const useListingStatus = () =>
  useEcoWrite(({ id, status }: { id: string; status: 'open' | 'closed' }) =>
    api.put<Listing>(`/api/eco/listings/${id}/status`, { status }),
  );
export const useCreateDeal = () =>
  useEcoWrite((body: { offerId: string; needId: string; note?: string }) => api.post<Deal>('/api/eco/deals', body));
export const useMoveDeal = () =>
  useEcoWrite(({ id, ...body }: { id: string; status: string; date: string; note: string }) =>
    api.post<Deal>(`/api/eco/deals/${id}/status`, body),
  );
export const useDealImpact = () =>
  useEcoWrite(({ id, ...body }: { id: string } & Record<string, unknown>) =>
    api.put<Deal>(`/api/eco/deals/${id}/impact`, body),
  );
export const useSaveRecp = () =>
  useEcoWrite((body: Record<string, unknown>) => api.post<RecpMeasure>('/api/eco/recp', body));
export const useDeclare = (parkId: string) =>
  useEcoWrite((body: { measure: string; year: number; value: boolean | number; evidence: string }) =>
    api.put<{ ok: true }>(`/api/eco/parks/${parkId}/declarations`, body),
  );
export const useAddAction = (parkId: string) =>
  useEcoWrite((body: Record<string, unknown>) => api.post<ActionOut>(`/api/eco/parks/${parkId}/actions`, body));
export const useUpdateAction = () =>
  useEcoWrite(({ id, ...body }: { id: string } & Record<string, unknown>) =>
    api.put<ActionOut>(`/api/eco/actions/${id}`, body),
  );
