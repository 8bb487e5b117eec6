/**
 * Biểu 2104.H.QLKKT – Tình hình hoạt động sản xuất kinh doanh tại KCN lũy kế đến cuối kỳ báo cáo:
 * one row per park; secondary (production/business) projects valid at the end, their registered
 * and realised capital and those in operation (cumulative), the period's accepted reports (*), and
 * the workers of each project's latest accepted report.
 */
import type { FormColumn, FormRow } from '../contract';
import { CellBook, type Contribution, type Measure, summedCell, type Text, text } from '../facts/cells';
import { capitalOf, ofProject, ofReport } from '../facts/records';
import { rateAt, realisedTo, type ValidProject, validProjects } from '../facts/registry';
import { figureIn, latestReports, periodReports, type ReportFact, type ReportFigure } from '../facts/reports';
import {
  addAmounts,
  addUp,
  FLOW_SUMS,
  type FlowTotals,
  flowTotals,
  requireRate,
  STOCK_SUMS,
  type StockTotals,
  stockTotals,
} from '../facts/totals';
import type { Origin } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { parkGroups, parksOfTotals } from './park-rows';
import { col, LOCATION_LABELS, t } from './project-form-parts';

type Spec = {
  key: string;
  number: string;
  label: Text;
  unit: string;
  groups: Text[];
  measure: Measure;
  kind: 'projects' | 'report';
  rows: (p: { tenants: ValidProject[]; reports: ReportFact[]; latest: ReportFact[] }) => Contribution[];
  /** The same cell from the SQL totals (the form's computation; `rows` serve the drill). */
  total: (x: ParkTotals) => string | number | null;
};

type ParkTotals = { stock: Partial<Record<Origin, StockTotals>>; flows: Partial<Record<Origin, FlowTotals>> };

const GROUP = {
  FDI: t('Dự án đầu tư thứ cấp có vốn nước ngoài (FDI)', 'Secondary foreign-invested projects (FDI)'),
  DDI: t('Dự án đầu tư thứ cấp có vốn trong nước (DDI)', 'Secondary domestic projects (DDI)'),
};

type Facts = {
  valid: ValidProject[];
  realised: Map<string, { usd: string | null; vnd: string | null }>;
  reports: ReportFact[];
  latest: ReportFact[];
  rate: string | null;
};

function specs(f: Pick<Facts, 'realised' | 'rate'>): Spec[] {
  const per = (origin: Origin, first: number): Spec[] => {
    const unit = origin === 'FDI' ? 'triệu USD' : 'tỷ đồng';
    const money: Measure = { kind: 'money', unit: origin === 'FDI' ? 'trieu_usd' : 'ty_dong' };
    const usd: Measure = { kind: 'money', unit: 'trieu_usd' };
    const tyDong: Measure = { kind: 'money', unit: 'ty_dong' };
    const cur = origin === 'FDI' ? 'USD' : 'VND';
    const mine = (ps: ValidProject[]) => ps.filter((p) => p.origin === origin);
    const reportsOf = (rs: ReportFact[]) => rs.filter((r) => r.origin === origin);
    const fig = (figure: ReportFigure, to: 'USD' | 'VND') => (x: { reports: ReportFact[] }) =>
      reportsOf(x.reports).flatMap((r) => {
        const v = figureIn(r, figure, to, f.rate);
        return v === null ? [] : [ofReport(r, v)];
      });
    const n = (k: number) => String(first + k);
    const groups = [GROUP[origin]];
    return [
      {
        key: `${origin}:valid`,
        number: n(0),
        label: t('Tổng số dự án còn hiệu lực', 'Valid projects'),
        unit: 'Dự án',
        groups,
        measure: { kind: 'projects' },
        kind: 'projects',
        rows: (x) => mine(x.tenants).map((p) => ofProject(p)),
        total: (x) => x.stock[origin]?.projects ?? 0,
      },
      {
        key: `${origin}:capital`,
        number: n(1),
        label: t('Tổng vốn ĐT đăng ký', 'Registered capital'),
        unit,
        groups,
        measure: money,
        kind: 'projects',
        rows: (x) => mine(x.tenants).map((p) => ofProject(p, capitalOf(p))),
        total: (x) => (origin === 'FDI' ? x.stock.FDI?.usd : x.stock.DDI?.vnd) ?? null,
      },
      {
        key: `${origin}:operating`,
        number: n(2),
        label: t('Số dự án đang SXKD', 'Projects in operation'),
        unit: 'Dự án',
        groups,
        measure: { kind: 'projects' },
        kind: 'projects',
        rows: (x) =>
          mine(x.tenants)
            .filter((p) => p.inOperation)
            .map((p) => ofProject(p)),
        total: (x) => x.stock[origin]?.operating ?? 0,
      },
      {
        key: `${origin}:realised`,
        number: n(3),
        label: t('Tổng vốn ĐT thực hiện', 'Realised capital'),
        unit,
        groups,
        measure: money,
        kind: 'projects',
        rows: (x) =>
          mine(x.tenants).flatMap((p) => {
            const r = f.realised.get(p.projectId);
            const v = r ? (origin === 'FDI' ? r.usd : r.vnd) : null;
            return v === null ? [] : [ofProject(p, v)];
          }),
        total: (x) => (origin === 'FDI' ? x.stock.FDI?.realisedUsd : x.stock.DDI?.realisedVnd) ?? null,
      },
      {
        key: `${origin}:revenue`,
        number: n(4),
        label: t('Doanh thu*', 'Revenue*'),
        unit,
        groups,
        measure: money,
        kind: 'report',
        rows: fig('revenue', cur),
        total: (x) => (origin === 'FDI' ? x.flows.FDI?.revenueUsd : x.flows.DDI?.revenueVnd) ?? null,
      },
      {
        key: `${origin}:export`,
        number: n(5),
        label: t('Giá trị xuất khẩu*', 'Exports*'),
        unit: 'triệu USD',
        groups,
        measure: usd,
        kind: 'report',
        rows: fig('exportUsd', 'USD'),
        total: (x) => x.flows[origin]?.exportUsd ?? null,
      },
      {
        key: `${origin}:import`,
        number: n(6),
        label: t('Giá trị nhập khẩu*', 'Imports*'),
        unit: 'triệu USD',
        groups,
        measure: usd,
        kind: 'report',
        rows: fig('importUsd', 'USD'),
        total: (x) => x.flows[origin]?.importUsd ?? null,
      },
      {
        key: `${origin}:budget`,
        number: n(7),
        label: t('Nộp ngân sách*', 'Budget payments*'),
        unit: 'tỷ đồng',
        groups,
        measure: tyDong,
        kind: 'report',
        rows: fig('budgetVnd', 'VND'),
        total: (x) => x.flows[origin]?.budgetVnd ?? null,
      },
    ];
  };
  const labour = [t('Lao động', 'Labour')];
  const workers = (which: 'workersDomestic' | 'workersForeign') => (x: { latest: ReportFact[] }) =>
    x.latest.flatMap((r) => (r[which] === null ? [] : [ofReport(r, String(r[which]))]));
  return [
    ...per('FDI', 6),
    ...per('DDI', 14),
    {
      key: 'workers:domestic',
      number: '22',
      label: t('Số lao động trong nước', 'Domestic workers'),
      unit: 'người',
      groups: labour,
      measure: { kind: 'people' },
      kind: 'report',
      rows: workers('workersDomestic'),
      total: (x) => addAmounts([x.stock.FDI?.workersDomestic, x.stock.DDI?.workersDomestic]),
    },
    {
      key: 'workers:foreign',
      number: '23',
      label: t('Số lao động nước ngoài', 'Foreign workers'),
      unit: 'người',
      groups: labour,
      measure: { kind: 'people' },
      kind: 'report',
      rows: workers('workersForeign'),
      total: (x) => addAmounts([x.stock.FDI?.workersForeign, x.stock.DDI?.workersForeign]),
    },
  ];
}

async function load(ctx: FormContext): Promise<Facts> {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [valid, realised, reports, latest] = await Promise.all([
    validProjects(ctx, rate),
    realisedTo(ctx, rate),
    periodReports(ctx),
    latestReports(ctx),
  ]);
  return { valid, realised, reports, latest, rate };
}

function byPark<T extends { parkId: string | null }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const list = out.get(x.parkId!) ?? [];
    list.push(x);
    out.set(x.parkId!, list);
  }
  return out;
}

function columnsOf(list: Spec[]): FormColumn[] {
  return [
    col('name', t('Tên KCN', 'Industrial park'), { number: '3', groups: [t('KCN', 'Park')] }),
    col('location', t('Vị trí KCN', 'Location'), { number: '4', groups: [t('KCN', 'Park')] }),
    col('infrastructure', t('Tên dự án hạ tầng KCN', 'Park infrastructure project'), {
      number: '5',
      groups: [t('KCN', 'Park')],
    }),
    ...list.map((s) =>
      col(s.key, s.label, {
        number: s.number,
        unit: s.unit,
        groups: s.groups,
        kind: s.measure.kind === 'money' ? 'money' : 'count',
      }),
    ),
  ];
}

const totalCells = (parks: number) => ({
  name: text(`Tổng cộng (${parks} KCN)`),
  location: text(null),
  infrastructure: text(null),
});

/** The records build: every cell with its records (the drill). */
function build(f: Facts, book: CellBook) {
  const list = specs(f);
  const columns = columnsOf(list);
  const validIds = new Set(f.valid.map((v) => v.projectId));
  const inParks = <T extends { parkId: string | null; type: string }>(xs: readonly T[]) =>
    byPark(xs.filter((p) => p.type === 'production_business' && p.parkId !== null));
  const tenants = inParks(f.valid);
  const reports = inParks(f.reports);
  const latest = inParks(f.latest.filter((r) => validIds.has(r.projectId)));
  const rowFor = (key: string, parkId: string | null, cells: FormRow['cells']): FormRow => {
    const pick = <T>(m: Map<string, T[]>) => (parkId === null ? [...m.values()].flat() : (m.get(parkId) ?? []));
    const scope = { tenants: pick(tenants), reports: pick(reports), latest: pick(latest) };
    for (const s of list) {
      const kind = s.kind === 'projects' ? 'project' : 'report';
      cells[s.key] = book.cell(`${key}:${s.key}`, s.label, kind, s.measure, s.rows(scope));
    }
    return { key, label: null, level: 1, cells };
  };
  const rows = parkGroups(f.valid, f.reports).map((g) =>
    rowFor(g.parkId, g.parkId, {
      name: text(g.name),
      location: text(LOCATION_LABELS[g.locationClass].vi),
      infrastructure: text(g.infrastructure.map((p) => p.name).join('; ') || null),
    }),
  );
  const total = rowFor('total', null, totalCells(rows.length));
  // The total adds the listed parks only (projects in a park appear in its row).
  return [{ key: 'parks', title: null, columns, rows, total: { ...total, label: t('Tổng cộng', 'Total') } }];
}

/** The computation from the SQL totals: the same rows and cells as `build`, without the records. */
async function computeFromTotals(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [stock, flows] = await Promise.all([stockTotals(ctx, rate), flowTotals(ctx, rate)]);
  const list = specs({ realised: new Map(), rate });
  const tenantsOf = (groups: readonly StockTotals[], origin: Origin) =>
    addUp(
      groups.filter((g) => g.type === 'production_business' && g.origin === origin),
      STOCK_SUMS,
    );
  const flowsOf = (groups: readonly FlowTotals[], origin: Origin) =>
    addUp(
      groups.filter((g) => g.origin === origin),
      FLOW_SUMS,
    );
  const rowFor = (key: string, stockGroups: StockTotals[], flowGroups: FlowTotals[], cells: FormRow['cells']) => {
    const x = {
      stock: { FDI: tenantsOf(stockGroups, 'FDI'), DDI: tenantsOf(stockGroups, 'DDI') },
      flows: { FDI: flowsOf(flowGroups, 'FDI'), DDI: flowsOf(flowGroups, 'DDI') },
    };
    for (const s of list) cells[s.key] = summedCell(`${key}:${s.key}`, s.measure, s.total(x));
    return { key, label: null, level: 1, cells } satisfies FormRow;
  };
  const parks = parksOfTotals(stock, flows);
  // Revenue is added in the project's currency (FDI: USD, DDI: VND), as the records build does.
  requireRate(
    rate,
    parks.some((p) => p.flows.some((g) => (g.origin === 'FDI' ? g.revenueNeedsUsd : g.revenueNeedsVnd))),
  );
  const rows = parks.map((p) =>
    rowFor(p.parkId, p.stock, p.flows, {
      name: text(p.name),
      location: text(LOCATION_LABELS[p.locationClass].vi),
      infrastructure: text(p.infrastructure || null),
    }),
  );
  const total = rowFor(
    'total',
    parks.flatMap((p) => p.stock),
    parks.flatMap((p) => p.flows),
    totalCells(rows.length),
  );
  return [
    {
      key: 'parks',
      title: null,
      columns: columnsOf(list),
      rows,
      total: { ...total, label: t('Tổng cộng', 'Total') },
    },
  ];
}

export const F2104: FormDefinition = {
  code: '2104',
  keptForPages: true,
  fullCode: '2104.H.QLKKT',
  title: t(
    'Tình hình hoạt động sản xuất kinh doanh tại KCN lũy kế đến cuối kỳ báo cáo',
    'Production and business in industrial parks, cumulative to the end of the period',
  ),
  landscape: true,
  notes: () => [
    t(
      'Số dự án, vốn đăng ký, dự án đang SXKD và vốn thực hiện: lũy kế đến cuối kỳ, các dự án thứ cấp còn hiệu lực (cấp trước hoặc trong ngày cuối kỳ, chưa bị thu hồi/chấm dứt đến ngày đó).',
      'Projects, registered capital, projects in operation and realised capital: cumulative to the period end, secondary projects valid on that day.',
    ),
    t(
      'Các cột (*) là số phát sinh trong kỳ, cộng từ báo cáo định kỳ đã được tiếp nhận; lao động theo báo cáo được tiếp nhận gần nhất của mỗi dự án đến cuối kỳ.',
      'Columns (*) arise in the period, from accepted periodic reports; workers from each project’s latest accepted report up to the period end.',
    ),
    t(
      'Dự án đang SXKD: đã có ngày đi vào hoạt động không muộn hơn ngày cuối kỳ. Giá trị xuất, nhập khẩu bằng triệu USD, nộp ngân sách bằng tỷ đồng ở cả hai nhóm.',
      'In operation: an operation start on or before the period end. Exports and imports in million USD, budget payments in billion VND in both groups.',
    ),
  ],
  compute: computeFromTotals,
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
