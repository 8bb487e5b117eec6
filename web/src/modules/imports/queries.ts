import { useMutation, useQuery } from '@tanstack/react-query';
import type { ImportJob, ImportKind } from '../../../../src/modules/registry-io/contract';
import { CSRF_COOKIE, CSRF_HEADER } from '../../../../src/platform/auth/contract';
import { ApiError, api, withQuery } from '../../app/api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateUrl = (kind: ImportKind) => `/api/imports/templates/${kind}.xlsx`;
export const problemsUrl = (jobId: string) => `/api/imports/jobs/${jobId}/errors.xlsx`;

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * The workbook goes up as the raw request body (the JSON client of app/api.ts sends JSON only);
 * errors come back in the server's usual shape.
 */
async function upload(kind: ImportKind, file: File): Promise<ImportJob> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': XLSX };
  const csrf = csrfToken();
  if (csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await fetch(withQuery(`/api/imports/${kind}`, { fileName: file.name }), {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
      'Cannot reach the server. Check the network and try again.',
    );
  }
  const body = (await response.json().catch(() => null)) as
    | ImportJob
    | { error?: { code: string; message: string; messageEn: string } }
    | null;
  if (response.ok) return body as ImportJob;
  const e = body && 'error' in body ? body.error : undefined;
  throw new ApiError(
    response.status,
    e?.code ?? `HTTP_${response.status}`,
    e?.message ?? `Máy chủ trả lời lỗi ${response.status}.`,
    e?.messageEn ?? `The server answered with error ${response.status}.`,
  );
}

export function useUpload() {
  return useMutation({ mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => upload(kind, file) });
}

/** A job, polled until it is done. */
export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: ['imports', 'job', id],
    queryFn: ({ signal }) => api.get<ImportJob>(`/api/imports/jobs/${id}`, { signal }),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.phase === 'done' || query.state.error ? false : 700),
    retry: false,
  });
}
