/**
 * Biểu 2114.H.QLKKT – Tình hình đầu tư nước ngoài vào các KCN, KKT phân theo đối tác đầu tư lũy kế
 * đến cuối kỳ báo cáo: one row per investment partner (the 4-case rule of the specification:
 * Việt Nam / one country / "Liên doanh Việt Nam - A - B" / "Liên doanh khác (không có Việt Nam)"),
 * the period's FDI certificate events and the FDI projects valid at its end, split into parks,
 * coastal KKTs outside their parks and border-gate KKTs outside their parks. Fully computed.
 */

import { compare, type Decimal } from '../../../kernel/decimal';
import { partnerGroupLabel } from '../../investment/partner-country';
import type { FormColumn, FormRow } from '../contract';
import { CellBook, type Contribution, type Measure, summedCell, text } from '../facts/cells';
import { FLOW_LINES, type FlowLine, flowOf } from '../facts/flows';
import {
  type PartnerFlow,
  type PartnerGroupOf,
  partnerFlowTotals,
  partnerGroupOfInvestors,
  partnerStockTotals,
} from '../facts/partner-totals';
import { capitalOf, groupedBy, ofEvent, ofProject } from '../facts/records';
import { investorsAt, type PeriodEvent, periodEvents, rateAt, realisedTo, validProjects } from '../facts/registry';
import type { ProjectPlace } from '../facts/sql';
import { addAmounts } from '../facts/totals';
import { sumDecimals } from '../facts/units';
import { countryNames } from './country-names';
import type { FormContext, FormDefinition } from './definition';
import { col, t } from './project-form-parts';

type Split = 'parks' | 'coastal' | 'border_gate';
const SPLITS: readonly Split[] = ['parks', 'coastal', 'border_gate'];
const SPLIT_LABELS = {
  parks: t(
    'Trong các KCN (tính cả các KCN trong KKT ven biển, KKT cửa khẩu)',
    'In parks (including parks in coastal and border-gate zones)',
  ),
  coastal: t('Trong KKT ven biển (không bao gồm các KCN trong KKT)', 'In coastal zones (excluding their parks)'),
  border_gate: t(
    'Trong KKT cửa khẩu (không bao gồm các KCN trong KKT)',
    'In border-gate zones (excluding their parks)',
  ),
};
const FLOW_LABELS: Record<FlowLine, ReturnType<typeof t>> = {
  new: t('Cấp mới đầu tư', 'New'),
  increased: t('Tăng vốn', 'Capital increase'),
  decreased: t('Giảm vốn', 'Capital decrease'),
  ended: t('Thu hồi/chấm dứt hoạt động', 'Revoked / terminated'),
};

const splitOf = (p: ProjectPlace): Split | null =>
  p.parkId !== null
    ? 'parks'
    : p.kktType === 'coastal'
      ? 'coastal'
      : p.kktType === 'border_gate'
        ? 'border_gate'
        : null;

const inPeriod = [t('Trong kỳ báo cáo', 'In the period')];
const cumulative = [t('Lũy kế đến cuối kỳ báo cáo', 'Cumulative to the period end')];
const COLUMNS: FormColumn[] = [
  col('stt', t('STT', 'No.'), { number: '1' }),
  col('partner', t('Đối tác đầu tư (quốc gia/vùng lãnh thổ)', 'Investment partner (country/territory)'), {
    number: '2',
  }),
  ...FLOW_LINES.map((l, i) =>
    col(`count:${l}`, FLOW_LABELS[l], {
      number: String(3 + i),
      unit: 'Dự án',
      kind: 'count',
      groups: [...inPeriod, t('Số dự án đầu tư', 'Projects')],
    }),
  ),
  ...FLOW_LINES.map((l, i) =>
    col(`capital:${l}`, FLOW_LABELS[l], {
      number: String(7 + i),
      unit: 'triệu USD',
      kind: 'money',
      groups: [...inPeriod, t('Tổng vốn đầu tư đăng ký', 'Registered capital')],
    }),
  ),
  ...SPLITS.map((s, i) =>
    col(`valid:${s}`, SPLIT_LABELS[s], {
      number: String(11 + i),
      unit: 'Dự án',
      kind: 'count',
      groups: [...cumulative, t('Số dự án đầu tư còn hiệu lực', 'Valid projects')],
    }),
  ),
  ...SPLITS.map((s, i) =>
    col(`capital:${s}`, SPLIT_LABELS[s], {
      number: String(14 + i),
      unit: 'triệu USD',
      kind: 'money',
      groups: [...cumulative, t('Tổng vốn đầu tư đăng ký', 'Registered capital')],
    }),
  ),
  ...SPLITS.map((s, i) =>
    col(`realised:${s}`, SPLIT_LABELS[s], {
      number: String(17 + i),
      unit: 'triệu USD',
      kind: 'money',
      groups: [...cumulative, t('Tổng vốn đầu tư thực hiện', 'Realised capital')],
    }),
  ),
];

type Group = { key: string; label: { vi: string; en: string } };
type CountryLabels = Map<string, { vi: string; en: string }>;

const labelOf = (names: CountryLabels) => (code: string) => names.get(code) ?? { vi: code, en: code };

/** The 2114 row a project belongs to, from its investors at the end (the specification's four cases). */
function partnerGroupOf(investors: ReadonlyArray<{ nationality: string; share: string }>, names: CountryLabels): Group {
  const g = partnerGroupOfInvestors(investors);
  return { key: g.key, label: partnerGroupLabel(g.kind, g.countries, labelOf(names)) };
}

/** The period's FDI events that move capital, with the partner group of each event's project. */
async function fdiFlows(ctx: FormContext, rate: string | null) {
  const fdiEvents = (await periodEvents(ctx, rate)).filter((e) => e.origin === 'FDI' && flowOf(e) !== null);
  const investors = await investorsAt(ctx, [...new Set(fdiEvents.map((e) => e.projectId))]);
  return { fdiEvents, investors };
}

async function load(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [valid, flows, realised] = await Promise.all([
    validProjects(ctx, rate),
    fdiFlows(ctx, rate),
    realisedTo(ctx, rate),
  ]);
  const fdiValid = valid.filter((p) => p.origin === 'FDI' && splitOf(p) !== null);
  const investors = await investorsAt(
    ctx,
    fdiValid.map((p) => p.projectId),
  );
  for (const [id, list] of flows.investors) investors.set(id, list);
  const names = await countryNames(
    ctx.db,
    [...investors.values()].flat().map((i) => i.nationality),
  );
  const groupOf = new Map<string, Group>();
  for (const id of new Set([...fdiValid.map((p) => p.projectId), ...flows.fdiEvents.map((e) => e.projectId)])) {
    groupOf.set(id, partnerGroupOf(investors.get(id) ?? [], names));
  }
  return { fdiValid, fdiEvents: flows.fdiEvents, realised, groupOf };
}

const usd: Measure = { kind: 'money', unit: 'trieu_usd' };

/** The in-period columns (3–10) of one row from its events. */
function flowCells(book: CellBook, key: string, events: readonly PeriodEvent[]): FormRow['cells'] {
  const cells: FormRow['cells'] = {};
  for (const line of FLOW_LINES) {
    const rows: Contribution[] = events.flatMap((e) => {
      const flow = flowOf(e);
      return flow?.line === line ? [ofEvent(e, flow.amount)] : [];
    });
    cells[`count:${line}`] = book.cell(
      `${key}:count:${line}`,
      FLOW_LABELS[line],
      'certificate_event',
      { kind: 'projects' },
      rows,
    );
    cells[`capital:${line}`] = book.cell(`${key}:capital:${line}`, FLOW_LABELS[line], 'certificate_event', usd, rows);
  }
  return cells;
}

/** `flowCells` from the flows kept per partner group. */
function summedFlowCells(key: string, flows: readonly PartnerFlow[]): FormRow['cells'] {
  const cells: FormRow['cells'] = {};
  for (const line of FLOW_LINES) {
    const mine = flows.filter((f) => f.line === line);
    cells[`count:${line}`] = summedCell(
      `${key}:count:${line}`,
      { kind: 'projects' },
      mine.reduce((n, f) => n + f.projects, 0),
    );
    cells[`capital:${line}`] = summedCell(`${key}:capital:${line}`, usd, addAmounts(mine.map((f) => f.usd)));
  }
  return cells;
}

const collator = new Intl.Collator('vi');

/** Rows by registered capital at the end, largest first, then by name (each weight added once, not per comparison). */
function ordered(groups: Iterable<Group>, weightOf: (key: string) => Decimal): Group[] {
  const list = [...groups];
  const weights = new Map(list.map((g) => [g.key, weightOf(g.key)]));
  return list.sort(
    (a, b) => compare(weights.get(b.key)!, weights.get(a.key)!) || collator.compare(a.label.vi, b.label.vi),
  );
}

function rowsOf2114(
  groups: readonly Group[],
  cellsFor: (key: string) => FormRow['cells'],
): { rows: FormRow[]; total: FormRow } {
  const rows: FormRow[] = groups.map((g, i) => ({
    key: g.key,
    label: null,
    level: 1,
    cells: { stt: text(String(i + 1)), partner: text(g.label.vi), ...cellsFor(g.key) },
  }));
  const total: FormRow = {
    key: 'total',
    label: t('Tổng cộng', 'Total'),
    level: 0,
    cells: { partner: text('Tổng cộng'), ...cellsFor('total') },
  };
  return { rows, total };
}

/** The records build: every cell with its records (the drill). */
function build(f: Awaited<ReturnType<typeof load>>, book: CellBook) {
  const groups = new Map<string, Group>();
  for (const g of f.groupOf.values()) groups.set(g.key, g);
  const groupKey = (x: { projectId: string }) => f.groupOf.get(x.projectId)?.key ?? null;
  const validOf = groupedBy(f.fdiValid, groupKey);
  const eventsOf = groupedBy(f.fdiEvents, groupKey);
  const cellsFor = (key: string): FormRow['cells'] => {
    const valid = key === 'total' ? f.fdiValid : (validOf.get(key) ?? []);
    const cells = flowCells(book, key, key === 'total' ? f.fdiEvents : (eventsOf.get(key) ?? []));
    for (const s of SPLITS) {
      const mine = valid.filter((p) => splitOf(p) === s);
      cells[`valid:${s}`] = book.cell(
        `${key}:valid:${s}`,
        SPLIT_LABELS[s],
        'project',
        { kind: 'projects' },
        mine.map((p) => ofProject(p)),
      );
      cells[`capital:${s}`] = book.cell(
        `${key}:capital:${s}`,
        SPLIT_LABELS[s],
        'project',
        usd,
        mine.map((p) => ofProject(p, capitalOf(p))),
      );
      const realised = mine.flatMap((p) => {
        const v = f.realised.get(p.projectId)?.usd ?? null;
        return v === null ? [] : [ofProject(p, v)];
      });
      cells[`realised:${s}`] = book.cell(`${key}:realised:${s}`, SPLIT_LABELS[s], 'project', usd, realised);
    }
    return cells;
  };
  const weights = new Map([...groups.keys()].map((k) => [k, sumDecimals((validOf.get(k) ?? []).map(capitalOf))]));
  const { rows, total } = rowsOf2114(
    ordered(groups.values(), (k) => weights.get(k)!),
    cellsFor,
  );
  return [{ key: 'partners', title: null, columns: COLUMNS, rows, total }];
}

/**
 * The computation: the cumulative and in-period columns from the sums kept per partner group and
 * province (facts/partner-totals.ts), a few dozen rows per province instead of every valid FDI
 * project and event; the same cells as `build`.
 */
async function computeFromTotals(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [stock, flows] = await Promise.all([partnerStockTotals(ctx, rate), partnerFlowTotals(ctx, rate)]);
  const names = await countryNames(ctx.db, [
    ...stock.flatMap((s) => s.group.countries),
    ...flows.flatMap((f) => f.group.countries),
  ]);
  const groups = new Map<string, Group>();
  const groupFor = (g: PartnerGroupOf) => {
    let group = groups.get(g.key);
    if (!group) {
      group = { key: g.key, label: partnerGroupLabel(g.kind, g.countries, labelOf(names)) };
      groups.set(g.key, group);
    }
    return group;
  };
  const stockOf = groupedBy(stock, (s) => groupFor(s.group).key);
  const flowsOf = groupedBy(flows, (f) => groupFor(f.group).key);
  const cellsFor = (key: string): FormRow['cells'] => {
    const mine = key === 'total' ? stock : (stockOf.get(key) ?? []);
    const cells = summedFlowCells(key, key === 'total' ? flows : (flowsOf.get(key) ?? []));
    for (const s of SPLITS) {
      const part = mine.filter((x) => x.split === s);
      cells[`valid:${s}`] = summedCell(
        `${key}:valid:${s}`,
        { kind: 'projects' },
        part.reduce((n, x) => n + x.projects, 0),
      );
      cells[`capital:${s}`] = summedCell(`${key}:capital:${s}`, usd, addAmounts(part.map((x) => x.usd)));
      cells[`realised:${s}`] = summedCell(`${key}:realised:${s}`, usd, addAmounts(part.map((x) => x.realisedUsd)));
    }
    return cells;
  };
  const weightOf = (key: string) => sumDecimals((stockOf.get(key) ?? []).map((x) => x.usd));
  const { rows, total } = rowsOf2114(ordered(groups.values(), weightOf), cellsFor);
  return [{ key: 'partners', title: null, columns: COLUMNS, rows, total }];
}

/** The form built from its records alone (the drill's path): the totals path must give exactly this. */
export async function compute2114FromRecords(ctx: FormContext) {
  return build(await load(ctx), new CellBook());
}

export const F2114: FormDefinition = {
  code: '2114',
  fullCode: '2114.H.QLKKT',
  title: t(
    'Tình hình đầu tư nước ngoài vào các KCN, KKT phân theo đối tác đầu tư lũy kế đến cuối kỳ báo cáo',
    'Foreign investment in parks and zones by investment partner, cumulative to the period end',
  ),
  landscape: true,
  notes: () => [
    t(
      'Biểu tính toàn bộ từ cơ sở dữ liệu: các cột trong kỳ (3–10) lấy từ các sự kiện cấp mới, điều chỉnh vốn, thu hồi/chấm dứt ghi trên GCNĐKĐT trong kỳ (không lấy từ các biểu 2115/2116 đã tiếp nhận như bản đặc tả mô tả – cùng nguồn sự kiện nên luôn khớp với hai biểu này).',
      'Fully computed: the in-period columns (3–10) come from the certificate events of the period (not from accepted 2115/2116 forms as the specification describes – the same events, so they always agree with those forms).',
    ),
    t(
      'Đối tác theo quốc tịch các nhà đầu tư còn hiệu lực đến cuối kỳ: 100% vốn Việt Nam → Việt Nam; một quốc gia → tên quốc gia; liên doanh có Việt Nam → "Liên doanh Việt Nam - …" (quốc gia góp nhiều trước); liên doanh nhiều nước không có Việt Nam → "Liên doanh khác (không có Việt Nam)".',
      'Partner by the nationalities of the investors at the period end (the specification’s four cases; countries by share, largest first).',
    ),
    t(
      'Chỉ dự án FDI, tính bằng triệu USD. Dự án trong KKT chuyên biệt ngoài KCN không có cột lũy kế trong biểu nên không được tính ở các cột 11–19.',
      'FDI projects only, in million USD. Projects in specialised zones outside parks have no cumulative column in the form and are left out of columns 11–19.',
    ),
  ],
  compute: computeFromTotals,
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
