/**
 * The problems of one file, each pinned to a sheet, a row and (when known) a column with its
 * letter and headers. Several messages for the same cell are kept once each.
 */
import type { ImportProblem } from './contract';
import type { CellRef } from './definition';

/** Where each column of a sheet was found in the uploaded file. */
export type SheetLayout = Map<string, { letter: string; vi: string; en: string }>;

export class Problems {
  private readonly items: ImportProblem[] = [];
  private readonly seen = new Set<string>();
  private readonly cells = new Set<string>();
  private readonly rows = new Set<string>();

  constructor(private readonly layouts: Map<string, SheetLayout>) {}

  /** A problem of the whole file or sheet (missing sheet or column, unreadable file). */
  file(sheet: string, row: number | null, vi: string, en: string) {
    this.push({ sheet, row, column: null, header: null, headerEn: null, message: vi, messageEn: en });
  }

  add(at: CellRef, vi: string, en: string) {
    const place = at.key === null ? undefined : this.layouts.get(at.sheet)?.get(at.key);
    this.push({
      sheet: at.sheet,
      row: at.row,
      column: place?.letter ?? null,
      header: place?.vi ?? null,
      headerEn: place?.en ?? null,
      message: vi,
      messageEn: en,
    });
    this.cells.add(`${at.sheet}|${at.row}|${at.key ?? ''}`);
  }

  /** Whether this cell already has a problem (a later check would only repeat it). */
  hasCell(at: CellRef): boolean {
    return this.cells.has(`${at.sheet}|${at.row}|${at.key ?? ''}`);
  }

  hasRow(sheet: string, row: number): boolean {
    return this.rows.has(`${sheet}|${row}`);
  }

  get count() {
    return this.items.length;
  }

  get rowCount() {
    return this.rows.size;
  }

  /** By sheet (in the template's order), row, then column (A … Z, AA …). */
  list(): ImportProblem[] {
    const order = [...this.layouts.keys()];
    const sheetIndex = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
    const col = (c: string | null) => (c === null ? '' : c.padStart(3, ' '));
    return [...this.items].sort(
      (a, b) =>
        sheetIndex(a.sheet) - sheetIndex(b.sheet) ||
        (a.row ?? 0) - (b.row ?? 0) ||
        col(a.column).localeCompare(col(b.column)),
    );
  }

  private push(p: ImportProblem) {
    const key = `${p.sheet}|${p.row}|${p.column}|${p.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(p);
    if (p.row !== null) this.rows.add(`${p.sheet}|${p.row}`);
  }
}
