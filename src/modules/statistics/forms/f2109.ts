/**
 * Biểu 2109.H.QLKKT – Tình hình thu hút đầu tư tại khu kinh tế trong kỳ báo cáo: the projects of
 * the scope's KKTs in two columns, in the KKTs' parks and in the other areas outside parks. Parts
 * A (production/business) and B (infrastructure), each FDI (triệu USD) and DDI (tỷ đồng): the
 * period's new certificates, increases, decreases, revocations and land change, and the stock at
 * the period's end; part A adds operating enterprises and workers. Part C sums the period's
 * accepted reports in fixed units, part D the workers at the end.
 */
import type { FormCell, FormRow, FormSection } from '../contract';
import { CellBook, type Contribution, type Measure, summedCell, type Text } from '../facts/cells';
import { eventTotals } from '../facts/event-totals';
import { FLOW_LINES, type FlowLine, flowOf, landChangeOf } from '../facts/flows';
import { type KktWhere, kktFlowTotals, kktStockTotals } from '../facts/kkt-totals';
import type { PlaceGroup } from '../facts/place-groups';
import { capitalOf, groupedBy, ofEvent, ofProject, ofReport } from '../facts/records';
import {
  type PeriodEvent,
  periodEvents,
  rateAt,
  realisedTo,
  type ValidProject,
  validProjects,
} from '../facts/registry';
import { figureIn, latestReports, periodReports, type ReportFact } from '../facts/reports';
import { addAmounts } from '../facts/totals';
import type { Origin } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { col, heading, t } from './project-form-parts';

type Where = 'in_parks' | 'outside';
const WHERE: readonly Where[] = ['in_parks', 'outside'];
const whereOf = (x: { parkId: string | null }): Where => (x.parkId !== null ? 'in_parks' : 'outside');
type Row = Contribution & { where: Where };

const FLOWS: Record<FlowLine, { group: Text; count: Text; amount: Text; n: number }> = {
  new: {
    group: t('Tình hình cấp mới', 'New certificates'),
    count: t('Số dự án cấp mới', 'New projects'),
    amount: t('Tổng vốn ĐT đăng ký mới', 'Newly registered capital'),
    n: 3,
  },
  increased: {
    group: t('Tình hình tăng vốn', 'Capital increases'),
    count: t('Số dự án tăng vốn', 'Projects increasing capital'),
    amount: t('Tổng vốn ĐT tăng', 'Capital increase'),
    n: 5,
  },
  decreased: {
    group: t('Tình hình giảm vốn', 'Capital decreases'),
    count: t('Số dự án giảm vốn', 'Projects decreasing capital'),
    amount: t('Tổng vốn ĐT giảm', 'Capital decrease'),
    n: 7,
  },
  ended: {
    group: t('Tình hình thu hồi/chấm dứt', 'Revocations and terminations'),
    count: t('Số dự án thu hồi/chấm dứt', 'Projects revoked or terminated'),
    amount: t('Tổng vốn thu hồi/chấm dứt', 'Revoked or terminated capital'),
    n: 9,
  },
};

type Facts = {
  valid: ValidProject[];
  events: PeriodEvent[];
  reports: ReportFact[];
  latest: ReportFact[];
  realised: Map<string, { usd: string | null; vnd: string | null }>;
  rate: string | null;
};

async function load(ctx: FormContext): Promise<Facts> {
  // Only projects in KKTs are read (their parks and their areas).
  ctx = { ...ctx, within: 'kkt' };
  const rate = (await rateAt(ctx))?.rate ?? null;
  const inKkt = <T extends { kktId: string | null }>(xs: T[]) => xs.filter((x) => x.kktId !== null);
  const [valid, events, reports, latest, realised] = await Promise.all([
    validProjects(ctx, rate),
    periodEvents(ctx, rate),
    periodReports(ctx),
    latestReports(ctx),
    realisedTo(ctx, rate),
  ]);
  const validIds = new Set(valid.map((p) => p.projectId));
  return {
    valid: inKkt(valid),
    events: inKkt(events),
    reports: inKkt(reports),
    latest: inKkt(latest).filter((r) => validIds.has(r.projectId)),
    realised,
    rate,
  };
}

function build(f: Facts, book: CellBook): FormSection[] {
  const columns = [
    col('indicator', t('Chỉ tiêu', 'Indicator')),
    col('in_parks', t('KCN trong KKT', 'Parks in the zone'), { kind: 'number' }),
    col('outside', t('Khu vực khác ngoài KCN', 'Other areas outside parks'), { kind: 'number' }),
  ];
  const row = (
    key: string,
    number: string,
    label: Text,
    kind: 'certificate_event' | 'project' | 'report',
    measure: Measure,
    rows: Row[],
  ): FormRow => {
    const cells: FormRow['cells'] = { indicator: { value: `${number}. ${label.vi}` } };
    for (const w of WHERE)
      cells[w] = book.cell(
        `${key}:${w}`,
        label,
        kind,
        measure,
        rows.filter((r) => r.where === w),
      );
    return { key, label, level: 1, cells };
  };
  const part = (partKey: 'A' | 'B', type: 'production_business' | 'infrastructure', origin: Origin): FormSection => {
    const money: Measure = { kind: 'money', unit: origin === 'FDI' ? 'trieu_usd' : 'ty_dong' };
    const key = `${partKey}:${origin}`;
    const events = f.events.filter((e) => e.type === type && e.origin === origin);
    const valid = f.valid.filter((p) => p.type === type && p.origin === origin);
    const rows: FormRow[] = [];
    for (const line of FLOW_LINES) {
      const l = FLOWS[line];
      const rs = events.flatMap((e) => {
        const flow = flowOf(e);
        return flow?.line === line ? [{ ...ofEvent(e, flow.amount), where: whereOf(e) }] : [];
      });
      rows.push(heading(`${key}:${line}`, l.group));
      rows.push(row(`${key}:${line}:count`, String(l.n), l.count, 'certificate_event', { kind: 'projects' }, rs));
      rows.push(row(`${key}:${line}:amount`, String(l.n + 1), l.amount, 'certificate_event', money, rs));
    }
    rows.push(heading(`${key}:land`, t('Biến động diện tích đất', 'Land change')));
    const land = events.flatMap((e) => {
      const change = landChangeOf(e);
      return change === null ? [] : [{ ...ofEvent(e, change), where: whereOf(e) }];
    });
    rows.push(
      row(
        `${key}:land:area`,
        '11',
        t('Biến động quy mô DT đất cho thuê (ha)', 'Change in leased land (ha)'),
        'certificate_event',
        { kind: 'area' },
        land,
      ),
    );
    rows.push(heading(`${key}:stock`, t('Lũy kế đến cuối kỳ', 'Cumulative to the period end')));
    const stock = (amount?: (p: ValidProject) => string | null): Row[] =>
      valid.flatMap((p) => {
        if (!amount) return [{ ...ofProject(p), where: whereOf(p) }];
        const v = amount(p);
        return v === null ? [] : [{ ...ofProject(p, v), where: whereOf(p) }];
      });
    const realised = (p: ValidProject) => {
      const r = f.realised.get(p.projectId);
      return r ? (origin === 'FDI' ? r.usd : r.vnd) : null;
    };
    rows.push(
      row(
        `${key}:valid`,
        '12',
        t('Số dự án (lũy kế)', 'Projects (cumulative)'),
        'project',
        { kind: 'projects' },
        stock(),
      ),
    );
    rows.push(
      row(
        `${key}:capital`,
        '13',
        t('Tổng vốn ĐT đăng ký (lũy kế)', 'Registered capital (cumulative)'),
        'project',
        money,
        stock(capitalOf),
      ),
    );
    rows.push(
      row(
        `${key}:realised`,
        '14',
        t('Tổng vốn ĐT thực hiện (lũy kế)', 'Realised capital (cumulative)'),
        'project',
        money,
        stock(realised),
      ),
    );
    rows.push(
      row(
        `${key}:leased`,
        '15',
        t('Tổng quy mô DT đất đã cho thuê (lũy kế, ha)', 'Leased land (cumulative, ha)'),
        'project',
        { kind: 'area' },
        stock((p) => p.landHa),
      ),
    );
    if (partKey === 'A') {
      const operating = valid
        .filter((p) => p.inOperation)
        .map((p) => ({ ...ofProject(p), projectId: p.enterpriseId ?? p.projectId, where: whereOf(p) }));
      rows.push(
        row(
          `${key}:enterprises`,
          '15a',
          t('Số doanh nghiệp đang hoạt động', 'Operating enterprises'),
          'project',
          { kind: 'projects' },
          operating,
        ),
      );
      const workers = f.latest
        .filter((r) => r.type === type && r.origin === origin)
        .flatMap((r) =>
          r.workersDomestic === null && r.workersForeign === null
            ? []
            : [{ ...ofReport(r, String((r.workersDomestic ?? 0) + (r.workersForeign ?? 0))), where: whereOf(r) }],
        );
      rows.push(row(`${key}:workers`, '15b', t('Số lao động', 'Workers'), 'report', { kind: 'people' }, workers));
    }
    const title = `${partKey === 'A' ? 'A. Tình hình cấp, điều chỉnh và thu hồi các dự án ĐT sản xuất, kinh doanh' : 'B. Tình hình cấp, điều chỉnh và thu hồi các dự án ĐT hạ tầng'} – ${origin === 'FDI' ? 'I. FDI (triệu USD)' : 'II. DDI (tỷ đồng)'}`;
    return {
      key,
      title: {
        vi: title,
        en: `${partKey === 'A' ? 'A. Production/business projects' : 'B. Infrastructure projects'} – ${origin}`,
      },
      columns,
      rows,
      total: null,
    };
  };
  const usd: Measure = { kind: 'money', unit: 'trieu_usd' };
  const figure = (k: 'revenue' | 'importUsd' | 'exportUsd' | 'budgetVnd', to: 'USD' | 'VND'): Row[] =>
    f.reports.flatMap((r) => {
      const v = figureIn(r, k, to, f.rate);
      return v === null ? [] : [{ ...ofReport(r, v), where: whereOf(r) }];
    });
  const partC: FormSection = {
    key: 'C',
    title: t('C. Tình hình sản xuất kinh doanh của các dự án đầu tư', 'C. Business results of the investment projects'),
    columns,
    rows: [
      row(
        'C:revenue',
        '16',
        t('Doanh thu (triệu USD)', 'Revenue (million USD)'),
        'report',
        usd,
        figure('revenue', 'USD'),
      ),
      row(
        'C:import',
        '17',
        t('Giá trị nhập khẩu (triệu USD)', 'Imports (million USD)'),
        'report',
        usd,
        figure('importUsd', 'USD'),
      ),
      row(
        'C:export',
        '18',
        t('Giá trị xuất khẩu (triệu USD)', 'Exports (million USD)'),
        'report',
        usd,
        figure('exportUsd', 'USD'),
      ),
      row(
        'C:budget',
        '19',
        t('Nộp ngân sách (tỷ đồng)', 'Budget payments (billion VND)'),
        'report',
        { kind: 'money', unit: 'ty_dong' },
        figure('budgetVnd', 'VND'),
      ),
    ],
    total: null,
  };
  const people = (pick: (r: ReportFact) => number | null): Row[] =>
    f.latest.flatMap((r) => {
      const v = pick(r);
      return v === null ? [] : [{ ...ofReport(r, String(v)), where: whereOf(r) }];
    });
  const partD: FormSection = {
    key: 'D',
    title: t('D. Lao động', 'D. Labour'),
    columns,
    rows: [
      row(
        'D:total',
        '20',
        t('Tổng số lao động', 'Total workers'),
        'report',
        { kind: 'people' },
        people((r) =>
          r.workersDomestic === null && r.workersForeign === null
            ? null
            : (r.workersDomestic ?? 0) + (r.workersForeign ?? 0),
        ),
      ),
      row(
        'D:domestic',
        '21',
        t('Tổng số lao động trong nước', 'Domestic workers'),
        'report',
        { kind: 'people' },
        people((r) => r.workersDomestic),
      ),
      row(
        'D:foreign',
        '22',
        t('Tổng số lao động nước ngoài', 'Foreign workers'),
        'report',
        { kind: 'people' },
        people((r) => r.workersForeign),
      ),
    ],
    total: null,
  };
  return [
    part('A', 'production_business', 'FDI'),
    part('A', 'production_business', 'DDI'),
    part('B', 'infrastructure', 'FDI'),
    part('B', 'infrastructure', 'DDI'),
    partC,
    partD,
  ];
}

/**
 * The computation: the period's events as records (a few hundred), the stock and the reports summed
 * in SQL per type, origin and place (facts/kkt-totals.ts). The rows come from `build` over the events
 * alone; each summing cell of the stock and reports then takes its SQL total (a group with no
 * records keeps the empty cell `build` gave it, as it would with its records).
 */
async function computeFromTotals(ctx: FormContext): Promise<FormSection[]> {
  ctx = { ...ctx, within: 'kkt' };
  const rate = (await rateAt(ctx))?.rate ?? null;
  // A KKT's projects: in its parks (a park with a parent KKT) or in its area outside them.
  const inKkt = (g: PlaceGroup) => !g.inPark || g.locationClass !== 'outside';
  const [events, stock, flows] = await Promise.all([
    eventTotals(ctx, rate, 'class', inKkt),
    kktStockTotals(ctx, rate),
    kktFlowTotals(ctx, rate),
  ]);
  const sections = build({ valid: [], events: [], reports: [], latest: [], realised: new Map(), rate }, new CellBook());
  const sums = new Map<string, FormCell>();
  const usd: Measure = { kind: 'money', unit: 'trieu_usd' };
  const vnd: Measure = { kind: 'money', unit: 'ty_dong' };
  const people: Measure = { kind: 'people' };
  const put = (key: string, measure: Measure, total: string | number | null) =>
    sums.set(key, summedCell(key, measure, total));
  // Items 3–11 from the period's events summed per type, origin, line and place.
  for (const [k, gs] of groupedBy(
    events,
    (g) => `${g.type === 'production_business' ? 'A' : 'B'}:${g.origin}:${g.inPark ? 'in_parks' : 'outside'}`,
  )) {
    const [part, origin, where] = k.split(':') as ['A' | 'B', Origin, KktWhere];
    const money = origin === 'FDI' ? usd : vnd;
    for (const line of FLOW_LINES) {
      const mine = gs.filter((g) => g.line === line);
      if (mine.length === 0) continue;
      put(
        `${part}:${origin}:${line}:count:${where}`,
        { kind: 'projects' },
        mine.reduce((n, g) => n + g.projects, 0),
      );
      put(`${part}:${origin}:${line}:amount:${where}`, money, addAmounts(mine.map((g) => g.amount)));
    }
    const land = addAmounts(gs.map((g) => g.landHa));
    if (land !== null) put(`${part}:${origin}:land:area:${where}`, { kind: 'area' }, land);
  }
  for (const g of stock) {
    const key = `${g.type === 'production_business' ? 'A' : 'B'}:${g.origin}`;
    const fdi = g.origin === 'FDI';
    put(`${key}:valid:${g.where}`, { kind: 'projects' }, g.projects);
    put(`${key}:capital:${g.where}`, fdi ? usd : vnd, fdi ? g.usd : g.vnd);
    put(`${key}:realised:${g.where}`, fdi ? usd : vnd, fdi ? g.realisedUsd : g.realisedVnd);
    put(`${key}:leased:${g.where}`, { kind: 'area' }, g.landHa);
    if (g.type === 'production_business') {
      put(`${key}:enterprises:${g.where}`, { kind: 'projects' }, g.enterprises);
      put(`${key}:workers:${g.where}`, people, g.workers);
    }
  }
  for (const w of WHERE) {
    const here = stock.filter((g) => g.where === w);
    if (here.length === 0) continue;
    put(`D:total:${w}`, people, addAmounts(here.map((g) => g.workers)));
    put(`D:domestic:${w}`, people, addAmounts(here.map((g) => g.workersDomestic)));
    put(`D:foreign:${w}`, people, addAmounts(here.map((g) => g.workersForeign)));
  }
  for (const f of flows) {
    put(`C:revenue:${f.where}`, usd, f.revenueUsd);
    put(`C:import:${f.where}`, usd, f.importUsd);
    put(`C:export:${f.where}`, usd, f.exportUsd);
    put(`C:budget:${f.where}`, vnd, f.budgetVnd);
  }
  for (const section of sections) {
    for (const row of section.rows) {
      for (const [column, cell] of Object.entries(row.cells)) {
        const sum = cell.drill === undefined ? undefined : sums.get(cell.drill);
        if (sum) row.cells[column] = sum;
      }
    }
  }
  return sections;
}

/** The form built from its records alone (the drill's path): the totals path must give exactly this. */
export async function compute2109FromRecords(ctx: FormContext) {
  return build(await load(ctx), new CellBook());
}

export const F2109: FormDefinition = {
  code: '2109',
  fullCode: '2109.H.QLKKT',
  title: t(
    'Tình hình thu hút đầu tư tại khu kinh tế trong kỳ báo cáo',
    'Investment attraction in economic zones in the period',
  ),
  landscape: false,
  notes: () => [
    t(
      'Các chỉ tiêu 3–11 phát sinh trong kỳ (theo sự kiện GCNĐKĐT), 12–15b lũy kế đến cuối kỳ (dự án còn hiệu lực); FDI tính bằng triệu USD, DDI bằng tỷ đồng.',
      'Items 3–11 arise in the period (certificate events), 12–15b are cumulative to the period end (valid projects); FDI in million USD, DDI in billion VND.',
    ),
    t(
      'Bản đặc tả không có cột tổng (hai cột: KCN trong KKT, khu vực khác ngoài KCN). Diện tích đất cho thuê theo diện tích ghi trên GCNĐKĐT của các dự án.',
      'The specification has no total column. Leased land is the land on the projects’ certificates.',
    ),
    t(
      'Mục C cộng báo cáo định kỳ đã tiếp nhận trong kỳ (doanh thu của dự án DDI quy đổi sang USD theo tỷ giá Ngân hàng Nhà nước đến cuối kỳ); mục D và 15b theo báo cáo được tiếp nhận gần nhất của mỗi dự án còn hiệu lực; 15a đếm doanh nghiệp của các dự án đã đi vào hoạt động.',
      'Part C adds the accepted reports of the period (DDI revenue converted to USD at the State Bank rate of the period end); part D and 15b use each valid project’s latest accepted report; 15a counts the enterprises of operating projects.',
    ),
  ],
  compute: computeFromTotals,
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
