/**
 * How the place forms (2102, 2103, 2105, 2107, 2108, 2110–2112) are built: a form computes its
 * sections and, in the same pass, the records behind every summing cell, so a cell and its drill
 * list come from one computation and cannot disagree. `drill()` recomputes the form and returns
 * the records of one key, paged. A form with too many records to build on every read (2112) also
 * gives `compute` from grouped sums; a test then checks that it equals the build cell for cell.
 */
import {
  add,
  compare,
  type Decimal,
  div,
  formatDecimal,
  mul,
  parseDecimal,
  round,
  ZERO,
} from '../../../kernel/decimal';
import { notFound } from '../../../kernel/errors';
import type { DrillResult, FormCell, FormColumn, FormRow, FormSection, FormTable } from '../contract';
import type { DrillPage, FormContext, FormDefinition } from './definition';

export type Text = { vi: string; en: string };
export type RecordKind = DrillResult['recordKind'];
type DrillColumn = DrillResult['columns'][number];

/** One record behind a cell: its id, the columns that name it, and its contribution. */
export type DrillItem = { id: string; values: Record<string, string | null>; value: Decimal | null };

type DrillSource = {
  title: Text;
  recordKind: RecordKind;
  columns: DrillColumn[];
  items: DrillItem[];
  divisor: Decimal | null;
  cellValue: string | null;
};

/** Columns that name a record of each kind in a drill list. */
export const RECORD_COLUMNS: Record<RecordKind, DrillColumn[]> = {
  park: [
    { key: 'code', label: { vi: 'Mã KCN', en: 'Park code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên KCN', en: 'Park' }, kind: 'text', unit: null },
  ],
  economic_zone: [
    { key: 'code', label: { vi: 'Mã KKT', en: 'Zone code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên KKT', en: 'Economic zone' }, kind: 'text', unit: null },
  ],
  special_zone: [
    { key: 'code', label: { vi: 'Mã khu', en: 'Code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên khu', en: 'Special zone' }, kind: 'text', unit: null },
  ],
  wastewater_plant: [
    { key: 'name', label: { vi: 'Nhà máy XLNT', en: 'Wastewater plant' }, kind: 'text', unit: null },
    { key: 'park', label: { vi: 'KCN', en: 'Park' }, kind: 'text', unit: null },
  ],
  project: [
    { key: 'code', label: { vi: 'Mã dự án', en: 'Project code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên dự án', en: 'Project' }, kind: 'text', unit: null },
  ],
  report: [
    { key: 'code', label: { vi: 'Mã báo cáo', en: 'Report code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Dự án', en: 'Project' }, kind: 'text', unit: null },
    { key: 'period', label: { vi: 'Kỳ', en: 'Period' }, kind: 'text', unit: null },
  ],
  certificate_event: [
    { key: 'code', label: { vi: 'Mã dự án', en: 'Project code' }, kind: 'text', unit: null },
    { key: 'name', label: { vi: 'Tên dự án', en: 'Project' }, kind: 'text', unit: null },
  ],
};

export const dec = (v: string | null | undefined): Decimal | null =>
  v === null || v === undefined || v === '' ? null : parseDecimal(v);

export const fmt = (v: Decimal | null, places: number): string | null =>
  v === null ? null : formatDecimal(round(v, places));

/** Σ of the non-null values, or null when every value is null (an empty cell, not a zero). */
export function sumOrNull(values: Iterable<Decimal | null>): Decimal | null {
  let total: Decimal | null = null;
  for (const v of values) if (v !== null) total = add(total ?? ZERO, v);
  return total;
}

/** n ÷ d × 100 to 2 places, null ("-") when d is 0 or missing. */
export function percent(n: Decimal | null, d: Decimal | null): string | null {
  if (n === null || d === null || compare(d, ZERO) === 0) return null;
  return fmt(div(mul(n, parseDecimal('100')), d), 2);
}

export type CellSpec = {
  column: FormColumn;
  places: number;
  /** 'sum' adds the contributions; 'count' counts the records; 'average' averages the non-null ones. */
  how: 'sum' | 'count' | 'average';
  title: Text;
  recordKind: RecordKind;
  items: DrillItem[];
  /**
   * The items' values are in a smaller unit (USD, đồng) and the cell in this many of them (triệu
   * USD, tỷ đồng): the sum is divided once, so the cell equals the same sum taken in SQL.
   */
  divisor?: Decimal;
};

/** An item's value in the cell's unit. */
const inCellUnit = (value: Decimal | null, divisor: Decimal | null) =>
  value === null || divisor === null ? value : div(value, divisor);

function aggregate(spec: CellSpec): string | null {
  const { how, items, places } = spec;
  if (how === 'count') return String(items.length);
  const values = items.map((i) => i.value).filter((v): v is Decimal => v !== null);
  if (how === 'sum') return fmt(inCellUnit(sumOrNull(values), spec.divisor ?? null), places);
  if (values.length === 0) return null;
  return fmt(div(sumOrNull(values)!, parseDecimal(String(values.length))), places);
}

/** Collects the drill sources while a form is built. */
export class Drills {
  readonly map = new Map<string, DrillSource>();

  /** A summing cell: its value aggregated from `items`, the same items listed by its drill key. */
  cell(key: string, spec: CellSpec): FormCell {
    const value = aggregate(spec);
    const valueColumn: DrillColumn = {
      key: 'value',
      label: spec.column.label,
      kind: spec.column.kind,
      unit: spec.column.unit,
    };
    this.map.set(key, {
      title: spec.title,
      recordKind: spec.recordKind,
      columns:
        spec.how === 'count' ? RECORD_COLUMNS[spec.recordKind] : [...RECORD_COLUMNS[spec.recordKind], valueColumn],
      items: spec.items,
      divisor: spec.divisor ?? null,
      cellValue: value,
    });
    return { value, drill: key };
  }
}

export const text = (value: string | null | undefined): FormCell => ({ value: value ?? null });

export function column(
  key: string,
  number: string | null,
  label: Text,
  kind: FormColumn['kind'],
  unit: string | null = null,
  groups: Text[] = [],
): FormColumn {
  return { key, number, label, groups, unit, kind };
}

export const row = (key: string, cells: FormRow['cells'], label: Text | null = null, level = 1): FormRow => ({
  key,
  label,
  level,
  cells,
});

export type Built = { sections: FormSection[]; drills: Drills };

export type PlaceFormSpec = {
  code: FormDefinition['code'];
  title: Text;
  landscape: boolean;
  notes: (ctx: FormContext) => FormTable['notes'];
  build: (ctx: FormContext) => Promise<Built>;
  /**
   * The same sections from grouped sums, for a form whose records are too many to build on every
   * read; `build` still answers the drills, and a test checks both give the same cells.
   */
  compute?: (ctx: FormContext) => Promise<FormSection[]>;
  /** See FormDefinition.keptForPages. */
  keptForPages?: true;
};

/** A form definition whose cells and drill lists come from one `build` (or its cells from `compute`). */
export function placeForm(spec: PlaceFormSpec): FormDefinition {
  // One build per context: a request's context is new, so the figures stay live, while opening
  // many cells of one computed form (as the tests and an export do) reads the registry once.
  const builds = new WeakMap<FormContext, Promise<Built>>();
  const buildOnce = (ctx: FormContext) => {
    let built = builds.get(ctx);
    if (!built) {
      built = spec.build(ctx);
      builds.set(ctx, built);
      built.catch(() => builds.delete(ctx));
    }
    return built;
  };
  return {
    code: spec.code,
    fullCode: `${spec.code}.H.QLKKT`,
    title: spec.title,
    landscape: spec.landscape,
    notes: spec.notes,
    compute: spec.compute ?? (async (ctx) => (await buildOnce(ctx)).sections),
    ...(spec.keptForPages ? { keptForPages: true as const } : {}),
    drill: async (ctx: FormContext, cell: string, page: DrillPage) => {
      const { drills } = await buildOnce(ctx);
      const source = drills.map.get(cell);
      if (!source) throw notFound(`ô "${cell}" của biểu ${spec.code}`, `Cell "${cell}" of form ${spec.code}`);
      const start = (page.page - 1) * page.pageSize;
      const valueColumn = source.columns.find((c) => c.key === 'value');
      const places = valueColumn?.kind === 'count' ? 0 : 4;
      return {
        title: source.title,
        recordKind: source.recordKind,
        columns: source.columns,
        rows: source.items.slice(start, start + page.pageSize).map((i) => ({
          id: i.id,
          values: { ...i.values, ...(valueColumn ? { value: fmt(inCellUnit(i.value, source.divisor), places) } : {}) },
        })),
        total: source.items.length,
        cellValue: source.cellValue,
      };
    },
  };
}
