/**
 * Cells that add up records and remember which: a form's computation puts every summing cell in
 * a `CellBook` under its drill key, with the records behind it (projects, certificate events or
 * reports) and how they add up (distinct projects, money in a form unit, hectares, people). The
 * cell's value and the drill list come from the same records, so they cannot disagree.
 */

import { div, formatDecimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import { AppError } from '../../../kernel/errors';
import { FORM_UNITS, type FormUnit } from '../../../kernel/money';
import type { DrillResult, FormCell } from '../contract';
import type { DrillPage } from '../forms/definition';
import { AREA_PLACES, inUnit, rounded, sumDecimals } from './units';

export type Text = { vi: string; en: string };
export type RecordKind = DrillResult['recordKind'];

/** One record behind a cell: its id (project, event or report), what the list shows, its share of the cell. */
export type Contribution = {
  id: string;
  /** The project it belongs to (a count of projects counts these, once each). */
  projectId: string;
  /** What the drill list shows; a function when it is built only if the cell is opened (most are not). */
  values: Record<string, string | null> | (() => Record<string, string | null>);
  /** The amount it adds: whole USD/VND for money, ha for areas, people for workers. */
  amount?: string | null;
};

export type Measure =
  | { kind: 'projects' }
  | { kind: 'records' }
  | { kind: 'money'; unit: FormUnit }
  | { kind: 'area' }
  | { kind: 'people' };

type Bucket = { title: Text; recordKind: RecordKind; measure: Measure; rows: readonly Contribution[] };

export type DrillColumn = DrillResult['columns'][number];

export const RECORD_COLUMNS: Record<RecordKind, DrillColumn[]> = {
  project: [
    { key: 'projectCode', label: { vi: 'Mã số dự án', en: 'Project code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên dự án', en: 'Project' }, kind: 'text', unit: null },
    { key: 'place', label: { vi: 'KCN/KKT', en: 'Park / zone' }, kind: 'text', unit: null },
    { key: 'origin', label: { vi: 'Nguồn vốn', en: 'Origin' }, kind: 'text', unit: null },
  ],
  certificate_event: [
    { key: 'projectCode', label: { vi: 'Mã số dự án', en: 'Project code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên dự án', en: 'Project' }, kind: 'text', unit: null },
    { key: 'place', label: { vi: 'KCN/KKT', en: 'Park / zone' }, kind: 'text', unit: null },
    { key: 'event', label: { vi: 'Sự kiện', en: 'Event' }, kind: 'text', unit: null },
    { key: 'date', label: { vi: 'Ngày', en: 'Date' }, kind: 'text', unit: null },
    { key: 'documentNo', label: { vi: 'Số văn bản', en: 'Document no.' }, kind: 'text', unit: null },
  ],
  report: [
    { key: 'reportCode', label: { vi: 'Mã báo cáo', en: 'Report code' }, kind: 'text', unit: null },
    { key: 'projectCode', label: { vi: 'Mã số dự án', en: 'Project code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên dự án', en: 'Project' }, kind: 'text', unit: null },
    { key: 'period', label: { vi: 'Kỳ', en: 'Period' }, kind: 'text', unit: null },
  ],
  park: [],
  economic_zone: [],
  special_zone: [],
  wastewater_plant: [],
};

function unitOf(m: Measure): { unit: string | null; kind: DrillColumn['kind'] } {
  switch (m.kind) {
    case 'money':
      return { unit: FORM_UNITS[m.unit].vi, kind: 'money' };
    case 'area':
      return { unit: 'ha', kind: 'area' };
    case 'people':
      return { unit: 'người', kind: 'count' };
    default:
      return { unit: null, kind: 'count' };
  }
}

/** The cell's value from its records. */
function cellValueOf(b: Bucket): string {
  const m = b.measure;
  switch (m.kind) {
    case 'projects':
      return String(new Set(b.rows.map((r) => r.projectId)).size);
    case 'records':
      return String(b.rows.length);
    case 'money':
      return inUnit(sumDecimals(b.rows.map((r) => r.amount ?? null)), m.unit);
    case 'area':
      return rounded(sumDecimals(b.rows.map((r) => r.amount ?? null)), AREA_PLACES);
    case 'people':
      return rounded(sumDecimals(b.rows.map((r) => r.amount ?? null)), 0);
  }
}

/** A row's own share, in the cell's unit and unrounded (so the list adds up to the cell). */
function shareOf(m: Measure, amount: string | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  if (m.kind === 'money') return formatDecimal(div(parseDecimal(amount), parseDecimal(FORM_UNITS[m.unit].factor)));
  return formatDecimal(parseDecimal(amount));
}

export class CellBook {
  private readonly buckets = new Map<string, Bucket>();

  /** Records a summing cell and returns it with its value and drill key. */
  cell(key: string, title: Text, recordKind: RecordKind, measure: Measure, rows: readonly Contribution[]): FormCell {
    const bucket = { title, recordKind, measure, rows };
    this.buckets.set(key, bucket);
    return { value: cellValueOf(bucket), drill: key };
  }

  has(key: string): boolean {
    return this.buckets.has(key);
  }

  drill(key: string, page: DrillPage): Omit<DrillResult, 'cell'> {
    const b = this.buckets.get(key);
    if (!b) {
      throw new AppError('NOT_FOUND', `Biểu không có ô "${key}".`, `The form has no cell "${key}".`);
    }
    const { unit, kind } = unitOf(b.measure);
    const measured = b.measure.kind !== 'projects' && b.measure.kind !== 'records';
    const columns: DrillColumn[] = [
      ...RECORD_COLUMNS[b.recordKind],
      ...(measured ? [{ key: 'value', label: { vi: 'Giá trị', en: 'Value' }, kind, unit }] : []),
    ];
    const start = (page.page - 1) * page.pageSize;
    return {
      title: b.title,
      recordKind: b.recordKind,
      columns,
      rows: b.rows.slice(start, start + page.pageSize).map((r) => ({
        id: r.id,
        values: {
          ...(typeof r.values === 'function' ? r.values() : r.values),
          ...(measured ? { value: shareOf(b.measure, r.amount) } : {}),
        },
      })),
      total: b.rows.length,
      cellValue: cellValueOf(b),
    };
  }
}

export const text = (value: string | null): FormCell => ({ value });

/**
 * A summing cell whose records were added up in SQL (facts/totals.ts): the same value as a
 * `CellBook` cell over those records, with the same drill key (the drill lists them on request).
 */
export function summedCell(key: string, measure: Measure, total: string | number | null): FormCell {
  const amount = total === null ? ZERO : parseDecimal(String(total));
  switch (measure.kind) {
    case 'projects':
    case 'records':
      return { value: String(total ?? 0), drill: key };
    case 'money':
      return { value: inUnit(amount, measure.unit), drill: key };
    case 'area':
      return { value: rounded(amount, AREA_PLACES), drill: key };
    case 'people':
      return { value: rounded(amount, 0), drill: key };
  }
}
