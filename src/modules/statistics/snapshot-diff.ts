import type { FormRow, FormSection } from './contract';
import type { CellChange } from './contract-workflow';

/**
 * "A form never needs retyping": a sent or accepted form is a frozen table, the live one is
 * computed again; the difference is listed cell by cell (section, row, column, was, now). Rows
 * are matched by key, so a project that appeared or dropped out shows as a row whose cells go
 * from or to nothing. Numbers are compared as numbers ("12.50" equals "12.5").
 */
const same = (a: string | null, b: string | null): boolean => {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && x === y;
};

/** A row's name for people: its label, or its first text cell (list forms name rows by their first column). */
function rowLabel(row: FormRow, section: FormSection): string {
  if (row.label) return row.label.vi;
  const textColumn = section.columns.find((c) => c.kind === 'text' && row.cells[c.key]?.value);
  return (textColumn && row.cells[textColumn.key]?.value) || row.key;
}

const TOTAL_KEY = '__total__';

function rowsOf(section: FormSection): Map<string, FormRow> {
  const rows = new Map(section.rows.map((r) => [r.key, r]));
  if (section.total) rows.set(TOTAL_KEY, section.total);
  return rows;
}

export function diffSections(was: readonly FormSection[], now: readonly FormSection[]): CellChange[] {
  const changes: CellChange[] = [];
  const nowByKey = new Map(now.map((s) => [s.key, s]));
  const wasByKey = new Map(was.map((s) => [s.key, s]));
  const sectionKeys = [...was.map((s) => s.key), ...now.filter((s) => !wasByKey.has(s.key)).map((s) => s.key)];
  for (const key of sectionKeys) {
    const before = wasByKey.get(key);
    const after = nowByKey.get(key);
    const shape = (after ?? before)!;
    const beforeRows = before ? rowsOf(before) : new Map<string, FormRow>();
    const afterRows = after ? rowsOf(after) : new Map<string, FormRow>();
    const rowKeys = [...beforeRows.keys(), ...[...afterRows.keys()].filter((k) => !beforeRows.has(k))];
    const columns = [...(before?.columns ?? []), ...(after?.columns ?? [])].filter(
      (c, i, all) => all.findIndex((d) => d.key === c.key) === i,
    );
    for (const rowKey of rowKeys) {
      const b = beforeRows.get(rowKey);
      const a = afterRows.get(rowKey);
      const label = rowKey === TOTAL_KEY ? 'Tổng cộng' : rowLabel((a ?? b)!, (a ? after : before) ?? shape);
      for (const column of columns) {
        const w = b?.cells[column.key]?.value ?? null;
        const n = a?.cells[column.key]?.value ?? null;
        if (same(w, n)) continue;
        changes.push({
          section: key,
          sectionTitle: shape.title?.vi ?? null,
          row: rowKey,
          rowLabel: label,
          column: column.key,
          columnLabel: [...column.groups.map((g) => g.vi), column.label.vi].join(' › '),
          was: w,
          now: n,
        });
      }
    }
  }
  return changes;
}
