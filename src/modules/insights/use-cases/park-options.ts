import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { ParkOptions } from '../contract';
import { rowsOf } from '../facts';
import { provinceSet } from '../set-units';
import { type InsightsDeps, type ParkRef, parksByIds, parksOfDeveloper } from './shared';

const toOption = (p: ParkRef) => ({ id: p.id, name: p.name, provinceCode: p.provinceCode });

/**
 * The parks whose dashboard the caller may open (the dashboard's park picker): a developer the
 * parks it develops, and nothing else; a Board the parks of its province; the ministry those of
 * the province it names (the whole country's hundreds of parks are picked through a province).
 */
export async function parkOptions(
  deps: InsightsDeps,
  actor: Actor,
  query: { province?: string },
): Promise<ParkOptions> {
  authorize(actor, 'insights:read');
  const ix = await deps.geo.getIndex();
  if (actor.kind === 'user' && actor.role === 'developer') {
    const parks = actor.scope.enterpriseId ? await parksOfDeveloper(deps, ix, actor.scope.enterpriseId) : [];
    return { items: parks.map(toOption) };
  }
  const own = actor.kind === 'user' && actor.role !== 'ministry' ? actor.scope.provinceCode : null;
  const code = query.province ?? own;
  if (!code) return { items: [] };
  authorize(actor, 'insights:read', { kind: 'province', code });
  const units = [...(provinceSet(ix, code).unitIds ?? [])];
  if (units.length === 0) return { items: [] };
  const rows = await rowsOf(
    deps.db,
    sql`select id from industrial_parks where admin_unit_id in (${sql.join(
      units.map((u) => sql`${u}`),
      sql`, `,
    )})`,
  );
  const parks = await parksByIds(
    deps,
    ix,
    rows.map((r) => String(r.id)),
  );
  return { items: parks.map(toOption) };
}
