import type { Actor } from '../../platform/auth/actor';
import type { FormCode } from './contract';
import { dropKeptForms } from './kept-forms';
import { submissionChanges } from './use-cases/changes';
import type { StatisticsDeps } from './use-cases/form-scope';
import { overview } from './use-cases/overview';
import {
  catalogue,
  computeForm,
  computeFormPage,
  drillCell,
  drillFile,
  formFile,
  type ScopeQuery,
} from './use-cases/read-forms';
import { getSubmission, history, prepare, statusList, submissionFile, transition } from './use-cases/submissions';

/**
 * The national forms (Biểu 2101–2116.H.QLKKT) as a read model over the registry and the accepted
 * reports: computed live for a Board's province or the country, every cell opening to its
 * records, exported as .xlsx and .docx; and a Board's workflow that freezes a computed form,
 * sends it to the ministry and compares it later with the live figures. The form definitions
 * come in as a dependency (`FORMS` in the app).
 */
export function createStatisticsService(deps: StatisticsDeps) {
  return {
    catalogue: (actor: Actor) => catalogue(deps, actor),
    computeForm: (actor: Actor, code: FormCode, query: ScopeQuery) => computeForm(deps, actor, code, query),
    computeFormPage: (actor: Actor, code: FormCode, query: ScopeQuery & { page: number; pageSize: number }) =>
      computeFormPage(deps, actor, code, query),
    /** Forms kept by an earlier version of the product may be computed differently. */
    dropKeptForms: () => dropKeptForms(deps.db),
    drill: (actor: Actor, code: FormCode, query: ScopeQuery & { cell: string; page: number; pageSize: number }) =>
      drillCell(deps, actor, code, query),
    drillFile: (actor: Actor, code: FormCode, query: ScopeQuery & { cell: string }) =>
      drillFile(deps, actor, code, query),
    formFile: (actor: Actor, code: FormCode, query: ScopeQuery, kind: 'xlsx' | 'docx') =>
      formFile(deps, actor, code, query, kind),

    statusList: (actor: Actor, query: ScopeQuery) => statusList(deps, actor, query),
    history: (actor: Actor, code: FormCode, query: ScopeQuery) => history(deps, actor, code, query),
    prepare: (actor: Actor, code: FormCode, body: { period: string }) => prepare(deps, actor, code, body),
    submit: (actor: Actor, id: string) => transition(deps, actor, id, 'submit', null),
    approve: (actor: Actor, id: string) => transition(deps, actor, id, 'approve', null),
    returnForRevision: (actor: Actor, id: string, reason: string) => transition(deps, actor, id, 'return', reason),
    accept: (actor: Actor, id: string) => transition(deps, actor, id, 'accept', null),
    requestRevision: (actor: Actor, id: string, reason: string) =>
      transition(deps, actor, id, 'request_revision', reason),
    getSubmission: (actor: Actor, id: string) => getSubmission(deps, actor, id),
    submissionFile: (actor: Actor, id: string, kind: 'xlsx' | 'docx') => submissionFile(deps, actor, id, kind),
    changes: (actor: Actor, id: string) => submissionChanges(deps, actor, id),
    overview: (actor: Actor, query: { period: string }) => overview(deps, actor, query),
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
