/**
 * Shared SQL pieces of the national forms: raw rows, `in (…)` lists, the place of a project (its
 * park or KKT, the admin unit that puts it in a scope, its location class) and the last day of a
 * stored period code. Read-only over the zones, investment and reporting tables.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { FormContext } from '../forms/definition';

export type Row = Record<string, unknown>;

export async function rowsOf(db: DbOrTx, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Both drivers parse jsonb; a driver that hands back text is parsed here. */
export function jsonbValue<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export const inList = (column: SQL, values: readonly string[]) =>
  values.length === 0
    ? sql`false`
    : sql`${column} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;

/**
 * `column` among many uuids as one bound text parameter: thousands of ids cost one parameter (an
 * `in (…)` list binds each, and both drivers pay per parameter), and the planner reads the array.
 */
export const inUuids = (column: SQL, ids: readonly string[]) =>
  ids.length === 0 ? sql`false` : sql`${column} = any(string_to_array(${ids.join(',')}, ',')::uuid[])`;

/** A numeric/text column as a decimal string (null stays null); drivers differ in what they return. */
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const day = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/**
 * Where a project lies (national-forms.md §A): in a park (`outside` any KKT, or inside a `coastal`,
 * `border_gate` or `specialised` KKT, by the KKT's type), or in the area of a KKT outside its parks
 * (`kkt_area`, directly or through one of its special zones).
 */
export type LocationClass = 'outside' | 'coastal' | 'border_gate' | 'specialised';
export const LOCATION_CLASSES: readonly LocationClass[] = ['outside', 'coastal', 'border_gate', 'specialised'];

export type ProjectPlace = {
  projectId: string;
  projectCode: string;
  name: string;
  enterpriseId: string | null;
  type: 'infrastructure' | 'production_business';
  parkId: string | null;
  parkName: string | null;
  kktId: string | null;
  kktName: string | null;
  kktType: 'coastal' | 'border_gate' | 'specialised' | null;
  /** A park project's location class; null for a project in a KKT area outside parks. */
  locationClass: LocationClass | null;
  unitId: string | null;
  operationStartedOn: string | null;
  originCache: 'FDI' | 'DDI';
  sectors: string[];
  landAreaHa: string | null;
};

/**
 * Every project of the scope with its place: the admin unit is its park's, else its KKT's (the
 * unit of its time, so a 2024 scope lists the 63-edition units, FormContext.unitIds).
 */
export const projectPlaces = (unitIds: FormContext['unitIds'], within?: FormContext['within']) => sql`
  select p.id as project_id, p.project_code, p.name, p.enterprise_id, p.type, p.park_id, pk.name as park_name,
         z.id as kkt_id, z.name as kkt_name, z.type as kkt_type,
         coalesce(pk.admin_unit_id, z.admin_unit_id) as unit_id,
         p.operation_started_on, p.origin_cache, p.sectors, p.land_area_ha, p.special_zone_id
  from projects p
  left join industrial_parks pk on pk.id = p.park_id
  left join special_zones sz on sz.id = p.special_zone_id
  left join economic_zones z on z.id = coalesce(pk.parent_zone_id, p.zone_id, sz.zone_id)
  where ${unitIds === null ? sql`true` : sql`${inList(sql`coalesce(pk.admin_unit_id, z.admin_unit_id)`, unitIds)} and ${placedIn(unitIds)}`}
    and ${within === 'kkt' ? sql`z.id is not null` : within === 'kkt_area' ? sql`p.park_id is null and z.id is not null` : sql`true`}`;

/**
 * The projects whose park, KKT or special zone lies in one of the units, as three index lookups:
 * a superset of the projects placed in them (`projectPlaces` keeps its exact condition too), so a
 * province's read starts from its projects instead of scanning the country's.
 */
const placedIn = (unitIds: readonly string[]) => sql`(
  p.park_id = any(array(select id from industrial_parks where ${inList(sql`admin_unit_id`, unitIds)}))
  or p.zone_id = any(array(select id from economic_zones where ${inList(sql`admin_unit_id`, unitIds)}))
  or p.special_zone_id = any(array(select s.id from special_zones s join economic_zones sz on sz.id = s.zone_id
                                   where ${inList(sql`sz.admin_unit_id`, unitIds)})))`;

export function placeOf(r: Row): ProjectPlace {
  const parkId = str(r.park_id);
  const kktType = str(r.kkt_type) as ProjectPlace['kktType'];
  return {
    projectId: String(r.project_id),
    projectCode: String(r.project_code),
    name: String(r.name),
    enterpriseId: str(r.enterprise_id),
    type: String(r.type) as ProjectPlace['type'],
    parkId,
    parkName: str(r.park_name),
    kktId: str(r.kkt_id),
    kktName: str(r.kkt_name),
    kktType,
    locationClass: parkId === null ? null : (kktType ?? 'outside'),
    unitId: str(r.unit_id),
    operationStartedOn: day(r.operation_started_on),
    originCache: String(r.origin_cache) as 'FDI' | 'DDI',
    sectors: (r.sectors as string[] | null) ?? [],
    landAreaHa: str(r.land_area_ha),
  };
}

/** The last day of a stored period code ('2024', '2024-H1', '2024-Q3', '2024-07'), as a date (SQL function of migration 0014). */
export const periodEndOf = (column: SQL) => sql`period_last_day(${column})`;
