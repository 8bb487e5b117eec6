import type ExcelJS from 'exceljs';
import { newWorkbook, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { ColumnKind, FormColumn, FormRow, FormSection, FormTable } from '../contract';
import { computedLine, formNumberLine, issuerLines, MOTTO, periodLine, scopeLine } from './form-file';
import { decimalsOf, firstColumnText, hasRowLabels, headerGrid, labelMode, numberRow } from './header-grid';

/**
 * A national form as an .xlsx sheet in the printed layout: issuer and motto, "Biểu ….H.QLKKT",
 * the title, the period, the notes, then each section with its merged multi-level header, its
 * rows and its total row. Numbers are number cells whose format shows the form's precision
 * (Excel prints them with the reader's separators: 1.234,56 on a Vietnamese system); wide forms
 * are set to print on A4 landscape, one page wide.
 */
type Kind = typeof ColumnKind._output;

function numberFormat(kind: Kind, value: string): string {
  const decimals = decimalsOf(value);
  if (kind === 'count' || decimals === 0) return '#,##0';
  return `#,##0.${'0'.repeat(decimals)}`;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

function writeValue(cell: ExcelJS.Cell, column: FormColumn, value: string | null) {
  cell.border = BORDER;
  if (value === null || value === '') return;
  const n = Number(value);
  if (column.kind !== 'text' && Number.isFinite(n)) {
    cell.value = n;
    cell.numFmt = numberFormat(column.kind, value);
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  } else {
    cell.value = value;
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

function writeSection(sheet: ExcelJS.Worksheet, section: FormSection, startRow: number): number {
  let r = startRow;
  const grid = headerGrid(section);
  if (section.title) {
    sheet.getCell(r, 1).value = section.title.vi;
    sheet.getCell(r, 1).font = { name: FONT, bold: true, size: 12 };
    r++;
  }
  for (const h of grid.cells) {
    const cell = sheet.getCell(r + h.row, h.col + 1);
    cell.value = h.text;
    if (h.rowSpan > 1 || h.colSpan > 1) {
      sheet.mergeCells(r + h.row, h.col + 1, r + h.row + h.rowSpan - 1, h.col + h.colSpan);
    }
  }
  for (let i = 0; i < grid.depth; i++) {
    for (let c = 1; c <= grid.width; c++) {
      const cell = sheet.getCell(r + i, c);
      cell.font = { name: FONT, bold: true, size: 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    }
  }
  r += grid.depth;
  const numbers = numberRow(section);
  if (numbers) {
    numbers.forEach((n, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = n;
      cell.font = { name: FONT, italic: true, size: 10 };
      cell.alignment = { horizontal: 'center' };
      cell.border = BORDER;
    });
    r++;
  }
  const labels = hasRowLabels(section);
  const writeRow = (row: FormRow, total: boolean) => {
    if (labels) {
      const cell = sheet.getCell(r, 1);
      cell.value = row.label?.vi ?? (total ? 'Tổng cộng' : '');
      cell.alignment = { indent: row.level, vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.font = { name: FONT, bold: total || row.level === 0 };
    }
    section.columns.forEach((column, i) => {
      const cell = sheet.getCell(r, i + 1 + (labels ? 1 : 0));
      const value = i === 0 ? firstColumnText(row, section, total) : (row.cells[column.key]?.value ?? null);
      writeValue(cell, column, value);
      cell.font = { name: FONT, bold: total || (i === 0 && !labels && row.label !== null && row.level === 0) };
      if (i === 0 && !labels && row.label) cell.alignment = { indent: row.level, vertical: 'middle', wrapText: true };
    });
    r++;
  };
  for (const row of section.rows) writeRow(row, false);
  if (section.total) writeRow(section.total, true);
  return r + 1;
}

export async function formWorkbook(form: FormTable, reportCode: string | null): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(form.fullCode, {
    pageSetup: {
      paperSize: 9,
      orientation: form.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const width = Math.max(4, ...form.sections.map((s) => headerGrid(s).width));
  const half = Math.max(2, Math.floor(width / 2));
  const [issuer, unit] = issuerLines(form);
  const put = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  put(1, 1, half, issuer, { bold: false });
  put(1, half + 1, width, MOTTO[0], { bold: true });
  put(2, 1, half, unit, { bold: true });
  put(2, half + 1, width, MOTTO[1], { bold: true, underline: true });
  put(4, 1, width, formNumberLine(form), { bold: true });
  put(5, 1, width, form.title.vi.toLocaleUpperCase('vi-VN'), { bold: true, size: 14 });
  sheet.getRow(5).height = 36;
  put(6, 1, width, periodLine(form), { italic: false });
  put(7, 1, width, scopeLine(form), { italic: false });
  let r = 8;
  for (const note of form.notes) put(r++, 1, width, note.vi, { italic: true, size: 11 });
  r++;
  for (const section of form.sections) r = writeSection(sheet, section, r);
  put(r, 1, width, computedLine(form, reportCode), { italic: true, size: 10 });
  const first = form.sections[0];
  sheet.getColumn(1).width = first && labelMode(first) !== 'none' ? 46 : 28;
  for (let c = 2; c <= width; c++) sheet.getColumn(c).width = 16;
  return workbookBuffer(workbook);
}
