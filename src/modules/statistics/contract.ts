import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

/**
 * The national statistical forms (Biểu 2101–2116.H.QLKKT) as computed tables, shared with the web.
 * Every form, whatever its layout (a matrix of indicators × location classes, one row per park,
 * per KKT, per project or per partner), is a list of sections; each section has its columns (with
 * the Vietnamese labels of national-forms.md, header groups and units) and rows of cells. A cell
 * that sums records carries a `drill` key: `GET /api/statistics/forms/:code/drill?cell=…` lists
 * those records with the same period and scope.
 */

export const FORM_CODES = [
  '2101',
  '2102',
  '2103',
  '2104',
  '2105',
  '2106',
  '2107',
  '2108',
  '2109',
  '2110',
  '2111',
  '2112',
  '2113',
  '2114',
  '2115',
  '2116',
] as const;
export const FormCode = z.enum(
  FORM_CODES,
  bilingual('Mã biểu không hợp lệ (2101–2116).', 'Unknown form code (2101–2116).'),
);
export type FormCode = z.infer<typeof FormCode>;

export const Text = z.object({ vi: z.string(), en: z.string() });

/** How a column's numbers are written: counts as integers, money and areas with their decimals. */
export const ColumnKind = z.enum(['text', 'count', 'money', 'area', 'percent', 'number']);

export const FormColumn = z.object({
  key: z.string(),
  /** The column number printed in the form's header ("1", "9.1", "17.2"), when the form numbers them. */
  number: z.string().nullable(),
  label: Text,
  /** Header groups above the label, outermost first (e.g. ["DỰ ÁN FDI", "Vốn đăng ký"]). */
  groups: z.array(Text),
  /** "Dự án", "triệu USD", "tỷ đồng", "ha", "người", "%" … (Vietnamese, as printed). */
  unit: z.string().nullable(),
  kind: ColumnKind,
});
export type FormColumn = z.infer<typeof FormColumn>;

/** A number is a decimal string already rounded to the form's precision (no float drift in exports). */
export const FormCell = z.object({
  value: z.union([z.string(), z.null()]),
  /** Opaque key of the records behind this cell; absent for text and computed-from-cells values. */
  drill: z.string().optional(),
});
export type FormCell = z.infer<typeof FormCell>;

export const FormRow = z.object({
  key: z.string(),
  /** For matrix forms, the indicator label (and its unit); for list forms, null (the first columns say it). */
  label: Text.nullable(),
  /** Indent level of the label (0 = group heading "1. Tình hình cấp mới", 1 = indicator). */
  level: z.number().int(),
  cells: z.record(z.string(), FormCell),
});
export type FormRow = z.infer<typeof FormRow>;

export const FormSection = z.object({
  key: z.string(),
  title: Text.nullable(),
  columns: z.array(FormColumn),
  rows: z.array(FormRow),
  /** The total row (Tổng cộng), when the form has one. */
  total: FormRow.nullable(),
  /** In a page of the form: how many rows the section has (`rows` holds the page's). */
  rowCount: z.number().int().optional(),
});
export type FormSection = z.infer<typeof FormSection>;

export const FormScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('country') }),
  /** A Board's province, 34-edition GSO code; periods before 2025-07-01 cover its predecessor units. */
  z.object({ kind: z.literal('province'), code: z.string(), name: z.string() }),
]);
export type FormScope = z.infer<typeof FormScope>;

export const FormTable = z.object({
  code: FormCode,
  /** "2101.H.QLKKT" */
  fullCode: z.string(),
  title: Text,
  period: z.string(),
  periodLabel: Text,
  /** First and last day of the period (inclusive); "cuối kỳ" is `to`. */
  from: z.string(),
  to: z.string(),
  scope: FormScope,
  /** Printed on A4 landscape (2101, 2104, 2110 and every wide grid). */
  landscape: z.boolean(),
  /** Notes printed under the title: units, what is cumulative and what is in-period, the rate used. */
  notes: z.array(Text),
  sections: z.array(FormSection),
  computedAt: z.string(),
  /**
   * Present when the form was asked for a page: a section longer than `pageSize` holds that page's
   * rows, a shorter one all of its rows; every section keeps its total row.
   */
  paging: z.object({ page: z.number().int(), pageSize: z.number().int() }).optional(),
});
export type FormTable = z.infer<typeof FormTable>;

export const FormQuery = z.object({
  period: z.string().describe('2026-Q3 or 2026'),
  province: z.string().optional().describe('34-edition GSO code; absent = the whole country (ministry only)'),
});

export const DrillQuery = FormQuery.extend({
  cell: z.string().min(1).max(500),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** The records behind one cell: a generic table (columns + rows of display values) and the record links. */
export const DrillResult = z.object({
  cell: z.string(),
  title: Text,
  /** What the rows are: projects, certificate events, reports, parks, economic zones, special zones, plants. */
  recordKind: z.enum([
    'project',
    'certificate_event',
    'report',
    'park',
    'economic_zone',
    'special_zone',
    'wastewater_plant',
  ]),
  columns: z.array(z.object({ key: z.string(), label: Text, kind: ColumnKind, unit: z.string().nullable() })),
  rows: z.array(
    z.object({
      /** The record's id, so the page links to /du-an/:id, /khu-cong-nghiep/:id … */
      id: z.string(),
      values: z.record(z.string(), z.union([z.string(), z.null()])),
    }),
  ),
  total: z.number().int(),
  /** The cell's value recomputed from exactly these records (sum or count), so the UI can show they agree. */
  cellValue: z.string().nullable(),
});
export type DrillResult = z.infer<typeof DrillResult>;
