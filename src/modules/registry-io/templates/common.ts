/**
 * Pieces the templates share: column builders for the cells every register has (province,
 * decisions, dates, areas) and typed reads of a row's values.
 */
import type { CellKind, CellValue, ColumnDef, Text } from '../columns';
import type { Report, RowInput } from '../definition';
import type { References } from '../references';

type ColumnOptions = {
  required?: boolean;
  fields?: readonly string[];
  example?: ColumnDef['example'];
  width?: number;
};

export function column(key: string, header: Text, kind: CellKind, note: Text, options: ColumnOptions = {}): ColumnDef {
  return {
    key,
    vi: header.vi,
    en: header.en,
    required: options.required ?? false,
    kind,
    note,
    example: options.example ?? null,
    fields: options.fields ?? [],
    ...(options.width ? { width: options.width } : {}),
  };
}

export const TEXT: CellKind = { type: 'text' };
export const TAX_CODE: CellKind = { type: 'taxCode' };
export const DATE: CellKind = { type: 'date' };
export const AREA: CellKind = { type: 'decimal', format: '#,##0.00##' };
export const PERCENT: CellKind = { type: 'decimal', format: '0.####' };
export const MONEY: CellKind = { type: 'decimal', format: '#,##0.##' };
export const INTEGER: CellKind = { type: 'integer' };
export const PROVINCES: CellKind = { type: 'lookup', list: 'provinces' };
export const COUNTRIES: CellKind = { type: 'lookup', list: 'countries' };

export const DATE_NOTE = 'Ngày dạng dd/mm/yyyy (ví dụ 01/07/2025) hoặc ô kiểu ngày của Excel.';
export const DATE_NOTE_EN = 'A date as dd/mm/yyyy (e.g. 01/07/2025) or an Excel date cell.';
export const AREA_NOTE = 'Héc-ta (ha), số thập phân dùng dấu phẩy (ví dụ 125,5), tối đa 4 chữ số thập phân.';
export const AREA_NOTE_EN = 'Hectares, decimal comma (e.g. 125,5), at most 4 decimals.';

export const provinceNote = (dateWord: { vi: string; en: string }): Text => ({
  vi:
    `Chọn trong danh sách 34 tỉnh, thành phố (từ 01/07/2025). Với bản ghi có ${dateWord.vi} trước 01/07/2025 ` +
    'nên ghi tỉnh cũ (63 đơn vị, trang Danh mục), ví dụ "24 · Tỉnh Bắc Giang"; chỉ ghi mã 2 chữ số thì tỉnh ' +
    `được hiểu theo ${dateWord.vi}.`,
  en:
    'Pick one of the 34 provinces (from 2025-07-01). For records whose ' +
    `${dateWord.en} is before 2025-07-01 write the old province (63 units, sheet Danh mục), ` +
    `e.g. "24 · Tỉnh Bắc Giang"; a bare 2-digit code is read as of the ${dateWord.en}.`,
});

// ——— Typed reads of a row ———

export const text = (row: RowInput, key: string): string | null => {
  const v = row.values[key];
  return typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
};

export const list = (row: RowInput, key: string): string[] => {
  const v: CellValue | undefined = row.values[key];
  return Array.isArray(v) ? v : [];
};

export const bool = (row: RowInput, key: string): boolean | null => {
  const v = row.values[key];
  return typeof v === 'boolean' ? v : null;
};

export const int = (row: RowInput, key: string): number | null => {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
};

/** A decimal column read as a JS number (coordinates). */
export const decimalNumber = (row: RowInput, key: string): number | null => {
  const v = text(row, key);
  return v === null ? null : Number(v);
};

/** Only the fields that are set, so the contract's defaults and optional fields apply as in a request. */
export function defined<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** Resolves a province cell, reporting on the column when it names none. */
export function provinceOf(
  refs: References,
  row: RowInput,
  key: string,
  date: string | null,
  report: Report,
): string | null {
  const value = text(row, key);
  if (value === null) return null;
  const found = refs.province(value, date);
  if (!found.ok) report({ sheet: row.sheet, row: row.row, key }, found.vi, found.en);
  return found.ok ? found.value : null;
}

/** Resolves a reference cell with `lookup`, reporting on the column when it fails. */
export function refOf<T>(
  row: RowInput,
  key: string,
  report: Report,
  lookup: (value: string) => { ok: true; value: T } | { ok: false; vi: string; en: string },
): T | null {
  const value = text(row, key);
  if (value === null) return null;
  const found = lookup(value);
  if (!found.ok) report({ sheet: row.sheet, row: row.row, key }, found.vi, found.en);
  return found.ok ? found.value : null;
}
