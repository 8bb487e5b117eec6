import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Target } from '../../../platform/auth/policy';
import type { Db, DbOrTx } from '../../../platform/db/client';
import type { GeoService } from '../../geo/service';
import type { UnitRef } from '../contract';
import { emulationUnits } from '../schema';

export type EmulationDeps = {
  db: Db;
  clock: () => Date;
  geo: Pick<GeoService, 'provinceCodeOf' | 'getIndex'>;
};

export type UnitRow = typeof emulationUnits.$inferSelect;

/** A unit's post-2025 province: its own (an old Board: the province it merged into), else its parent's. */
export async function provinceOfUnit(
  deps: EmulationDeps,
  unit: UnitRow,
  parent?: UnitRow | null,
): Promise<string | null> {
  const adminUnitId = unit.adminUnitId ?? parent?.adminUnitId ?? null;
  return adminUnitId ? deps.geo.provinceCodeOf(adminUnitId) : null;
}

/** Units by id with the province each rolls up to, for references and scope checks. */
export async function loadUnitRefs(
  deps: EmulationDeps,
  tx: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, UnitRef>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select().from(emulationUnits).where(inArray(emulationUnits.id, wanted));
  const parentIds = rows.map((r) => r.parentId).filter((p): p is string => p !== null);
  const parents = parentIds.length
    ? new Map(
        (await tx.select().from(emulationUnits).where(inArray(emulationUnits.id, parentIds))).map((p) => [p.id, p]),
      )
    : new Map<string, UnitRow>();
  const out = new Map<string, UnitRef>();
  for (const r of rows) {
    out.set(r.id, toUnitRef(r, await provinceOfUnit(deps, r, r.parentId ? parents.get(r.parentId) : null)));
  }
  return out;
}

export function toUnitRef(r: UnitRow, provinceCode: string | null): UnitRef {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind as UnitRef['kind'],
    name: r.name,
    shortName: r.shortName,
    provinceCode,
  };
}

/** The policy target of a block: the provinces of its organiser and members, and whether the ministry runs it. */
export function blockTarget(organiserKind: string, provinceCodes: Iterable<string | null | undefined>): Target {
  const codes = [...new Set([...provinceCodes].filter((c): c is string => !!c))];
  return { kind: 'emulation', provinceCodes: codes, ministryOrganised: organiserKind === 'ministry' };
}

/** The province whose Board the actor works for (null for the ministry and the system). */
export function actorProvince(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.scope.provinceCode : null;
}
