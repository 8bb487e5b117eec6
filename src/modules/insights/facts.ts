/**
 * The registry and report facts the briefings and dashboards add up, as SQL over the zone,
 * investment and reporting tables (read only, like the statistics read model). Each query is
 * grouped by the admin unit a record lies in (the unit of its time, `63:24` or `34:24`), so one
 * round of queries answers a province set, the country (the denominator of every share) and the
 * choropleth alike; the caller folds units into sets (set-units.ts).
 *
 * Definitions (national-forms.md §D.5, zones brief §1.3):
 * - a project is valid at the period end when it has an `issued` event on or before that day and
 *   no `revoked`/`terminated` event on or before it; its registered capital is the sum of its
 *   issued and adjusted amounts to that day; FDI/DDI and the main partner are those after its last
 *   event to that day (`origin_after`, `partner_after`);
 * - a park's status on a day is the one its last lifecycle event to that day leads to
 *   (area changes keep it); its established area is the latest `established` or area-change area.
 *
 * These duplicate nothing of the statistics module: when `statistics/facts` lands with the same
 * definitions, these queries are replaced by calls to it.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';

export type Row = Record<string, unknown>;

export async function rowsOf(db: DbOrTx, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Optional narrowing to some parks (a park dashboard) or admin units. */
export type FactFilter = { parkIds?: readonly string[] | null };

const inList = (column: SQL, values: readonly string[]) =>
  values.length === 0
    ? sql`false`
    : sql`${column} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;

/** The admin unit of a project: its park's, else its KKT's (directly or through its special zone). */
const projectPlaces = (filter: FactFilter) => sql`
  select p.id, p.origin_cache, p.park_id, p.sectors,
         coalesce(pk.admin_unit_id, z.admin_unit_id) as unit
  from projects p
  left join industrial_parks pk on pk.id = p.park_id
  left join special_zones sz on sz.id = p.special_zone_id
  left join economic_zones z on z.id = coalesce(p.zone_id, sz.zone_id)
  where ${filter.parkIds ? inList(sql`p.park_id`, filter.parkIds) : sql`true`}`;

/**
 * One row per project with a certificate by `to`: valid or not, FDI/DDI, partner, registered
 * capital in USD and VND (an amount recorded only in the other currency is converted with
 * `rate`, the State Bank USD/VND rate named by the caller).
 */
export const projectStatesAt = (to: string, rate: string | null, filter: FactFilter) => sql`
  select pp.id, pp.unit, pp.park_id, pp.sectors,
         coalesce(ev.origin, pp.origin_cache) as origin, ev.partner, ev.valid, ev.issued_on,
         ev.usd, ev.vnd
  from (${projectPlaces(filter)}) pp
  join (
    select e.project_id,
           bool_or(e.kind = 'issued') and not bool_or(e.kind in ('revoked','terminated')) as valid,
           min(e.date) filter (where e.kind = 'issued') as issued_on,
           sum(coalesce(e.capital_usd, e.capital_vnd / ${rate}::numeric)) filter (where e.kind in ('issued','adjusted')) as usd,
           sum(coalesce(e.capital_vnd, e.capital_usd * ${rate}::numeric)) filter (where e.kind in ('issued','adjusted')) as vnd,
           (array_agg(e.origin_after order by e.date desc, e.seq desc))[1] as origin,
           (array_agg(e.partner_after order by e.date desc, e.seq desc))[1] as partner
    from certificate_events e
    where e.date <= ${to}
    group by e.project_id
  ) ev on ev.project_id = pp.id`;

/** Certificate events dated in [from, to] with their project's place and FDI/DDI after the event. */
export const eventsIn = (from: string, to: string, rate: string | null, filter: FactFilter) => sql`
  select e.id, e.project_id, e.kind, e.date, pp.unit, pp.park_id,
         coalesce(e.origin_after, pp.origin_cache) as origin,
         coalesce(e.capital_usd, e.capital_vnd / ${rate}::numeric) as usd,
         coalesce(e.capital_vnd, e.capital_usd * ${rate}::numeric) as vnd
  from certificate_events e
  join (${projectPlaces(filter)}) pp on pp.id = e.project_id
  where e.date between ${from} and ${to}`;

/** Park status and land on `to`; only parks with a lifecycle event by then. */
export const parkStatesAt = (to: string, filter: FactFilter) => sql`
  select pk.id, pk.code, pk.name, pk.admin_unit_id as unit, st.status,
         ar.area as established, pl.value as planned, ind.value as industrial, ls.value as leased
  from industrial_parks pk
  join lateral (
    select case
             when e.kind = 'planned' and coalesce(e.details->>'approved', 'true') = 'false'
               and not exists (select 1 from park_events a where a.park_id = pk.id and a.kind = 'planned'
                               and a.date <= ${to} and coalesce(a.details->>'approved', 'true') = 'true')
               then 'planned_unapproved'
             when e.kind = 'construction_started' then 'under_construction'
             when e.kind = 'converted_to_urban_service' then 'converted'
             else e.kind end as status
    from park_events e
    where e.park_id = pk.id and e.date <= ${to} and e.kind not in ('area_increased','area_decreased')
    order by e.date desc, e.seq desc limit 1
  ) st on true
  left join lateral (
    select case when e.kind in ('revoked','converted_to_urban_service') then 0
                else coalesce(e.details->>'areaAfter', e.details->>'area')::numeric end as area
    from park_events e
    where e.park_id = pk.id and e.date <= ${to}
      and e.kind in ('established','area_increased','area_decreased','revoked','converted_to_urban_service')
    order by e.date desc, e.seq desc limit 1
  ) ar on true
  ${landJoin('pl', 'planned', to)}
  ${landJoin('ind', 'industrial', to)}
  ${landJoin('ls', 'leased', to)}
  where ${filter.parkIds ? inList(sql`pk.id`, filter.parkIds) : sql`true`}`;

function landJoin(alias: string, measure: string, to: string): SQL {
  return sql`left join lateral (
    select v.value_ha as value from park_land_values v
    where v.park_id = pk.id and v.measure = ${measure} and v.as_of <= ${to}
    order by v.as_of desc limit 1
  ) ${sql.raw(alias)} on true`;
}

/** Economic zones decided by `to` (a zone without a decision date counts as existing). */
export const zonesAt = (to: string) => sql`
  select z.id, z.code, z.name, z.type, z.admin_unit_id as unit, z.decision_date,
         coalesce(z.established_land_ha, 0) + coalesce(z.established_water_ha, 0) as area
  from economic_zones z
  where z.decision_date is null or z.decision_date <= ${to}`;

/**
 * Accepted reports of one type and period with their project's place: the production figures
 * (revenue in the report's currency, export/import in USD, budget in VND, workers).
 */
export const acceptedReports = (typeId: string, period: string, filter: FactFilter) => sql`
  select r.id, r.number, r.project_id, r.currency, r.revenue, r.export_usd, r.import_usd, r.budget_vnd,
         r.workers_domestic, r.workers_foreign, r.workers_female, r.realised_capital, r.accepted_at,
         pp.unit, pp.park_id, pp.origin_cache as origin
  from reports r
  join (${projectPlaces(filter)}) pp on pp.id = r.project_id
  where r.status = 'accepted' and r.type_id = ${typeId} and r.period = ${period}`;

/** Every report of one type and period (any status), for completeness. */
export const reportsOf = (typeId: string, period: string, filter: FactFilter) => sql`
  select r.id, r.project_id, r.status, r.ever_submitted, r.first_submitted_at, pp.unit
  from reports r
  join (${projectPlaces(filter)}) pp on pp.id = r.project_id
  where r.type_id = ${typeId} and r.period = ${period}`;

/**
 * Realised capital recorded for periods that end by `to`, per project (the registry's
 * realised-capital table, fed by accepted reports), in the project's currency.
 */
export const realisedTo = (to: string, filter: FactFilter) => sql`
  select rc.project_id, pp.unit, pp.origin_cache as origin, rc.currency, sum(rc.amount) as amount
  from realised_capital rc
  join (${projectPlaces(filter)}) pp on pp.id = rc.project_id
  where (case when rc.period ~ '^\\d{4}$' then rc.period || '-12-31'
              when rc.period ~ '^\\d{4}-Q[1-4]$' then
                to_char((make_date(substr(rc.period,1,4)::int, substr(rc.period,7,1)::int * 3, 1)
                         + interval '1 month' - interval '1 day')::date, 'YYYY-MM-DD')
              else rc.period || '-31' end) <= ${to}
  group by rc.project_id, pp.unit, pp.origin_cache, rc.currency`;

/** The State Bank USD/VND rate in force on `day` (latest on or before it). */
export const rateOn = (day: string) => sql`
  select rate::text as rate, date::text as date, source from exchange_rates
  where from_currency = 'USD' and to_currency = 'VND' and date <= ${day}
  order by date desc limit 1`;
