import type { FormColumn, FormRow, FormSection } from '../contract';

/**
 * The header of a form's table as printed: each column's groups above its label (outermost
 * first), neighbouring columns with the same group merged across, a label with fewer groups
 * than the deepest column merged down to the last header row. When the section's rows carry
 * labels (matrix forms: indicator × location class) the first column is "Chỉ tiêu", merged down.
 * Shared by the .xlsx and .docx exports so both print the same header.
 */
export type HeaderCell = { row: number; col: number; rowSpan: number; colSpan: number; text: string };
export type HeaderGrid = { depth: number; width: number; labelColumn: boolean; cells: HeaderCell[] };

export const columnHeading = (c: FormColumn): string => (c.unit ? `${c.label.vi} (${c.unit})` : c.label.vi);

/**
 * Where a matrix form's indicator labels go: in a column of their own ('extra'), or in the
 * form's own first text column when it already repeats the labels ('first', e.g. 2101's "Chỉ
 * tiêu" column; heading rows then show their label there); 'none' for list forms, whose rows
 * are named by their first columns (only their total row may carry a label).
 */
export function labelMode(section: FormSection): 'extra' | 'first' | 'none' {
  const labelled = section.rows.filter((r) => r.label !== null);
  if (labelled.length === 0) return 'none';
  const first = section.columns[0];
  const total = section.total?.label ? [section.total] : [];
  if (first?.kind === 'text') {
    const repeats = [...labelled, ...total].every((r) => {
      const v = r.cells[first.key]?.value;
      return v === undefined || v === null || v === r.label!.vi;
    });
    if (repeats) return 'first';
  }
  return 'extra';
}

export const hasRowLabels = (section: FormSection): boolean => labelMode(section) === 'extra';

/**
 * What a row prints in the form's first column: its own value, or its label where the labels
 * live there; a list form's total row says "Tổng cộng" there (before its figure, e.g. 2103's
 * count of parks: "Tổng cộng: 12").
 */
export function firstColumnText(row: FormRow, section: FormSection, total = false): string | null {
  const first = section.columns[0];
  const own = first ? (row.cells[first.key]?.value ?? null) : null;
  const mode = labelMode(section);
  if (total && mode === 'none') {
    const label = row.label?.vi ?? 'Tổng cộng';
    if (own === null || own === '') return label;
    return first?.kind !== 'text' || own.startsWith(label) ? own : `${label}: ${own}`;
  }
  return own ?? (mode === 'first' ? (row.label?.vi ?? null) : null);
}

export function headerGrid(section: FormSection): HeaderGrid {
  const labelColumn = hasRowLabels(section);
  const offset = labelColumn ? 1 : 0;
  const depth = Math.max(1, ...section.columns.map((c) => c.groups.length + 1));
  const cells: HeaderCell[] = [];
  if (labelColumn) cells.push({ row: 0, col: 0, rowSpan: depth, colSpan: 1, text: 'Chỉ tiêu' });
  const columns = section.columns;
  // Group cells level by level: a run of columns sharing the same path down to this level merges.
  for (let level = 0; level < depth - 1; level++) {
    let i = 0;
    while (i < columns.length) {
      const path = columns[i]!.groups.slice(0, level + 1);
      if (columns[i]!.groups.length <= level) {
        i++;
        continue;
      }
      let j = i + 1;
      const key = JSON.stringify(path.map((g) => g.vi));
      while (
        j < columns.length &&
        columns[j]!.groups.length > level &&
        JSON.stringify(columns[j]!.groups.slice(0, level + 1).map((g) => g.vi)) === key
      ) {
        j++;
      }
      cells.push({ row: level, col: i + offset, rowSpan: 1, colSpan: j - i, text: path[level]!.vi });
      i = j;
    }
  }
  columns.forEach((c, i) => {
    const row = c.groups.length;
    cells.push({ row, col: i + offset, rowSpan: depth - row, colSpan: 1, text: columnHeading(c) });
  });
  return { depth, width: columns.length + offset, labelColumn, cells };
}

/** The column numbers row ("(1)", "(9.1)"), when the form numbers its columns. */
export function numberRow(section: FormSection): (string | null)[] | null {
  if (!section.columns.some((c) => c.number)) return null;
  const numbers = section.columns.map((c) => (c.number ? `(${c.number})` : null));
  return hasRowLabels(section) ? [null, ...numbers] : numbers;
}

/** Digits after the decimal point of a decimal string (how precisely the form rounded it). */
export const decimalsOf = (value: string): number => {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
};
