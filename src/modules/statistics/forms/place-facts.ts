/**
 * The place facts of a scope as of the end of a period, read in SQL from the zone registry (a
 * read model: never written here) and folded by the registry's own "as of" rules (zones/contract):
 * parks with their events, land, infrastructure completion and developer; KKTs with their
 * functional areas; special zones with status and areas; wastewater plants with their records.
 * The scope is the admin unit a park or KKT was recorded in (FormContext.unitIds, null = country).
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  establishedSeriesFromEvents,
  type LandValue,
  LOCATION_CLASS_BY_KKT_TYPE,
  type LocationClass,
  landAsOf,
  type ParkEvent,
  type ParkStatus,
  parkStatusAsOf,
} from '../../zones/contract';
import { day, inList, inUuids, rowsOf, str } from '../facts/sql';
import type { FormContext } from './definition';

const unitFilter = (column: SQL, unitIds: FormContext['unitIds']) =>
  unitIds === null ? sql`true` : inList(column, unitIds);

export type ParkLandAt = {
  planned: LandValue | null;
  established: LandValue | null;
  industrial: LandValue | null;
  leased: LandValue | null;
  handed_over: LandValue | null;
};

export type ParkFact = {
  id: string;
  code: string;
  name: string;
  unitName: string | null;
  commune: string | null;
  locationClass: LocationClass;
  parentZoneId: string | null;
  developerName: string | null;
  infraProjectId: string | null;
  infraProjectName: string | null;
  leaseTermYears: number | null;
  /** Events dated up to the period's end, in order, with their stored sequence number. */
  events: (ParkEvent & { seq: number })[];
  status: ParkStatus | null;
  land: ParkLandAt;
  /** Infrastructure completion (%) in force at the end. */
  progress: LandValue | null;
};

/** "Xã A, Tỉnh B": the commune and the province unit the park was recorded in. */
export const addressOf = (p: { commune: string | null; unitName: string | null }) =>
  [p.commune, p.unitName].filter(Boolean).join(', ') || null;

function toEvent(r: Record<string, unknown>): ParkEvent & { seq: number } {
  const details = (r.details ?? {}) as Record<string, unknown>;
  const decision = r.decision_no
    ? {
        number: String(r.decision_no),
        date: day(r.decision_date) ?? day(r.date)!,
        ...(r.decision_issuer ? { issuer: String(r.decision_issuer) } : {}),
      }
    : undefined;
  return {
    seq: Number(r.seq),
    kind: String(r.kind),
    date: day(r.date)!,
    ...(decision ? { decision } : {}),
    ...details,
    ...(details.area !== undefined ? { area: String(details.area) } : {}),
    ...(details.areaBefore !== undefined ? { areaBefore: String(details.areaBefore) } : {}),
    ...(details.areaAfter !== undefined ? { areaAfter: String(details.areaAfter) } : {}),
    approved: details.approved === true,
  } as unknown as ParkEvent & { seq: number };
}

const asValue = (r: Record<string, unknown>, column: string): LandValue => ({
  date: day(r.as_of)!,
  value: str(r[column])!,
  source: String(r.source),
});

/**
 * Every park of the scope with its state at `ctx.to` (parks with no event by then have status null).
 * `changedFrom`: only the parks with a lifecycle event dated from that day to the end (2102 lists the
 * period's events: reading every park's history for the few that changed costs ~0.3 s country-wide).
 */
export async function parksAt(ctx: FormContext, options: { changedFrom?: string } = {}): Promise<ParkFact[]> {
  const changed = options.changedFrom
    ? sql`and exists (select 1 from park_events c where c.park_id = p.id and c.date between ${options.changedFrom} and ${ctx.to})`
    : sql``;
  const inScope = sql`select p.id from industrial_parks p where ${unitFilter(sql`p.admin_unit_id`, ctx.unitIds)} ${changed}`;
  const [parks, events, land, progress] = await Promise.all([
    rowsOf(
      ctx.db,
      // The infrastructure project is the park's link when set, else its project of type
      // infrastructure (the registry records the project in the park either way). Looked up per
      // park (lateral, kept apart by its `limit`): a plain join hashes every project of the country.
      sql`select p.id, p.code, p.name, p.commune, p.parent_zone_id, ip.id as infrastructure_project_id,
                 p.land_lease_term_years, z.type as kkt_type, u.name as unit_name,
                 e.name_vi as developer_name, ip.name as infra_name
          from industrial_parks p
          left join economic_zones z on z.id = p.parent_zone_id
          left join geo_admin_units u on u.id = p.admin_unit_id
          left join enterprises e on e.id = p.developer_enterprise_id
          left join lateral (
            select ip.id, ip.name from projects ip where ip.id = coalesce(p.infrastructure_project_id, (
              select x.id from projects x where x.park_id = p.id and x.type = 'infrastructure'
              order by x.project_code limit 1))
            limit 1
          ) ip on true
          where p.id in (${inScope})
          order by p.name, p.code`,
    ),
    rowsOf(
      ctx.db,
      sql`select park_id, seq, kind, date, decision_no, decision_date, decision_issuer, details
          from park_events where park_id in (${inScope}) and date <= ${ctx.to}
          order by park_id, seq`,
    ),
    rowsOf(
      ctx.db,
      sql`select distinct on (park_id, measure) park_id, measure, as_of, value_ha, source
          from park_land_values where park_id in (${inScope}) and as_of <= ${ctx.to}
          order by park_id, measure, as_of desc`,
    ),
    rowsOf(
      ctx.db,
      sql`select distinct on (park_id) park_id, as_of, completion_pct, source
          from park_infrastructure_progress where park_id in (${inScope}) and as_of <= ${ctx.to}
          order by park_id, as_of desc`,
    ),
  ]);
  const eventsOf = new Map<string, (ParkEvent & { seq: number })[]>();
  for (const r of events) {
    const id = String(r.park_id);
    const list = eventsOf.get(id) ?? [];
    list.push(toEvent(r));
    eventsOf.set(id, list);
  }
  const landOf = new Map<string, Record<string, LandValue>>();
  for (const r of land) {
    const id = String(r.park_id);
    landOf.set(id, { ...landOf.get(id), [String(r.measure)]: asValue(r, 'value_ha') });
  }
  const progressOf = new Map(progress.map((r) => [String(r.park_id), asValue(r, 'completion_pct')]));

  return parks.map((r) => {
    const id = String(r.id);
    const evs = eventsOf.get(id) ?? [];
    const recorded = landOf.get(id) ?? {};
    // The established area has one source of truth, the lifecycle (as the park page reads it):
    // a value recorded by hand only for a park established before its events were kept.
    const established = landAsOf(
      [...(recorded.established ? [recorded.established] : []), ...establishedSeriesFromEvents(evs)],
      ctx.to,
    );
    const kktType = str(r.kkt_type) as keyof typeof LOCATION_CLASS_BY_KKT_TYPE | null;
    return {
      id,
      code: String(r.code),
      name: String(r.name),
      unitName: str(r.unit_name),
      commune: str(r.commune),
      locationClass: kktType ? LOCATION_CLASS_BY_KKT_TYPE[kktType] : 'outside_kkt',
      parentZoneId: str(r.parent_zone_id),
      developerName: str(r.developer_name),
      infraProjectId: str(r.infrastructure_project_id),
      infraProjectName: str(r.infra_name),
      leaseTermYears: r.land_lease_term_years === null ? null : Number(r.land_lease_term_years),
      events: evs,
      status: parkStatusAsOf(evs, ctx.to)?.status ?? null,
      land: {
        planned: recorded.planned ?? null,
        established,
        industrial: recorded.industrial ?? null,
        leased: recorded.leased ?? null,
        handed_over: recorded.handed_over ?? null,
      },
      progress: progressOf.get(id) ?? null,
    };
  });
}

/** Certificate events (number, document, date) of the given projects up to the end, in order. */
export async function certificatesOf(
  ctx: FormContext,
  projectIds: readonly string[],
): Promise<Map<string, { kind: string; date: string; certificateNo: string | null; documentNo: string | null }[]>> {
  const out = new Map<
    string,
    { kind: string; date: string; certificateNo: string | null; documentNo: string | null }[]
  >();
  if (projectIds.length === 0) return out;
  const rows = await rowsOf(
    ctx.db,
    sql`select project_id, kind, date, certificate_no, document_no from certificate_events
        where ${inUuids(sql`project_id`, projectIds)} and date <= ${ctx.to} order by project_id, seq`,
  );
  for (const r of rows) {
    const id = String(r.project_id);
    out.set(id, [
      ...(out.get(id) ?? []),
      {
        kind: String(r.kind),
        date: day(r.date)!,
        certificateNo: str(r.certificate_no),
        documentNo: str(r.document_no),
      },
    ]);
  }
  return out;
}

/** The certificate number in force on `date`: of the last issue or re-issue dated up to it. */
export function certificateOn(
  events: readonly { kind: string; date: string; certificateNo: string | null; documentNo: string | null }[],
  date: string,
): string | null {
  let found: string | null = null;
  for (const e of events) {
    if (e.date > date) break;
    if ((e.kind === 'issued' || e.kind === 'reissued') && (e.certificateNo ?? e.documentNo)) {
      found = e.certificateNo ?? e.documentNo;
    }
  }
  return found;
}

/** Vietnamese country names of ISO alpha-2 codes, joined the way the forms print several. */
export async function countryNames(ctx: FormContext): Promise<Map<string, string>> {
  const rows = await rowsOf(ctx.db, sql`select alpha2, name_vi from ref_countries`);
  return new Map(rows.map((r) => [String(r.alpha2), String(r.name_vi)]));
}

export const joinDistinct = (values: readonly (string | null | undefined)[]): string | null => {
  const list = [...new Set(values.filter((v): v is string => !!v))];
  return list.length ? list.join(', ') : null;
};
