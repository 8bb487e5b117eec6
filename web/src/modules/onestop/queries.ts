import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  Appointments,
  ProcedureDetail,
  ProcedureField,
  ProcedureList,
} from '../../../../src/modules/onestop/contract';
import { api, withQuery } from '../../app/api';

/** The public catalogue (no sign-in): searched on the server, accent-insensitive. */
export function useProcedures(q: string, field: ProcedureField | undefined) {
  return useQuery({
    queryKey: ['public', 'procedures', q, field],
    queryFn: ({ signal }) => api.get<ProcedureList>(withQuery('/api/public/procedures', { q, field }), { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}

export function useProcedure(code: string) {
  return useQuery({
    queryKey: ['public', 'procedure', code],
    queryFn: ({ signal }) => api.get<ProcedureDetail>(`/api/public/procedures/${encodeURIComponent(code)}`, { signal }),
    staleTime: 10 * 60_000,
  });
}

/** The appointment each case gets if submitted now, on the server's working calendar. */
export function useAppointments(code: string) {
  return useQuery({
    queryKey: ['public', 'procedure-appointments', code],
    queryFn: ({ signal }) =>
      api.get<Appointments>(`/api/public/procedures/${encodeURIComponent(code)}/appointments`, { signal }),
    staleTime: 60_000,
  });
}
