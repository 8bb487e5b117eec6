import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { AppError, conflict, notFound } from '../../../kernel/errors';
import { periodCode, periodEnd, periodLabel } from '../../../kernel/period';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx, Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { FormCode, FormTable } from '../contract';
import type {
  FormStatusList,
  SubmissionDetail,
  SubmissionHistory,
  SubmissionStatus,
  SubmissionSummary,
  WorkflowAction,
} from '../contract-workflow';
import { reportCode } from '../exports/form-file';
import { formSubmissionEvents, formSubmissions } from '../schema';
import { canStart, preparesNewVersion } from '../workflow';
import {
  computeTable,
  definitionOf,
  formContext,
  formPeriod,
  formScope,
  provinceTarget,
  type StatisticsDeps,
  todayOf,
} from './form-scope';
import { catalogue, type ScopeQuery, tableFile } from './read-forms';
import {
  type AppliedWorkflow,
  allowedActions,
  roleOf,
  stepNotInWorkflow,
  workflowAt,
  workflowOfRow,
  workflowView,
} from './submissions-workflow';

type Row = typeof formSubmissions.$inferSelect;
type EventRow = typeof formSubmissionEvents.$inferSelect;

export function toSummary(deps: StatisticsDeps, actor: Actor, row: Row, latest: boolean): SubmissionSummary {
  const wf = workflowOfRow(deps, row);
  return {
    id: row.id,
    reportCode: reportCode(row.formCode, row.number),
    number: row.number,
    formCode: row.formCode as FormCode,
    period: row.period,
    provinceCode: row.provinceCode,
    version: row.version,
    status: row.status as SubmissionStatus,
    computedAt: row.computedAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    updatedAt: row.updatedAt.toISOString(),
    actions: allowedActions(actor, row, latest, wf),
    workflowId: wf.version.id,
  };
}

const toEvent = (e: EventRow) => ({
  at: e.at.toISOString(),
  action: e.action,
  fromStatus: (e.fromStatus as SubmissionStatus | null) ?? null,
  toStatus: e.toStatus as SubmissionStatus,
  actorName: e.actorName,
  actorRole: e.actorRole,
  reason: e.reason,
});

async function eventsOf(db: DbOrTx, ids: string[]): Promise<Map<string, EventRow[]>> {
  const byId = new Map<string, EventRow[]>();
  if (ids.length === 0) return byId;
  const rows = await db
    .select()
    .from(formSubmissionEvents)
    .where(inArray(formSubmissionEvents.submissionId, ids))
    .orderBy(desc(formSubmissionEvents.at), desc(formSubmissionEvents.id));
  for (const r of rows) byId.set(r.submissionId, [...(byId.get(r.submissionId) ?? []), r]);
  return byId;
}

async function latestVersion(db: DbOrTx, code: string, period: string, province: string): Promise<Row | null> {
  const [row] = await db
    .select()
    .from(formSubmissions)
    .where(
      and(
        eq(formSubmissions.formCode, code),
        eq(formSubmissions.period, period),
        eq(formSubmissions.provinceCode, province),
      ),
    )
    .orderBy(desc(formSubmissions.version))
    .limit(1);
  return row ?? null;
}

async function logEvent(
  tx: Tx,
  actor: Actor,
  row: Row,
  action: WorkflowAction,
  from: string | null,
  reason: string | null,
) {
  await tx.insert(formSubmissionEvents).values({
    id: randomUUID(),
    submissionId: row.id,
    action,
    fromStatus: from,
    toStatus: row.status,
    actorId: actor.kind === 'user' ? actor.id : null,
    actorName: actor.kind === 'user' ? actor.displayName : actor.kind === 'system' ? actor.label : null,
    actorRole: roleOf(actor),
    reason,
  });
  await recordAudit(tx, actor, {
    action: `form.${action}`,
    entityType: 'form_submission',
    entityId: row.id,
    before: from === null ? null : { status: from },
    after: {
      code: reportCode(row.formCode, row.number),
      period: row.period,
      version: row.version,
      status: row.status,
      reason,
    },
  });
}

const withEvents = (deps: StatisticsDeps, actor: Actor, row: Row, latest: boolean, events: EventRow[]) => ({
  ...toSummary(deps, actor, row, latest),
  events: events.map(toEvent),
  workflow: workflowView(workflowOfRow(deps, row)),
});

/**
 * The Board computes the form for its province and freezes it: a first version, a new version
 * after a revision request (the returned one stays), or a fresh computation of the current draft.
 * Only for a period that has ended. Who may prepare is the form's workflow's: a new version
 * follows the version in force today, a refreshed draft its own.
 */
export async function prepare(deps: StatisticsDeps, actor: Actor, code: FormCode, body: { period: string }) {
  authorize(actor, 'form:workflow');
  const today = workflowAt(deps, code, deps.clock());
  const scope = await formScope(deps, actor, undefined, 'form:workflow');
  if (scope.kind !== 'province') {
    authorize(actor, today.table.prepare!.policy, provinceTarget(null));
    throw conflict('Chỉ Ban Quản lý lập biểu gửi Bộ.', 'Only a Board prepares a form to send.');
  }
  authorize(actor, today.table.prepare!.policy, provinceTarget(scope.code));
  const period = formPeriod(deps, body.period);
  if (periodEnd(period) >= todayOf(deps)) {
    const vi = `${periodLabel(period)} chưa kết thúc: lập biểu gửi Bộ sau khi hết kỳ.`;
    const en = `${periodLabel(period, 'en')} has not ended: prepare the form once the period is over.`;
    throw new AppError('UNPROCESSABLE', vi, en, { 'body.period': { message: vi, messageEn: en } });
  }
  const def = definitionOf(deps, code);
  const id = await inTransaction(deps.db, async (tx) => {
    const latest = await latestVersion(tx, code, periodCode(period), scope.code);
    if (latest)
      await tx
        .select({ id: formSubmissions.id })
        .from(formSubmissions)
        .where(eq(formSubmissions.id, latest.id))
        .for('update');
    const status = (latest?.status ?? null) as SubmissionStatus | null;
    const refresh = latest !== null && !preparesNewVersion(status);
    const wf = refresh ? workflowOfRow(deps, latest) : today;
    if (!canStart('prepare', status, wf.table)) throw notAllowedNow(status);
    authorize(actor, wf.table.prepare!.policy, provinceTarget(scope.code));
    const table = await computeTable(deps, def, await formContext(deps, tx, scope, period));
    const now = deps.clock();
    if (refresh) {
      const [row] = await tx
        .update(formSubmissions)
        .set({ snapshot: table, computedAt: now, preparedBy: userId(actor), updatedAt: now })
        .where(eq(formSubmissions.id, latest.id))
        .returning();
      await logEvent(tx, actor, row!, 'prepare', 'draft', null);
      return row!.id;
    }
    const [row] = await tx
      .insert(formSubmissions)
      .values({
        id: randomUUID(),
        formCode: code,
        period: periodCode(period),
        provinceCode: scope.code,
        version: (latest?.version ?? 0) + 1,
        status: 'draft',
        snapshot: table,
        computedAt: now,
        preparedBy: userId(actor),
        // The creation day picks the workflow version, so it is the service's clock, not the database's.
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await logEvent(tx, actor, row!, 'prepare', null, null);
    return row!.id;
  });
  return getSubmission(deps, actor, id);
}

const userId = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

function notAllowedNow(status: SubmissionStatus | null) {
  return conflict(
    `Biểu đang ở trạng thái "${status ?? 'chưa lập'}": không thể thực hiện thao tác này.`,
    `The form is "${status ?? 'not started'}": this step is not possible now.`,
  );
}

/**
 * One step of the submission's workflow version (submit, approve, return, accept, request a
 * revision) on the newest version; a step the version leaves out is a 409.
 */
export async function transition(
  deps: StatisticsDeps,
  actor: Actor,
  id: string,
  action: Exclude<WorkflowAction, 'prepare'>,
  reason: string | null,
): Promise<SubmissionDetail> {
  authorize(actor, 'form:workflow');
  await inTransaction(deps.db, async (tx) => {
    const [row] = await tx.select().from(formSubmissions).where(eq(formSubmissions.id, id)).for('update');
    if (!row) throw notFound('biểu đã lập', 'Form submission');
    const wf: AppliedWorkflow = workflowOfRow(deps, row);
    const rule = wf.table[action];
    if (!rule) {
      authorize(actor, 'statistics:read', provinceTarget(row.provinceCode));
      throw stepNotInWorkflow(wf, action);
    }
    authorize(actor, rule.policy, provinceTarget(row.provinceCode));
    const [newest] = await tx
      .select({ v: max(formSubmissions.version) })
      .from(formSubmissions)
      .where(
        and(
          eq(formSubmissions.formCode, row.formCode),
          eq(formSubmissions.period, row.period),
          eq(formSubmissions.provinceCode, row.provinceCode),
        ),
      );
    if ((newest?.v ?? row.version) !== row.version) {
      throw conflict(
        'Đây là một phiên bản cũ của biểu: chỉ phiên bản mới nhất được xử lý.',
        'This is an older version: only the newest one moves.',
      );
    }
    const from = row.status as SubmissionStatus;
    if (!canStart(action, from, wf.table)) throw notAllowedNow(from);
    const now = deps.clock();
    const set: Partial<Row> = { status: rule.to, updatedAt: now, reason: rule.reason ? reason : row.reason };
    if (action === 'approve') set.approvedBy = userId(actor);
    // Sent to the ministry: by the leader's approval, or by the preparer where the workflow has no leader step.
    if (rule.to === 'sent') set.sentAt = now;
    if (action === 'accept' || action === 'request_revision')
      Object.assign(set, { decidedBy: userId(actor), decidedAt: now });
    const [updated] = await tx.update(formSubmissions).set(set).where(eq(formSubmissions.id, id)).returning();
    await logEvent(tx, actor, updated!, action, from, rule.reason ? reason : null);
  });
  return getSubmission(deps, actor, id);
}

export async function readSubmission(
  deps: StatisticsDeps,
  actor: Actor,
  id: string,
): Promise<{ row: Row; latest: boolean }> {
  authorize(actor, 'statistics:read');
  const [row] = await deps.db.select().from(formSubmissions).where(eq(formSubmissions.id, id));
  if (!row) throw notFound('biểu đã lập', 'Form submission');
  authorize(actor, 'statistics:read', provinceTarget(row.provinceCode));
  const newest = await latestVersion(deps.db, row.formCode, row.period, row.provinceCode);
  return { row, latest: newest?.id === row.id };
}

export async function getSubmission(deps: StatisticsDeps, actor: Actor, id: string): Promise<SubmissionDetail> {
  const { row, latest } = await readSubmission(deps, actor, id);
  const events = (await eventsOf(deps.db, [row.id])).get(row.id) ?? [];
  return withEvents(deps, actor, row, latest, events);
}

/** The frozen table of a version, as .xlsx or .docx, named with its report code. */
export async function submissionFile(deps: StatisticsDeps, actor: Actor, id: string, kind: 'xlsx' | 'docx') {
  const { row } = await readSubmission(deps, actor, id);
  return tableFile(row.snapshot as FormTable, row.number, kind);
}

/** Every version of one form for a period and province, newest first, with their steps. */
export async function history(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery,
): Promise<SubmissionHistory> {
  const scope = await formScope(deps, actor, query.province);
  const period = periodCode(formPeriod(deps, query.period));
  const today = workflowAt(deps, code, deps.clock());
  if (scope.kind === 'country') return { scope, canPrepare: false, workflow: workflowView(today), items: [] };
  const rows = await deps.db
    .select()
    .from(formSubmissions)
    .where(
      and(
        eq(formSubmissions.formCode, code),
        eq(formSubmissions.period, period),
        eq(formSubmissions.provinceCode, scope.code),
      ),
    )
    .orderBy(desc(formSubmissions.version));
  const events = await eventsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r, i) => withEvents(deps, actor, r, i === 0, events.get(r.id) ?? []));
  return {
    scope,
    canPrepare: canPrepareNow(deps, actor, code, scope.code, rows[0] ?? null),
    workflow: workflowView(today),
    items,
  };
}

/** Whether the caller may prepare now: a new version under today's workflow, or a refresh of the draft under its own. */
function canPrepareNow(
  deps: StatisticsDeps,
  actor: Actor,
  code: string,
  province: string,
  latest: Row | null,
): boolean {
  const status = (latest?.status ?? null) as SubmissionStatus | null;
  const wf = latest && !preparesNewVersion(status) ? workflowOfRow(deps, latest) : workflowAt(deps, code, deps.clock());
  const rule = wf.table.prepare;
  return (
    rule !== undefined &&
    canStart('prepare', status, wf.table) &&
    isAllowed(actor, rule.policy, provinceTarget(province))
  );
}

/** The forms of a period and scope with the newest version of each. */
export async function statusList(deps: StatisticsDeps, actor: Actor, query: ScopeQuery): Promise<FormStatusList> {
  const scope = await formScope(deps, actor, query.province);
  const period = periodCode(formPeriod(deps, query.period));
  const forms = catalogue(deps, actor).items;
  const latest = new Map<string, Row>();
  if (scope.kind === 'province') {
    const rows = await deps.db
      .select()
      .from(formSubmissions)
      .where(and(eq(formSubmissions.period, period), eq(formSubmissions.provinceCode, scope.code)))
      .orderBy(asc(formSubmissions.version));
    for (const r of rows) latest.set(r.formCode, r);
  }
  return {
    scope,
    period,
    items: forms.map((f) => {
      const row = latest.get(f.code) ?? null;
      return {
        ...f,
        latest: row ? toSummary(deps, actor, row, true) : null,
        canPrepare: scope.kind === 'province' && canPrepareNow(deps, actor, f.code, scope.code, row),
      };
    }),
  };
}
