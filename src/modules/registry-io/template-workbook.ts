/**
 * The downloadable template of one import kind: the data sheets (Vietnamese headers, English
 * below, a note and an input message on each column, dropdowns from the Danh mục sheet), the
 * Hướng dẫn sheet (every column explained, with an example row) and the Danh mục sheet with the
 * lists. The importer reads the same column definitions, so the two cannot drift apart.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../platform/files/xlsx-cells';
import { COLOURS, NUMBER_FORMATS, newWorkbook, styleHeader } from '../../platform/files/xlsx-write';
import { type ColumnDef, headerText, type SheetDef } from './columns';
import type { ImportDefinition } from './definition';
import { LIST_TITLES, type ListName, type TemplateLists } from './lists';
import { describeFormat, GENERAL_RULES, REQUIRED_MARK } from './template-text';

/** Rows of a data sheet that get dropdowns and input messages (files may hold more). */
export const VALIDATED_ROWS = 20_000;
export const FIRST_DATA_ROW = 3;
export const LISTS_SHEET = 'Danh mục';
export const GUIDE_SHEET = 'Hướng dẫn';

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

type ListRanges = Map<string, string>;
type ListColumn = { name: string; title: string; values: string[] };

/** The lists of the Danh mục sheet, one per column: the fixed choices, then the lists of the moment. */
function listColumns(definition: ImportDefinition, lists: TemplateLists): ListColumn[] {
  const columns: ListColumn[] = [];
  const seen = new Set<string>();
  for (const def of [definition.main, ...(definition.extra ?? [])]) {
    for (const c of def.columns) {
      if (c.kind.type === 'choice' && !seen.has(c.kind.list)) {
        seen.add(c.kind.list);
        columns.push({ name: c.kind.list, title: c.vi, values: c.kind.choices.map((x) => x.vi) });
      }
    }
  }
  for (const [name, values] of Object.entries(lists) as [ListName, string[]][]) {
    columns.push({ name, title: LIST_TITLES[name].vi, values });
  }
  return columns;
}

/** Where each list lies on the Danh mục sheet, for the dropdowns (empty lists get none). */
function listRanges(columns: readonly ListColumn[]): ListRanges {
  const ranges: ListRanges = new Map();
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (c.values.length) ranges.set(c.name, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${c.values.length + 1}`);
  });
  return ranges;
}

function addListsSheet(workbook: ExcelJS.Workbook, columns: readonly ListColumn[]) {
  const sheet = workbook.addWorksheet(LISTS_SHEET);
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    sheet.getCell(`${letter}1`).value = c.title;
    c.values.forEach((v, j) => {
      sheet.getCell(`${letter}${j + 2}`).value = v;
    });
    sheet.getColumn(i + 1).width = Math.min(48, Math.max(18, ...c.values.map((v) => v.length + 2)));
  });
  styleHeader(sheet.getRow(1));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function listNameOf(column: ColumnDef): string | null {
  if (column.kind.type === 'choice' || column.kind.type === 'lookup') return column.kind.list;
  return null;
}

function formatOf(column: ColumnDef): string | undefined {
  switch (column.kind.type) {
    case 'date':
      return NUMBER_FORMATS.date;
    case 'decimal':
      return column.kind.format ?? '#,##0.####';
    case 'integer':
      return NUMBER_FORMATS.integer;
    case 'taxCode':
      return NUMBER_FORMATS.text;
    default:
      return undefined;
  }
}

/** exceljs keeps range validations on the sheet but leaves them out of its typings. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: Validation): void } }).dataValidations;
type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & {
  /** 'any' carries only the input message. */
  type: ExcelJS.DataValidation['type'] | 'any';
  formulae?: string[];
};

function addDataSheet(workbook: ExcelJS.Workbook, def: SheetDef, ranges: ListRanges) {
  const sheet = workbook.addWorksheet(def.name, { properties: { tabColor: { argb: COLOURS.header } } });
  const vi = sheet.getRow(1);
  const en = sheet.getRow(2);
  def.columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const head = sheet.getCell(`${letter}1`);
    head.value = headerText(column);
    head.note = {
      texts: [
        { font: { bold: true }, text: `${column.vi}${column.required ? ` (${REQUIRED_MARK.vi})` : ''}\n` },
        { text: `${column.note.vi}\n\n` },
        { font: { italic: true }, text: `${column.en}: ${column.note.en}` },
      ],
    };
    sheet.getCell(`${letter}2`).value = column.en;
    const col = sheet.getColumn(i + 1);
    col.width = column.width ?? 18;
    const format = formatOf(column);
    if (format) col.numFmt = format;

    const range = `${letter}${FIRST_DATA_ROW}:${letter}${FIRST_DATA_ROW + VALIDATED_ROWS - 1}`;
    const list = listNameOf(column);
    const source = list ? ranges.get(list) : undefined;
    const strict = column.kind.type === 'choice' && !column.kind.multiple;
    const prompt = { promptTitle: cut(column.vi, 32), prompt: cut(column.note.vi, 255), showInputMessage: true };
    validationsOf(sheet).add(
      range,
      source
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [source],
            showErrorMessage: true,
            errorStyle: strict ? 'stop' : 'warning',
            errorTitle: 'Giá trị ngoài danh sách',
            error: strict
              ? 'Hãy chọn một giá trị trong danh sách.'
              : column.kind.type === 'choice'
                ? 'Giá trị không có trong danh sách. Nhiều giá trị thì cách nhau bằng dấu ; và chọn "Yes" để giữ.'
                : 'Giá trị không có trong danh sách. Chọn "Yes" để giữ nếu bạn chắc chắn (ví dụ mã, hoặc tên tỉnh cũ trước 01/07/2025).',
            ...prompt,
          }
        : { type: 'any', allowBlank: true, ...prompt },
    );
  });
  styleHeader(vi);
  def.columns.forEach((column, i) => {
    if (column.required) {
      const cell = vi.getCell(i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.required } };
      cell.font = { bold: true, color: { argb: 'FF000000' } };
    }
  });
  styleHeader(en, COLOURS.subHeader, COLOURS.muted);
  en.eachCell((cell) => {
    cell.font = { italic: true, color: { argb: COLOURS.muted } };
  });
  vi.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

function addGuideSheet(workbook: ExcelJS.Workbook, definition: ImportDefinition) {
  const sheet = workbook.addWorksheet(GUIDE_SHEET, { properties: { tabColor: { argb: 'FF2E7D32' } } });
  sheet.columns = [
    { width: 8 },
    { width: 34 },
    { width: 30 },
    { width: 12 },
    { width: 30 },
    { width: 70 },
    { width: 30 },
  ];
  const title = sheet.addRow([`Hướng dẫn nhập dữ liệu: ${definition.title.vi}`]);
  title.font = { bold: true, size: 14, color: { argb: COLOURS.header } };
  sheet.addRow([`Import guide: ${definition.title.en}`]).font = { italic: true, color: { argb: COLOURS.muted } };
  sheet.addRow([]);
  for (const p of [...definition.intro, ...GENERAL_RULES]) {
    const row = sheet.addRow(['', p.vi]);
    sheet.mergeCells(row.number, 2, row.number, 7);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(18, Math.ceil(p.vi.length / 150) * 16);
    const enRow = sheet.addRow(['', p.en]);
    sheet.mergeCells(enRow.number, 2, enRow.number, 7);
    enRow.getCell(2).font = { italic: true, color: { argb: COLOURS.muted } };
    enRow.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    enRow.height = Math.max(16, Math.ceil(p.en.length / 160) * 15);
  }
  for (const def of [definition.main, ...(definition.extra ?? [])]) {
    sheet.addRow([]);
    const heading = sheet.addRow(['', `Trang "${def.name}" — ${def.title.en}`]);
    heading.font = { bold: true, size: 12 };
    const head = sheet.addRow([
      'Cột',
      'Tiêu đề',
      'Tên tiếng Anh',
      'Bắt buộc',
      'Định dạng, đơn vị',
      'Giải thích',
      'Ví dụ',
    ]);
    styleHeader(head);
    def.columns.forEach((column, i) => {
      const row = sheet.addRow([
        columnLetter(i + 1),
        column.vi,
        column.en,
        column.required ? 'Bắt buộc' : 'Không',
        describeFormat(column),
        `${column.note.vi}\n${column.note.en}`,
        column.example,
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
      const format = formatOf(column);
      if (format && column.example !== null) row.getCell(7).numFmt = format;
      if (column.required) row.getCell(4).font = { bold: true, color: { argb: 'FFB3261E' } };
    });
    sheet.addRow([]);
    sheet.addRow(['', 'Dòng ví dụ (minh họa cách điền, không nhập dòng này) — Example row']).font = { bold: true };
    const header = sheet.addRow(def.columns.map(headerText));
    styleHeader(header, COLOURS.subHeader, 'FF000000');
    const example = sheet.addRow(def.columns.map((c) => c.example));
    def.columns.forEach((c, i) => {
      const format = formatOf(c);
      if (format) example.getCell(i + 1).numFmt = format;
    });
  }
}

/** The template workbook of an import kind, with the lists of the moment. */
export function buildTemplate(definition: ImportDefinition, lists: TemplateLists): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.title = definition.title.vi;
  const columns = listColumns(definition, lists);
  const ranges = listRanges(columns);
  // Data sheets first, so the file opens on them; then the guide and the lists.
  for (const def of [definition.main, ...(definition.extra ?? [])]) addDataSheet(workbook, def, ranges);
  addGuideSheet(workbook, definition);
  addListsSheet(workbook, columns);
  return workbook;
}
