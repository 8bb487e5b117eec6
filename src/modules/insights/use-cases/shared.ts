import { sql } from 'drizzle-orm';
import { AppError, notFound } from '../../../kernel/errors';
import { type Period, parsePeriod } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import type { AdminIndex } from '../../geo/admin-units';
import type { GeoService } from '../../geo/service';
import { rowsOf } from '../facts';
import { resolveUnitSet, type UnitSet } from '../set-units';

export type InsightsDeps = { db: Db; clock: () => Date; geo: GeoService };

/** Briefings and dashboards cover quarters and years (the report periods of Decree 31/2021 Art. 102). */
export function readPeriod(text: string): Period {
  const p = parsePeriod(text);
  if (p.kind !== 'quarter' && p.kind !== 'year') {
    throw new AppError('VALIDATION_FAILED', 'Kỳ là một quý hoặc một năm.', 'A period is a quarter or a year.');
  }
  return p;
}

/** The 34-edition code of the province a unit lies in (an old unit answers with its successor). */
export function provinceCodeOfUnit(ix: AdminIndex, unitId: string): string | null {
  return ix.currentEquivalent(unitId, '2099-12-31')?.code ?? null;
}

/**
 * A set the caller may read: the ministry any; a Board its own province (of either edition: the old
 * units it was formed from count as its province); regions, named sets and the country are the
 * ministry's.
 */
export function authorizedSet(ix: AdminIndex, actor: Actor, selector: string): UnitSet {
  authorize(actor, 'insights:read');
  const set = resolveUnitSet(ix, selector);
  const provinceCode = set.kind === 'province' ? provinceCodeOfUnit(ix, set.members[0]!.id) : null;
  authorize(actor, 'insights:read', { kind: 'record', provinceCode, enterpriseIds: [] });
  return set;
}

export type ParkRef = { id: string; name: string; provinceCode: string | null; developerId: string | null };

export async function parksByIds(deps: InsightsDeps, ix: AdminIndex, ids: readonly string[]): Promise<ParkRef[]> {
  if (ids.length === 0) return [];
  const rows = await rowsOf(
    deps.db,
    sql`select id, name, admin_unit_id, developer_enterprise_id from industrial_parks where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) order by name`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    provinceCode: provinceCodeOfUnit(ix, String(r.admin_unit_id)),
    developerId: r.developer_enterprise_id === null ? null : String(r.developer_enterprise_id),
  }));
}

/** The parks a developer develops (its dashboard covers them all unless one is chosen). */
export async function parksOfDeveloper(deps: InsightsDeps, ix: AdminIndex, enterpriseId: string): Promise<ParkRef[]> {
  const rows = await rowsOf(
    deps.db,
    sql`select id from industrial_parks where developer_enterprise_id = ${enterpriseId} order by name`,
  );
  return parksByIds(
    deps,
    ix,
    rows.map((r) => String(r.id)),
  );
}

export async function onePark(deps: InsightsDeps, ix: AdminIndex, actor: Actor, id: string): Promise<ParkRef> {
  const [park] = await parksByIds(deps, ix, [id]);
  if (!park) throw notFound('khu công nghiệp', 'Industrial park');
  authorize(actor, 'insights:read', {
    kind: 'record',
    provinceCode: park.provinceCode,
    enterpriseIds: park.developerId ? [park.developerId] : [],
  });
  return park;
}

export const unitNamer = (ix: AdminIndex) => (id: string) => ix.unit(id)?.name ?? id;
