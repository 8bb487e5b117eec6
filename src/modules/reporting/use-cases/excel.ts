/**
 * Reports in Excel (CF_02): the template of one project's report or of a Board's batch for one
 * period, and the import of a filled template — all or nothing. Every cell is read the Vietnamese
 * way and checked first (read-workbook.ts); then, in ONE transaction, each row goes through the same use cases as the
 * API (create or update the draft, and submit when asked), with services built on that
 * transaction (PGlite has one connection). Any problem rolls everything back and is reported by
 * sheet, row and column in Vietnamese and English.
 */
import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import type { Currency } from '../../../kernel/money';
import { periodCode, periodEnd } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import { projects } from '../../../platform/db/schema';
import { inTransaction } from '../../../platform/db/transaction';
import { workbookBuffer } from '../../../platform/files/xlsx-write';
import type { TemplateQuery } from '../contract';
import { DATA_SHEET, reportTemplate } from '../report-workbook';
import { reports } from '../schema';
import type { ReportingService } from '../service';
import { type Ctx, periodOfType, reportTarget, versionFor } from './common';
import { ImportRejected, readReportWorkbook, wholeFile } from './read-workbook';
import { visibleReportsOfProjects } from './scope';
import { PlausibilityError } from './workflow';

export { type ImportProblem, ImportRejected } from './read-workbook';

const stamp = (d: Date) => {
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(0, 10).replaceAll('-', '')}_${local.slice(11, 16).replace(':', '')}`;
};

/** The reporting use cases built on a transaction (with the zones and investment services under them). */
export type ServicesOn = (db: Db) => {
  reporting: Pick<ReportingService, 'createReport' | 'updateReport' | 'submitReport'>;
};

export function excelUseCases(ctx: Ctx, servicesOn: ServicesOn) {
  const { db } = ctx;

  async function template(actor: Actor, q: TemplateQuery): Promise<{ fileName: string; data: Buffer }> {
    authorize(actor, 'report:file');
    const period = periodOfType(q.typeId, q.period);
    const version = versionFor(q.typeId, period, periodEnd(period));
    let rows: { projectCode: string; name: string; currency: Currency }[];
    if (q.projectId) {
      const p = await ctx.projects.reportableProject(q.projectId);
      authorize(actor, 'report:file', reportTarget(p));
      rows = [{ projectCode: p.projectCode, name: p.name, currency: p.currency }];
    } else {
      const where: (SQL | undefined)[] = [
        isNotNull(projects.enterpriseId),
        await visibleReportsOfProjects(ctx, actor),
        ctx.projects.validDuring(periodCode(period)),
      ];
      if (q.parkId) where.push(and(eq(projects.locationKind, 'park'), eq(projects.parkId, q.parkId)));
      rows = (
        await db
          .select({ projectCode: projects.projectCode, name: projects.name, currency: projects.currency })
          .from(projects)
          .where(and(...where))
          .orderBy(asc(projects.projectCode))
          .limit(5000)
      ).map((r) => ({ ...r, currency: r.currency as Currency }));
    }
    const code = `EZ_${version.formCode.replaceAll('.', '')}`;
    return {
      fileName: `Mau_${code}_${periodCode(period)}_${stamp(ctx.clock())}.xlsx`,
      data: await workbookBuffer(reportTemplate(version, period, rows)),
    };
  }

  async function importReports(actor: Actor, data: Buffer, options: { submit: boolean }) {
    authorize(actor, 'report:file');
    const { typeId, period, rows, problems, header, columnOf } = await readReportWorkbook(data);
    if (rows.length === 0 && problems.length === 0)
      throw wholeFile('Tệp không có dòng báo cáo nào.', 'The file has no report rows.');
    if (problems.length) throw new ImportRejected(problems);

    const code = periodCode(period);
    const items: {
      row: number;
      projectCode: string;
      reportId: string;
      code: string;
      status: 'draft' | 'pending' | 'accepted' | 'revision_requested';
      created: boolean;
    }[] = [];
    await ctx.geo.getIndex();
    await inTransaction(db, async (tx) => {
      const { reporting } = servicesOn(tx as unknown as Db);
      const found = await tx
        .select({ id: projects.id, code: projects.projectCode })
        .from(projects)
        .where(
          inArray(
            projects.projectCode,
            rows.map((r) => r.projectCode),
          ),
        );
      const idOf = new Map(found.map((p) => [p.code, p.id]));
      for (const r of rows) {
        const at = (key: string | null, vi: string, en: string) =>
          problems.push({
            sheet: DATA_SHEET,
            row: r.row,
            column: key ? header(key) : null,
            message: vi,
            messageEn: en,
          });
        const projectId = idOf.get(r.projectCode);
        if (!projectId) {
          at('projectCode', `Không có dự án mã số ${r.projectCode}.`, `No project with code ${r.projectCode}.`);
          continue;
        }
        try {
          const [existing] = await tx
            .select({ id: reports.id, status: reports.status, updatedAt: reports.updatedAt })
            .from(reports)
            .where(and(eq(reports.typeId, typeId), eq(reports.period, code), eq(reports.projectId, projectId)));
          let view: Awaited<ReturnType<typeof reporting.createReport>>;
          if (!existing)
            view = await reporting.createReport(actor, { typeId, period: code, projectId, values: r.values });
          else if (existing.status === 'draft' || existing.status === 'revision_requested')
            view = await reporting.updateReport(actor, existing.id, {
              updatedAt: existing.updatedAt.toISOString(),
              values: r.values,
            });
          else {
            at(
              'projectCode',
              'Báo cáo kỳ này của dự án đã nộp; không nhập đè được.',
              'This period’s report of the project was already submitted; it cannot be overwritten.',
            );
            continue;
          }
          if (options.submit)
            view = await reporting.submitReport(actor, view.id, {
              updatedAt: view.updatedAt,
              confirmations: [],
              confirmAllReason: r.reason || null,
            });
          items.push({
            row: r.row,
            projectCode: r.projectCode,
            reportId: view.id,
            code: view.code,
            status: view.status,
            created: !existing,
          });
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          if (e instanceof PlausibilityError) {
            for (const w of e.warnings)
              at(
                w.field,
                `${w.message}${w.mustConfirmIndividually ? ' Hãy sửa, hoặc nộp trực tuyến để xác nhận riêng chỉ tiêu này.' : ' Ghi lý do ở cột cuối nếu số liệu đúng.'}`,
                w.messageEn,
              );
            continue;
          }
          const fields = Object.entries(e.fields ?? {});
          if (!fields.length) at('projectCode', e.message, e.messageEn);
          for (const [path, m] of fields) {
            const key = path.startsWith('body.values.') ? path.slice('body.values.'.length) : 'projectCode';
            at(columnOf.has(key) ? key : 'projectCode', m.message, m.messageEn);
          }
        }
      }
      if (problems.length) throw new ImportRejected(problems);
    });
    return { typeId, period: code, items };
  }

  return { template, importReports };
}
