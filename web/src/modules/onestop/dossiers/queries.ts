import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DocumentOut,
  DossierDetail,
  DossierList,
  ReceiveAtDeskBody,
  SubmitOnlineBody,
  TransitionBody,
  UploadQuery,
} from '../../../../../src/modules/onestop/dossiers/contract';
import { CSRF_COOKIE, CSRF_HEADER } from '../../../../../src/platform/auth/contract';
import { ApiError, api, withQuery } from '../../../app/api';

const ROOT = ['dossiers'] as const;

export type ListParams = { mine?: 'true' | 'false'; unit?: string; status?: 'open' | 'all'; q?: string };

/** The reader's dossiers: an enterprise its own, a Board officer its queue (or the unit's, the Board's). */
export function useDossiers(params: ListParams) {
  return useQuery({
    queryKey: [...ROOT, 'list', params],
    queryFn: ({ signal }) => api.get<DossierList>(withQuery('/api/dossiers', params), { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: [...ROOT, 'one', id],
    queryFn: ({ signal }) => api.get<DossierDetail>(`/api/dossiers/${id}`, { signal }),
  });
}

export function useOfficers(enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'officers'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; displayName: string; role: string }[] }>('/api/dossiers/officers', { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

function useWrite<A, R>(fn: (a: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ROOT }) });
}

export function useDossierMutations() {
  return {
    submit: useWrite((b: z.input<typeof SubmitOnlineBody>) => api.post<DossierDetail>('/api/dossiers', b)),
    desk: useWrite((b: z.input<typeof ReceiveAtDeskBody>) => api.post<DossierDetail>('/api/dossiers/desk', b)),
    act: useWrite(({ id, body }: { id: string; body: z.input<typeof TransitionBody> }) =>
      api.post<DossierDetail>(`/api/dossiers/${id}/transitions`, body),
    ),
    upload: useWrite(({ id, file, meta }: { id: string; file: File; meta: Omit<UploadQuery, 'fileName'> }) =>
      uploadDocument(id, file, meta),
    ),
  };
}

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Sends the file as the raw body (the server reads its real format from the bytes). */
async function uploadDocument(id: string, file: File, meta: Omit<UploadQuery, 'fileName'>): Promise<DocumentOut> {
  const headers: Record<string, string> = { 'content-type': file.type || 'application/octet-stream' };
  const csrf = csrfToken();
  if (csrf) headers[CSRF_HEADER] = csrf;
  const url = withQuery(`/api/dossiers/${id}/documents`, { ...meta, fileName: file.name });
  const res = await fetch(url, { method: 'POST', body: file, headers, credentials: 'same-origin' });
  const body = (await res.json().catch(() => null)) as
    | (DocumentOut & { error?: { code: string; message: string; messageEn: string } })
    | null;
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? 'INTERNAL', e?.message ?? res.statusText, e?.messageEn ?? res.statusText);
  }
  return body as DocumentOut;
}
