/**
 * Realised (disbursed) capital of a project by reporting period. Amounts keep the certificate's
 * currency (FDI in USD, DDI in VND), periods are those of kernel/period and never overlap within
 * a project, so any sum over periods counts each day once. A period is recorded once it has
 * ended, and only while the certificate was in force for some of it.
 */
import { and, eq } from 'drizzle-orm';
import { add, formatDecimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import { AppError, notFound } from '../../../kernel/errors';
import type { Currency } from '../../../kernel/money';
import { type Period, parsePeriod, periodCode, periodEnd, periodLabel, periodStart } from '../../../kernel/period';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { certificateStateAsOf } from '../certificate-events';
import type { RealisedCapitalBody, RealisedCapitalList, RealisedCapitalView } from '../contract-records';
import { projects, realisedCapital } from '../schema';
import { type Ctx, field, todayOf } from './common';
import { trimDecimal } from './manage-investors';
import { loadEvents } from './project-history';
import type { ProjectScope } from './project-scope';
import type { projectReadUseCases } from './read-projects';

type Row = typeof realisedCapital.$inferSelect;

export const realisedView = (r: Row): RealisedCapitalView => {
  const p = parsePeriod(r.period);
  return {
    period: periodCode(p),
    label: { vi: periodLabel(p, 'vi'), en: periodLabel(p, 'en') },
    from: periodStart(p),
    to: periodEnd(p),
    amount: { value: trimDecimal(r.amount)!, currency: r.currency as Currency },
    source: r.source,
  };
};

const byStart = (a: Row, b: Row) => (periodStart(parsePeriod(a.period)) < periodStart(parsePeriod(b.period)) ? -1 : 1);

const unprocessable = (key: string, vi: string, en: string) =>
  new AppError('UNPROCESSABLE', vi, en, field(key, vi, en));

/** Why this period cannot be recorded for a project whose certificate history is `events`, or null. */
function periodProblem(
  period: Period,
  today: string,
  events: Parameters<typeof certificateStateAsOf>[0],
): { vi: string; en: string } | null {
  const from = periodStart(period);
  const to = periodEnd(period);
  const code = periodCode(period);
  if (to >= today) {
    return {
      vi: `Kỳ ${code} chưa kết thúc (đến hết ngày ${to}); chỉ ghi vốn thực hiện của kỳ đã qua.`,
      en: `Period ${code} has not ended (it runs to ${to}); realised capital is recorded for past periods only.`,
    };
  }
  if (certificateStateAsOf(events, to).status === 'not_issued') {
    return {
      vi: `Đến hết kỳ ${code} dự án chưa được cấp giấy chứng nhận đăng ký đầu tư.`,
      en: `The project had no investment registration certificate by the end of ${code}.`,
    };
  }
  const atStart = certificateStateAsOf(events, from);
  if (atStart.status === 'revoked' || atStart.status === 'terminated') {
    return {
      vi: `Giấy chứng nhận đã ${atStart.status === 'revoked' ? 'bị thu hồi' : 'chấm dứt'} từ ${atStart.endedOn}, trước kỳ ${code}.`,
      en: `The certificate ended on ${atStart.endedOn}, before ${code}.`,
    };
  }
  return null;
}

export function realisedCapitalUseCases(ctx: Ctx, scope: ProjectScope, read: ReturnType<typeof projectReadUseCases>) {
  const { db } = ctx;

  async function rowsOf(tx: DbOrTx, projectId: string): Promise<Row[]> {
    return (await tx.select().from(realisedCapital).where(eq(realisedCapital.projectId, projectId))).sort(byStart);
  }

  function listOf(currency: Currency, rows: Row[]): RealisedCapitalList {
    const total = rows.reduce((sum, r) => add(sum, parseDecimal(r.amount)), ZERO);
    return { currency, items: rows.map(realisedView), total: { value: formatDecimal(total), currency } };
  }

  async function listRealisedCapital(actor: Actor, projectId: string): Promise<RealisedCapitalList> {
    authorize(actor, 'registry:read');
    const row = await read.getRow(projectId);
    authorize(actor, 'registry:read', (await scope.targetOf(row)).target);
    return listOf(row.currency as Currency, await rowsOf(db, projectId));
  }

  async function recordRealisedCapital(
    actor: Actor,
    projectId: string,
    input: RealisedCapitalBody,
  ): Promise<RealisedCapitalList> {
    authorize(actor, 'project:manage');
    const project = await read.getRow(projectId);
    authorize(actor, 'project:manage', (await scope.targetOf(project)).target);
    const period = parsePeriod(input.period);
    const code = periodCode(period);
    const currency = project.currency as Currency;
    if (input.amount.currency !== currency) {
      throw unprocessable(
        'body.amount.currency',
        `Giấy chứng nhận của dự án ghi vốn bằng ${currency}; vốn thực hiện cũng ghi bằng ${currency} (dự án FDI bằng USD, DDI bằng VND), không bằng ${input.amount.currency}.`,
        `The project's certificate is in ${currency}; realised capital is recorded in ${currency} too (FDI in USD, DDI in VND), not ${input.amount.currency}.`,
      );
    }
    const today = todayOf(ctx);
    return inTransaction(db, async (tx) => {
      // Locks the project so two recordings of overlapping periods cannot both pass the check.
      await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for('update');
      const events = ((await loadEvents(tx, eq(projects.id, projectId))).get(projectId) ?? []).map((s) => s.event);
      const problem = periodProblem(period, today, events);
      if (problem) throw unprocessable('body.period', problem.vi, problem.en);
      const existing = await rowsOf(tx, projectId);
      const from = periodStart(period);
      const to = periodEnd(period);
      const overlapping = existing.find((r) => {
        const p = parsePeriod(r.period);
        return r.period !== code && periodStart(p) <= to && periodEnd(p) >= from;
      });
      if (overlapping) {
        throw unprocessable(
          'body.period',
          `Kỳ ${code} trùng thời gian với kỳ ${overlapping.period} đã ghi; mỗi ngày chỉ được tính một lần.`,
          `Period ${code} overlaps ${overlapping.period}, already recorded; each day is counted once.`,
        );
      }
      const before = existing.find((r) => r.period === code) ?? null;
      if (before && !input.replace) {
        const vi = `Kỳ ${code} đã ghi ${trimDecimal(before.amount)} ${before.currency}; chọn "thay thế" để sửa.`;
        const en = `${code} already has ${trimDecimal(before.amount)} ${before.currency}; choose "replace" to change it.`;
        throw new AppError('CONFLICT', vi, en, field('body.period', vi, en));
      }
      const values = { projectId, period: code, amount: input.amount.value, currency, source: input.source };
      const [after] = await tx
        .insert(realisedCapital)
        .values(values)
        .onConflictDoUpdate({
          target: [realisedCapital.projectId, realisedCapital.period],
          set: { amount: values.amount, currency, source: values.source },
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'project.realised_capital.record',
        entityType: 'project',
        entityId: projectId,
        before: before ? realisedView(before) : null,
        after: realisedView(after!),
      });
      return listOf(currency, await rowsOf(tx, projectId));
    });
  }

  async function removeRealisedCapital(actor: Actor, projectId: string, periodText: string) {
    authorize(actor, 'project:manage');
    const project = await read.getRow(projectId);
    authorize(actor, 'project:manage', (await scope.targetOf(project)).target);
    const code = periodCode(parsePeriod(periodText));
    return inTransaction(db, async (tx) => {
      const [gone] = await tx
        .delete(realisedCapital)
        .where(and(eq(realisedCapital.projectId, projectId), eq(realisedCapital.period, code)))
        .returning();
      if (!gone) throw notFound(`vốn thực hiện kỳ ${code}`, `Realised capital of ${code}`);
      await recordAudit(tx, actor, {
        action: 'project.realised_capital.remove',
        entityType: 'project',
        entityId: projectId,
        before: realisedView(gone),
      });
      return listOf(project.currency as Currency, await rowsOf(tx, projectId));
    });
  }

  return { listRealisedCapital, recordRealisedCapital, removeRealisedCapital };
}
