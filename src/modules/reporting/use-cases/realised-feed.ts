/**
 * An accepted report feeds the project's realised capital for its period (through the investment
 * service, in the same transaction); a report leaving "accepted" takes its figure back. The source
 * of each fed row is the report code, so a withdrawal removes only what this report wrote, never
 * a figure the Board typed. When an annual figure is withdrawn, the year's accepted quarterly
 * reports feed their quarters again.
 */
import { and, eq, like } from 'drizzle-orm';
import { formatDecimal, parseDecimal } from '../../../kernel/decimal';
import type { Currency } from '../../../kernel/money';
import type { Actor } from '../../../platform/auth/actor';
import type { Tx } from '../../../platform/db/client';
import { reportCode } from '../report-types';
import { reports } from '../schema';
import type { Ctx, ReportRow } from './common';

const sourceOf = (row: Pick<ReportRow, 'formCode' | 'number'>) => `Báo cáo ${reportCode(row.formCode, row.number)}`;

export async function feedRealisedCapital(ctx: Ctx, tx: Tx, actor: Actor, row: ReportRow) {
  if (row.realisedCapital === null || row.realisedCapital === undefined) {
    await ctx.projects.withdrawRealisedCapitalFromReport(tx, actor, {
      projectId: row.projectId,
      period: row.period,
      source: sourceOf(row),
    });
    return;
  }
  await ctx.projects.recordRealisedCapitalFromReport(tx, actor, {
    projectId: row.projectId,
    period: row.period,
    amount: formatDecimal(parseDecimal(String(row.realisedCapital))),
    currency: row.currency as Currency,
    source: sourceOf(row),
  });
}

export async function withdrawRealisedCapital(ctx: Ctx, tx: Tx, actor: Actor, row: ReportRow) {
  const removed = await ctx.projects.withdrawRealisedCapitalFromReport(tx, actor, {
    projectId: row.projectId,
    period: row.period,
    source: sourceOf(row),
  });
  if (!removed || row.typeId !== 'annual_implementation') return;
  const quarters = await tx
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.projectId, row.projectId),
        eq(reports.typeId, 'quarterly_implementation'),
        eq(reports.status, 'accepted'),
        like(reports.period, `${row.period}-Q%`),
      ),
    );
  for (const q of quarters) if (q.realisedCapital !== null) await feedRealisedCapital(ctx, tx, actor, q);
}
