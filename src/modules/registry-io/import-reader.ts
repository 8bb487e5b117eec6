/**
 * An uploaded file read against its template: the sheets found by name, the columns by their
 * headers (Vietnamese or English, in any order), every data row's cells typed by its column.
 * Cell problems (not a date, missing required value, unknown choice) are reported here.
 */
import { cellText, columnLetter, fold } from '../../platform/files/xlsx-cells';
import { readSheets, type SheetRow } from '../../platform/files/xlsx-read';
import { type CellValue, headerKey, headerText, parseCell, requiredMissing, type SheetDef } from './columns';
import type { ImportDefinition, RowInput } from './definition';
import { Problems, type SheetLayout } from './problems';

export const MAX_ROWS = 50_000;

export type ReadFile = {
  main: RowInput[];
  extra: Record<string, RowInput[]>;
  problems: Problems;
};

type Located = { index: number; def: SheetDef['columns'][number] };

/** The template columns found in the header row, by position. */
function locateColumns(def: SheetDef, header: SheetRow | undefined): Located[] {
  const positions = new Map<string, number>();
  for (let i = 1; i < (header?.cells.length ?? 0); i++) {
    const key = headerKey(cellText(header!.cells[i]));
    if (key && !positions.has(key)) positions.set(key, i);
  }
  const found: Located[] = [];
  for (const column of def.columns) {
    const index =
      positions.get(headerKey(headerText(column))) ??
      positions.get(headerKey(column.vi)) ??
      positions.get(headerKey(column.en));
    if (index !== undefined) found.push({ index, def: column });
  }
  return found;
}

function layoutOf(def: SheetDef, located: readonly Located[]): SheetLayout {
  const layout: SheetLayout = new Map();
  def.columns.forEach((column, i) => {
    const at = located.find((l) => l.def.key === column.key);
    // A column missing from the file is shown where the template puts it.
    layout.set(column.key, { letter: columnLetter(at?.index ?? i + 1), vi: column.vi, en: column.en });
  });
  return layout;
}

/** Whether a row repeats the English headers (row 2 of the template). */
function isEnglishHeader(def: SheetDef, row: SheetRow): boolean {
  const english = new Set(def.columns.map((c) => headerKey(c.en)));
  const texts = row.cells.map((c) => headerKey(cellText(c))).filter(Boolean);
  return texts.length > 0 && texts.filter((t) => english.has(t)).length >= Math.ceil(texts.length / 2);
}

export async function readImportFile(data: Buffer, definition: ImportDefinition): Promise<ReadFile> {
  const defs = [definition.main, ...(definition.extra ?? [])];
  const sheets = await readSheets(data, { maxRows: MAX_ROWS + 2 });
  const byName = new Map(sheets.map((s) => [fold(s.name), s]));
  const layouts = new Map<string, SheetLayout>();
  const pending: { def: SheetDef; located: Located[]; rows: SheetRow[] }[] = [];
  const fileProblems: [string, number | null, string, string][] = [];

  for (const def of defs) {
    const sheet = byName.get(fold(def.name));
    const isMain = def === definition.main;
    if (!sheet) {
      layouts.set(def.name, layoutOf(def, []));
      if (isMain) {
        fileProblems.push([
          def.name,
          null,
          `Không tìm thấy trang "${def.name}". Hãy dùng mẫu tải về cho loại dữ liệu này (các trang: ${defs.map((d) => d.name).join(', ')}).`,
          `No sheet "${def.name}". Use the template downloaded for this kind of data (sheets: ${defs.map((d) => d.name).join(', ')}).`,
        ]);
      }
      continue;
    }
    const [header, ...rest] = sheet.rows;
    const located = locateColumns(def, header);
    layouts.set(def.name, layoutOf(def, located));
    const missing = def.columns.filter((c) => c.required && !located.some((l) => l.def.key === c.key));
    for (const c of missing) {
      fileProblems.push([
        def.name,
        header?.number ?? 1,
        `Thiếu cột bắt buộc "${c.vi}" ở dòng tiêu đề.`,
        `The required column "${c.en}" is missing from the header row.`,
      ]);
    }
    const rows = rest.filter((r) => !(r.number <= 2 && isEnglishHeader(def, r)));
    if (rows.length > MAX_ROWS) {
      fileProblems.push([
        def.name,
        null,
        `Trang có ${rows.length.toLocaleString('vi-VN')} dòng, vượt quá ${MAX_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập; hãy chia thành nhiều tệp.`,
        `The sheet has ${rows.length} rows, more than ${MAX_ROWS} per import; split it into several files.`,
      ]);
      continue;
    }
    if (missing.length === 0) pending.push({ def, located, rows });
  }

  const problems = new Problems(layouts);
  for (const [sheet, row, vi, en] of fileProblems) problems.file(sheet, row, vi, en);
  const result: ReadFile = { main: [], extra: {}, problems };
  for (const { def, located, rows } of pending) {
    const inputs: RowInput[] = [];
    for (const row of rows) {
      // Text beside the table (a total, a remark) is not a record.
      if (located.every(({ index }) => cellText(row.cells[index]) === '')) continue;
      const values: Record<string, CellValue> = {};
      for (const column of def.columns)
        values[column.key] = column.kind.type === 'choice' && column.kind.multiple ? [] : null;
      for (const { index, def: column } of located) {
        const parsed = parseCell(column, row.cells[index]);
        const at = { sheet: def.name, row: row.number, key: column.key };
        if (!parsed.ok) problems.add(at, parsed.vi, parsed.en);
        else values[column.key] = parsed.value;
        const empty =
          parsed.ok && (parsed.value === null || (Array.isArray(parsed.value) && parsed.value.length === 0));
        if (column.required && empty) {
          const m = requiredMissing(column);
          problems.add(at, m.vi, m.en);
        }
      }
      inputs.push({ sheet: def.name, row: row.number, values });
    }
    if (def === definition.main) result.main = inputs;
    else result.extra[def.name] = inputs;
  }
  return result;
}
