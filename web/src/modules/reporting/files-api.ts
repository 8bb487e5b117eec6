import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Confirmation,
  PlausibilityWarning,
  ReportTypeId,
  ReportValues,
  WorkbookFill,
} from '../../../../src/modules/reporting/contract';
import { CSRF_HEADER } from '../../../../src/platform/auth/contract';
import { ApiError, type FieldMessage, withQuery } from '../../app/api';
import { csrfToken, type ImportProblem, ImportRejected, type Report, URLS } from './queries';

/**
 * The calls whose error bodies carry more than the JSON client keeps: the one-report workbook read
 * into the form (problems by cell) and the Board's edit of an accepted report (the plausibility
 * warnings to confirm).
 */

/** A Board edit refused for unconfirmed plausibility warnings (422): the warnings, to confirm. */
export class PlausibilityRejected extends ApiError {
  readonly warnings: PlausibilityWarning[];
  constructor(
    message: string,
    messageEn: string,
    fields: Record<string, FieldMessage>,
    warnings: PlausibilityWarning[],
  ) {
    super(422, 'UNPROCESSABLE', message, messageEn, fields);
    this.warnings = warnings;
  }
}

type ErrorBody = {
  error?: {
    code: string;
    message: string;
    messageEn: string;
    fields?: Record<string, FieldMessage>;
    problems?: ImportProblem[];
    warnings?: PlausibilityWarning[];
  };
};

async function send<T>(method: 'POST' | 'PATCH', url: string, body: BodyInit, type: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': type };
  const csrf = csrfToken();
  if (csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
      'Cannot reach the server. Check the network and try again.',
    );
  }
  const parsed = (await response.json().catch(() => null)) as (T & ErrorBody) | null;
  if (response.ok && parsed) return parsed;
  const e = parsed?.error;
  if (e?.problems) throw new ImportRejected(response.status, e.message, e.messageEn, e.problems);
  if (e?.warnings) throw new PlausibilityRejected(e.message, e.messageEn, e.fields ?? {}, e.warnings);
  throw new ApiError(
    response.status,
    e?.code ?? `HTTP_${response.status}`,
    e?.message ?? `Máy chủ trả lời lỗi ${response.status}.`,
    e?.messageEn ?? `The server answered with error ${response.status}.`,
    e?.fields,
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads a filled one-report template; nothing is written on the server. */
export function useFillFromWorkbook() {
  return useMutation({
    mutationFn: ({ file, ...q }: { file: File; typeId: ReportTypeId; period: string; projectId: string }) =>
      send<WorkbookFill>('POST', withQuery(URLS.fill, q), file, XLSX),
  });
}

export type BoardEditBody = {
  updatedAt: string;
  values: ReportValues;
  reason: string;
  confirmations: Confirmation[];
};

/** The Board's edit of an accepted report (reason required; the submit's checks apply). */
export function useBoardEdit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BoardEditBody }) =>
      send<Report>('PATCH', URLS.report(id), JSON.stringify(body), 'application/json'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reporting'] }),
  });
}
