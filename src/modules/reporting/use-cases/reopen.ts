/**
 * A Board reopens a closed period for one project (C.1), with a reason and the last day the
 * enterprise may file; while it runs, the project's report for that period may be created or
 * imported as if the window were open.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { periodCode, periodLabel } from '../../../kernel/period';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { projects, users } from '../../../platform/db/schema';
import { inTransaction } from '../../../platform/db/transaction';
import type { ReopenBody, ReportTypeId } from '../contract';
import { periodStateOn } from '../period-state';
import { reportReopenings } from '../schema';
import { type Ctx, field, periodOfType, reportTarget, todayOf, windowOf } from './common';
import { visibleReportsOfProjects } from './scope';

type Row = typeof reportReopenings.$inferSelect & { createdByName: string | null };

const viewOf = (r: Row, today: string) => ({
  id: r.id,
  typeId: r.typeId as ReportTypeId,
  period: r.period,
  projectId: r.projectId,
  reason: r.reason,
  openUntil: r.openUntil,
  active: today <= r.openUntil,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdByName,
});

export function reopenUseCases(ctx: Ctx) {
  const { db } = ctx;

  async function reopenPeriod(actor: Actor, input: ReopenBody) {
    authorize(actor, 'report:review');
    const period = periodOfType(input.typeId, input.period);
    const project = await ctx.projects.reportableProject(input.projectId);
    authorize(actor, 'report:review', reportTarget(project));
    const today = todayOf(ctx);
    if (input.openUntil < today) {
      const vi = 'Ngày hết hạn mở lại không được trước hôm nay.';
      const en = 'The reopening cannot end before today.';
      throw new AppError('VALIDATION_FAILED', vi, en, field('body.openUntil', vi, en));
    }
    const state = periodStateOn(windowOf(input.typeId, period), today);
    if (state !== 'closed') {
      const vi = `${periodLabel(period, 'vi')} chưa qua kỳ báo cáo; chỉ mở lại được kỳ đã đóng.`;
      const en = `${periodLabel(period, 'en')} is not past its window; only a closed period can be reopened.`;
      throw new AppError('UNPROCESSABLE', vi, en, field('body.period', vi, en));
    }
    const id = randomUUID();
    const now = ctx.clock();
    await inTransaction(db, async (tx) => {
      const row = {
        id,
        typeId: input.typeId,
        period: periodCode(period),
        projectId: project.id,
        reason: input.reason,
        openUntil: input.openUntil,
        createdBy: actor.kind === 'user' ? actor.id : null,
        createdAt: now,
      };
      await tx.insert(reportReopenings).values(row);
      await recordAudit(tx, actor, {
        action: 'report.reopen',
        entityType: 'report_reopening',
        entityId: id,
        after: row,
      });
    });
    return viewOf(
      {
        ...(await db.select().from(reportReopenings).where(eq(reportReopenings.id, id)))[0]!,
        createdByName: actor.kind === 'user' ? actor.displayName : null,
      },
      today,
    );
  }

  async function listReopenings(actor: Actor, q: { projectId?: string | undefined; period?: string | undefined }) {
    authorize(actor, 'report:read');
    const where: (SQL | undefined)[] = [await visibleReportsOfProjects(ctx, actor)];
    if (q.projectId) where.push(eq(reportReopenings.projectId, q.projectId));
    if (q.period) where.push(eq(reportReopenings.period, q.period));
    const rows = await db
      .select({ r: reportReopenings, createdByName: users.displayName })
      .from(reportReopenings)
      .innerJoin(projects, eq(projects.id, reportReopenings.projectId))
      .leftJoin(users, eq(users.id, reportReopenings.createdBy))
      .where(and(...where))
      .orderBy(desc(reportReopenings.createdAt))
      .limit(500);
    const today = todayOf(ctx);
    return { items: rows.map((x) => viewOf({ ...x.r, createdByName: x.createdByName }, today)) };
  }

  return { reopenPeriod, listReopenings };
}
