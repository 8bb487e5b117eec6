/**
 * The 2-step workflow of an enterprise report (C.3/C.4): the enterprise submits (draft or revision
 * requested → pending, after the full checks and the plausibility warnings it confirmed), the
 * Board accepts (→ accepted, feeding realised capital) or requests a revision with a reason
 * (pending or accepted → revision requested, withdrawing what the report fed).
 */
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import type { ReportStatus, ReportView, RequestRevisionBody, SubmitReportBody } from '../contract';
import { unconfirmed } from '../plausibility';
import { reportCode } from '../report-types';
import { reportEvents, reports } from '../schema';
import {
  actorName,
  assertFresh,
  type Ctx,
  field,
  loadRow,
  nextUpdatedAt,
  type ReportRow,
  todayOf,
  validationFailed,
  versionOf,
} from './common';
import { evaluateReport, PlausibilityError } from './evaluate';
import { feedRealisedCapital, withdrawRealisedCapital } from './realised-feed';
import { viewOf } from './views';
import { logEvent, type writeReportUseCases } from './write-report';

export { PlausibilityError } from './evaluate';

export function workflowUseCases(ctx: Ctx, write: ReturnType<typeof writeReportUseCases>) {
  const { db, clock } = ctx;

  const evaluate = (tx: DbOrTx, row: ReportRow, project: ReportableProject) => evaluateReport(ctx, tx, row, project);

  async function checkReport(actor: Actor, id: string) {
    authorize(actor, 'report:read');
    const { row, project, target } = await write.loadFor(db, id);
    authorize(actor, 'report:read', target);
    return evaluate(db, row, project);
  }

  async function submitReport(actor: Actor, id: string, input: SubmitReportBody): Promise<ReportView> {
    authorize(actor, 'report:file');
    const { project, target } = await write.loadFor(db, id);
    authorize(actor, 'report:file', target);
    const today = todayOf(ctx);
    await inTransaction(db, async (tx) => {
      const row = await loadRow(tx, id, true);
      const status = row.status as ReportStatus;
      if (status !== 'draft' && status !== 'revision_requested') {
        throw new AppError(
          'CONFLICT',
          'Báo cáo đã nộp; chỉ nộp lại được khi Ban Quản lý yêu cầu chỉnh sửa.',
          'The report was already submitted; it can be resubmitted only after a revision request.',
        );
      }
      assertFresh(row, input.updatedAt);
      if (status === 'revision_requested') {
        const [last] = await tx
          .select({ action: reportEvents.action })
          .from(reportEvents)
          .where(eq(reportEvents.reportId, id))
          .orderBy(desc(reportEvents.at))
          .limit(1);
        if (last?.action === 'request_revision') {
          throw new AppError(
            'CONFLICT',
            'Hãy sửa và lưu báo cáo theo yêu cầu trước khi nộp lại.',
            'Edit and save the report as requested before resubmitting.',
          );
        }
      }
      const { errors, warnings } = await evaluate(tx, row, project);
      if (Object.keys(errors).length) throw validationFailed(errors);
      const open = unconfirmed(warnings, input.confirmations, input.confirmAllReason);
      if (open.length) throw new PlausibilityError(open);
      const now = nextUpdatedAt(clock, row.updatedAt);
      const by = actorName(actor);
      const confirmations = warnings.map((w) => ({
        field: w.field,
        code: w.code,
        value: w.value,
        reason: (
          input.confirmations.find((c) => c.field === w.field && c.code === w.code)?.reason ??
          input.confirmAllReason ??
          ''
        ).trim(),
        at: now.toISOString(),
        by: `${by.name} – ${by.role}`,
      }));
      await tx
        .update(reports)
        .set({
          status: 'pending',
          everSubmitted: true,
          firstSubmittedAt: row.firstSubmittedAt ?? now,
          submittedAt: now,
          confirmations,
          updatedAt: now,
          updatedBy: actor.kind === 'user' ? actor.id : null,
        })
        .where(eq(reports.id, id));
      const action = row.everSubmitted ? 'resubmit' : 'submit';
      await logEvent(tx, actor, id, { action, from: status, to: 'pending', at: now });
      await recordAudit(tx, actor, {
        action: 'report.submit',
        entityType: 'report',
        entityId: id,
        before: { status },
        after: { status: 'pending', code: reportCode(row.formCode, row.number), confirmations },
      });
    });
    return viewOf(db, actor, id, today, project.provinceCode);
  }

  async function review(
    actor: Actor,
    id: string,
    updatedAt: string,
    change: (tx: Parameters<Parameters<typeof inTransaction>[1]>[0], row: ReportRow, now: Date) => Promise<void>,
  ) {
    authorize(actor, 'report:review');
    const { project, target } = await write.loadFor(db, id);
    authorize(actor, 'report:review', target);
    await inTransaction(db, async (tx) => {
      const row = await loadRow(tx, id, true);
      assertFresh(row, updatedAt);
      await change(tx, row, nextUpdatedAt(clock, row.updatedAt));
    });
    return viewOf(db, actor, id, todayOf(ctx), project.provinceCode);
  }

  const acceptReport = (actor: Actor, id: string, input: { updatedAt: string }) =>
    review(actor, id, input.updatedAt, async (tx, row, now) => {
      if (row.status !== 'pending') {
        throw new AppError(
          'CONFLICT',
          'Chỉ tiếp nhận được báo cáo đang chờ duyệt.',
          'Only a report pending approval can be accepted.',
        );
      }
      await tx.update(reports).set({ status: 'accepted', acceptedAt: now, updatedAt: now }).where(eq(reports.id, id));
      await feedRealisedCapital(ctx, tx, actor, row);
      await logEvent(tx, actor, id, { action: 'accept', from: 'pending', to: 'accepted', at: now });
      await recordAudit(tx, actor, {
        action: 'report.accept',
        entityType: 'report',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'accepted', code: reportCode(row.formCode, row.number) },
      });
    });

  const requestRevision = (actor: Actor, id: string, input: RequestRevisionBody) =>
    review(actor, id, input.updatedAt, async (tx, row, now) => {
      const status = row.status as ReportStatus;
      if (status !== 'pending' && status !== 'accepted') {
        throw new AppError(
          'CONFLICT',
          'Chỉ yêu cầu chỉnh sửa được báo cáo đang chờ duyệt hoặc đã tiếp nhận.',
          'A revision can be requested only for a pending or accepted report.',
        );
      }
      const keys = new Set(versionOf(row).fields.map((f) => f.key));
      for (const key of Object.keys(input.fieldReasons)) {
        if (!keys.has(key)) {
          const vi = `Báo cáo không có chỉ tiêu "${key}".`;
          throw new AppError(
            'VALIDATION_FAILED',
            vi,
            `The report has no field "${key}".`,
            field(`body.fieldReasons.${key}`, vi, `The report has no field "${key}".`),
          );
        }
      }
      await tx
        .update(reports)
        .set({ status: 'revision_requested', acceptedAt: null, updatedAt: now })
        .where(and(eq(reports.id, id)));
      if (status === 'accepted') await withdrawRealisedCapital(ctx, tx, actor, row);
      await logEvent(tx, actor, id, {
        action: 'request_revision',
        from: status,
        to: 'revision_requested',
        at: now,
        reason: input.reason,
        fieldReasons: input.fieldReasons,
      });
      await recordAudit(tx, actor, {
        action: 'report.request_revision',
        entityType: 'report',
        entityId: id,
        before: { status },
        after: { status: 'revision_requested', reason: input.reason, fieldReasons: input.fieldReasons },
      });
    });

  return { checkReport, submitReport, acceptReport, requestRevision };
}
