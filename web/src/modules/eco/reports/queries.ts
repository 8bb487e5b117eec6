import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EcoReportSummary, EcoReportView } from '../../../../../src/modules/eco/reports/contract';
import { api, withQuery } from '../../../app/api';

export type { EcoReportSummary, EcoReportView };
export type EcoReportFilter = { form?: string; year?: number; status?: string; parkId?: string; enterpriseId?: string };

export function useEcoReports(filter: EcoReportFilter) {
  return useQuery({
    queryKey: ['eco', 'reports', filter],
    queryFn: ({ signal }) => api.get<{ items: EcoReportSummary[] }>(withQuery('/api/eco/reports', filter), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEcoReport(id: string | undefined) {
  return useQuery({
    queryKey: ['eco', 'report', id],
    queryFn: ({ signal }) => api.get<EcoReportView>(`/api/eco/reports/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Each step returns the report as it is now; the lists are refreshed too. */
function useReportWrite<B>(send: (body: B) => Promise<EcoReportView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      client.setQueryData(['eco', 'report', view.id], view);
      return client.invalidateQueries({ queryKey: ['eco', 'reports'] });
    },
  });
}

export const useCreateEcoReport = () =>
  useReportWrite((body: { form: string; year: number; parkId: string }) =>
    api.post<EcoReportView>('/api/eco/reports', body),
  );
export const useSaveEcoReport = (id: string) =>
  useReportWrite((body: { values: Record<string, unknown>; updatedAt: string }) =>
    api.put<EcoReportView>(`/api/eco/reports/${id}`, body),
  );
export const useEcoReportStep = (id: string) =>
  useReportWrite(({ step, ...body }: { step: 'submit' | 'accept' | 'revision'; updatedAt: string; reason?: string }) =>
    api.post<EcoReportView>(`/api/eco/reports/${id}/${step}`, body),
  );
