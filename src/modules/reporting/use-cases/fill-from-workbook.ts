/**
 * The one-report Excel upload of the enterprise's form (C.9): the filled template is read and
 * checked cell by cell and its figures are returned to fill the form, NOTHING is written. The
 * enterprise then reviews them on screen, and saves or submits through the ordinary API (with its
 * plausibility checks and confirmations). A file of another period, type or project is refused
 * as a whole; a cell that cannot be read is a problem on its field.
 */
import { periodCode } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { FillFromWorkbookQuery, WorkbookFill } from '../contract';
import { readValues } from '../field-values';
import { DATA_SHEET } from '../report-workbook';
import { type Ctx, periodOfType, reportTarget } from './common';
import { readReportWorkbook, wholeFile } from './read-workbook';

const TYPE_NAMES = { quarterly_implementation: 'báo cáo quý', annual_implementation: 'báo cáo năm' } as const;

export function fillFromWorkbookUseCase(ctx: Ctx) {
  return async function fillFromWorkbook(actor: Actor, data: Buffer, q: FillFromWorkbookQuery): Promise<WorkbookFill> {
    authorize(actor, 'report:file');
    const wanted = periodCode(periodOfType(q.typeId, q.period));
    const project = await ctx.projects.reportableProject(q.projectId);
    authorize(actor, 'report:file', reportTarget(project));
    const file = await readReportWorkbook(data);
    const filePeriod = periodCode(file.period);
    if (file.typeId !== q.typeId || filePeriod !== wanted)
      throw wholeFile(
        `Tệp là mẫu ${TYPE_NAMES[file.typeId]} kỳ ${filePeriod}, không phải của báo cáo đang lập (${TYPE_NAMES[q.typeId]} kỳ ${wanted}): hãy tải mẫu của báo cáo này.`,
        `The file is the template of the ${file.typeId} report for ${filePeriod}, not of this report (${q.typeId}, ${wanted}): download this report’s template.`,
      );
    const own = file.rows.filter((r) => r.projectCode === project.projectCode);
    const others = file.rows.filter((r) => r.projectCode !== project.projectCode).map((r) => r.projectCode);
    const row = own[0];
    if (!row || own.length > 1 || others.length)
      throw wholeFile(
        !row
          ? `Tệp không có dòng của dự án ${project.projectCode}: hãy dùng mẫu tải cho dự án này.`
          : `Tệp có ${own.length + others.length} dòng dự án; mẫu một báo cáo chỉ có dòng của dự án ${project.projectCode} (nhiều báo cáo do Ban Quản lý nhập).`,
        !row
          ? `The file has no row for project ${project.projectCode}: use the template downloaded for this project.`
          : `The file has ${own.length + others.length} project rows; a one-report template holds only project ${project.projectCode} (batches are imported by the Board).`,
      );
    const fieldOf = (column: string | null) =>
      file.version.fields.find((f) => column !== null && column === file.header(f.key))?.key ?? null;
    const problems: WorkbookFill['problems'] = file.problems
      .filter((p) => p.row === row.row)
      .map((p) => ({ ...p, field: fieldOf(p.column) }));
    // Bounds and decimals are checked as a save would; the value stays, marked, for the enterprise to fix.
    const { errors } = readValues(file.version, project.currency, row.values);
    for (const [path, m] of Object.entries(errors)) {
      const key = path.replace(/^body\.values\./, '');
      problems.push({
        sheet: DATA_SHEET,
        row: row.row,
        column: file.columnOf.has(key) ? file.header(key) : null,
        field: key,
        message: m.message,
        messageEn: m.messageEn,
      });
    }
    const values = Object.fromEntries(file.version.fields.map((f) => [f.key, row.values[f.key] ?? null]));
    return {
      typeId: file.typeId,
      period: filePeriod,
      projectCode: project.projectCode,
      row: row.row,
      values,
      confirmReason: row.reason || null,
      problems,
    };
  };
}
