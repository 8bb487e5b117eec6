import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { notFound } from '../../kernel/errors';
import { industrialParks, projects } from '../../platform/db/schema';
import type { FormCode } from './contract';
import type { FormContext, FormDefinition } from './forms/definition';

/**
 * A small form for the service's tests (used while the real definitions are written, and to
 * keep those tests independent of them): one row per park of the scope with its projects and
 * their FDI capital in triệu USD under a two-level header, a total row, and drill keys that open
 * to the projects. It reads the registry tables like a real form.
 */
const parkScope = (ctx: FormContext) =>
  ctx.unitIds ? inArray(industrialParks.adminUnitId, [...ctx.unitIds]) : undefined;
const usdMillions = sql<string>`round(coalesce(sum(case when ${projects.currency} = 'USD' then ${projects.registeredCapitalCache} end), 0) / 1000000, 2)::text`;

export function fakeParkForm(code: FormCode = '2104'): FormDefinition {
  return {
    code,
    fullCode: `${code}.H.QLKKT`,
    title: { vi: 'Tình hình dự án tại các khu công nghiệp (biểu thử)', en: 'Projects in industrial parks (test form)' },
    landscape: true,
    notes: (ctx) => [
      { vi: `Lũy kế đến ${ctx.to}; vốn FDI tính bằng triệu USD.`, en: `Cumulative to ${ctx.to}; FDI in USD million.` },
    ],
    async compute(ctx) {
      const rows = await ctx.db
        .select({ id: industrialParks.id, name: industrialParks.name, n: count(projects.id), cap: usdMillions })
        .from(industrialParks)
        .leftJoin(projects, eq(projects.parkId, industrialParks.id))
        .where(parkScope(ctx))
        .groupBy(industrialParks.id, industrialParks.name)
        .orderBy(industrialParks.name);
      const columns = [
        {
          key: 'name',
          number: '1',
          label: { vi: 'Tên KCN', en: 'Park' },
          groups: [],
          unit: null,
          kind: 'text' as const,
        },
        {
          key: 'projects',
          number: '2',
          label: { vi: 'Số dự án', en: 'Projects' },
          groups: [{ vi: 'DỰ ÁN ĐẦU TƯ', en: 'PROJECTS' }],
          unit: 'Dự án',
          kind: 'count' as const,
        },
        {
          key: 'capital',
          number: '3',
          label: { vi: 'Vốn đăng ký FDI', en: 'FDI capital' },
          groups: [{ vi: 'DỰ ÁN ĐẦU TƯ', en: 'PROJECTS' }],
          unit: 'triệu USD',
          kind: 'money' as const,
        },
      ];
      const total = rows.reduce((s, r) => s + r.n, 0);
      const capital = rows.reduce((s, r) => s + Number(r.cap), 0);
      return [
        {
          key: 'parks',
          title: { vi: 'I. Các khu công nghiệp', en: 'I. Industrial parks' },
          columns,
          rows: rows.map((r) => ({
            key: r.id,
            label: null,
            level: 1,
            cells: {
              name: { value: r.name },
              projects: { value: String(r.n), drill: `park:${r.id}` },
              capital: { value: r.cap, drill: `park:${r.id}` },
            },
          })),
          total: {
            key: 'total',
            label: null,
            level: 0,
            cells: {
              projects: { value: String(total), drill: 'all' },
              capital: { value: capital.toFixed(2), drill: 'all' },
            },
          },
        },
      ];
    },
    async drill(ctx, cell, page) {
      const parkId = cell.startsWith('park:') ? cell.slice(5) : null;
      if (cell !== 'all' && !parkId) throw notFound(`ô ${cell}`, `Cell ${cell}`);
      const where = and(parkScope(ctx), parkId ? eq(projects.parkId, parkId) : undefined);
      const base = ctx.db
        .select({
          id: projects.id,
          code: projects.projectCode,
          name: projects.name,
          park: industrialParks.name,
          cap: projects.registeredCapitalCache,
          currency: projects.currency,
        })
        .from(projects)
        .innerJoin(industrialParks, eq(projects.parkId, industrialParks.id))
        .where(where);
      const [rows, totals] = await Promise.all([
        base
          .orderBy(projects.projectCode)
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        ctx.db
          .select({ n: count() })
          .from(projects)
          .innerJoin(industrialParks, eq(projects.parkId, industrialParks.id))
          .where(where),
      ]);
      return {
        title: { vi: `Các dự án (${cell})`, en: `Projects (${cell})` },
        recordKind: 'project',
        columns: [
          { key: 'code', label: { vi: 'Mã dự án', en: 'Code' }, kind: 'text', unit: null },
          { key: 'name', label: { vi: 'Tên dự án', en: 'Name' }, kind: 'text', unit: null },
          { key: 'park', label: { vi: 'KCN', en: 'Park' }, kind: 'text', unit: null },
          { key: 'capital', label: { vi: 'Vốn đăng ký', en: 'Capital' }, kind: 'money', unit: 'triệu USD' },
        ],
        rows: rows.map((r) => ({
          id: r.id,
          values: {
            code: r.code,
            name: r.name,
            park: r.park,
            capital: r.currency === 'USD' && r.cap ? (Number(r.cap) / 1e6).toFixed(2) : null,
          },
        })),
        total: totals[0]?.n ?? 0,
        cellValue: String(totals[0]?.n ?? 0),
      };
    },
  };
}
