/**
 * Reading an uploaded .xlsx. The whole archive is read with exceljs's regular loader (JSZip):
 * its streaming reader follows the zip entries as they come and, measured on files written by
 * exceljs itself (workbook.xml last), now and then loses the workbook part and fails. The data
 * validations a filled template carries over thousands of rows are skipped while loading (the
 * loader would expand them cell by cell), and rows are bounded so a runaway file is refused.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../kernel/errors';
import type { RawCell } from './xlsx-cells';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetRow = {
  /** The row number Excel shows. */
  number: number;
  /** 1-based: `cells[1]` is column A. */
  cells: RawCell[];
};

export type SheetRows = { name: string; rows: SheetRow[] };

/** An .xlsx (and .xlsm) file is a zip archive: it starts with "PK\x03\x04". */
export const looksLikeXlsx = (data: Buffer) =>
  data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

export const notAWorkbook = () =>
  new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Tệp gửi lên không phải là tệp Excel .xlsx (hãy lưu tệp theo định dạng Excel Workbook).',
    'The file is not an Excel .xlsx workbook (save it as an Excel Workbook).',
  );

const tooManyRows = (sheet: string, max: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `${sheet ? `Trang tính "${sheet}"` : 'Một trang tính'} có hơn ${max.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều tệp.`,
    `${sheet ? `Sheet "${sheet}"` : 'A sheet'} has more than ${max.toLocaleString('en-US')} rows; split it into several files.`,
  );

/**
 * Every non-empty row of every sheet, in order. Sheets not named in `wanted` (when given) are
 * skipped; `maxRows` bounds each sheet so a runaway file cannot exhaust memory.
 */
export async function readSheets(
  data: Buffer,
  options: { wanted?: readonly string[]; maxRows?: number } = {},
): Promise<SheetRows[]> {
  if (!looksLikeXlsx(data)) throw notAWorkbook();
  const max = options.maxRows ?? 100_000;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      data as unknown as ArrayBuffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
        maxRows: max,
      } as never,
    );
  } catch (e) {
    const rows = /Max row count \((\d+)\) exceeded/.exec(String((e as Error)?.message));
    if (rows) throw tooManyRows('', max);
    throw notAWorkbook();
  }
  const out: SheetRows[] = [];
  for (const sheet of workbook.worksheets) {
    if (options.wanted && !options.wanted.includes(sheet.name)) continue;
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as RawCell[];
      if (!Array.isArray(values) || values.every((v) => v === null || v === undefined || v === '')) return;
      rows.push({ number: row.number, cells: values });
    });
    if (rows.length > max) throw tooManyRows(sheet.name, max);
    out.push({ name: sheet.name, rows });
  }
  return out;
}
