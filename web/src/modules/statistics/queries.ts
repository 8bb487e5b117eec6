import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DrillResult, FormCode, FormTable } from '../../../../src/modules/statistics/contract';
import type {
  FormCatalogue,
  FormStatusList,
  Overview,
  SubmissionChanges,
  SubmissionDetail,
  SubmissionHistory,
  WorkflowAction,
} from '../../../../src/modules/statistics/contract-workflow';
import { api, withQuery } from '../../app/api';

/** Period and scope as the page keeps them in its address; province absent = own province or the country. */
export type Scope = { period: string; province?: string | undefined };

const key = (...parts: unknown[]) => ['statistics', ...parts];
const FORMS = '/api/statistics/forms';

export function useCatalogue() {
  return useQuery({
    queryKey: key('catalogue'),
    queryFn: ({ signal }) => api.get<typeof FormCatalogue._output>(FORMS, { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useStatusList(scope: Scope) {
  return useQuery({
    queryKey: key('status', scope),
    queryFn: ({ signal }) => api.get<FormStatusList>(withQuery('/api/statistics/submissions', scope), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Rows per page of a list form on screen (the server keeps them in chunks of this size). */
export const FORM_PAGE_SIZE = 100;

/** A page of the form: its list sections a hundred rows at a time, every total row whole. */
export function useFormTable(code: FormCode | null, scope: Scope, page: number) {
  return useQuery({
    queryKey: key('form', code, scope, page),
    queryFn: ({ signal }) =>
      api.get<FormTable>(withQuery(`${FORMS}/${code}`, { ...scope, page, pageSize: FORM_PAGE_SIZE }), { signal }),
    enabled: code !== null,
    placeholderData: keepPreviousData,
  });
}

export function useDrill(code: FormCode, scope: Scope, cell: string | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: key('drill', code, scope, cell, page, pageSize),
    queryFn: ({ signal }) =>
      api.get<DrillResult>(withQuery(`${FORMS}/${code}/drill`, { ...scope, cell, page, pageSize }), { signal }),
    enabled: cell !== null,
    placeholderData: keepPreviousData,
  });
}

export function useHistory(code: FormCode | null, scope: Scope, enabled: boolean) {
  return useQuery({
    queryKey: key('history', code, scope),
    queryFn: ({ signal }) => api.get<SubmissionHistory>(withQuery(`${FORMS}/${code}/submissions`, scope), { signal }),
    enabled: enabled && code !== null,
  });
}

export function useChanges(id: string | null) {
  return useQuery({
    queryKey: key('changes', id),
    queryFn: ({ signal }) => api.get<SubmissionChanges>(`/api/statistics/submissions/${id}/changes`, { signal }),
    enabled: id !== null,
  });
}

export function useOverview(period: string, enabled: boolean) {
  return useQuery({
    queryKey: key('overview', period),
    queryFn: ({ signal }) => api.get<Overview>(withQuery('/api/statistics/overview', { period }), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

const STEP_PATH: Record<Exclude<WorkflowAction, 'prepare'>, string> = {
  submit: 'submit',
  approve: 'approve',
  return: 'return',
  accept: 'accept',
  request_revision: 'request-revision',
};

export type StepInput =
  | { action: 'prepare'; code: FormCode; period: string }
  | { action: Exclude<WorkflowAction, 'prepare'>; id: string; reason?: string };

/** One workflow step; afterwards the list, the history and the overview are read again. */
export function useWorkflowStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StepInput) =>
      input.action === 'prepare'
        ? api.post<SubmissionDetail>(`${FORMS}/${input.code}/submissions`, { period: input.period })
        : api.post<SubmissionDetail>(
            `/api/statistics/submissions/${input.id}/${STEP_PATH[input.action]}`,
            input.reason === undefined ? {} : { reason: input.reason },
          ),
    onSuccess: () =>
      Promise.all(
        ['status', 'history', 'overview', 'changes'].map((k) => client.invalidateQueries({ queryKey: key(k) })),
      ),
  });
}

/** The plain links of the downloads (the browser sends the session cookie). */
export const formFileUrl = (code: FormCode, scope: Scope, kind: 'xlsx' | 'docx') =>
  withQuery(`${FORMS}/${code}.${kind}`, scope);
export const drillFileUrl = (code: FormCode, scope: Scope, cell: string) =>
  withQuery(`${FORMS}/${code}/drill.xlsx`, { ...scope, cell });
export const submissionFileUrl = (id: string, kind: 'xlsx' | 'docx') =>
  `/api/statistics/submissions/${id}/file.${kind}`;
