/**
 * Biểu 2103.H.QLKKT – Tình hình thực hiện dự án đầu tư xây dựng kết cấu hạ tầng KCN: one row per
 * park established, under construction or operating at the end of the period, with its
 * infrastructure project (registered capital valid at the end, realised capital to the end), its
 * land at the end, infrastructure completion and land handed over. Total row: COUNT of parks,
 * sums, col. 13 = Σ12 ÷ Σ11 × 100, col. 14 the average of the parks that report it.
 */
import { sql } from 'drizzle-orm';
import { type Decimal, div, parseDecimal, ZERO } from '../../../kernel/decimal';
import { LOCATION_CLASS_LABELS } from '../../zones/contract';
import { investorsAt, rateAt } from '../facts/registry';
import { inUuids } from '../facts/sql';
import { AREA_PLACES, MONEY_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import {
  addressOf,
  certificateOn,
  certificatesOf,
  countryNames,
  joinDistinct,
  type ParkFact,
  parksAt,
} from './place-facts';
import { realisedAmong, validWhere } from './place-projects';
import {
  type Built,
  column,
  type DrillItem,
  Drills,
  dec,
  percent,
  placeForm,
  row,
  sumOrNull,
  text,
} from './place-table';

const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');
const IN_PARK_TABLE: readonly string[] = ['established', 'under_construction', 'operating'];

const G1 = { vi: 'I. Thông tin dự án', en: 'I. Project information' };
const G2 = { vi: 'II. Tình hình xây dựng hạ tầng', en: 'II. Infrastructure construction' };
const CAPITAL = { vi: 'Vốn đăng ký đầu tư', en: 'Registered capital' };
const REALISED = { vi: 'Lũy kế vốn đã thực hiện', en: 'Cumulative realised capital' };

export const COLUMNS_2103 = [
  column('c1', '1', { vi: 'Tên KCN', en: 'Park' }, 'text', null, [G1]),
  column('c2', '2', { vi: 'Vị trí khu', en: 'Location' }, 'text', null, [G1]),
  column('c3', '3', { vi: 'Dự án hạ tầng KCN', en: 'Infrastructure project' }, 'text', null, [G1]),
  column('c4', '4', { vi: 'QĐ chấp thuận chủ trương đầu tư', en: 'Investment-policy decision' }, 'text', null, [G1]),
  column('c5', '5', { vi: 'GCN đăng ký đầu tư', en: 'Investment registration certificate' }, 'text', null, [G1]),
  column('c6', '6', { vi: 'Địa điểm', en: 'Address' }, 'text', null, [G1]),
  column('c7', '7', { vi: 'Nhà đầu tư xây dựng kết cấu hạ tầng', en: 'Infrastructure investor' }, 'text', null, [G1]),
  column('c8', '8', { vi: 'Quốc tịch nhà đầu tư', en: 'Investor nationality' }, 'text', null, [G1]),
  column('c9_1', '9.1', { vi: 'Vốn nước ngoài', en: 'Foreign' }, 'money', 'triệu USD', [G1, CAPITAL]),
  column('c9_2', '9.2', { vi: 'Vốn trong nước', en: 'Domestic' }, 'money', 'tỷ đồng', [G1, CAPITAL]),
  column('c10', '10', { vi: 'Quy mô DT đất thành lập', en: 'Established land' }, 'area', 'ha', [G1]),
  column('c11', '11', { vi: 'Quy mô DT đất CN, DV', en: 'Industrial-service land' }, 'area', 'ha', [G1]),
  column('c12', '12', { vi: 'Quy mô DT đất CN, DV đã cho thuê', en: 'Leased IS land' }, 'area', 'ha', [G1]),
  column('c13', '13', { vi: 'Tỷ lệ lấp đầy', en: 'Occupancy' }, 'percent', '%', [G1]),
  column('c14', '14', { vi: 'Mức độ hoàn thiện hạ tầng', en: 'Infrastructure completion' }, 'percent', '%', [G2]),
  column('c15', '15', { vi: 'Tình trạng hoạt động', en: 'Operating status' }, 'text', null, [G2]),
  column(
    'c16',
    '16',
    { vi: 'Quy mô DT đất đã giao để xây dựng HT', en: 'Land handed over for infrastructure' },
    'area',
    'ha',
    [G2],
  ),
  column('c17_1', '17.1', { vi: 'Vốn nước ngoài', en: 'Foreign' }, 'money', 'triệu USD', [G2, REALISED]),
  column('c17_2', '17.2', { vi: 'Vốn trong nước', en: 'Domestic' }, 'money', 'tỷ đồng', [G2, REALISED]),
];
const col = (key: string) => COLUMNS_2103.find((c) => c.key === key)!;

type Line = {
  park: ParkFact;
  values: Record<string, Decimal | null>;
};

const DECISION_ACTS = ['investment_policy_with_investor', 'public_investment_policy', 'investor_approval'];

async function build(ctx: FormContext): Promise<Built> {
  const parks = (await parksAt(ctx)).filter((p) => p.status !== null && IN_PARK_TABLE.includes(p.status));
  const rate = (await rateAt(ctx))?.rate ?? null;
  const infraIds = parks.map((p) => p.infraProjectId).filter((id): id is string => id !== null);
  const [valid, realised, investors, certificates, countries] = await Promise.all([
    validWhere(ctx, inUuids(sql`pp.project_id`, infraIds), rate),
    realisedAmong(ctx, infraIds, rate),
    investorsAt(ctx, infraIds),
    certificatesOf(ctx, infraIds),
    countryNames(ctx),
  ]);
  const validById = new Map(valid.map((v) => [v.projectId, v]));
  const drills = new Drills();

  const lines: Line[] = parks.map((park) => {
    const project = park.infraProjectId ? validById.get(park.infraProjectId) : undefined;
    const done = park.infraProjectId ? realised.get(park.infraProjectId) : undefined;
    const fdi = project?.origin === 'FDI';
    const inUnit = (v: string | null | undefined, unit: Decimal) => (v ? div(parseDecimal(v), unit) : ZERO);
    return {
      park,
      values: {
        c9_1: project ? (fdi ? inUnit(project.usd, MILLION) : ZERO) : null,
        c9_2: project ? (fdi ? ZERO : inUnit(project.vnd, BILLION)) : null,
        c10: dec(park.land.established?.value),
        c11: dec(park.land.industrial?.value),
        c12: dec(park.land.leased?.value),
        c14: dec(park.progress?.value),
        c16: dec(park.land.handed_over?.value),
        c17_1: project ? (fdi ? inUnit(done?.usd, MILLION) : ZERO) : null,
        c17_2: project ? (fdi ? ZERO : inUnit(done?.vnd, BILLION)) : null,
      },
    };
  });

  const SUMMED = ['c9_1', 'c9_2', 'c10', 'c11', 'c12', 'c16', 'c17_1', 'c17_2'];
  const placesOf = (key: string) => (col(key).kind === 'money' ? MONEY_PLACES : AREA_PLACES);
  const item = (l: Line, key: string): DrillItem => ({
    id: l.park.id,
    values: { code: l.park.code, name: l.park.name },
    value: l.values[key] ?? null,
  });
  const cellOf = (key: string, lines: Line[], rowKey: string, how: 'sum' | 'average') =>
    drills.cell(`${key}|${rowKey}`, {
      column: col(key),
      places: key === 'c14' ? 2 : placesOf(key),
      how,
      title: {
        vi: `Cột ${col(key).number}: ${col(key).label.vi}`,
        en: `Column ${col(key).number}: ${col(key).label.en}`,
      },
      recordKind: 'park',
      items: lines.map((l) => item(l, key)),
    });

  const rows = lines.map((l) => {
    const p = l.park;
    const establishment = p.events.find((e) => e.kind === 'established');
    const decision =
      establishment?.kind === 'established' && DECISION_ACTS.includes(establishment.act)
        ? establishment.decision.number
        : null;
    const certificate =
      (p.infraProjectId ? certificateOn(certificates.get(p.infraProjectId) ?? [], ctx.to) : null) ??
      (establishment?.kind === 'established' && establishment.act === 'irc' ? establishment.decision.number : null);
    const cells: Record<string, ReturnType<typeof text>> = {
      c1: text(p.name),
      c2: text(LOCATION_CLASS_LABELS[p.locationClass].vi),
      c3: text(p.infraProjectName),
      c4: text(decision),
      c5: text(certificate),
      c6: text(addressOf(p)),
      c7: text(p.developerName ?? joinDistinct((investors.get(p.infraProjectId ?? '') ?? []).map((i) => i.name))),
      c8: text(
        joinDistinct(
          (investors.get(p.infraProjectId ?? '') ?? []).map((i) => countries.get(i.nationality) ?? i.nationality),
        ),
      ),
      c13: text(percent(l.values.c12 ?? null, l.values.c11 ?? null)),
      c15: text(p.status === 'operating' ? 'Đã đi vào hoạt động' : 'Chưa hoạt động'),
    };
    for (const key of [...SUMMED, 'c14']) cells[key] = cellOf(key, [l], p.id, 'sum');
    return row(p.id, cells);
  });

  const totalCells: Record<string, ReturnType<typeof text>> = {
    c1: drills.cell('c1|total', {
      column: col('c1'),
      places: 0,
      how: 'count',
      title: { vi: 'Số KCN trong biểu', en: 'Parks in the form' },
      recordKind: 'park',
      items: lines.map((l) => item(l, 'c1')),
    }),
    c13: text(
      percent(sumOrNull(lines.map((l) => l.values.c12 ?? null)), sumOrNull(lines.map((l) => l.values.c11 ?? null))),
    ),
    c14: cellOf('c14', lines, 'total', 'average'),
  };
  for (const key of SUMMED) totalCells[key] = cellOf(key, lines, 'total', 'sum');

  return {
    sections: [
      {
        key: 'main',
        title: null,
        columns: COLUMNS_2103,
        rows,
        total: row('total', totalCells, { vi: 'Tổng cộng', en: 'Total' }, 0),
      },
    ],
    drills,
  };
}

export const FORM_2103 = placeForm({
  code: '2103',
  keptForPages: true,
  title: {
    vi: 'Tình hình thực hiện dự án đầu tư xây dựng kết cấu hạ tầng KCN',
    en: 'Implementation of industrial-park infrastructure projects',
  },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Số liệu tại ngày cuối kỳ ${ctx.to}: các KCN đã thành lập, đang xây dựng hoặc đã hoạt động; vốn đăng ký của dự án hạ tầng còn hiệu lực và vốn thực hiện lũy kế đến cuối kỳ. Vốn nước ngoài: triệu USD; vốn trong nước: tỷ đồng; diện tích: ha.`,
      en: `As of the period end ${ctx.to}: parks established, under construction or operating; the infrastructure project's registered capital valid at the end and realised capital to the end. Foreign capital in million USD, domestic in billion VND, areas in ha.`,
    },
    {
      vi: 'Dòng tổng: cột 13 = tổng cột 12 / tổng cột 11 × 100; cột 14 là bình quân của các KCN có số liệu. Cột 4 là quyết định chấp thuận chủ trương đầu tư khi KCN được thành lập bằng quyết định đó.',
      en: 'Total row: col. 13 = Σ col. 12 / Σ col. 11 × 100; col. 14 is the average over the parks that report it. Col. 4 is the investment-policy decision when the park was established by one.',
    },
    {
      vi: 'Biểu mẫu chỉ có 3 vị trí khu; KCN nằm trong KKT chuyên biệt được ghi đúng vị trí của nó.',
      en: 'The form lists three locations; a park inside a specialised KKT is shown with its own location.',
    },
  ],
  build,
});
