/** One report as PDF (`/api/reports/:id.pdf`): read with the same scope as the report page. */
import { type Actor, actorLabel } from '../../../platform/auth/actor';
import type { ReportView } from '../contract';
import { reportPdf } from '../report-pdf';
import { type Ctx, versionOf } from './common';

export function printReportUseCase(ctx: Ctx, getReport: (actor: Actor, id: string) => Promise<ReportView>) {
  return async function printReport(actor: Actor, id: string): Promise<{ fileName: string; data: Buffer }> {
    const report = await getReport(actor, id);
    const by = actor.kind === 'user' ? `${actor.displayName} (${actor.username})` : actorLabel(actor);
    const data = await reportPdf(report, versionOf(report), { at: ctx.clock(), by });
    return { fileName: `${report.code}_${report.period}.pdf`, data };
  };
}
