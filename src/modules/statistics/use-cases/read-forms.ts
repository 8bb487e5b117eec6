import { AppError } from '../../../kernel/errors';
import { periodCode } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DrillResult, FormCode, FormTable } from '../contract';
import type { FormCatalogue } from '../contract-workflow';
import { drillWorkbook } from '../exports/drill-xlsx';
import { formDocument } from '../exports/form-docx';
import { formFileName } from '../exports/form-file';
import { formWorkbook } from '../exports/form-xlsx';
import { keptFormPage, type PageRequest, pageOf } from '../kept-forms';
import { computeTable, definitionOf, formContext, formPeriod, formScope, type StatisticsDeps } from './form-scope';

export type ScopeQuery = { period: string; province?: string | undefined };
export type FileOut = { fileName: string; data: Buffer };

/** The forms IZA computes, in their official order. */
export function catalogue(deps: StatisticsDeps, actor: Actor): typeof FormCatalogue._output {
  authorize(actor, 'statistics:read');
  const items = [...deps.forms.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((f) => ({ code: f.code, fullCode: f.fullCode, title: f.title, landscape: f.landscape }));
  return { items };
}

/** The form asked for and its context: the actor's scope (checked), the period (checked). */
async function formRequest(deps: StatisticsDeps, actor: Actor, code: FormCode, query: ScopeQuery) {
  const scope = await formScope(deps, actor, query.province);
  const period = formPeriod(deps, query.period);
  const def = definitionOf(deps, code);
  return { def, ctx: await formContext(deps, deps.db, scope, period) };
}

/** One form computed live for a period and scope. */
export async function computeForm(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery,
): Promise<FormTable> {
  const { def, ctx } = await formRequest(deps, actor, code, query);
  return computeTable(deps, def, ctx);
}

/**
 * One page of a form's rows (with every total row): a list form from its kept computation (the
 * first read after a write computes and keeps it), any other form computed live and cut.
 */
export async function computeFormPage(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery & PageRequest,
): Promise<FormTable> {
  const { def, ctx } = await formRequest(deps, actor, code, query);
  const page = { page: query.page, pageSize: query.pageSize };
  if (!def.keptForPages) return pageOf(await computeTable(deps, def, ctx), page);
  const key = {
    form: code,
    period: periodCode(ctx.period),
    scopeKey: ctx.scope.kind === 'country' ? 'country' : ctx.scope.code,
    units: ctx.unitIds,
    periodEnd: ctx.to,
  };
  return keptFormPage(deps.db, key, page, () => computeTable(deps, def, ctx));
}

/** The records behind one cell, with the same period and scope as the form. */
export async function drillCell(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery & { cell: string; page: number; pageSize: number },
): Promise<DrillResult> {
  const { def, ctx } = await formRequest(deps, actor, code, query);
  const result = await def.drill(ctx, query.cell, { page: query.page, pageSize: query.pageSize });
  return { ...result, cell: query.cell };
}

/** Exports read the records page by page up to this many; a cell behind more is refused, not cut. */
const DRILL_EXPORT_LIMIT = 50_000;
const EXPORT_PAGE = 500;

export async function drillFile(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery & { cell: string },
): Promise<FileOut> {
  const first = await drillCell(deps, actor, code, { ...query, page: 1, pageSize: EXPORT_PAGE });
  if (first.total > DRILL_EXPORT_LIMIT) {
    throw new AppError(
      'UNPROCESSABLE',
      `Ô này có ${first.total} bản ghi, quá ${DRILL_EXPORT_LIMIT} bản ghi để xuất một tệp: hãy chọn một tỉnh.`,
      `This cell has ${first.total} records, more than ${DRILL_EXPORT_LIMIT} for one file: choose a province.`,
    );
  }
  const rows = [...first.rows];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await drillCell(deps, actor, code, { ...query, page, pageSize: EXPORT_PAGE });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  const form = await computeForm(deps, actor, code, query);
  const safeCell = query.cell.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
  return {
    fileName: `EZ_${code}HQLKKT_${form.period}_o-${safeCell}.xlsx`,
    data: await drillWorkbook(form, { ...first, rows }),
  };
}

export async function formFile(
  deps: StatisticsDeps,
  actor: Actor,
  code: FormCode,
  query: ScopeQuery,
  kind: 'xlsx' | 'docx',
): Promise<FileOut> {
  const form = await computeForm(deps, actor, code, query);
  return tableFile(form, null, kind);
}

export async function tableFile(form: FormTable, number: number | null, kind: 'xlsx' | 'docx'): Promise<FileOut> {
  const code = number === null ? null : `EZ_${form.code}HQLKKT_${number}`;
  return {
    fileName: formFileName(form, number, kind),
    data: kind === 'xlsx' ? await formWorkbook(form, code) : await formDocument(form, code),
  };
}
