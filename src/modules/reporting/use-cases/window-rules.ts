/**
 * When a report may be created for a project and period (C.1): only while the period's window is
 * open, or while a Board's reopening of that period for that project runs; and only for a project
 * whose certificate was valid during the period and that has an economic organisation to report.
 */
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { formatDate } from '../../../kernel/format';
import { type Period, periodCode, periodLabel } from '../../../kernel/period';
import type { DbOrTx } from '../../../platform/db/client';
import { projects } from '../../../platform/db/schema';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import type { ReportTypeId } from '../contract';
import { PERIOD_STATE_LABELS, periodStateOn } from '../period-state';
import { reportReopenings } from '../schema';
import { type Ctx, field, windowOf } from './common';

export async function activeReopening(
  tx: DbOrTx,
  typeId: ReportTypeId,
  period: string,
  projectId: string,
  today: string,
) {
  const [row] = await tx
    .select()
    .from(reportReopenings)
    .where(
      and(
        eq(reportReopenings.projectId, projectId),
        eq(reportReopenings.typeId, typeId),
        eq(reportReopenings.period, period),
        gte(reportReopenings.openUntil, today),
      ),
    )
    .orderBy(desc(reportReopenings.openUntil))
    .limit(1);
  return row ?? null;
}

/** Throws 422 naming the period's state unless a report may be created (or imported) today. */
export async function assertMayCreate(
  ctx: Ctx,
  tx: DbOrTx,
  typeId: ReportTypeId,
  period: Period,
  project: ReportableProject,
  today: string,
): Promise<void> {
  const code = periodCode(period);
  const w = windowOf(typeId, period);
  const state = periodStateOn(w, today);
  if (state !== 'open' && !(await activeReopening(tx, typeId, code, project.id, today))) {
    const label = PERIOD_STATE_LABELS[state];
    const vi =
      state === 'not_due'
        ? `${periodLabel(period, 'vi')}: ${label.vi} — chưa thể lập báo cáo (nhận báo cáo từ ngày ${formatDate(w.opensOn)}).`
        : `${periodLabel(period, 'vi')}: ${label.vi} — không lập báo cáo mới được (hạn nộp ${formatDate(w.deadline)}); Ban Quản lý có thể mở lại kỳ cho dự án.`;
    const en =
      state === 'not_due'
        ? `${periodLabel(period, 'en')}: ${label.en} — reports can be filed from ${w.opensOn}.`
        : `${periodLabel(period, 'en')}: ${label.en} — no new report (the deadline was ${w.deadline}); the Board can reopen the period for the project.`;
    throw new AppError('UNPROCESSABLE', vi, en, field('body.period', vi, en));
  }
  if (!project.enterpriseId) {
    const vi = 'Dự án chưa có tổ chức kinh tế thực hiện, nên chưa có đơn vị lập báo cáo.';
    const en = 'The project has no economic organisation carrying it out, so no one to report.';
    throw new AppError('UNPROCESSABLE', vi, en, field('body.projectId', vi, en));
  }
  const [valid] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(projects)
    .where(and(eq(projects.id, project.id), ctx.projects.validDuring(code)));
  if (!valid || valid.n === 0) {
    const vi = `Giấy chứng nhận đăng ký đầu tư của dự án không có hiệu lực trong ${periodLabel(period, 'vi')}.`;
    const en = `The project's investment registration certificate was not in force during ${periodLabel(period, 'en')}.`;
    throw new AppError('UNPROCESSABLE', vi, en, field('body.projectId', vi, en));
  }
}
