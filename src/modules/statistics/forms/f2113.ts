/**
 * Biểu 2113.H.QLKKT – Tình hình thu hút dự án đầu tư sản xuất kinh doanh trong khu kinh tế lũy kế
 * đến cuối kỳ báo cáo: one row per production/business project valid at the period's end in the
 * area of a KKT outside its parks, its status, area and sectors, FDI or DDI capital (registered and
 * realised) and the period's accepted reports, with a total row.
 */
import type { FormColumn, FormRow } from '../contract';
import { CellBook, type Contribution, type Measure, summedCell, type Text, text } from '../facts/cells';
import { type KktAreaProject, kktAreaProjects } from '../facts/kkt-area-rows';
import { capitalOf, groupedBy, ofProject, ofReport } from '../facts/records';
import { rateAt, realisedTo, type ValidProject, validProjects } from '../facts/registry';
import { figureIn, latestReports, periodReports, type ReportFact, type ReportFigure } from '../facts/reports';
import { addAmounts } from '../facts/totals';
import type { Origin } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { col, t } from './project-form-parts';

type Facts = {
  valid: ValidProject[];
  reports: ReportFact[];
  latest: ReportFact[];
  realised: Map<string, { usd: string | null; vnd: string | null }>;
  rate: string | null;
};

type Spec = {
  key: string;
  number: string;
  label: Text;
  unit: string;
  group: Text;
  measure: Measure;
  kind: 'project' | 'report';
  rows: (projects: ValidProject[], reports: ReportFact[], latest: ReportFact[]) => Contribution[];
};

const GROUPS = {
  FDI: t('DỰ ÁN ĐẦU TƯ VỐN NƯỚC NGOÀI', 'FOREIGN-INVESTED PROJECTS'),
  DDI: t('DỰ ÁN ĐẦU TƯ VỐN TRONG NƯỚC', 'DOMESTIC PROJECTS'),
  labour: t('LAO ĐỘNG', 'LABOUR'),
};

function specs(f: Facts): Spec[] {
  const per = (origin: Origin, first: number): Spec[] => {
    const unit = origin === 'FDI' ? 'triệu USD' : 'tỷ đồng';
    const money: Measure = { kind: 'money', unit: origin === 'FDI' ? 'trieu_usd' : 'ty_dong' };
    const group = GROUPS[origin];
    const mine = (ps: ValidProject[]) => ps.filter((p) => p.origin === origin);
    const fig = (figure: ReportFigure, to: 'USD' | 'VND') => (_: ValidProject[], rs: ReportFact[]) =>
      rs
        .filter((r) => r.origin === origin)
        .flatMap((r) => {
          const v = figureIn(r, figure, to, f.rate);
          return v === null ? [] : [ofReport(r, v)];
        });
    const realised = (p: ValidProject) => {
      const r = f.realised.get(p.projectId);
      return r ? (origin === 'FDI' ? r.usd : r.vnd) : null;
    };
    const n = (k: number) => String(first + k);
    return [
      {
        key: `${origin}:capital`,
        number: n(0),
        label: t('Vốn đầu tư đăng ký', 'Registered capital'),
        unit,
        group,
        measure: money,
        kind: 'project',
        rows: (ps) => mine(ps).map((p) => ofProject(p, capitalOf(p))),
      },
      {
        key: `${origin}:realised`,
        number: n(1),
        label: t('Vốn đầu tư thực hiện', 'Realised capital'),
        unit,
        group,
        measure: money,
        kind: 'project',
        rows: (ps) =>
          mine(ps).flatMap((p) => {
            const v = realised(p);
            return v === null ? [] : [ofProject(p, v)];
          }),
      },
      {
        key: `${origin}:revenue`,
        number: n(2),
        label: t('Doanh thu', 'Revenue'),
        unit,
        group,
        measure: money,
        kind: 'report',
        rows: fig('revenue', origin === 'FDI' ? 'USD' : 'VND'),
      },
      {
        key: `${origin}:export`,
        number: n(3),
        label: t('Xuất khẩu', 'Exports'),
        unit: 'triệu USD',
        group,
        measure: { kind: 'money', unit: 'trieu_usd' },
        kind: 'report',
        rows: fig('exportUsd', 'USD'),
      },
      {
        key: `${origin}:import`,
        number: n(4),
        label: t('Nhập khẩu', 'Imports'),
        unit: 'triệu USD',
        group,
        measure: { kind: 'money', unit: 'trieu_usd' },
        kind: 'report',
        rows: fig('importUsd', 'USD'),
      },
      {
        key: `${origin}:budget`,
        number: n(5),
        label: t('Nộp ngân sách', 'Budget payments'),
        unit: 'tỷ đồng',
        group,
        measure: { kind: 'money', unit: 'ty_dong' },
        kind: 'report',
        rows: fig('budgetVnd', 'VND'),
      },
    ];
  };
  const workers =
    (which: 'workersDomestic' | 'workersForeign') => (_: ValidProject[], __: ReportFact[], latest: ReportFact[]) =>
      latest.flatMap((r) => (r[which] === null ? [] : [ofReport(r, String(r[which]))]));
  return [
    ...per('FDI', 6),
    ...per('DDI', 12),
    {
      key: 'workers:domestic',
      number: '18',
      label: t('Trong nước', 'Domestic'),
      unit: 'người',
      group: GROUPS.labour,
      measure: { kind: 'people' },
      kind: 'report',
      rows: workers('workersDomestic'),
    },
    {
      key: 'workers:foreign',
      number: '19',
      label: t('Nước ngoài', 'Foreign'),
      unit: 'người',
      group: GROUPS.labour,
      measure: { kind: 'people' },
      kind: 'report',
      rows: workers('workersForeign'),
    },
  ];
}

const outsideParks = <T extends { parkId: string | null; kktId: string | null; type: string }>(x: T) =>
  x.parkId === null && x.kktId !== null && x.type === 'production_business';

async function load(ctx: FormContext): Promise<Facts> {
  // Only projects in a KKT's area outside its parks are read.
  ctx = { ...ctx, within: 'kkt_area' };
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [valid, reports, latest, realised] = await Promise.all([
    validProjects(ctx, rate),
    periodReports(ctx),
    latestReports(ctx),
    realisedTo(ctx, rate),
  ]);
  const mine = valid.filter(outsideParks);
  const ids = new Set(mine.map((p) => p.projectId));
  return {
    valid: mine,
    reports: reports.filter((r) => ids.has(r.projectId)),
    latest: latest.filter((r) => ids.has(r.projectId)),
    realised,
    rate,
  };
}

function columnsOf(list: readonly Spec[]): FormColumn[] {
  return [
    col('stt', t('STT', 'No.'), { number: '1' }),
    col('name', t('Tên dự án sản xuất kinh doanh', 'Production/business project'), { number: '2' }),
    col('status', t('Tình trạng', 'Status'), { number: '3' }),
    col('area', t('Quy mô diện tích thực hiện', 'Implemented area'), { number: '4', unit: 'ha', kind: 'area' }),
    col('sectors', t('Ngành nghề', 'Industry'), { number: '5' }),
    ...list.map((s) =>
      col(s.key, s.label, {
        number: s.number,
        unit: s.unit,
        groups: [s.group],
        kind: s.measure.kind === 'money' ? 'money' : 'count',
      }),
    ),
  ];
}

type RowProject = { projectId: string; name: string; inOperation: boolean; sectors: string[] };

/** One row per project (its text columns, then its figures) and the total row over all of them. */
function projectRows<P extends RowProject>(
  projects: P[],
  cellsFor: (key: string, projects: P[]) => FormRow['cells'],
): { rows: FormRow[]; total: FormRow } {
  const rows: FormRow[] = projects.map((p, i) => ({
    key: p.projectId,
    label: null,
    level: 1,
    cells: {
      stt: text(String(i + 1)),
      name: text(p.name),
      status: text(p.inOperation ? 'Đã đi vào hoạt động' : 'Đang xây dựng'),
      sectors: text(p.sectors.join('; ') || null),
      ...cellsFor(p.projectId, [p]),
    },
  }));
  const total: FormRow = {
    key: 'total',
    label: t('Tổng cộng', 'Total'),
    level: 0,
    cells: { name: text('Tổng cộng'), ...cellsFor('total', projects) },
  };
  return { rows, total };
}

function build(f: Facts, book: CellBook) {
  const list = specs(f);
  const columns = columnsOf(list);
  const reportsOf = groupedBy(f.reports, (r) => r.projectId);
  const latestOf = groupedBy(f.latest, (r) => r.projectId);
  // One project's row takes its own reports; the total row takes all of them.
  const cellsFor = (key: string, projects: ValidProject[]): FormRow['cells'] => {
    const one = projects.length === 1 ? projects[0]!.projectId : null;
    const reports = one === null ? f.reports : (reportsOf.get(one) ?? []);
    const latest = one === null ? f.latest : (latestOf.get(one) ?? []);
    const cells: FormRow['cells'] = {
      area: book.cell(
        `${key}:area`,
        t('Quy mô diện tích thực hiện', 'Implemented area'),
        'project',
        { kind: 'area' },
        projects.flatMap((p) => (p.landHa === null ? [] : [ofProject(p, p.landHa)])),
      ),
    };
    for (const s of list)
      cells[s.key] = book.cell(`${key}:${s.key}`, s.label, s.kind, s.measure, s.rows(projects, reports, latest));
    return cells;
  };
  return [{ key: 'projects', title: null, columns, ...projectRows(f.valid, cellsFor) }];
}

/** Each spec's figure of one project row (facts/kkt-area-rows.ts); the other origin's group is empty. */
function figureOf(p: KktAreaProject, key: string): string | null {
  const [origin, what] = key.split(':') as [string, string];
  if (origin === 'workers') return what === 'domestic' ? p.workersDomestic : p.workersForeign;
  if (origin !== p.origin) return null;
  switch (what) {
    case 'capital':
      return p.capital;
    case 'realised':
      return p.realised;
    case 'revenue':
      return p.revenue;
    case 'export':
      return p.exportUsd;
    case 'import':
      return p.importUsd;
    case 'budget':
      return p.budgetVnd;
    default:
      return null;
  }
}

/**
 * The computation: one read gives every project row with its figures (instead of the four record
 * reads of `load`); the cells are `summedCell`s with the drill keys `build` gives them, and the total
 * row adds the rows exactly.
 */
async function computeFromRows(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const projects = await kktAreaProjects(ctx, rate);
  const list = specs({ valid: [], reports: [], latest: [], realised: new Map(), rate });
  const area: Measure = { kind: 'area' };
  // A project's own row takes its figure as it is (summedCell rounds it); the total row adds them.
  const sum = (mine: readonly KktAreaProject[], figure: (p: KktAreaProject) => string | null) =>
    mine.length === 1 ? figure(mine[0]!) : addAmounts(mine.map(figure));
  const cellsFor = (key: string, mine: readonly KktAreaProject[]): FormRow['cells'] => {
    const cells: FormRow['cells'] = {
      area: summedCell(
        `${key}:area`,
        area,
        sum(mine, (p) => p.landHa),
      ),
    };
    for (const s of list) {
      cells[s.key] = summedCell(
        `${key}:${s.key}`,
        s.measure,
        sum(mine, (p) => figureOf(p, s.key)),
      );
    }
    return cells;
  };
  return [{ key: 'projects', title: null, columns: columnsOf(list), ...projectRows(projects, cellsFor) }];
}

/** The form built from its records alone (the drill's path): the one-read path must give exactly this. */
export async function compute2113FromRecords(ctx: FormContext) {
  return build(await load(ctx), new CellBook());
}

export const F2113: FormDefinition = {
  code: '2113',
  keptForPages: true,
  fullCode: '2113.H.QLKKT',
  title: t(
    'Tình hình thu hút dự án đầu tư sản xuất kinh doanh trong khu kinh tế lũy kế đến cuối kỳ báo cáo',
    'Production and business projects in economic zones, cumulative to the period end',
  ),
  landscape: true,
  notes: () => [
    t(
      'Các dự án sản xuất, kinh doanh còn hiệu lực đến cuối kỳ trong khu kinh tế, ngoài các KCN (dự án trong KCN của KKT được báo cáo ở biểu 2104 theo KCN).',
      'Production/business projects valid at the period end in economic zones outside their parks (projects in a zone’s parks are in 2104, by park).',
    ),
    t(
      'Mỗi dự án là FDI hoặc DDI nên chỉ một nhóm cột vốn có số liệu, nhóm kia bằng 0. Doanh thu, xuất nhập khẩu, nộp ngân sách: báo cáo đã tiếp nhận trong kỳ; lao động: báo cáo được tiếp nhận gần nhất.',
      'A project is FDI or DDI, so one money group is 0. Revenue, trade and budget: the accepted reports of the period; workers: the latest accepted report.',
    ),
    t(
      'Quy mô diện tích thực hiện là diện tích đất ghi trên GCNĐKĐT đến cuối kỳ; tình trạng theo ngày đi vào hoạt động.',
      'Implemented area is the land on the certificate at the period end; status from the operation start.',
    ),
  ],
  compute: computeFromRows,
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
