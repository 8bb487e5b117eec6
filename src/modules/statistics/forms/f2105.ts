/**
 * Biểu 2105.H.QLKKT – Tình hình đầu tư và xây dựng nhà máy xử lý nước thải tập trung KCN. The SRS
 * is missing (national-forms.md §B.5); the layout is inferred from §B.5 and §D.7: one row per
 * central wastewater plant of the parks of the scope, read at the end of the period (status,
 * design and operating capacity in m³/ngày đêm, investment, completion, investor), and one row
 * "Chưa xây dựng" per operating park that has no plant, so the gap is visible.
 */
import { sql } from 'drizzle-orm';
import { type Decimal, div, parseDecimal } from '../../../kernel/decimal';
import { LOCATION_CLASS_LABELS, PLANT_STATUS_LABELS, type PlantStatusValue, plantAsOf } from '../../zones/contract';
import { inList, rowsOf, str } from '../facts/sql';
import { MONEY_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import { type ParkFact, parksAt } from './place-facts';
import { type Built, column, type DrillItem, Drills, dec, placeForm, row, text } from './place-table';

const CAPITAL = { vi: 'Vốn đầu tư', en: 'Investment' };
export const COLUMNS_2105 = [
  column('c1', '1', { vi: 'Tên KCN', en: 'Park' }, 'text'),
  column('c2', '2', { vi: 'Vị trí khu', en: 'Location' }, 'text'),
  column('c3', '3', { vi: 'Tên nhà máy xử lý nước thải tập trung', en: 'Central wastewater plant' }, 'text'),
  column('c4', '4', { vi: 'Tình trạng', en: 'Status' }, 'text'),
  column(
    'c5',
    '5',
    { vi: 'Quy mô công nghệ (Công suất xử lý thiết kế)', en: 'Design capacity' },
    'number',
    'm³/ngày đêm',
  ),
  column('c6', '6', { vi: 'Công suất hoạt động', en: 'Operating capacity' }, 'number', 'm³/ngày đêm'),
  column('c7_1', '7.1', { vi: 'Vốn nước ngoài', en: 'Foreign' }, 'money', 'triệu USD', [CAPITAL]),
  column('c7_2', '7.2', { vi: 'Vốn trong nước', en: 'Domestic' }, 'money', 'tỷ đồng', [CAPITAL]),
  column('c8', '8', { vi: 'Thời gian hoàn thành (đưa vào hoạt động)', en: 'Completed (operating since)' }, 'text'),
  column('c9', '9', { vi: 'Chủ đầu tư', en: 'Investor' }, 'text'),
];
const col = (key: string) => COLUMNS_2105.find((c) => c.key === key)!;

type Plant = {
  id: string;
  name: string;
  park: ParkFact;
  status: PlantStatusValue | 'none';
  since: string | null;
  values: Record<string, Decimal | null>;
};

async function plantsOf(ctx: FormContext, parks: ParkFact[]): Promise<Plant[]> {
  const byId = new Map(parks.map((p) => [p.id, p]));
  const ids = [...byId.keys()];
  if (ids.length === 0) return [];
  const [plants, records] = await Promise.all([
    rowsOf(
      ctx.db,
      sql`select id, park_id, name, investment_amount, investment_currency from wastewater_plants
          where ${inList(sql`park_id`, ids)} order by name, id`,
    ),
    rowsOf(
      ctx.db,
      sql`select r.plant_id, r.date, r.status, r.design_capacity, r.operating_capacity, r.source
          from wastewater_plant_records r join wastewater_plants w on w.id = r.plant_id
          where ${inList(sql`w.park_id`, ids)} and r.date <= ${ctx.to}
          order by r.plant_id, r.date, r.id`,
    ),
  ]);
  const recordsOf = new Map<
    string,
    { date: string; status: PlantStatusValue; designCapacity?: string; operatingCapacity?: string; source: string }[]
  >();
  for (const r of records) {
    const id = String(r.plant_id);
    recordsOf.set(id, [
      ...(recordsOf.get(id) ?? []),
      {
        date: String(r.date instanceof Date ? r.date.toISOString().slice(0, 10) : r.date).slice(0, 10),
        status: String(r.status) as PlantStatusValue,
        ...(r.design_capacity !== null ? { designCapacity: String(r.design_capacity) } : {}),
        ...(r.operating_capacity !== null ? { operatingCapacity: String(r.operating_capacity) } : {}),
        source: String(r.source),
      },
    ]);
  }
  const out: Plant[] = [];
  for (const r of plants) {
    const park = byId.get(String(r.park_id))!;
    const state = plantAsOf({ id: String(r.id), parkId: park.id, records: recordsOf.get(String(r.id)) ?? [] }, ctx.to);
    if (!state) continue; // no record yet at the end: the plant was not known then
    const amount = dec(str(r.investment_amount));
    const currency = str(r.investment_currency);
    out.push({
      id: String(r.id),
      name: str(r.name) ?? `Nhà máy XLNT ${park.name}`,
      park,
      status: state.status,
      since: state.status === 'operating' ? state.since : null,
      values: {
        c5: dec(state.designCapacity),
        c6: state.status === 'operating' ? dec(state.operatingCapacity) : null,
        c7_1: amount !== null && currency === 'USD' ? div(amount, parseDecimal('1000000')) : null,
        c7_2: amount !== null && currency === 'VND' ? div(amount, parseDecimal('1000000000')) : null,
      },
    });
  }
  const withPlant = new Set(out.map((p) => p.park.id));
  for (const park of parks) {
    if (park.status !== 'operating' || withPlant.has(park.id)) continue;
    out.push({ id: park.id, name: '', park, status: 'none', since: null, values: {} });
  }
  return out.sort((a, b) => a.park.name.localeCompare(b.park.name, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

async function build(ctx: FormContext): Promise<Built> {
  const parks = await parksAt(ctx);
  const plants = await plantsOf(ctx, parks);
  const drills = new Drills();
  const item = (p: Plant, key: string): DrillItem => ({
    id: p.id,
    values: { name: p.name, park: p.park.name },
    value: p.values[key] ?? null,
  });
  const cellOf = (key: string, ps: Plant[], rowKey: string) =>
    drills.cell(`${key}|${rowKey}`, {
      column: col(key),
      places: col(key).kind === 'money' ? MONEY_PLACES : 2,
      how: 'sum',
      title: {
        vi: `Cột ${col(key).number}: ${col(key).label.vi}`,
        en: `Column ${col(key).number}: ${col(key).label.en}`,
      },
      recordKind: 'wastewater_plant',
      items: ps.map((p) => item(p, key)),
    });
  const SUMMED = ['c5', 'c6', 'c7_1', 'c7_2'];
  const built = plants.filter((p) => p.status !== 'none');

  const rows = plants.map((p) => {
    if (p.status === 'none') {
      return row(`park-${p.park.id}`, {
        c1: text(p.park.name),
        c2: text(LOCATION_CLASS_LABELS[p.park.locationClass].vi),
        c4: text(PLANT_STATUS_LABELS.not_built.vi),
        c9: text(p.park.developerName),
      });
    }
    const cells: Record<string, ReturnType<typeof text>> = {
      c1: text(p.park.name),
      c2: text(LOCATION_CLASS_LABELS[p.park.locationClass].vi),
      c3: text(p.name),
      c4: text(PLANT_STATUS_LABELS[p.status].vi),
      c8: text(p.since ? p.since.split('-').reverse().join('/') : null),
      c9: text(p.park.developerName),
    };
    for (const key of SUMMED) cells[key] = cellOf(key, [p], p.id);
    return row(p.id, cells);
  });
  const total: Record<string, ReturnType<typeof text>> = {
    c3: drills.cell('c3|total', {
      column: col('c3'),
      places: 0,
      how: 'count',
      title: { vi: 'Các nhà máy xử lý nước thải tập trung', en: 'Central wastewater plants' },
      recordKind: 'wastewater_plant',
      items: built.map((p) => item(p, 'c3')),
    }),
  };
  for (const key of SUMMED) total[key] = cellOf(key, built, 'total');
  return {
    sections: [
      {
        key: 'main',
        title: null,
        columns: COLUMNS_2105,
        rows,
        total: row('total', total, { vi: 'Tổng cộng', en: 'Total' }, 0),
      },
    ],
    drills,
  };
}

export const FORM_2105 = placeForm({
  code: '2105',
  keptForPages: true,
  title: {
    vi: 'Tình hình đầu tư và xây dựng nhà máy xử lý nước thải tập trung KCN',
    en: 'Investment in and construction of central wastewater plants of industrial parks',
  },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Số liệu tại ngày cuối kỳ ${ctx.to}. Công suất: m³/ngày đêm; vốn đầu tư theo đồng tiền ghi nhận (USD: triệu USD, VND: tỷ đồng).`,
      en: `As of the period end ${ctx.to}. Capacities in m³ per day-night; investment in its recorded currency (USD in million USD, VND in billion VND).`,
    },
    {
      vi: 'Chưa có đặc tả chính thức cho biểu này: bố cục suy ra từ các biểu liên quan (2112 cột 24–26). Mỗi nhà máy một dòng; KCN đã hoạt động chưa có nhà máy được ghi một dòng "Chưa xây dựng". Cột 8 là ngày nhà máy đi vào hoạt động (sổ đăng ký không giữ thời gian dự kiến hoàn thành).',
      en: 'No official specification exists for this form: the layout is inferred from related forms (2112 cols 24–26). One row per plant; an operating park without a plant gets a "Not built" row. Col. 8 is the day the plant began operating (the registry keeps no expected completion date).',
    },
  ],
  build,
});
