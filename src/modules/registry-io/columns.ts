/**
 * A template column: its Vietnamese and English headers, what the cell holds, the instruction
 * shown in the Hướng dẫn sheet, an example, and the request fields (`body.x`) it answers for, so
 * an error of the API contract or of a service lands on the column the user filled in.
 * Pure: reading a cell into a typed value happens here; references are resolved elsewhere.
 */
import {
  cellText,
  fold,
  type Parsed,
  parseDay,
  parseDecimalCell,
  parseIntegerCell,
  parseYesNo,
  type RawCell,
  splitList,
} from '../../platform/files/xlsx-cells';

export type Text = { vi: string; en: string };

/** One value of an enumeration, with the label shown in the dropdown. */
export type Choice = { value: string; vi: string; en: string; aliases?: readonly string[] };

export type CellKind =
  | { type: 'text' }
  /** A tax code: kept as text; a number cell that lost its leading zero gets it back. */
  | { type: 'taxCode' }
  | { type: 'decimal'; format?: string }
  | { type: 'integer' }
  | { type: 'date' }
  | { type: 'yesno' }
  /** One of a fixed list (or several, separated by ";", when `multiple`). */
  | { type: 'choice'; list: string; choices: readonly Choice[]; multiple?: boolean }
  /** Text matched against a list built at download time (provinces, countries, codes of the register). */
  | { type: 'lookup'; list: string }
  /** Codes separated by ";" (VSIC sectors). */
  | { type: 'codes' }
  /** Several lines of text (objectives): one per line or separated by ";". */
  | { type: 'lines' };

export type ColumnDef = {
  key: string;
  vi: string;
  en: string;
  required: boolean;
  kind: CellKind;
  note: Text;
  example: string | number | Date | null;
  width?: number;
  /** Request paths this column answers for (`body.adminUnitId`); the longest matching prefix wins. */
  fields: readonly string[];
};

export type SheetDef = { name: string; title: Text; columns: readonly ColumnDef[] };

/** A typed cell value: text, a canonical decimal or ISO day string, a number, a boolean, a list. */
export type CellValue = string | number | boolean | string[] | null;

export type CellProblem = { key: string; vi: string; en: string };

/** Finds a choice from its value, Vietnamese or English label or alias, typed with or without accents. */
export function matchChoice(choices: readonly Choice[], text: string): Choice | null {
  const key = fold(text);
  return (
    choices.find(
      (c) =>
        fold(c.value) === key ||
        fold(c.vi) === key ||
        fold(c.en) === key ||
        (c.aliases ?? []).some((a) => fold(a) === key),
    ) ?? null
  );
}

const listOf = (choices: readonly Choice[]) => choices.map((c) => c.vi).join('; ');

function parseChoice(kind: Extract<CellKind, { type: 'choice' }>, raw: RawCell): Parsed<CellValue> {
  const text = cellText(raw);
  if (text === '') return { ok: true, value: kind.multiple ? [] : null };
  const items = kind.multiple ? splitList(text) : [text];
  const values: string[] = [];
  for (const item of items) {
    const found = matchChoice(kind.choices, item);
    if (!found) {
      return {
        ok: false,
        vi: `"${item}" không có trong danh mục; chọn một trong: ${listOf(kind.choices)}.`,
        en: `"${item}" is not in the list; choose one of: ${kind.choices.map((c) => c.en).join('; ')}.`,
      };
    }
    values.push(found.value);
  }
  return { ok: true, value: kind.multiple ? values : values[0]! };
}

/** The cell read as its column says; the value is null (or []) for an empty cell. */
export function parseCell(column: ColumnDef, raw: RawCell): Parsed<CellValue> {
  switch (column.kind.type) {
    case 'decimal':
      return parseDecimalCell(raw);
    case 'integer':
      return parseIntegerCell(raw);
    case 'date':
      return parseDay(raw);
    case 'yesno':
      return parseYesNo(raw);
    case 'choice':
      return parseChoice(column.kind, raw);
    case 'codes': {
      const text = cellText(raw);
      return { ok: true, value: splitList(text, true).map((s) => s.toUpperCase()) };
    }
    case 'lines':
      return { ok: true, value: splitList(cellText(raw)) };
    case 'taxCode': {
      const text = cellText(raw);
      if (text === '') return { ok: true, value: null };
      // Excel drops the leading zero of 0100113872 typed into a number cell.
      return { ok: true, value: typeof raw === 'number' && /^\d{9}$|^\d{12}$/.test(text) ? `0${text}` : text };
    }
    default: {
      const text = cellText(raw);
      return { ok: true, value: text === '' ? null : text };
    }
  }
}

export const requiredMissing = (column: ColumnDef): CellProblem => ({
  key: column.key,
  vi: `Cột "${column.vi}" bắt buộc, không được để trống.`,
  en: `The column "${column.en}" is required.`,
});

/** The column answering for a request path: the longest declared prefix of it. */
export function columnForPath(columns: readonly ColumnDef[], path: string): ColumnDef | null {
  let best: ColumnDef | null = null;
  let bestLength = -1;
  for (const column of columns) {
    for (const f of column.fields) {
      if ((path === f || path.startsWith(`${f}.`)) && f.length > bestLength) {
        best = column;
        bestLength = f.length;
      }
    }
  }
  return best;
}

/** Header text compared loosely: the required mark, case, accents and spacing do not matter. */
export const headerKey = (text: string) => fold(text.replace(/\*/g, ''));

/** The Vietnamese header as written in the template: required columns end with " *". */
export const headerText = (column: ColumnDef) => (column.required ? `${column.vi} *` : column.vi);
