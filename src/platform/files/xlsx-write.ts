/**
 * Writing .xlsx files: cell formats, header styles and the download headers shared by the
 * templates, exports and error reports. Numbers stay numbers and dates stay dates; the formats
 * below are the file format's own codes, which Excel shows with the reader's separators
 * (1.234,5 on a Vietnamese system).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../kernel/text';

export { XLSX_CONTENT_TYPE } from './xlsx-read';

export const NUMBER_FORMATS = {
  /** Areas (ha), up to the 4 decimals the registry keeps. */
  hectares: '#,##0.00##',
  usd: '#,##0.00',
  vnd: '#,##0',
  integer: '#,##0',
  percent: '0.####',
  coordinate: '0.000000',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm:ss',
  text: '@',
} as const;

export const COLOURS = {
  header: 'FF0B2F57',
  headerText: 'FFFFFFFF',
  required: 'FFFFE7BA',
  subHeader: 'FFE8EEF5',
  muted: 'FF5A6B7D',
  error: 'FFFDECEA',
} as const;

/** A calendar day as the Date exceljs writes as that day (UTC midnight, no time-zone shift). */
export function excelDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** An instant shown as Hà Nội wall time (Excel has no time zones: the cell holds local time). */
export function excelLocalTime(instant: Date | string | null | undefined): Date | null {
  if (!instant) return null;
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(t + 7 * 3_600_000);
}

/** A decimal string as a number cell (null stays empty). */
export const excelNumber = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

/** `attachment` with an ASCII fallback name and the real (Vietnamese) name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii =
    foldVietnamese(fileName)
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-+/g, '-') || 'tep.xlsx';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A workbook written row by row into a stream (exports of tens of thousands of rows). Text goes
 * into the shared-strings table, as every spreadsheet program writes it, rather than as
 * formula-result strings.
 */
export function streamingWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; stream: PassThrough } {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'IZA';
  return { workbook, stream };
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IZA';
  workbook.created = new Date();
  return workbook;
}

/** The dark header band of a table. */
export function styleHeader(row: ExcelJS.Row, fill: string = COLOURS.header, text: string = COLOURS.headerText) {
  row.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: text } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } };
  });
}
