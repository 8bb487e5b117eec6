/**
 * Creating, editing and deleting a report (C.3 transitions 1, 2, 9, 10; CF_08). A draft keeps
 * whatever readable values it has (required fields are checked on submit); an accepted report is
 * edited only by the Board, with a reason, logged with before/after, and the realised capital it
 * fed follows the edit.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import type { Currency } from '../../../kernel/money';
import { periodCode, periodEnd, periodLabel } from '../../../kernel/period';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Tx } from '../../../platform/db/client';
import { users } from '../../../platform/db/schema';
import { inTransaction } from '../../../platform/db/transaction';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import type {
  CreateReportBody,
  PlausibilityWarning,
  ReportStatus,
  ReportView,
  StoredConfirmation,
  UpdateReportBody,
} from '../contract';
import { type BaseValues, fromColumns, readValues, shownValues, toColumns } from '../field-values';
import { unconfirmed } from '../plausibility';
import { type ReportTypeVersion, reportCode } from '../report-types';
import { reportEvents, reports } from '../schema';
import {
  actorName,
  assertFresh,
  type Ctx,
  field,
  loadRow,
  nextUpdatedAt,
  periodOfType,
  type ReportRow,
  reportTarget,
  todayOf,
  validationFailed,
  versionFor,
  versionOf,
} from './common';
import { evaluateReport, PlausibilityError } from './evaluate';
import { feedRealisedCapital } from './realised-feed';
import { viewOf } from './views';
import { assertMayCreate } from './window-rules';

export async function logEvent(
  tx: Tx,
  actor: Actor,
  reportId: string,
  e: {
    action: string;
    from: ReportStatus | null;
    to: ReportStatus;
    at: Date;
    reason?: string | null;
    fieldReasons?: Record<string, string> | null;
    before?: unknown;
    after?: unknown;
  },
) {
  const who = actorName(actor);
  await tx.insert(reportEvents).values({
    id: randomUUID(),
    reportId,
    at: e.at,
    action: e.action,
    fromStatus: e.from,
    toStatus: e.to,
    actorId: actor.kind === 'user' ? actor.id : null,
    actorName: who.name,
    actorRole: who.role,
    reason: e.reason ?? null,
    fieldReasons: e.fieldReasons ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

export function writeReportUseCases(ctx: Ctx) {
  const { db, clock } = ctx;

  /** The report with its project's scope, authorised for `action`. */
  async function loadFor(tx: Tx | Ctx['db'], id: string, lock = false) {
    const row = await loadRow(tx, id, lock);
    const project = await ctx.projects.reportableProject(row.projectId, tx);
    return { row, project, target: reportTarget(project) };
  }

  async function createReport(actor: Actor, input: CreateReportBody): Promise<ReportView> {
    authorize(actor, 'report:file');
    const period = periodOfType(input.typeId, input.period);
    const code = periodCode(period);
    const version = versionFor(input.typeId, period, periodEnd(period));
    const project = await ctx.projects.reportableProject(input.projectId);
    const target = reportTarget(project);
    authorize(actor, 'report:file', target);
    const read = readValues(version, project.currency, input.values);
    if (Object.keys(read.errors).length) throw validationFailed(read.errors);
    const today = todayOf(ctx);
    const id = randomUUID();
    await inTransaction(db, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`report:${input.typeId}:${code}:${project.id}`}))`);
      await assertMayCreate(ctx, tx, input.typeId, period, project, today);
      const [existing] = await tx
        .select({ number: reports.number, formCode: reports.formCode, by: users.displayName })
        .from(reports)
        .leftJoin(users, eq(users.id, reports.createdBy))
        .where(and(eq(reports.typeId, input.typeId), eq(reports.period, code), eq(reports.projectId, project.id)));
      if (existing) {
        const rc = reportCode(existing.formCode, existing.number);
        const by = existing.by ?? 'người khác';
        const vi = `Báo cáo ${periodLabel(period, 'vi')} của dự án này đã được lập bởi ${by} (${rc}).`;
        const en = `The ${periodLabel(period, 'en')} report of this project was already created by ${existing.by ?? 'someone else'} (${rc}).`;
        throw new AppError('CONFLICT', vi, en, field('body.projectId', vi, en));
      }
      const now = clock();
      const { columns, extra } = toColumns(version, read.values);
      await tx.insert(reports).values({
        id,
        typeId: input.typeId,
        formCode: version.formCode,
        typeVersion: version.id,
        period: code,
        projectId: project.id,
        enterpriseId: project.enterpriseId!,
        status: 'draft',
        currency: project.currency,
        ...(columns as Record<string, never>),
        extra,
        createdBy: actor.kind === 'user' ? actor.id : null,
        updatedBy: actor.kind === 'user' ? actor.id : null,
        createdAt: now,
        updatedAt: now,
      });
      const after = shownValues(version, project.currency, read.values);
      await logEvent(tx, actor, id, { action: 'create', from: null, to: 'draft', at: now });
      await recordAudit(tx, actor, {
        action: 'report.create',
        entityType: 'report',
        entityId: id,
        after: { typeId: input.typeId, period: code, projectId: project.id, values: after },
      });
    });
    return viewOf(db, actor, id, today, project.provinceCode);
  }

  async function updateReport(actor: Actor, id: string, input: UpdateReportBody): Promise<ReportView> {
    authorize(actor, 'report:read');
    const { row, project, target } = await loadFor(db, id);
    authorize(actor, 'report:read', target);
    const status = row.status as ReportStatus;
    const boardEdit = status === 'accepted';
    if (status === 'pending') {
      throw new AppError(
        'CONFLICT',
        'Báo cáo đang chờ duyệt nên không sửa được; Ban Quản lý có thể yêu cầu chỉnh sửa.',
        'The report is pending approval and cannot be edited; the Board can request a revision.',
      );
    }
    authorize(actor, boardEdit ? 'report:review' : 'report:file', target);
    if (boardEdit && !input.reason?.trim()) {
      const vi = 'Hãy ghi lý do sửa báo cáo đã tiếp nhận.';
      const en = 'Give the reason for editing an accepted report.';
      throw new AppError('VALIDATION_FAILED', vi, en, field('body.reason', vi, en));
    }
    const version = versionOf(row);
    const currency = row.currency as Currency;
    const read = readValues(version, currency, input.values);
    if (Object.keys(read.errors).length) throw validationFailed(read.errors);
    const today = todayOf(ctx);
    await inTransaction(db, async (tx) => {
      const locked = await loadRow(tx, id, true);
      assertFresh(locked, input.updatedAt);
      const confirmations = boardEdit
        ? await boardEditChecks(tx, actor, { row: locked, project }, version, read.values, input)
        : null;
      await saveValues(tx, actor, locked, version, read.values, {
        confirmations,
        action: boardEdit ? 'board_edit' : 'update',
        audit: boardEdit ? 'report.board_edit' : 'report.update',
        reason: boardEdit ? input.reason!.trim() : null,
        snapshots: boardEdit || status === 'revision_requested',
      });
      if (boardEdit)
        await feedRealisedCapital(ctx, tx, actor, {
          ...locked,
          ...toColumns(version, read.values).columns,
        } as ReportRow);
    });
    return viewOf(db, actor, id, today, project.provinceCode);
  }

  /**
   * A Board edit of an accepted report keeps the submit's rules: the figures must pass the submit
   * checks, and every plausibility warning they raise is confirmed with a reason — by the Board
   * now, or already by the enterprise for the same figure. Returns the confirmations to store.
   */
  async function boardEditChecks(
    tx: Tx,
    actor: Actor,
    // The project as read before the transaction: its scope reads places outside `tx`.
    { row, project }: { row: ReportRow; project: ReportableProject },
    version: ReportTypeVersion,
    values: BaseValues,
    input: UpdateReportBody,
  ): Promise<StoredConfirmation[]> {
    const candidate = { ...row, ...toColumns(version, values).columns, extra: toColumns(version, values).extra };
    const { errors, warnings } = await evaluateReport(ctx, tx, candidate as ReportRow, project);
    if (Object.keys(errors).length) throw validationFailed(errors);
    const stored = (row.confirmations ?? []) as StoredConfirmation[];
    const earlier = (w: PlausibilityWarning) =>
      stored.find((c) => c.field === w.field && c.code === w.code && c.value === w.value);
    const given = input.confirmations ?? [];
    const open = unconfirmed(
      warnings.filter((w) => !earlier(w)),
      given,
      input.confirmAllReason,
    );
    if (open.length) throw new PlausibilityError(open);
    const by = actorName(actor);
    const at = clock().toISOString();
    return warnings.map(
      (w) =>
        earlier(w) ?? {
          field: w.field,
          code: w.code,
          value: w.value,
          reason: (
            given.find((c) => c.field === w.field && c.code === w.code)?.reason ??
            input.confirmAllReason ??
            ''
          ).trim(),
          at,
          by: `${by.name} – ${by.role}`,
        },
    );
  }

  async function saveValues(
    tx: Tx,
    actor: Actor,
    row: ReportRow,
    version: ReportTypeVersion,
    values: BaseValues,
    how: {
      action: string;
      audit: string;
      reason: string | null;
      snapshots: boolean;
      confirmations?: StoredConfirmation[] | null;
    },
  ) {
    const currency = row.currency as Currency;
    const before = shownValues(version, currency, fromColumns(version, row));
    const after = shownValues(version, currency, values);
    const now = nextUpdatedAt(clock, row.updatedAt);
    const { columns, extra } = toColumns(version, values);
    await tx
      .update(reports)
      .set({
        ...(columns as Record<string, never>),
        extra,
        ...(how.confirmations ? { confirmations: how.confirmations } : {}),
        updatedAt: now,
        updatedBy: actor.kind === 'user' ? actor.id : null,
      })
      .where(eq(reports.id, row.id));
    const status = row.status as ReportStatus;
    await logEvent(tx, actor, row.id, {
      action: how.action,
      from: status,
      to: status,
      at: now,
      reason: how.reason,
      before: how.snapshots ? before : null,
      after: how.snapshots ? after : null,
    });
    await recordAudit(tx, actor, { action: how.audit, entityType: 'report', entityId: row.id, before, after });
  }

  async function deleteReport(actor: Actor, id: string): Promise<void> {
    authorize(actor, 'report:file');
    const { row, target } = await loadFor(db, id);
    authorize(actor, 'report:file', target);
    await inTransaction(db, async (tx) => {
      const locked = await loadRow(tx, id, true);
      if (locked.status !== 'draft' || locked.everSubmitted || row.everSubmitted) {
        throw new AppError(
          'CONFLICT',
          'Chỉ xóa được báo cáo nháp chưa từng nộp; báo cáo đã nộp được giữ lại.',
          'Only a draft that was never submitted can be deleted; a submitted report is kept.',
        );
      }
      await tx.delete(reports).where(eq(reports.id, id));
      const version = versionOf(locked);
      await recordAudit(tx, actor, {
        action: 'report.delete',
        entityType: 'report',
        entityId: id,
        before: {
          code: reportCode(locked.formCode, locked.number),
          period: locked.period,
          projectId: locked.projectId,
          values: shownValues(version, locked.currency as Currency, fromColumns(version, locked)),
        },
      });
    });
  }

  return { createReport, updateReport, deleteReport, loadFor };
}
