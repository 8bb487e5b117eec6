/**
 * The records behind a briefing or dashboard figure, paged, in the statistics module's DrillResult
 * shape (so the web shows them like a form cell's). The same fact queries as the figures, with the
 * same unit set, so the list always adds up to the figure.
 */
import { type SQL, sql } from 'drizzle-orm';
import { notFound } from '../../kernel/errors';
import { type Period, periodCode, periodEnd, periodStart } from '../../kernel/period';
import type { DbOrTx } from '../../platform/db/client';
import { reportTypeOf } from './aggregates';
import type { DrillKey, DrillResult } from './contract';
import {
  acceptedReports,
  eventsIn,
  type FactFilter,
  parkStatesAt,
  projectStatesAt,
  realisedTo,
  rowsOf,
  zonesAt,
} from './facts';

export type DrillInput = {
  db: DbOrTx;
  period: Period;
  rate: string | null;
  unitIds: ReadonlySet<string> | null;
  filter: FactFilter;
  unitName: (id: string) => string;
  page: number;
  pageSize: number;
};

type Column = DrillResult['columns'][number];
const col = (key: string, vi: string, en: string, kind: Column['kind'], unit: string | null = null): Column => ({
  key,
  label: { vi, en },
  kind,
  unit,
});

const PARK_STATUS_VI: Record<string, string> = {
  planned: 'Trong quy hoạch',
  established: 'Đã thành lập',
  under_construction: 'Đang xây dựng',
  operating: 'Đang hoạt động',
};

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** `true`, or the unit column restricted to the set. */
function unitWhere(column: SQL, ids: ReadonlySet<string> | null): SQL {
  if (ids === null) return sql`true`;
  if (ids.size === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    [...ids].map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

async function paged(input: DrillInput, base: SQL, order: SQL) {
  const offset = (input.page - 1) * input.pageSize;
  const [countRow] = await rowsOf(input.db, sql`select count(*)::int as n from (${base}) b`);
  const rows = await rowsOf(
    input.db,
    sql`select * from (${base}) b order by ${order} limit ${input.pageSize} offset ${offset}`,
  );
  return { total: Number(countRow?.n ?? 0), rows };
}

export async function drill(input: DrillInput, cell: DrillKey): Promise<Omit<DrillResult, 'cell'>> {
  const to = periodEnd(input.period);
  const from = periodStart(input.period);
  const inSet = unitWhere(sql`s.unit`, input.unitIds);

  if (cell.startsWith('parks.')) {
    const statuses =
      cell === 'parks.operating'
        ? ['operating']
        : cell === 'parks.construction'
          ? ['established', 'under_construction']
          : ['planned', 'established', 'under_construction', 'operating'];
    const base = sql`select s.* from (${parkStatesAt(to, input.filter)}) s
      where ${inSet} and s.status in (${sql.join(
        statuses.map((x) => sql`${x}`),
        sql`, `,
      )})`;
    const { total, rows } = await paged(input, base, sql`b.code`);
    return {
      title: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
      recordKind: 'park',
      columns: [
        col('code', 'Mã', 'Code', 'text'),
        col('name', 'Tên KCN', 'Park', 'text'),
        col('province', 'Tỉnh', 'Province', 'text'),
        col('status', 'Trạng thái cuối kỳ', 'Status at period end', 'text'),
        col('established', 'Diện tích thành lập', 'Established area', 'area', 'ha'),
        col('industrial', 'Đất công nghiệp', 'Industrial land', 'area', 'ha'),
        col('leased', 'Đã cho thuê', 'Leased', 'area', 'ha'),
      ],
      rows: rows.map((r) => ({
        id: String(r.id),
        values: {
          code: text(r.code),
          name: text(r.name),
          province: input.unitName(String(r.unit)),
          status: PARK_STATUS_VI[String(r.status)] ?? String(r.status),
          established: text(r.established),
          industrial: text(r.industrial),
          leased: text(r.leased),
        },
      })),
      total,
      cellValue: String(total),
    };
  }

  if (cell === 'zones') {
    const base = sql`select s.* from (${zonesAt(to)}) s where ${inSet}`;
    const { total, rows } = await paged(input, base, sql`b.code`);
    return {
      title: { vi: 'Khu kinh tế', en: 'Economic zones' },
      recordKind: 'economic_zone',
      columns: [
        col('code', 'Mã', 'Code', 'text'),
        col('name', 'Tên KKT', 'Zone', 'text'),
        col('province', 'Tỉnh', 'Province', 'text'),
        col('area', 'Diện tích', 'Area', 'area', 'ha'),
      ],
      rows: rows.map((r) => ({
        id: String(r.id),
        values: {
          code: text(r.code),
          name: text(r.name),
          province: input.unitName(String(r.unit)),
          area: text(r.area),
        },
      })),
      total,
      cellValue: String(total),
    };
  }

  const [head, origin] = cell.split('.') as [string, 'FDI' | 'DDI' | undefined];
  const amountCol = (o: 'FDI' | 'DDI' | undefined) => (o === 'DDI' ? 'vnd' : 'usd');
  const amountLabel = (o: 'FDI' | 'DDI' | undefined) =>
    o === 'DDI' ? col('amount', 'Vốn', 'Capital', 'money', 'đồng') : col('amount', 'Vốn', 'Capital', 'money', 'USD');

  if (head === 'new' || head === 'adj') {
    const kindWhere =
      head === 'new' ? sql`s.kind = 'issued'` : sql`s.kind = 'adjusted' and coalesce(s.usd, s.vnd, 0) > 0`;
    const base = sql`select s.project_id as id, min(s.date) as date, sum(s.${sql.raw(amountCol(origin))}) as amount,
                            p.project_code, p.name, s.unit
      from (${eventsIn(from, to, input.rate, input.filter)}) s join projects p on p.id = s.project_id
      where ${inSet} and ${kindWhere} and s.origin = ${origin ?? 'FDI'}
      group by s.project_id, p.project_code, p.name, s.unit`;
    return projectList(input, base, head === 'new' ? 'Dự án cấp mới trong kỳ' : 'Dự án điều chỉnh tăng vốn trong kỳ', [
      col('date', head === 'new' ? 'Ngày cấp' : 'Ngày điều chỉnh', 'Date', 'text'),
      amountLabel(origin),
    ]);
  }

  if (head === 'valid') {
    const base = sql`select s.id, s.issued_on as date, s.${sql.raw(amountCol(origin))} as amount, p.project_code, p.name, s.unit
      from (${projectStatesAt(to, input.rate, input.filter)}) s join projects p on p.id = s.id
      where ${inSet} and s.valid and s.origin = ${origin ?? 'FDI'}`;
    return projectList(input, base, 'Dự án còn hiệu lực cuối kỳ', [
      col('date', 'Ngày cấp', 'Issued', 'text'),
      amountLabel(origin),
    ]);
  }

  if (head === 'realised') {
    const currency = origin === 'DDI' ? 'VND' : 'USD';
    const base = sql`select s.project_id as id, null as date, s.amount, p.project_code, p.name, s.unit
      from (${realisedTo(to, input.filter)}) s join projects p on p.id = s.project_id
      where ${inSet} and s.origin = ${origin ?? 'FDI'} and s.currency = ${currency}`;
    return projectList(input, base, 'Vốn thực hiện lũy kế theo dự án', [
      col('date', '', '', 'text'),
      col('amount', 'Vốn thực hiện', 'Realised', 'money', currency === 'VND' ? 'đồng' : 'USD'),
    ]);
  }

  if (head === 'reports') {
    const currencyWhere = origin ? sql`s.currency = ${origin === 'FDI' ? 'USD' : 'VND'}` : sql`true`;
    const base = sql`select s.*, p.project_code, p.name, r.form_code
      from (${acceptedReports(reportTypeOf(input.period), periodCode(input.period), input.filter)}) s
      join projects p on p.id = s.project_id join reports r on r.id = s.id
      where ${inSet} and ${currencyWhere}`;
    const { total, rows } = await paged(input, base, sql`b.number`);
    return {
      title: { vi: 'Báo cáo đã tiếp nhận', en: 'Accepted reports' },
      recordKind: 'report',
      columns: [
        col('code', 'Mã báo cáo', 'Report code', 'text'),
        col('project', 'Dự án', 'Project', 'text'),
        col('currency', 'Tiền tệ', 'Currency', 'text'),
        col('revenue', 'Doanh thu', 'Revenue', 'money'),
        col('export', 'Xuất khẩu', 'Exports', 'money', 'USD'),
        col('import', 'Nhập khẩu', 'Imports', 'money', 'USD'),
        col('budget', 'Nộp ngân sách', 'Budget', 'money', 'đồng'),
        col('workers', 'Lao động', 'Workers', 'count', 'người'),
      ],
      rows: rows.map((r) => ({
        id: String(r.id),
        values: {
          code: `EZ_${String(r.form_code).replace(/\./g, '')}_${r.number}`,
          project: `${r.project_code} · ${r.name}`,
          currency: text(r.currency),
          revenue: text(r.revenue),
          export: text(r.export_usd),
          import: text(r.import_usd),
          budget: text(r.budget_vnd),
          workers: String(Number(r.workers_domestic ?? 0) + Number(r.workers_foreign ?? 0)),
        },
      })),
      total,
      cellValue: String(total),
    };
  }
  throw notFound(`danh sách của chỉ tiêu ${cell}`, `Records of figure ${cell}`);
}

async function projectList(input: DrillInput, base: SQL, titleVi: string, extra: Column[]) {
  const { total, rows } = await paged(input, base, sql`b.project_code`);
  return {
    title: { vi: titleVi, en: 'Projects' },
    recordKind: 'project' as const,
    columns: [
      col('code', 'Mã dự án', 'Project code', 'text'),
      col('name', 'Tên dự án', 'Project', 'text'),
      col('province', 'Tỉnh', 'Province', 'text'),
      ...extra.filter((c) => c.label.vi !== ''),
    ],
    rows: rows.map((r) => ({
      id: String(r.id),
      values: {
        code: text(r.project_code),
        name: text(r.name),
        province: input.unitName(String(r.unit)),
        date: text(r.date),
        amount: text(r.amount),
      },
    })),
    total,
    cellValue: String(total),
  };
}
