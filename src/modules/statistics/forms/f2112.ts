/**
 * Biểu 2112.H.QLKKT – Tình hình hoạt động của các khu phi thuế quan, khu thương mại tự do, khu bảo
 * thuế lũy kế đến kỳ báo cáo: one row per special zone of the scope, Group I operating and Group II
 * under construction at the end of the period, with its documents and land at the end, its FDI
 * and DDI projects valid at the end (count, registered capital, in operation, realised capital to
 * the end), the in-period figures of their accepted reports, and workers at the end.
 */
import { sql } from 'drizzle-orm';
import { type Decimal, div, parseDecimal, ZERO } from '../../../kernel/decimal';
import { PLANT_STATUS_LABELS } from '../../zones/contract';
import type { FormCell, FormSection } from '../contract';
import { groupedBy } from '../facts/records';
import { rateAt } from '../facts/registry';
import type { ReportFact } from '../facts/reports';
import { inList, rowsOf } from '../facts/sql';
import { addAmounts, flowTotals, stockTotals } from '../facts/totals';
import { AREA_PLACES, convertAmount, MONEY_PLACES, type Origin } from '../facts/units';
import type { FormContext } from './definition';
import { COLUMNS_2112 } from './f2112-columns';
import { type SpecialZoneFact, specialZonesAt } from './kkt-facts';
import { realisedAmong, reportsAmong, validWhere } from './place-projects';
import {
  type Built,
  type DrillItem,
  Drills,
  dec,
  fmt,
  placeForm,
  type RecordKind,
  row,
  sumOrNull,
  text,
} from './place-table';

const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');
const col = (key: string) => COLUMNS_2112.find((c) => c.key === key)!;

type Contribution = { kind: RecordKind; items: DrillItem[]; divisor?: Decimal };

/** Every column the total row sums (5–28 except 24), and the counting ones. */
const SUMMED = ['c5', 'c6', 'c7', ...Array.from({ length: 16 }, (_, i) => `c${i + 8}`), 'c25', 'c26', 'c27', 'c28'];
const COUNTS = ['c8', 'c10', 'c16', 'c18'];
const KIND_OF = (key: string): RecordKind =>
  ['c5', 'c6', 'c7', 'c25', 'c26'].includes(key)
    ? 'special_zone'
    : ['c8', 'c9', 'c10', 'c11', 'c16', 'c17', 'c18', 'c19'].includes(key)
      ? 'project'
      : 'report';
const placesOf = (key: string) => {
  const kind = col(key).kind;
  return kind === 'money' ? MONEY_PLACES : kind === 'area' ? AREA_PLACES : 0;
};
/** FDI columns 8–15 and DDI 16–23: base column, origin and the unit of its capital and revenue. */
const ORIGINS = [
  { origin: 'FDI', base: 8, unit: MILLION },
  { origin: 'DDI', base: 16, unit: BILLION },
] as const;

/** The columns a zone fills itself: its areas at the end and its wastewater plant. */
const ZONE_FIGURES: Record<string, (z: SpecialZoneFact) => string | null | undefined> = {
  c5: (z) => z.areas.get('established'),
  c6: (z) => z.areas.get('industrial'),
  c7: (z) => z.areas.get('leased'),
  c25: (z) => z.plant?.designCapacity,
  c26: (z) => (z.plant?.status === 'operating' ? z.plant.operatingCapacity : null),
};

/** A cell of the rows of `zones` (one zone, a status group, or all). */
type CellOf = (key: string, zones: readonly SpecialZoneFact[], rowKey: string) => FormCell;

const reportCode = (r: ReportFact) => `EZ_${r.typeId === 'annual_implementation' ? 'AIII2' : 'AIII1'}_${r.number}`;

/** The zones operating or under construction at the end: the two groups of the form. */
async function zonesOf(ctx: FormContext) {
  const [zones, rated] = await Promise.all([specialZonesAt(ctx), rateAt(ctx)]);
  return {
    zones: zones.filter((z) => z.status === 'operating' || z.status === 'under_construction'),
    rate: rated?.rate ?? null,
  };
}

/** The records build: every zone's contributions, the same records each cell's drill lists. */
async function build(ctx: FormContext): Promise<Built> {
  const { zones, rate } = await zonesOf(ctx);
  const zoneIds = zones.map((z) => z.id);
  const inZones = sql`select id from projects where ${inList(sql`special_zone_id`, zoneIds)}`;
  const [placed, validHere] = await Promise.all([
    rowsOf(ctx.db, sql`select id, special_zone_id from projects where ${inList(sql`special_zone_id`, zoneIds)}`),
    validWhere(ctx, sql`pp.project_id in (${inZones})`, rate),
  ]);
  const zoneOf = new Map(placed.map((r) => [String(r.id), String(r.special_zone_id)]));
  const [realised, { inPeriod, latest }] = await Promise.all([
    realisedAmong(
      ctx,
      validHere.map((p) => p.projectId),
      rate,
    ),
    reportsAmong(ctx, validHere),
  ]);
  const validIds = new Set(validHere.map((p) => p.projectId));
  const usd = (value: string | null, currency: 'USD' | 'VND'): Decimal | null =>
    value === null
      ? null
      : currency === 'USD'
        ? parseDecimal(value)
        : rate
          ? parseDecimal(convertAmount(value, 'VND', 'USD', rate))
          : null;
  const vnd = (value: string | null, currency: 'USD' | 'VND'): Decimal | null =>
    value === null
      ? null
      : currency === 'VND'
        ? parseDecimal(value)
        : rate
          ? parseDecimal(convertAmount(value, 'USD', 'VND', rate))
          : null;

  // Grouped once by zone and origin: filtering every record for each zone is quadratic.
  const key = (zoneId: string | undefined, origin: string) => `${zoneId}|${origin}`;
  const projectsByZone = groupedBy(validHere, (p) => key(zoneOf.get(p.projectId), p.origin));
  const reportsByZone = groupedBy(inPeriod, (r) => key(zoneOf.get(r.projectId), r.origin));
  const latestByZone = groupedBy(
    latest.filter((r) => validIds.has(r.projectId)),
    (r) => zoneOf.get(r.projectId) ?? null,
  );
  const contributions = new Map<string, Record<string, Contribution>>();
  for (const zone of zones) {
    const projectsOf = (origin: Origin) => projectsByZone.get(key(zone.id, origin)) ?? [];
    const reportsOf = (origin: Origin) => reportsByZone.get(key(zone.id, origin)) ?? [];
    const project = (p: (typeof validHere)[number], value: Decimal | null): DrillItem => ({
      id: p.projectId,
      values: { code: p.projectCode, name: p.name },
      value,
    });
    const report = (r: ReportFact, value: Decimal | null): DrillItem => ({
      id: r.reportId,
      values: { code: reportCode(r), name: r.name, period: r.period },
      value,
    });
    const itself = (value: Decimal | null): Contribution => ({
      kind: 'special_zone',
      items: [{ id: zone.id, values: { code: zone.code, name: zone.name }, value }],
    });
    const cells: Record<string, Contribution> = Object.fromEntries(
      Object.entries(ZONE_FIGURES).map(([k, figure]) => [k, itself(dec(figure(zone)))]),
    );
    for (const { origin, base, unit } of ORIGINS) {
      const ps = projectsOf(origin);
      // Capital in USD (FDI) or đồng (DDI); a project with none recorded adds 0, as it is counted.
      const capital = (v: string | null | undefined) => (v ? parseDecimal(v) : ZERO);
      cells[`c${base}`] = { kind: 'project', items: ps.map((p) => project(p, null)) };
      cells[`c${base + 1}`] = {
        kind: 'project',
        items: ps.map((p) => project(p, capital(origin === 'FDI' ? p.usd : p.vnd))),
        divisor: unit,
      };
      cells[`c${base + 2}`] = { kind: 'project', items: ps.filter((p) => p.inOperation).map((p) => project(p, null)) };
      cells[`c${base + 3}`] = {
        kind: 'project',
        items: ps.map((p) => {
          const done = realised.get(p.projectId);
          return project(p, capital(origin === 'FDI' ? done?.usd : done?.vnd));
        }),
        divisor: unit,
      };
      const rs = reportsOf(origin);
      const revenue = (r: ReportFact) => (origin === 'FDI' ? usd(r.revenue, r.currency) : vnd(r.revenue, r.currency));
      cells[`c${base + 4}`] = { kind: 'report', items: rs.map((r) => report(r, revenue(r))), divisor: unit };
      cells[`c${base + 5}`] = { kind: 'report', items: rs.map((r) => report(r, dec(r.exportUsd))), divisor: MILLION };
      cells[`c${base + 6}`] = { kind: 'report', items: rs.map((r) => report(r, dec(r.importUsd))), divisor: MILLION };
      cells[`c${base + 7}`] = { kind: 'report', items: rs.map((r) => report(r, dec(r.budgetVnd))), divisor: BILLION };
    }
    const workers = latestByZone.get(zone.id) ?? [];
    const count = (n: number | null) => (n === null ? null : parseDecimal(String(n)));
    cells.c27 = { kind: 'report', items: workers.map((r) => report(r, count(r.workersDomestic))) };
    cells.c28 = { kind: 'report', items: workers.map((r) => report(r, count(r.workersForeign))) };
    contributions.set(zone.id, cells);
  }

  const drills = new Drills();
  const cellOf: CellOf = (key, zs, rowKey) => {
    const c = col(key);
    const parts = zs.map((z) => contributions.get(z.id)![key]!);
    return drills.cell(`${key}|${rowKey}`, {
      column: c,
      places: placesOf(key),
      how: COUNTS.includes(key) ? 'count' : 'sum',
      title: {
        vi: `Cột ${c.number}: ${[...c.groups.map((g) => g.vi), c.label.vi].join(' – ')}`,
        en: `Column ${c.number}: ${[...c.groups.map((g) => g.en), c.label.en].join(' – ')}`,
      },
      recordKind: KIND_OF(key),
      items: parts.flatMap((p) => p.items),
      ...(parts[0]?.divisor ? { divisor: parts[0].divisor } : {}),
    });
  };
  return { sections: sectionsOf(zones, cellOf), drills };
}

/**
 * The cells from the kept sums per special zone (facts/totals.ts at the `special_zone` grain):
 * the same values as `build`, without reading each project and report. A zone's areas and plant
 * come from `specialZonesAt` in both.
 */
async function computeFromTotals(ctx: FormContext): Promise<FormSection[]> {
  const { zones, rate } = await zonesOf(ctx);
  const [stock, flows] = await Promise.all([
    stockTotals(ctx, rate, { grain: 'special_zone' }),
    flowTotals(ctx, rate, 'special_zone', 'valid'),
  ]);
  const stockOf = groupedBy(stock, (g) => g.specialZoneId);
  const flowsOf = groupedBy(flows, (g) => g.specialZoneId);
  const amount = (values: readonly (string | null)[]) => dec(addAmounts(values));
  const scaled = (v: Decimal | null, unit: Decimal) => (v === null ? null : div(v, unit));
  const cellValue = (key: string, zs: readonly SpecialZoneFact[]): string | null => {
    const ownFigure = ZONE_FIGURES[key];
    if (ownFigure) return fmt(sumOrNull(zs.map((z) => dec(ownFigure(z)))), placesOf(key));
    const groups = zs.flatMap((z) => stockOf.get(z.id) ?? []);
    const reports = zs.flatMap((z) => flowsOf.get(z.id) ?? []);
    if (key === 'c27') return fmt(amount(groups.map((g) => g.workersDomestic)), 0);
    if (key === 'c28') return fmt(amount(groups.map((g) => g.workersForeign)), 0);
    const { origin, base, unit } = ORIGINS.find(
      (o) => Number(key.slice(1)) - o.base < 8 && Number(key.slice(1)) >= o.base,
    )!;
    const mine = groups.filter((g) => g.origin === origin);
    const flowsMine = reports.filter((g) => g.origin === origin);
    const projects = mine.reduce((n, g) => n + g.projects, 0);
    // A capital column over no project is empty, over projects with none recorded 0 (as `build`).
    const capital = (values: (string | null)[]) => (projects === 0 ? null : scaled(amount(values) ?? ZERO, unit));
    switch (Number(key.slice(1)) - base) {
      case 0:
        return String(projects);
      case 1:
        return fmt(capital(mine.map((g) => (origin === 'FDI' ? g.usd : g.vnd))), MONEY_PLACES);
      case 2:
        return String(mine.reduce((n, g) => n + g.operating, 0));
      case 3:
        return fmt(capital(mine.map((g) => (origin === 'FDI' ? g.realisedUsd : g.realisedVnd))), MONEY_PLACES);
      case 4:
        return fmt(
          scaled(amount(flowsMine.map((g) => (origin === 'FDI' ? g.revenueUsd : g.revenueVnd))), unit),
          MONEY_PLACES,
        );
      case 5:
        return fmt(scaled(amount(flowsMine.map((g) => g.exportUsd)), MILLION), MONEY_PLACES);
      case 6:
        return fmt(scaled(amount(flowsMine.map((g) => g.importUsd)), MILLION), MONEY_PLACES);
      default:
        return fmt(scaled(amount(flowsMine.map((g) => g.budgetVnd)), BILLION), MONEY_PLACES);
    }
  };
  return sectionsOf(zones, (key, zs, rowKey) => ({ value: cellValue(key, zs), drill: `${key}|${rowKey}` }));
}

/** The form's layout: group I operating, group II under construction, each with its total, and the grand total. */
function sectionsOf(zones: readonly SpecialZoneFact[], cellOf: CellOf): FormSection[] {
  const section = (key: 'I' | 'II', status: string, title: { vi: string; en: string }): FormSection => {
    const zs = zones.filter((z) => z.status === status);
    return {
      key,
      title,
      columns: COLUMNS_2112,
      rows: zs.map((z, i) => {
        const cells: Record<string, FormCell> = {
          c1: text(String(i + 1)),
          c2: text(z.name),
          c3: text(z.decisionNo),
          c4: text(z.planDecisionNo),
          // No plant recorded by the end: none built, as far as the registry knows.
          c24: text(PLANT_STATUS_LABELS[z.plant?.status ?? 'not_built'].vi),
        };
        for (const k of SUMMED) cells[k] = cellOf(k, [z], z.id);
        return row(z.id, cells);
      }),
      total: row(
        `total-${key}`,
        Object.fromEntries(SUMMED.map((k) => [k, cellOf(k, zs, `total-${key}`)])),
        { vi: `Cộng nhóm ${key}`, en: `Group ${key} total` },
        0,
      ),
    };
  };
  const grand = row(
    'total',
    Object.fromEntries(SUMMED.map((k) => [k, cellOf(k, zones, 'total')])),
    { vi: 'Tổng cộng', en: 'Total' },
    0,
  );
  return [
    section('I', 'operating', {
      vi: 'I. Các khu phi thuế quan, khu thương mại tự do, khu bảo thuế, khu chức năng theo quy hoạch chung đã cấp QĐ chủ trương đầu tư/GCNĐKĐT và đang vận hành',
      en: 'I. Zones with a decision or certificate, in operation',
    }),
    section('II', 'under_construction', {
      vi: 'II. Các khu phi thuế quan, khu thương mại tự do, khu bảo thuế, khu chức năng theo quy hoạch chung đã cấp QĐ chủ trương đầu tư/GCNĐKĐT và đang xây dựng cơ bản',
      en: 'II. Zones with a decision or certificate, under construction',
    }),
    { key: 'grand', title: null, columns: COLUMNS_2112, rows: [], total: grand },
  ];
}

/** The form from its records, as `build` makes it for the drills (the totals test compares the two). */
export const compute2112FromRecords = async (ctx: FormContext) => (await build(ctx)).sections;

export const FORM_2112 = placeForm({
  code: '2112',
  title: {
    vi: 'Tình hình hoạt động của các khu phi thuế quan, khu thương mại tự do, khu bảo thuế lũy kế đến kỳ báo cáo',
    en: 'Non-tariff zones, free-trade zones and bonded zones, cumulative to the period',
  },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Diện tích, dự án còn hiệu lực và vốn đăng ký tại ngày cuối kỳ ${ctx.to}; vốn thực hiện lũy kế đến cuối kỳ; doanh thu, xuất khẩu, nhập khẩu, nộp ngân sách phát sinh trong kỳ (báo cáo đã tiếp nhận); lao động theo báo cáo đã tiếp nhận gần nhất đến cuối kỳ. FDI: triệu USD; DDI: tỷ đồng; xuất nhập khẩu: triệu USD; nộp ngân sách: tỷ đồng.`,
      en: `Areas, valid projects and registered capital at the period end ${ctx.to}; realised capital to the end; revenue, export, import and budget payments in the period (accepted reports); workers from the latest accepted report to the end. FDI in million USD, DDI in billion VND, export/import in million USD, budget in billion VND.`,
    },
    {
      vi: 'Cột 24–26: nhà máy xử lý nước thải tập trung của khu tại cuối kỳ (m³/ngày đêm); khu chưa ghi nhận nhà máy được ghi "Chưa xây dựng". Dòng tổng cộng các cột 5–28 trừ cột 24.',
      en: 'Cols 24–26: the zone’s central wastewater plant at the end (m³ per day-night); a zone with no plant recorded shows "Not built". The total rows add cols 5–28 except 24.',
    },
  ],
  build,
  compute: computeFromTotals,
});
