import type { DrillResult, FormColumn, FormSection } from '../../../../src/modules/statistics/contract';
import { PATHS } from '../../app/paths';

/**
 * Pure helpers of the forms page: numbers written the Vietnamese way with the precision the
 * form rounded to, the header tree of grouped columns, periods, and where a record opens.
 */
const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, f);
  }
  return f;
}

/** `"1473570.92"` → `1.473.570,92`; a day `2026-08-10` → `10/08/2026`; other text stays; empty → "". */
export function formatCell(value: string | null | undefined, kind: FormColumn['kind']): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'text')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value.slice(8)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
  const n = Number(value);
  if (!Number.isFinite(n) || value.trim() === '') return value;
  const dot = value.indexOf('.');
  return numberFormat(dot < 0 ? 0 : value.length - dot - 1).format(n);
}

/** A node of the header: a group with children, or a leaf column. */
export type HeaderNode =
  | { kind: 'group'; title: string; key: string; children: HeaderNode[] }
  | { kind: 'leaf'; column: FormColumn };

/** Columns under their groups, neighbours with the same group path merged (as printed). */
export function headerTree(columns: readonly FormColumn[], lang: 'vi' | 'en'): HeaderNode[] {
  const root: HeaderNode[] = [];
  for (const column of columns) {
    let level = root;
    column.groups.forEach((g, depth) => {
      const last = level[level.length - 1];
      const title = g[lang];
      if (last?.kind === 'group' && last.title === title) {
        level = last.children;
      } else {
        const node: HeaderNode = { kind: 'group', title, key: `${column.key}-g${depth}`, children: [] };
        level.push(node);
        level = node.children;
      }
    });
    level.push({ kind: 'leaf', column });
  }
  return root;
}

/** The last quarter that has ended on `today` (YYYY-MM-DD): the form a Board prepares now. */
export function lastClosedQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

export function splitPeriod(period: string): { year: number; quarter: number | null } {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  return m
    ? { year: Number(m[1]), quarter: m[2] ? Number(m[2]) : null }
    : { year: Number(period.slice(0, 4)), quarter: null };
}

export const joinPeriod = (year: number, quarter: number | null) => (quarter ? `${year}-Q${quarter}` : String(year));

/**
 * The registry page of a record behind a cell: the project, park or zone itself; a certificate
 * event or a report opens its project (its row carries `projectId`).
 */
export function recordPath(kind: DrillResult['recordKind'], row: DrillResult['rows'][number]): string | null {
  switch (kind) {
    case 'project':
      return `${PATHS.projects}/${row.id}`;
    case 'park':
      return `${PATHS.parks}/${row.id}`;
    case 'economic_zone':
      return `${PATHS.zones}/${row.id}`;
    default: {
      const projectId = row.values.projectId;
      return projectId ? `${PATHS.projects}/${projectId}` : null;
    }
  }
}

/**
 * Where a matrix form's indicator labels go (as in the exports): a column of their own, or the
 * form's first text column when it already repeats them (2101's "Chỉ tiêu"); none for list
 * forms, whose rows are named by their first columns (only their total may carry a label).
 */
export function labelMode(section: FormSection): 'extra' | 'first' | 'none' {
  const labelled = section.rows.filter((r) => r.label !== null);
  if (labelled.length === 0) return 'none';
  const first = section.columns[0];
  const total = section.total?.label ? [section.total] : [];
  if (
    first?.kind === 'text' &&
    [...labelled, ...total].every((r) => {
      const v = r.cells[first.key]?.value;
      return v === undefined || v === null || v === r.label!.vi;
    })
  ) {
    return 'first';
  }
  return 'extra';
}

/** A list form's total row in its first column: "Tổng cộng", before its own figure if it has one. */
export function totalFirstText(label: string, own: string): string {
  if (own === '') return label;
  return own.startsWith(label) ? own : `${label}: ${own}`;
}

/** The registry page of a record named in the audit log (entity type and id), where there is one. */
export function auditRecordPath(entityType: string, id: string | null): string | null {
  if (!id) return null;
  if (entityType === 'project') return `${PATHS.projects}/${id}`;
  if (entityType === 'industrial_park') return `${PATHS.parks}/${id}`;
  if (entityType === 'economic_zone') return `${PATHS.zones}/${id}`;
  if (entityType === 'enterprise') return `${PATHS.enterprises}/${id}`;
  if (entityType === 'investor') return `${PATHS.enterprises}/nha-dau-tu/${id}`;
  if (entityType === 'report') return `${PATHS.reports}/${id}`;
  return null;
}
