/**
 * Reports in Excel (CF_02): the template of one project's report or of a Board's batch for one
 * period, and the import of a filled template — all or nothing. Every cell is read the Vietnamese
 * way and checked first; then, in ONE transaction, each row goes through the same use cases as the
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
import {
  columnLetter,
  parseDecimalCell,
  parseYesNo,
  type RawCell,
  unwrapCell,
} from '../../../platform/files/xlsx-cells';
import { readSheets } from '../../../platform/files/xlsx-read';
import { workbookBuffer } from '../../../platform/files/xlsx-write';
import type { ReportTypeId } from '../contract';
import { REPORT_TYPE_IDS, type TemplateQuery } from '../contract';
import { CONFIRM_KEY, DATA_SHEET, FIRST_DATA_ROW, FIXED_KEYS, KEY_ROW, reportTemplate } from '../report-workbook';
import { reports } from '../schema';
import type { ReportingService } from '../service';
import { type Ctx, periodOfType, reportTarget, versionFor } from './common';
import { visibleReportsOfProjects } from './scope';
import { PlausibilityError } from './workflow';

export type ImportProblem = {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  messageEn: string;
};

/** Nothing was written; the problems say why. */
export class ImportRejected extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super(
      'UNPROCESSABLE',
      `Không ghi báo cáo nào: tệp có ${problems.length} lỗi. Hãy sửa rồi tải lên lại.`,
      `Nothing was written: the file has ${problems.length} problem(s). Fix them and upload again.`,
    );
  }
}

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
    const problems: ImportProblem[] = [];
    const whole = (vi: string, en: string) =>
      new ImportRejected([{ sheet: DATA_SHEET, row: null, column: null, message: vi, messageEn: en }]);
    const [sheet] = await readSheets(data, { wanted: [DATA_SHEET], maxRows: 20_000 });
    if (!sheet)
      throw whole(
        `Tệp không có trang "${DATA_SHEET}": hãy dùng mẫu tải từ hệ thống.`,
        `The file has no "${DATA_SHEET}" sheet: use the template from the system.`,
      );
    const cellsOf = (n: number) => sheet.rows.find((r) => r.number === n)?.cells ?? [];
    const text = (v: RawCell) => String(unwrapCell(v) ?? '').trim();
    const typeId = text(cellsOf(2)[4]) as ReportTypeId;
    if (!REPORT_TYPE_IDS.includes(typeId))
      throw whole(
        'Ô D2 không ghi loại báo cáo của mẫu: hãy tải lại mẫu.',
        'Cell D2 does not name the report type: download the template again.',
      );
    let period: ReturnType<typeof periodOfType>;
    try {
      period = periodOfType(typeId, text(cellsOf(2)[2]));
    } catch {
      throw whole(
        'Ô B2 không ghi đúng kỳ báo cáo của mẫu: hãy tải lại mẫu.',
        'Cell B2 does not hold the template’s period: download the template again.',
      );
    }
    const version = versionFor(typeId, period, periodEnd(period));
    const keys = cellsOf(KEY_ROW).map((c) => text(c));
    const known = new Set<string>([...FIXED_KEYS, CONFIRM_KEY, ...version.fields.map((f) => f.key)]);
    const columnOf = new Map<string, number>();
    keys.forEach((k, i) => {
      if (k) columnOf.set(k, i);
    });
    const missingKeys = [...known].filter((k) => !columnOf.has(k));
    if (missingKeys.length || keys.some((k) => k && !known.has(k))) {
      throw whole(
        'Cấu trúc tệp không khớp với mẫu của kỳ này (dòng 5 bị sửa hoặc mẫu cũ): hãy tải mẫu mới.',
        'The file’s structure does not match this period’s template (row 5 changed or an old template): download a new one.',
      );
    }
    const header = (key: string) => {
      const col = columnOf.get(key)!;
      const label =
        key === 'projectCode'
          ? 'Mã số dự án'
          : key === CONFIRM_KEY
            ? 'Lý do xác nhận'
            : (version.fields.find((f) => f.key === key)?.label.vi ?? key);
      return `${columnLetter(col)} (${label})`;
    };

    type Row = { row: number; projectCode: string; values: Record<string, string | boolean | null>; reason: string };
    const rows: Row[] = [];
    for (const r of sheet.rows.filter((x) => x.number >= FIRST_DATA_ROW)) {
      const projectCode = text(r.cells[columnOf.get('projectCode')!]);
      const hasData = version.fields.some((f) => text(r.cells[columnOf.get(f.key)!]) !== '');
      if (!projectCode) {
        if (hasData)
          problems.push({
            sheet: DATA_SHEET,
            row: r.number,
            column: header('projectCode'),
            message: 'Thiếu mã số dự án.',
            messageEn: 'The project code is missing.',
          });
        continue;
      }
      const values: Row['values'] = {};
      for (const f of version.fields) {
        const cell = r.cells[columnOf.get(f.key)!];
        const parsed = f.kind === 'flag' ? parseYesNo(cell) : parseDecimalCell(cell);
        if (!parsed.ok)
          problems.push({
            sheet: DATA_SHEET,
            row: r.number,
            column: header(f.key),
            message: parsed.vi,
            messageEn: parsed.en,
          });
        else values[f.key] = parsed.value;
      }
      rows.push({ row: r.number, projectCode, values, reason: text(r.cells[columnOf.get(CONFIRM_KEY)!]) });
    }
    const seen = new Map<string, number>();
    for (const r of rows) {
      const first = seen.get(r.projectCode);
      if (first !== undefined)
        problems.push({
          sheet: DATA_SHEET,
          row: r.row,
          column: header('projectCode'),
          message: `Dự án ${r.projectCode} đã có ở dòng ${first}.`,
          messageEn: `Project ${r.projectCode} is already on row ${first}.`,
        });
      else seen.set(r.projectCode, r.row);
    }
    if (rows.length === 0 && problems.length === 0)
      throw whole('Tệp không có dòng báo cáo nào.', 'The file has no report rows.');
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
