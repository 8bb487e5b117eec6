/**
 * Reading a filled report template (CF_02) cell by cell, without writing anything: which type and
 * period the file is (cells D2 and B2), the columns by the hidden key row (so relabelled headers do
 * not matter), and each data row's project code and values the Vietnamese way (1.234,5; Có/Không).
 * Every unreadable cell becomes a problem pinned to sheet, row and column; a file that is not a
 * template of this system is refused as a whole. Used by the all-or-nothing import and by the
 * one-report upload that only fills the form.
 */
import { AppError } from '../../../kernel/errors';
import { periodEnd } from '../../../kernel/period';
import {
  columnLetter,
  parseDecimalCell,
  parseYesNo,
  type RawCell,
  unwrapCell,
} from '../../../platform/files/xlsx-cells';
import { readSheets } from '../../../platform/files/xlsx-read';
import type { ReportTypeId } from '../contract';
import { REPORT_TYPE_IDS } from '../contract';
import { CONFIRM_KEY, DATA_SHEET, FIRST_DATA_ROW, FIXED_KEYS, KEY_ROW } from '../report-workbook';
import { periodOfType, versionFor } from './common';

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

export type WorkbookRow = {
  row: number;
  projectCode: string;
  values: Record<string, string | boolean | null>;
  reason: string;
};

export const wholeFile = (vi: string, en: string) =>
  new ImportRejected([{ sheet: DATA_SHEET, row: null, column: null, message: vi, messageEn: en }]);

/** The file read: its type, period and version, its rows, the cells it could not read. */
export async function readReportWorkbook(data: Buffer) {
  const problems: ImportProblem[] = [];
  const [sheet] = await readSheets(data, { wanted: [DATA_SHEET], maxRows: 20_000 });
  if (!sheet)
    throw wholeFile(
      `Tệp không có trang "${DATA_SHEET}": hãy dùng mẫu tải từ hệ thống.`,
      `The file has no "${DATA_SHEET}" sheet: use the template from the system.`,
    );
  const cellsOf = (n: number) => sheet.rows.find((r) => r.number === n)?.cells ?? [];
  const text = (v: RawCell) => String(unwrapCell(v) ?? '').trim();
  const typeId = text(cellsOf(2)[4]) as ReportTypeId;
  if (!REPORT_TYPE_IDS.includes(typeId))
    throw wholeFile(
      'Ô D2 không ghi loại báo cáo của mẫu: hãy tải lại mẫu.',
      'Cell D2 does not name the report type: download the template again.',
    );
  let period: ReturnType<typeof periodOfType>;
  try {
    period = periodOfType(typeId, text(cellsOf(2)[2]));
  } catch {
    throw wholeFile(
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
    throw wholeFile(
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

  type Row = WorkbookRow;
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
  return { typeId, period, version, rows, problems, header, columnOf };
}
