/**
 * Which projects an actor may see, and the record target of a project for `authorize`:
 * the province its park or zone lies in today, its enterprise and the developer of its park.
 * List filters are built from the same answers, so a project missing from a list is exactly a
 * project `authorize` would refuse.
 */
import { and, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Target } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { projects } from '../schema';
import { type Ctx, todayOf } from './common';
import { type PlaceKey, type PlaceKind, type PlaceScope, placeKey } from './places';

type ProjectRow = typeof projects.$inferSelect;

export const keyOfProject = (r: Pick<ProjectRow, 'locationKind' | 'parkId' | 'zoneId'>): PlaceKey => ({
  kind: r.locationKind as PlaceKind,
  parkId: r.locationKind === 'park' ? r.parkId : null,
  zoneId: r.locationKind === 'park' ? null : r.zoneId,
});

export const targetFor = (enterpriseId: string | null, place: PlaceScope | null): Target => ({
  kind: 'record',
  provinceCode: place?.provinceCode ?? null,
  enterpriseIds: [enterpriseId, place?.developerEnterpriseId ?? null].filter((x): x is string => x !== null),
});

/** A condition on `projects` matching the projects located in one of these places. */
export function locatedIn(places: readonly PlaceScope[]): SQL {
  const parkIds = places.filter((p) => p.kind === 'park' && p.parkId).map((p) => p.parkId!);
  const zoneIds = [...new Set(places.filter((p) => p.kind !== 'park' && p.zoneId).map((p) => p.zoneId!))];
  const parts: SQL[] = [];
  if (parkIds.length) parts.push(and(eq(projects.locationKind, 'park'), inArray(projects.parkId, parkIds))!);
  if (zoneIds.length) parts.push(and(ne(projects.locationKind, 'park'), inArray(projects.zoneId, zoneIds))!);
  return parts.length ? or(...parts)! : sql`false`;
}

export function projectScope(ctx: Ctx) {
  const { db, geo, places } = ctx;

  /**
   * Every place a project can lie in, with its scope. A KKT place stands for projects in the zone
   * and in its special zones alike (`locatedIn` matches both by zone id).
   */
  const usedPlaces = (): Promise<PlaceScope[]> => places.all();

  async function targetOf(row: ProjectRow): Promise<{ target: Target; place: PlaceScope | null }> {
    const place = await places.of(keyOfProject(row));
    return { target: targetFor(row.enterpriseId, place), place };
  }

  return {
    targetOf,

    async targetsOf(projectIds: readonly string[], tx: DbOrTx = db): Promise<Target[]> {
      if (projectIds.length === 0) return [];
      const rows = await tx
        .select()
        .from(projects)
        .where(inArray(projects.id, [...projectIds]));
      const found = await places.many(rows.map(keyOfProject));
      return rows.map((r) => targetFor(r.enterpriseId, found.get(placeKey(keyOfProject(r))) ?? null));
    },

    /** 'all' for the ministry and the system; otherwise a condition on `projects`. */
    async visibleProjects(actor: Actor): Promise<SQL | 'all'> {
      if (actor.kind === 'system') return 'all';
      if (actor.kind !== 'user') return sql`false`;
      switch (actor.role) {
        case 'ministry':
          return 'all';
        case 'board_leader':
        case 'board_officer': {
          const code = actor.scope.provinceCode;
          if (!code) return sql`false`;
          return locatedIn((await usedPlaces()).filter((p) => p.provinceCode === code));
        }
        case 'developer':
        case 'enterprise': {
          const id = actor.scope.enterpriseId;
          if (!id) return sql`false`;
          const developed = (await usedPlaces()).filter((p) => p.developerEnterpriseId === id);
          return or(eq(projects.enterpriseId, id), locatedIn(developed))!;
        }
        default:
          return sql`false`;
      }
    },

    /** Projects whose park or zone lies, on `date`, in the province with this code. */
    async inProvince(code: string, date: string): Promise<SQL> {
      const units = new Set(await geo.unitIdsIn(code, date));
      return locatedIn((await usedPlaces()).filter((p) => units.has(p.adminUnitId)));
    },

    /** Projects in this KKT: outside its parks, or in one of its parks. */
    async inZone(zoneId: string): Promise<SQL> {
      const parks = (await usedPlaces()).filter((p) => p.kind === 'park' && p.zoneId === zoneId);
      return or(and(ne(projects.locationKind, 'park'), eq(projects.zoneId, zoneId)), locatedIn(parks))!;
    },

    today: () => todayOf(ctx),
  };
}

export type ProjectScope = ReturnType<typeof projectScope>;
