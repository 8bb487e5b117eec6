/**
 * Biểu 2101.H.QLKKT – Tình hình thu hút đầu tư vào KCN trong kỳ báo cáo: in-period flows of the
 * production/business projects in parks, by the park's location class, FDI in triệu USD and DDI
 * in tỷ đồng, with the business results of the period's accepted reports and the cross-tab summary
 * in tỷ đồng.
 */
import type { FormRow, FormSection } from '../contract';
import { CellBook, type Contribution, type Measure, summedCell, type Text } from '../facts/cells';
import { type EventTotals, eventTotals } from '../facts/event-totals';
import { FLOW_LINES, type FlowLine, flowOf, landChangeOf } from '../facts/flows';
import { ofEvent, ofReport } from '../facts/records';
import { type PeriodEvent, periodEvents, rateAt } from '../facts/registry';
import { figureIn, periodReports, type ReportFact, type ReportFigure } from '../facts/reports';
import { LOCATION_CLASSES, type LocationClass } from '../facts/sql';
import { addAmounts, type FlowTotals, flowTotals, requireRate } from '../facts/totals';
import { type Origin, UNIT_LABEL, UNIT_OF } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { col, heading, LOCATION_LABELS, ORIGIN_TITLES, t } from './project-form-parts';

const FLOW_ROWS: Record<FlowLine, { group: Text; count: Text; amount: Text }> = {
  new: {
    group: t('1. Tình hình cấp mới', '1. New certificates'),
    count: t('Số dự án', 'Projects'),
    amount: t('Tổng vốn đầu tư đăng ký mới', 'Newly registered capital'),
  },
  increased: {
    group: t('2. Tình hình tăng vốn', '2. Capital increases'),
    count: t('Số dự án', 'Projects'),
    amount: t('Tổng vốn đầu tư tăng', 'Capital increase'),
  },
  decreased: {
    group: t('3. Tình hình giảm vốn', '3. Capital decreases'),
    count: t('Số dự án', 'Projects'),
    amount: t('Tổng vốn đầu tư giảm', 'Capital decrease'),
  },
  ended: {
    group: t('4. Tình hình thu hồi/chấm dứt HĐ', '4. Revocations and terminations'),
    count: t('Số dự án', 'Projects'),
    amount: t('Tổng vốn ĐT thu hồi/chấm dứt', 'Revoked or terminated capital'),
  },
};

const FIGURES: Array<{ key: ReportFigure; label: Text }> = [
  { key: 'revenue', label: t('Doanh thu', 'Revenue') },
  { key: 'importUsd', label: t('Giá trị nhập khẩu', 'Imports') },
  { key: 'exportUsd', label: t('Giá trị xuất khẩu', 'Exports') },
  { key: 'budgetVnd', label: t('Nộp ngân sách', 'Budget payments') },
];

const COLUMNS_KEYS = [...LOCATION_CLASSES, 'total'] as const;

function columns(unitNote: string) {
  return [
    col('indicator', t('Chỉ tiêu', 'Indicator')),
    ...LOCATION_CLASSES.map((c) => col(c, LOCATION_LABELS[c], { unit: unitNote, kind: 'number' })),
    col('total', t('Tổng cộng', 'Total'), { unit: unitNote, kind: 'number' }),
  ];
}

/**
 * The period's reports as records (the drill) or as SQL totals per park group (the computation:
 * the same cells without reading every report).
 */
type Reports = { kind: 'records'; reports: ReportFact[] } | { kind: 'totals'; flows: FlowTotals[] };
/** The period's certificate events likewise: records for the drill, totals per group and line for the computation. */
type Events = { kind: 'records'; events: PeriodEvent[] } | { kind: 'totals'; groups: EventTotals[] };
type Facts = { events: Events; reports: Reports; rate: string | null };

// Records know their park; province-wide groups (the `class` grain) only whether they are in one.
const inParks = <T extends { parkId: string | null; inPark?: boolean; type: string }>(x: T) =>
  (x.inPark ?? x.parkId !== null) && x.type === 'production_business';

async function load(ctx: FormContext, reportsAs: Reports['kind']): Promise<Facts> {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [events, reports]: [Events, Reports] = await Promise.all([
    reportsAs === 'records'
      ? periodEvents(ctx, rate).then((es): Events => ({ kind: 'records', events: es.filter(inParks) }))
      : eventTotals(ctx, rate, 'class').then((gs): Events => ({ kind: 'totals', groups: gs.filter(inParks) })),
    reportsAs === 'records'
      ? periodReports(ctx).then((rs): Reports => ({ kind: 'records', reports: rs.filter(inParks) }))
      : flowTotals(ctx, rate, 'class').then((fs): Reports => ({ kind: 'totals', flows: fs.filter(inParks) })),
  ]);
  return { events, reports, rate };
}

/** Which FlowTotals field holds a report figure in USD or in VND. */
const TOTAL_OF: Record<ReportFigure, Record<'USD' | 'VND', keyof FlowTotals>> = {
  revenue: { USD: 'revenueUsd', VND: 'revenueVnd' },
  exportUsd: { USD: 'exportUsd', VND: 'exportVnd' },
  importUsd: { USD: 'importUsd', VND: 'importVnd' },
  budgetVnd: { USD: 'budgetUsd', VND: 'budgetVnd' },
};

/** Whether showing these groups' figures in `to` needs a rate (as `figureIn` decides per report). */
const needsRate = (flows: readonly FlowTotals[], to: 'USD' | 'VND') =>
  flows.some((g) => (to === 'USD' ? g.revenueNeedsUsd || g.budgetNeedsUsd : g.revenueNeedsVnd || g.tradeNeedsVnd));

/** A report figure's row, from the records or from the totals, in `to`. */
function figureRow(
  book: CellBook,
  facts: Facts,
  key: string,
  f: { key: ReportFigure; label: Text },
  origin: Origin | null,
  to: 'USD' | 'VND',
  measure: Measure,
): FormRow {
  const source = facts.reports;
  if (source.kind === 'records') {
    const contributing = source.reports.flatMap((r) => {
      if (origin !== null && r.origin !== origin) return [];
      const v = figureIn(r, f.key, to, facts.rate);
      return v === null ? [] : [{ ...ofReport(r, v), locationClass: r.locationClass }];
    });
    return matrixRow(book, key, f.label, 'report', measure, contributing);
  }
  const groups = source.flows.filter((g) => origin === null || g.origin === origin);
  requireRate(facts.rate, needsRate(groups, to));
  const cells: FormRow['cells'] = {};
  for (const c of COLUMNS_KEYS) {
    const mine = c === 'total' ? groups : groups.filter((g) => g.locationClass === c);
    cells[c] = summedCell(`${key}:${c}`, measure, addAmounts(mine.map((g) => g[TOTAL_OF[f.key][to]] as string | null)));
  }
  cells.indicator = { value: f.label.vi };
  return { key, label: f.label, level: 1, cells };
}

/** One indicator row over the 4 location columns and the total, every cell with its records. */
function matrixRow(
  book: CellBook,
  key: string,
  label: Text,
  recordKind: 'certificate_event' | 'report',
  measure: Measure,
  rows: Array<Contribution & { locationClass: LocationClass | null }>,
): FormRow {
  const cells: FormRow['cells'] = {};
  for (const c of COLUMNS_KEYS) {
    const mine = c === 'total' ? rows : rows.filter((r) => r.locationClass === c);
    cells[c] = book.cell(`${key}:${c}`, label, recordKind, measure, mine);
  }
  cells.indicator = { value: label.vi };
  return { key, label, level: 1, cells };
}

/** A flow line's count and amount rows, from the event records or from the totals. */
function eventRows(book: CellBook, source: Events, origin: Origin, line: FlowLine, money: Measure): FormRow[] {
  const labels = FLOW_ROWS[line];
  const countKey = `${origin}:${line}:count`;
  const amountKey = `${origin}:${line}:amount`;
  if (source.kind === 'records') {
    const contributing = source.events.flatMap((e) => {
      const f = e.origin === origin ? flowOf(e) : null;
      return f && f.line === line ? [{ ...ofEvent(e, f.amount), locationClass: e.locationClass }] : [];
    });
    return [
      matrixRow(book, countKey, labels.count, 'certificate_event', { kind: 'projects' }, contributing),
      matrixRow(book, amountKey, labels.amount, 'certificate_event', money, contributing),
    ];
  }
  const groups = source.groups.filter((g) => g.origin === origin && g.line === line);
  return [
    summedRow(countKey, labels.count, groups, { kind: 'projects' }, (gs) => gs.reduce((a, g) => a + g.projects, 0)),
    summedRow(amountKey, labels.amount, groups, money, (gs) => addAmounts(gs.map((g) => g.amount))),
  ];
}

function landRow(book: CellBook, source: Events, origin: Origin): FormRow {
  const key = `${origin}:land:area`;
  const label = t('Biến động diện tích (ha)', 'Area change (ha)');
  if (source.kind === 'records') {
    const land = source.events.flatMap((e) => {
      const change = e.origin === origin ? landChangeOf(e) : null;
      return change === null ? [] : [{ ...ofEvent(e, change), locationClass: e.locationClass }];
    });
    return matrixRow(book, key, label, 'certificate_event', { kind: 'area' }, land);
  }
  const groups = source.groups.filter((g) => g.origin === origin);
  return summedRow(key, label, groups, { kind: 'area' }, (gs) => addAmounts(gs.map((g) => g.landHa)));
}

/** One indicator row over the 4 location columns and the total, from groups summed in SQL. */
function summedRow<G extends { locationClass: LocationClass | null }>(
  key: string,
  label: Text,
  groups: readonly G[],
  measure: Measure,
  total: (gs: readonly G[]) => string | number | null,
): FormRow {
  const cells: FormRow['cells'] = {};
  for (const c of COLUMNS_KEYS) {
    cells[c] = summedCell(
      `${key}:${c}`,
      measure,
      total(c === 'total' ? groups : groups.filter((g) => g.locationClass === c)),
    );
  }
  cells.indicator = { value: label.vi };
  return { key, label, level: 1, cells };
}

function build(facts: Facts, book: CellBook): FormSection[] {
  const sections: FormSection[] = [];
  for (const origin of ['FDI', 'DDI'] as Origin[]) {
    const unit = UNIT_OF[origin];
    const money: Measure = { kind: 'money', unit };
    const currency = origin === 'FDI' ? 'USD' : 'VND';
    const rows: FormRow[] = [];
    for (const line of FLOW_LINES) {
      const labels = FLOW_ROWS[line];
      rows.push(heading(`${origin}:${line}`, labels.group));
      rows.push(...eventRows(book, facts.events, origin, line, money));
    }
    rows.push(heading(`${origin}:land`, t('5. Biến động quy mô diện tích đất cho thuê', '5. Change in leased land')));
    rows.push(landRow(book, facts.events, origin));
    rows.push(heading(`${origin}:business`, t('6. Tình hình sản xuất kinh doanh', '6. Production and business')));
    for (const f of FIGURES) rows.push(figureRow(book, facts, `${origin}:${f.key}`, f, origin, currency, money));
    sections.push({
      key: origin,
      title: ORIGIN_TITLES[origin],
      columns: columns(UNIT_LABEL[origin]),
      rows,
      total: null,
    });
  }
  const summary: FormRow[] = FIGURES.map((f) =>
    figureRow(book, facts, `summary:${f.key}`, f, null, 'VND', { kind: 'money', unit: 'ty_dong' }),
  );
  sections.push({
    key: 'summary',
    title: t('Tình hình kinh doanh của các dự án đầu tư', 'Business results of the investment projects'),
    columns: columns('tỷ đồng'),
    rows: summary,
    total: null,
  });
  return sections;
}

/** The same form built from every event and report record (the reference the totals are tested against). */
export const compute2101FromRecords = async (ctx: FormContext) => build(await load(ctx, 'records'), new CellBook());

export const F2101: FormDefinition = {
  code: '2101',
  fullCode: '2101.H.QLKKT',
  title: t(
    'Tình hình thu hút đầu tư vào KCN trong kỳ báo cáo',
    'Investment attraction into industrial parks in the period',
  ),
  landscape: true,
  notes: () => [
    t(
      'Số liệu phát sinh trong kỳ báo cáo của các dự án sản xuất, kinh doanh trong KCN (không gồm dự án hạ tầng KCN); dự án FDI tính bằng triệu USD, dự án DDI bằng tỷ đồng.',
      'Figures arising in the period, production/business projects in parks (park infrastructure projects excluded); FDI in million USD, DDI in billion VND.',
    ),
    t(
      'Dự án được xếp FDI/DDI theo nguồn vốn sau từng sự kiện; một dự án vừa tăng vừa giảm vốn trong kỳ được tính ở cả hai dòng.',
      'Each event counts under the FDI/DDI the project had after it; a project with both an increase and a decrease is counted in both rows.',
    ),
    t(
      'Biến động diện tích đất cho thuê = diện tích các dự án cấp mới + điều chỉnh diện tích − diện tích các dự án bị thu hồi/chấm dứt, theo giấy chứng nhận.',
      'Leased land change = land of new certificates + land adjustments − land of revoked/terminated certificates.',
    ),
    t(
      'Mục 6 cộng các báo cáo định kỳ của doanh nghiệp đã được tiếp nhận trong kỳ (năm: báo cáo năm, hoặc các báo cáo quý khi chưa có báo cáo năm); bảng tổng hợp quy đổi mọi giá trị sang tỷ đồng.',
      'Row 6 adds the accepted enterprise reports of the period (a year: the annual report, or the quarterly ones where there is none); the summary converts every figure to billion VND.',
    ),
  ],
  async compute(ctx) {
    return build(await load(ctx, 'totals'), new CellBook());
  },
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx, 'records'), book);
    return book.drill(cell, page);
  },
};
