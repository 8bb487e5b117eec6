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
import { groupedBy } from '../facts/records';
import { rateAt } from '../facts/registry';
import type { ReportFact } from '../facts/reports';
import { inList, rowsOf } from '../facts/sql';
import { AREA_PLACES, convertAmount, MONEY_PLACES, type Origin } from '../facts/units';
import type { FormContext } from './definition';
import { COLUMNS_2112 } from './f2112-columns';
import { type SpecialZoneFact, specialZonesAt } from './kkt-facts';
import { realisedAmong, reportsAmong, validWhere } from './place-projects';
import { type Built, type DrillItem, Drills, dec, placeForm, type RecordKind, row, text } from './place-table';

const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');
const col = (key: string) => COLUMNS_2112.find((c) => c.key === key)!;

type Contribution = { kind: RecordKind; items: DrillItem[] };

/** Every column the total row sums (5–28 except 24), and the counting ones. */
const SUMMED = ['c5', 'c6', 'c7', ...Array.from({ length: 16 }, (_, i) => `c${i + 8}`), 'c25', 'c26', 'c27', 'c28'];
const COUNTS = ['c8', 'c10', 'c16', 'c18'];
const KIND_OF = (key: string): RecordKind =>
  ['c5', 'c6', 'c7', 'c25', 'c26'].includes(key)
    ? 'special_zone'
    : ['c8', 'c9', 'c10', 'c11', 'c16', 'c17', 'c18', 'c19'].includes(key)
      ? 'project'
      : 'report';
type Line = { zone: SpecialZoneFact; cells: Record<string, Contribution> };

const reportCode = (r: ReportFact) => `EZ_${r.typeId === 'annual_implementation' ? 'AIII2' : 'AIII1'}_${r.number}`;

async function build(ctx: FormContext): Promise<Built> {
  const zones = (await specialZonesAt(ctx)).filter(
    (z) => z.status === 'operating' || z.status === 'under_construction',
  );
  const rate = (await rateAt(ctx))?.rate ?? null;
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
  const per = (v: Decimal | null, unit: Decimal) => (v === null ? null : div(v, unit));

  // Grouped once by zone and origin: filtering every record for each zone is quadratic.
  const key = (zoneId: string | undefined, origin: string) => `${zoneId}|${origin}`;
  const projectsByZone = groupedBy(validHere, (p) => key(zoneOf.get(p.projectId), p.origin));
  const reportsByZone = groupedBy(inPeriod, (r) => key(zoneOf.get(r.projectId), r.origin));
  const latestByZone = groupedBy(
    latest.filter((r) => validIds.has(r.projectId)),
    (r) => zoneOf.get(r.projectId) ?? null,
  );
  const lines: Line[] = zones.map((zone) => {
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
    const area = (measure: string): Contribution => ({
      kind: 'special_zone',
      items: [{ id: zone.id, values: { code: zone.code, name: zone.name }, value: dec(zone.areas.get(measure)) }],
    });
    const plant = (value: string | null | undefined): Contribution => ({
      kind: 'special_zone',
      items: [{ id: zone.id, values: { code: zone.code, name: zone.name }, value: dec(value) }],
    });
    const cells: Record<string, Contribution> = {
      c5: area('established'),
      c6: area('industrial'),
      c7: area('leased'),
      c25: plant(zone.plant?.designCapacity),
      c26: plant(zone.plant?.status === 'operating' ? zone.plant.operatingCapacity : null),
    };
    for (const [origin, base] of [
      ['FDI', 8],
      ['DDI', 16],
    ] as const) {
      const ps = projectsOf(origin);
      const money = (v: string | null | undefined) =>
        origin === 'FDI' ? per(v ? parseDecimal(v) : ZERO, MILLION) : per(v ? parseDecimal(v) : ZERO, BILLION);
      cells[`c${base}`] = { kind: 'project', items: ps.map((p) => project(p, null)) };
      cells[`c${base + 1}`] = {
        kind: 'project',
        items: ps.map((p) => project(p, money(origin === 'FDI' ? p.usd : p.vnd))),
      };
      cells[`c${base + 2}`] = { kind: 'project', items: ps.filter((p) => p.inOperation).map((p) => project(p, null)) };
      cells[`c${base + 3}`] = {
        kind: 'project',
        items: ps.map((p) => {
          const done = realised.get(p.projectId);
          return project(p, money(origin === 'FDI' ? done?.usd : done?.vnd));
        }),
      };
      const rs = reportsOf(origin);
      const revenue = (r: ReportFact) =>
        origin === 'FDI' ? per(usd(r.revenue, r.currency), MILLION) : per(vnd(r.revenue, r.currency), BILLION);
      cells[`c${base + 4}`] = { kind: 'report', items: rs.map((r) => report(r, revenue(r))) };
      cells[`c${base + 5}`] = { kind: 'report', items: rs.map((r) => report(r, per(dec(r.exportUsd), MILLION))) };
      cells[`c${base + 6}`] = { kind: 'report', items: rs.map((r) => report(r, per(dec(r.importUsd), MILLION))) };
      cells[`c${base + 7}`] = { kind: 'report', items: rs.map((r) => report(r, per(dec(r.budgetVnd), BILLION))) };
    }
    const workers = latestByZone.get(zone.id) ?? [];
    const count = (n: number | null) => (n === null ? null : parseDecimal(String(n)));
    cells.c27 = { kind: 'report', items: workers.map((r) => report(r, count(r.workersDomestic))) };
    cells.c28 = { kind: 'report', items: workers.map((r) => report(r, count(r.workersForeign))) };
    return { zone, cells };
  });

  const drills = new Drills();
  const cellOf = (key: string, ls: Line[], rowKey: string) => {
    const c = col(key);
    return drills.cell(`${key}|${rowKey}`, {
      column: c,
      places: c.kind === 'money' ? MONEY_PLACES : c.kind === 'area' ? AREA_PLACES : 0,
      how: COUNTS.includes(key) ? 'count' : 'sum',
      title: {
        vi: `Cột ${c.number}: ${[...c.groups.map((g) => g.vi), c.label.vi].join(' – ')}`,
        en: `Column ${c.number}: ${[...c.groups.map((g) => g.en), c.label.en].join(' – ')}`,
      },
      recordKind: KIND_OF(key),
      items: ls.flatMap((l) => l.cells[key]?.items ?? []),
    });
  };
  const section = (key: 'I' | 'II', status: string, title: { vi: string; en: string }) => {
    const ls = lines.filter((l) => l.zone.status === status);
    return {
      key,
      title,
      columns: COLUMNS_2112,
      rows: ls.map((l, i) => {
        const cells: Record<string, ReturnType<typeof text>> = {
          c1: text(String(i + 1)),
          c2: text(l.zone.name),
          c3: text(l.zone.decisionNo),
          c4: text(l.zone.planDecisionNo),
          // No plant recorded by the end: none built, as far as the registry knows.
          c24: text(PLANT_STATUS_LABELS[l.zone.plant?.status ?? 'not_built'].vi),
        };
        for (const k of SUMMED) cells[k] = cellOf(k, [l], l.zone.id);
        return row(l.zone.id, cells);
      }),
      total: row(
        `total-${key}`,
        Object.fromEntries(SUMMED.map((k) => [k, cellOf(k, ls, `total-${key}`)])),
        {
          vi: `Cộng nhóm ${key}`,
          en: `Group ${key} total`,
        },
        0,
      ),
    };
  };
  const grand = row(
    'total',
    Object.fromEntries(SUMMED.map((k) => [k, cellOf(k, lines, 'total')])),
    {
      vi: 'Tổng cộng',
      en: 'Total',
    },
    0,
  );
  return {
    sections: [
      section('I', 'operating', {
        vi: 'I. Các khu phi thuế quan, khu thương mại tự do, khu bảo thuế, khu chức năng theo quy hoạch chung đã cấp QĐ chủ trương đầu tư/GCNĐKĐT và đang vận hành',
        en: 'I. Zones with a decision or certificate, in operation',
      }),
      section('II', 'under_construction', {
        vi: 'II. Các khu phi thuế quan, khu thương mại tự do, khu bảo thuế, khu chức năng theo quy hoạch chung đã cấp QĐ chủ trương đầu tư/GCNĐKĐT và đang xây dựng cơ bản',
        en: 'II. Zones with a decision or certificate, under construction',
      }),
      { key: 'grand', title: null, columns: COLUMNS_2112, rows: [], total: grand },
    ],
    drills,
  };
}

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
});
