/**
 * Economic zones (KKT) and the special zones inside them as of the end of a period, read in SQL
 * from the zone registry: the KKTs decided by the end (or with no decision date recorded), their
 * functional areas in force per measure, and the special zones with their status, areas and
 * central wastewater plant.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Decimal } from '../../../kernel/decimal';
import type { KktType } from '../../zones/contract';
import { KKT_TYPE_LABELS, type PlantStatusValue, plantAsOf, specialZoneStatusAsOf } from '../../zones/contract';
import type { FormCell, FormColumn, FormSection } from '../contract';
import { day, inList, rowsOf, str } from '../facts/sql';
import { AREA_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import { type DrillItem, type Drills, row, type Text, text } from './place-table';

const unitFilter = (column: SQL, unitIds: FormContext['unitIds']) =>
  unitIds === null ? sql`true` : inList(column, unitIds);

export type KktFact = {
  id: string;
  code: string;
  name: string;
  type: KktType;
  generalPlanDecisionNo: string | null;
  generalPlanDecisionDate: string | null;
  establishedLandHa: string | null;
  establishedWaterHa: string | null;
  /** `${area}.${measure}` → hectares in force at the end. */
  areas: Map<string, string>;
};

export async function kktsAt(ctx: FormContext): Promise<KktFact[]> {
  const where = sql`${unitFilter(sql`z.admin_unit_id`, ctx.unitIds)} and (z.decision_date is null or z.decision_date <= ${ctx.to})`;
  const [zones, areas] = await Promise.all([
    rowsOf(
      ctx.db,
      sql`select z.id, z.code, z.name, z.type, z.general_plan_decision_no, z.general_plan_decision_date,
                 z.established_land_ha, z.established_water_ha
          from economic_zones z where ${where} order by z.name, z.code`,
    ),
    rowsOf(
      ctx.db,
      sql`select distinct on (a.zone_id, a.area, a.measure) a.zone_id, a.area, a.measure, a.value_ha
          from economic_zone_areas a join economic_zones z on z.id = a.zone_id
          where ${where} and a.as_of <= ${ctx.to}
          order by a.zone_id, a.area, a.measure, a.as_of desc`,
    ),
  ]);
  const areasOf = new Map<string, Map<string, string>>();
  for (const a of areas) {
    const id = String(a.zone_id);
    const m = areasOf.get(id) ?? new Map<string, string>();
    m.set(`${a.area}.${a.measure}`, String(a.value_ha));
    areasOf.set(id, m);
  }
  return zones.map((z) => ({
    id: String(z.id),
    code: String(z.code),
    name: String(z.name),
    type: String(z.type) as KktType,
    generalPlanDecisionNo: str(z.general_plan_decision_no),
    generalPlanDecisionDate: day(z.general_plan_decision_date),
    establishedLandHa: str(z.established_land_ha),
    establishedWaterHa: str(z.established_water_ha),
    areas: areasOf.get(String(z.id)) ?? new Map(),
  }));
}

/** One KKT of an area form (2108, 2110) with the value of each of its area columns. */
export type KktLine = { kkt: KktFact; values: Record<string, Decimal | null> };

/** The KKTs at the period end, each with the values a form reads from it. */
export async function kktLines(
  ctx: FormContext,
  valuesOf: (kkt: KktFact) => Record<string, Decimal | null>,
): Promise<KktLine[]> {
  return (await kktsAt(ctx)).map((kkt) => ({ kkt, values: valuesOf(kkt) }));
}

/**
 * The one section of a KKT area form (2108, 2110): a row per KKT with its name (col. 3), its type
 * (col. 4), the form's own text cells, and a summing cell per area column that opens to the KKT;
 * the total row counts the KKTs under col. 3 and sums each area column over them.
 */
export function kktAreaSection(spec: {
  drills: Drills;
  columns: readonly FormColumn[];
  lines: readonly KktLine[];
  /** The area columns, each summed and opened to its KKTs. */
  areaKeys: readonly string[];
  /** A drill title names the column's header groups before its label (2110) or the label alone (2108). */
  titleWithGroups: boolean;
  /** The title of the total row's count of KKTs. */
  countTitle: Text;
  /** The form's own text cells of a KKT's row. */
  rowCells: (line: KktLine) => Record<string, FormCell>;
  /** The form's own text cells of the total row. */
  totalCells: (lines: readonly KktLine[]) => Record<string, FormCell>;
}): FormSection {
  const { drills, columns, lines } = spec;
  const col = (key: string) => columns.find((c) => c.key === key)!;
  const item = (l: KktLine, key: string): DrillItem => ({
    id: l.kkt.id,
    values: { code: l.kkt.code, name: l.kkt.name },
    value: l.values[key] ?? null,
  });
  const heading = (c: FormColumn, lang: 'vi' | 'en') =>
    spec.titleWithGroups ? [...c.groups.map((g) => g[lang]), c.label[lang]].join(' – ') : c.label[lang];
  const cellOf = (key: string, ls: readonly KktLine[], rowKey: string) =>
    drills.cell(`${key}|${rowKey}`, {
      column: col(key),
      places: AREA_PLACES,
      how: 'sum',
      title: {
        vi: `Cột ${col(key).number}: ${heading(col(key), 'vi')}`,
        en: `Column ${col(key).number}: ${heading(col(key), 'en')}`,
      },
      recordKind: 'economic_zone',
      items: ls.map((l) => item(l, key)),
    });
  const rows = lines.map((l) => {
    const cells: Record<string, FormCell> = {
      c3: text(l.kkt.name),
      c4: text(KKT_TYPE_LABELS[l.kkt.type].vi),
      ...spec.rowCells(l),
    };
    for (const key of spec.areaKeys) cells[key] = cellOf(key, [l], l.kkt.id);
    return row(l.kkt.id, cells);
  });
  const total: Record<string, FormCell> = {
    c3: drills.cell('c3|total', {
      column: col('c3'),
      places: 0,
      how: 'count',
      title: spec.countTitle,
      recordKind: 'economic_zone',
      items: lines.map((l) => item(l, 'c3')),
    }),
    ...spec.totalCells(lines),
  };
  for (const key of spec.areaKeys) total[key] = cellOf(key, lines, 'total');
  return {
    key: 'main',
    title: null,
    columns: [...columns],
    rows,
    total: row('total', total, { vi: 'Tổng cộng', en: 'Total' }, 0),
  };
}

export type SpecialZoneFact = {
  id: string;
  code: string;
  name: string;
  kind: string;
  kktName: string;
  decisionNo: string | null;
  planDecisionNo: string | null;
  status: 'under_construction' | 'operating' | 'dissolved' | null;
  /** established / industrial / leased hectares in force at the end. */
  areas: Map<string, string>;
  /** Its central wastewater plant at the end; null when none is recorded by then. */
  plant: { status: PlantStatusValue; designCapacity: string | null; operatingCapacity: string | null } | null;
};

export async function specialZonesAt(ctx: FormContext): Promise<SpecialZoneFact[]> {
  const where = unitFilter(sql`z.admin_unit_id`, ctx.unitIds);
  const [zones, statuses, areas, plants] = await Promise.all([
    rowsOf(
      ctx.db,
      sql`select s.id, s.code, s.name, s.kind, s.decision_no, s.plan_decision_no, z.name as kkt_name
          from special_zones s join economic_zones z on z.id = s.zone_id where ${where}
          order by z.name, s.name, s.code`,
    ),
    rowsOf(
      ctx.db,
      sql`select st.special_zone_id, st.date, st.status from special_zone_statuses st
          join special_zones s on s.id = st.special_zone_id join economic_zones z on z.id = s.zone_id
          where ${where} and st.date <= ${ctx.to} order by st.special_zone_id, st.date`,
    ),
    rowsOf(
      ctx.db,
      sql`select distinct on (a.special_zone_id, a.measure) a.special_zone_id, a.measure, a.value_ha
          from special_zone_areas a join special_zones s on s.id = a.special_zone_id
          join economic_zones z on z.id = s.zone_id
          where ${where} and a.as_of <= ${ctx.to}
          order by a.special_zone_id, a.measure, a.as_of desc`,
    ),
    rowsOf(
      ctx.db,
      sql`select w.special_zone_id, w.date, w.status, w.design_capacity, w.operating_capacity, w.source
          from special_zone_wastewater w join special_zones s on s.id = w.special_zone_id
          join economic_zones z on z.id = s.zone_id
          where ${where} and w.date <= ${ctx.to} order by w.special_zone_id, w.date`,
    ),
  ]);
  const plantRecords = new Map<string, Parameters<typeof plantAsOf>[0]['records'][number][]>();
  for (const w of plants) {
    const id = String(w.special_zone_id);
    plantRecords.set(id, [
      ...(plantRecords.get(id) ?? []),
      {
        date: day(w.date)!,
        status: String(w.status) as PlantStatusValue,
        ...(w.design_capacity !== null ? { designCapacity: String(w.design_capacity) } : {}),
        ...(w.operating_capacity !== null ? { operatingCapacity: String(w.operating_capacity) } : {}),
        source: String(w.source),
      },
    ]);
  }
  const statusesOf = new Map<string, { date: string; status: 'under_construction' | 'operating' | 'dissolved' }[]>();
  for (const s of statuses) {
    const id = String(s.special_zone_id);
    statusesOf.set(id, [
      ...(statusesOf.get(id) ?? []),
      { date: day(s.date)!, status: String(s.status) as 'operating' },
    ]);
  }
  const areasOf = new Map<string, Map<string, string>>();
  for (const a of areas) {
    const id = String(a.special_zone_id);
    const m = areasOf.get(id) ?? new Map<string, string>();
    m.set(String(a.measure), String(a.value_ha));
    areasOf.set(id, m);
  }
  return zones.map((z) => ({
    id: String(z.id),
    code: String(z.code),
    name: String(z.name),
    kind: String(z.kind),
    kktName: String(z.kkt_name),
    decisionNo: str(z.decision_no),
    planDecisionNo: str(z.plan_decision_no),
    status: specialZoneStatusAsOf(statusesOf.get(String(z.id)) ?? [], ctx.to)?.status ?? null,
    areas: areasOf.get(String(z.id)) ?? new Map(),
    plant: plantAsOf({ id: String(z.id), parkId: '', records: plantRecords.get(String(z.id)) ?? [] }, ctx.to),
  }));
}
