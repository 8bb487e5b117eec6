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
import { actionsFor, canStart, preparesNewVersion, TRANSITIONS } from '../workflow';
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

type Row = typeof formSubmissions.$inferSelect;
type EventRow = typeof formSubmissionEvents.$inferSelect;

const roleOf = (actor: Actor) => (actor.kind === 'user' ? actor.role : null);

/** What this caller may do with a version: the table's actions for its role, within its province. */
function allowedActions(actor: Actor, row: Row, latest: boolean): WorkflowAction[] {
  return actionsFor(roleOf(actor), row.status as SubmissionStatus, latest).filter((a) =>
    isAllowed(actor, TRANSITIONS[a].policy, provinceTarget(row.provinceCode)),
  );
}

export function toSummary(actor: Actor, row: Row, latest: boolean): SubmissionSummary {
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
    actions: allowedActions(actor, row, latest),
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

export async function detail(db: DbOrTx, actor: Actor, row: Row, latest: boolean): Promise<SubmissionDetail> {
  const events = (await eventsOf(db, [row.id])).get(row.id) ?? [];
  return { ...toSummary(actor, row, latest), events: events.map(toEvent) };
}

/**
 * The officer computes the form for the Board's province and freezes it: a first version, a
 * new version after a revision request (the returned one stays), or a fresh computation of
 * the current draft. Only for a period that has ended.
 */
export async function prepare(deps: StatisticsDeps, actor: Actor, code: FormCode, body: { period: string }) {
  const scope = await formScope(deps, actor, undefined, 'form:prepare');
  if (scope.kind !== 'province')
    throw conflict('Chỉ Ban Quản lý lập biểu gửi Bộ.', 'Only a Board prepares a form to send.');
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
    if (!canStart('prepare', status)) throw notAllowedNow(status);
    const table = await computeTable(deps, def, await formContext(deps, tx, scope, period));
    const now = deps.clock();
    if (latest && !preparesNewVersion(status)) {
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

/** One step of the table (submit, approve, return, accept, request a revision) on the newest version. */
export async function transition(
  deps: StatisticsDeps,
  actor: Actor,
  id: string,
  action: Exclude<WorkflowAction, 'prepare'>,
  reason: string | null,
): Promise<SubmissionDetail> {
  const rule = TRANSITIONS[action];
  authorize(actor, rule.policy);
  await inTransaction(deps.db, async (tx) => {
    const [row] = await tx.select().from(formSubmissions).where(eq(formSubmissions.id, id)).for('update');
    if (!row) throw notFound('biểu đã lập', 'Form submission');
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
    if (!canStart(action, from)) throw notAllowedNow(from);
    const now = deps.clock();
    const set: Partial<Row> = { status: rule.to, updatedAt: now, reason: rule.reason ? reason : row.reason };
    if (action === 'approve') Object.assign(set, { approvedBy: userId(actor), sentAt: now });
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
  return detail(deps.db, actor, row, latest);
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
  if (scope.kind === 'country') return { scope, canPrepare: false, items: [] };
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
  const items = rows.map((r, i) => ({
    ...toSummary(actor, r, i === 0),
    events: (events.get(r.id) ?? []).map(toEvent),
  }));
  return { scope, canPrepare: canPrepareNow(actor, scope.code, rows[0] ?? null), items };
}

function canPrepareNow(actor: Actor, province: string, latest: Row | null): boolean {
  return (
    canStart('prepare', (latest?.status ?? null) as SubmissionStatus | null) &&
    isAllowed(actor, 'form:prepare', provinceTarget(province))
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
        latest: row ? toSummary(actor, row, true) : null,
        canPrepare: scope.kind === 'province' && canPrepareNow(actor, scope.code, row),
      };
    }),
  };
}
