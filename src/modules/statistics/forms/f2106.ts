/**
 * Biểu 2106.H.QLKKT – Số lao động trực tiếp làm việc tại các KCN (SRS not found; national-forms.md
 * B.6 infers one row per park with domestic and foreign workers). Each valid secondary project's
 * latest accepted report up to the period's end gives its workers; female workers are shown too,
 * as the reports carry them.
 */
import type { FormColumn, FormRow } from '../contract';
import { CellBook, type Contribution, summedCell, text } from '../facts/cells';
import { groupedBy, ofReport } from '../facts/records';
import { validProjects } from '../facts/registry';
import { latestReports, type ReportFact } from '../facts/reports';
import { addUp, STOCK_SUMS, type StockTotals, stockTotals } from '../facts/totals';
import type { FormContext, FormDefinition } from './definition';
import { parkGroups, parksOfTotals } from './park-rows';
import { col, LOCATION_LABELS, t } from './project-form-parts';

const MEASURES = [
  { key: 'domestic', number: '4', label: t('Số lao động trong nước', 'Domestic workers') },
  { key: 'foreign', number: '5', label: t('Số lao động nước ngoài', 'Foreign workers') },
  { key: 'total', number: '6', label: t('Tổng số lao động', 'Total workers') },
  { key: 'female', number: '7', label: t('Trong đó: lao động nữ', 'Of whom women') },
] as const;

function contributions(key: (typeof MEASURES)[number]['key'], reports: readonly ReportFact[]): Contribution[] {
  return reports.flatMap((r) => {
    const v =
      key === 'domestic'
        ? r.workersDomestic
        : key === 'foreign'
          ? r.workersForeign
          : key === 'female'
            ? r.workersFemale
            : r.workersDomestic === null && r.workersForeign === null
              ? null
              : (r.workersDomestic ?? 0) + (r.workersForeign ?? 0);
    return v === null ? [] : [ofReport(r, String(v))];
  });
}

async function load(ctx: FormContext) {
  // No money is summed here: no rate is needed to list the valid projects.
  const [valid, latest] = await Promise.all([validProjects(ctx, null, { moneyNeeded: false }), latestReports(ctx)]);
  return { valid, latest };
}

const COLUMNS: FormColumn[] = [
  col('name', t('Tên KCN', 'Industrial park'), { number: '2' }),
  col('location', t('Vị trí KCN', 'Location'), { number: '3' }),
  ...MEASURES.map((m) => col(m.key, m.label, { number: m.number, unit: 'người', kind: 'count' })),
];

const WORKERS_OF = {
  domestic: 'workersDomestic',
  foreign: 'workersForeign',
  total: 'workers',
  female: 'workersFemale',
} as const satisfies Record<(typeof MEASURES)[number]['key'], keyof StockTotals>;

/** The computation from the SQL totals: the same rows and cells as `build`, without the records. */
async function computeFromTotals(ctx: FormContext) {
  const stock = await stockTotals(ctx, null, { moneyNeeded: false, realised: false });
  const rowFor = (key: string, groups: readonly StockTotals[], cells: FormRow['cells']): FormRow => {
    const sum = addUp(
      groups.filter((g) => g.type === 'production_business'),
      STOCK_SUMS,
    );
    for (const m of MEASURES)
      cells[m.key] = summedCell(`${key}:${m.key}`, { kind: 'people' }, sum?.[WORKERS_OF[m.key]] ?? null);
    return { key, label: null, level: 1, cells };
  };
  const parks = parksOfTotals(stock);
  const rows = parks.map((p) =>
    rowFor(p.parkId, p.stock, { name: text(p.name), location: text(LOCATION_LABELS[p.locationClass].vi) }),
  );
  const total = rowFor(
    'total',
    parks.flatMap((p) => p.stock),
    { name: text(`Tổng cộng (${rows.length} KCN)`), location: text(null) },
  );
  return [{ key: 'parks', title: null, columns: COLUMNS, rows, total: { ...total, label: t('Tổng cộng', 'Total') } }];
}

/** The records build: every cell with its records (the drill). */
function build(f: Awaited<ReturnType<typeof load>>, book: CellBook) {
  const validIds = new Set(f.valid.filter((p) => p.type === 'production_business').map((p) => p.projectId));
  const latest = f.latest.filter((r) => validIds.has(r.projectId) && r.parkId !== null);
  const columns = COLUMNS;
  const rowFor = (key: string, reports: ReportFact[], cells: FormRow['cells']): FormRow => {
    for (const m of MEASURES) {
      cells[m.key] = book.cell(`${key}:${m.key}`, m.label, 'report', { kind: 'people' }, contributions(m.key, reports));
    }
    return { key, label: null, level: 1, cells };
  };
  const latestByPark = groupedBy(latest, (r) => r.parkId);
  const rows = parkGroups(f.valid).map((g) =>
    rowFor(g.parkId, latestByPark.get(g.parkId) ?? [], {
      name: text(g.name),
      location: text(LOCATION_LABELS[g.locationClass].vi),
    }),
  );
  const total = rowFor('total', latest, { name: text(`Tổng cộng (${rows.length} KCN)`), location: text(null) });
  return [{ key: 'parks', title: null, columns, rows, total: { ...total, label: t('Tổng cộng', 'Total') } }];
}

export const F2106: FormDefinition = {
  code: '2106',
  keptForPages: true,
  fullCode: '2106.H.QLKKT',
  title: t('Số lao động trực tiếp làm việc tại các KCN', 'Workers directly employed in industrial parks'),
  landscape: false,
  notes: () => [
    t(
      'Số lao động đến cuối kỳ: theo báo cáo định kỳ được tiếp nhận gần nhất (trong hoặc trước kỳ) của mỗi dự án sản xuất, kinh doanh còn hiệu lực trong KCN.',
      'Workers at the period end: each valid production/business project’s latest accepted periodic report (in or before the period).',
    ),
    t(
      'Bản đặc tả của biểu 2106 không có; cột lao động nữ được thêm vì báo cáo của doanh nghiệp có số liệu này.',
      'The 2106 specification is missing; the female-workers column is added because the enterprise reports carry it.',
    ),
  ],
  compute: computeFromTotals,
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
