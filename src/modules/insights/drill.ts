/**
 * The records behind a briefing or dashboard figure, paged, in the statistics module's DrillResult
 * shape (so the web shows them like a form cell's). Read from the same facts as the figures, with
 * the same unit set, so the list always adds up to the figure.
 */
import { sql } from 'drizzle-orm';
import { add, formatDecimal, parseDecimal } from '../../kernel/decimal';
import { notFound } from '../../kernel/errors';
import { type Period, periodEnd } from '../../kernel/period';
import type { DbOrTx } from '../../platform/db/client';
import { reportCode } from '../statistics/facts/records';
import { realisedTo } from '../statistics/facts/registry';
import { latestReports, periodReports } from '../statistics/facts/reports';
import { addsCapital, type FactFilter, factContext, projectFacts } from './aggregates';
import type { DrillKey, DrillResult } from './contract';
import { parkStates, rowsOf, zonesAt } from './facts';

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
type Row = DrillResult['rows'][number];
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

const PLAN = ['planned', 'established', 'under_construction', 'operating'];

function page<T>(input: DrillInput, rows: readonly T[]): T[] {
  const from = (input.page - 1) * input.pageSize;
  return rows.slice(from, from + input.pageSize);
}

export async function drill(input: DrillInput, cell: DrillKey): Promise<Omit<DrillResult, 'cell'>> {
  const to = periodEnd(input.period);
  const inSet = (unit: string | null) => input.unitIds === null || (unit !== null && input.unitIds.has(unit));
  const unitIds = input.unitIds === null ? null : [...input.unitIds];

  if (cell.startsWith('parks.')) {
    const statuses =
      cell === 'parks.operating'
        ? ['operating']
        : cell === 'parks.construction'
          ? ['established', 'under_construction']
          : PLAN;
    const parks = (await parkStates(input.db, to, input.filter.parkIds))
      .filter((p) => inSet(p.unit) && statuses.includes(p.status))
      .sort((a, b) => a.code.localeCompare(b.code));
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
      rows: page(input, parks).map((p) => ({
        id: p.id,
        values: {
          code: p.code,
          name: p.name,
          province: input.unitName(p.unit),
          status: PARK_STATUS_VI[p.status] ?? p.status,
          established: p.established,
          industrial: p.industrial,
          leased: p.leased,
        },
      })),
      total: parks.length,
      cellValue: String(parks.length),
    };
  }

  if (cell === 'zones') {
    const zones = input.filter.parkIds
      ? []
      : (await rowsOf(input.db, sql`select * from (${zonesAt(to)}) z order by z.code`)).filter((z) =>
          inSet(String(z.unit)),
        );
    return {
      title: { vi: 'Khu kinh tế', en: 'Economic zones' },
      recordKind: 'economic_zone',
      columns: [
        col('code', 'Mã', 'Code', 'text'),
        col('name', 'Tên KKT', 'Zone', 'text'),
        col('province', 'Tỉnh', 'Province', 'text'),
        col('area', 'Diện tích', 'Area', 'area', 'ha'),
      ],
      rows: page(input, zones).map((z) => ({
        id: String(z.id),
        values: {
          code: String(z.code),
          name: String(z.name),
          province: input.unitName(String(z.unit)),
          area: String(z.area),
        },
      })),
      total: zones.length,
      cellValue: String(zones.length),
    };
  }

  const [head, origin] = cell.split('.') as [string, 'FDI' | 'DDI' | undefined];
  const money = (o: 'FDI' | 'DDI' | undefined) =>
    col('amount', 'Vốn', 'Capital', 'money', o === 'DDI' ? 'đồng' : 'USD');
  const amountOf = (x: { usd: string | null; vnd: string | null }) => (origin === 'DDI' ? x.vnd : x.usd);

  if (head === 'new' || head === 'adj' || head === 'valid' || head === 'realised') {
    const facts = await projectFacts(input.db, input.period, input.rate, input.filter, unitIds);
    let rows: {
      id: string;
      code: string;
      name: string;
      unit: string | null;
      date: string | null;
      amount: string | null;
    }[];
    if (head === 'valid' || head === 'realised') {
      const realised =
        head === 'realised' ? await realisedTo(factContext(input.db, input.period, unitIds), input.rate) : null;
      rows = facts.valid
        .filter((p) => p.origin === origin && (!realised || realised.has(p.projectId)))
        .map((p) => ({
          id: p.projectId,
          code: p.projectCode,
          name: p.name,
          unit: p.unitId,
          date: p.issuedOn,
          amount: realised ? amountOf(realised.get(p.projectId)!) : amountOf(p),
        }));
    } else {
      const events = facts.events.filter(
        (e) => e.origin === origin && (head === 'new' ? e.kind === 'issued' : addsCapital(e)),
      );
      const byProject = new Map<string, (typeof rows)[number]>();
      for (const e of events) {
        const seen = byProject.get(e.projectId);
        const amount = amountOf(e);
        if (seen) seen.amount = formatDecimal(add(parseDecimal(seen.amount ?? '0'), parseDecimal(amount ?? '0')));
        else
          byProject.set(e.projectId, {
            id: e.projectId,
            code: e.projectCode,
            name: e.name,
            unit: e.unitId,
            date: e.date,
            amount,
          });
      }
      rows = [...byProject.values()];
    }
    rows.sort((a, b) => a.code.localeCompare(b.code));
    const title =
      head === 'new'
        ? 'Dự án cấp mới trong kỳ'
        : head === 'adj'
          ? 'Dự án điều chỉnh tăng vốn trong kỳ'
          : head === 'valid'
            ? 'Dự án còn hiệu lực cuối kỳ'
            : 'Vốn thực hiện lũy kế của dự án còn hiệu lực';
    return {
      title: { vi: title, en: 'Projects' },
      recordKind: 'project',
      columns: [
        col('code', 'Mã dự án', 'Project code', 'text'),
        col('name', 'Tên dự án', 'Project', 'text'),
        col('province', 'Tỉnh', 'Province', 'text'),
        col('date', head === 'adj' ? 'Ngày điều chỉnh' : 'Ngày cấp', 'Date', 'text'),
        money(origin),
      ],
      rows: page(input, rows).map(
        (r): Row => ({
          id: r.id,
          values: {
            code: r.code,
            name: r.name,
            province: r.unit ? input.unitName(r.unit) : null,
            date: r.date,
            amount: r.amount,
          },
        }),
      ),
      total: rows.length,
      cellValue: String(rows.length),
    };
  }

  if (head === 'reports') {
    const ctx = factContext(input.db, input.period, unitIds);
    const keep = (x: { parkId: string | null; currency: string }) =>
      (!input.filter.parkIds || (x.parkId !== null && input.filter.parkIds.includes(x.parkId))) &&
      (!origin || x.currency === (origin === 'FDI' ? 'USD' : 'VND'));
    // The period's reports (flows) and, for workers, each project's latest report to the end.
    const flows = (await periodReports(ctx)).filter(keep);
    const ids = new Set(flows.map((r) => r.reportId));
    const stock = origin ? [] : (await latestReports(ctx)).filter((r) => keep(r) && !ids.has(r.reportId));
    const all = [...flows, ...stock].sort((a, b) => a.number - b.number);
    return {
      title: { vi: 'Báo cáo đã tiếp nhận', en: 'Accepted reports' },
      recordKind: 'report',
      columns: [
        col('code', 'Mã báo cáo', 'Report code', 'text'),
        col('project', 'Dự án', 'Project', 'text'),
        col('period', 'Kỳ', 'Period', 'text'),
        col('currency', 'Tiền tệ', 'Currency', 'text'),
        col('revenue', 'Doanh thu', 'Revenue', 'money'),
        col('export', 'Xuất khẩu', 'Exports', 'money', 'USD'),
        col('import', 'Nhập khẩu', 'Imports', 'money', 'USD'),
        col('budget', 'Nộp ngân sách', 'Budget', 'money', 'đồng'),
        col('workers', 'Lao động', 'Workers', 'count', 'người'),
      ],
      rows: page(input, all).map((r) => ({
        id: r.reportId,
        values: {
          code: reportCode(r),
          project: `${r.projectCode} · ${r.name}`,
          period: r.period,
          currency: r.currency,
          revenue: r.revenue,
          export: r.exportUsd,
          import: r.importUsd,
          budget: r.budgetVnd,
          workers: String((r.workersDomestic ?? 0) + (r.workersForeign ?? 0)),
        },
      })),
      total: all.length,
      cellValue: String(all.length),
    };
  }
  throw notFound(`danh sách của chỉ tiêu ${cell}`, `Records of figure ${cell}`);
}
