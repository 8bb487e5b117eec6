import { asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { DbOrTx } from '../../../platform/db/client';
import type { BlockDetail, BlockYearView, MemberView, UnitRef } from '../contract';
import { rotate } from '../rotation';
import { emulationBlockYears, emulationMemberships, emulationUnits } from '../schema';
import { type BlockContext, blockContext, currentYear, type MembershipRow, summarise } from './blocks';
import { type EmulationDeps, loadUnitRefs } from './common';

const ROLE_ORDER = { leader: 0, deputy: 1, member: 2 } as const;

/** A Board's own GSO code (`board:63:27` → 27), the key of the turn; other units follow their province. */
const turnKey = (u: UnitRef) => (u.kind === 'board' ? u.code.split(':').pop()! : (u.provinceCode ?? '99'));

/** Members in the block's rotation order: by GSO code (north to south, as the statistics office numbers them), then name. */
export function rotationOrder(members: readonly MembershipRow[], units: Map<string, UnitRef>): string[] {
  return members
    .filter((m) => m.leftOn === null)
    .map((m) => units.get(m.unitId)!)
    .sort((a, b) => turnKey(a).localeCompare(turnKey(b)) || a.name.localeCompare(b.name, 'vi'))
    .map((u) => u.id);
}

/** Successor links of every unit (a merged Board → the new Board), for the rotation to follow. */
export async function successorMap(tx: DbOrTx): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: emulationUnits.id, successor: emulationUnits.successorId })
    .from(emulationUnits)
    .where(eq(emulationUnits.kind, 'board'));
  return new Map(rows.filter((r) => r.successor !== null).map((r) => [r.id, r.successor!]));
}

/**
 * Next year's members as the rotation gives them: this year's members at the year end, a unit that
 * will have ceased by next year replaced by its successor, in rotation order, with the new roles.
 */
export async function nextYear(deps: EmulationDeps, tx: DbOrTx, ctx: BlockContext) {
  const successors = await successorMap(tx);
  const ceased = new Set(
    (await tx.select({ id: emulationUnits.id, validTo: emulationUnits.validTo }).from(emulationUnits))
      .filter((u) => u.validTo !== null && u.validTo < `${ctx.year + 1}-12-31`)
      .map((u) => u.id),
  );
  const carried = new Set<string>();
  for (const m of ctx.members.filter((x) => x.leftOn === null)) {
    let unit = m.unitId;
    while (ceased.has(unit) && successors.has(unit)) unit = successors.get(unit)!;
    if (!ceased.has(unit)) carried.add(unit);
  }
  const units = await loadUnitRefs(deps, tx, [...carried]);
  const fake = [...carried].map((unitId) => ({ unitId, leftOn: null }) as MembershipRow);
  const order = rotationOrder(fake, units);
  const role = (r: string) => ctx.members.find((m) => m.role === r)?.unitId ?? null;
  const roles = rotate({
    order,
    previous: { leader: role('leader'), deputy: role('deputy') },
    successorOf: (u) => successors.get(u) ?? null,
  });
  return { year: ctx.year + 1, order, roles, units };
}

export async function getBlock(deps: EmulationDeps, actor: Actor, id: string, year?: number): Promise<BlockDetail> {
  const db = deps.db;
  const ctx = await blockContext(deps, db, actor, id, year ?? currentYear(deps));
  const all = await db
    .select()
    .from(emulationMemberships)
    .where(eq(emulationMemberships.blockId, id))
    .orderBy(desc(emulationMemberships.year));
  const years = await db.select().from(emulationBlockYears).where(eq(emulationBlockYears.blockId, id));
  const units = await loadUnitRefs(deps, db, [
    ...all.map((m) => m.unitId),
    ...years.map((y) => y.conferenceHostUnitId).filter((u): u is string => u !== null),
  ]);
  const history: BlockYearView[] = [...new Set(all.map((m) => m.year))].map((y) => {
    const rows = all.filter((m) => m.year === y);
    const info = years.find((x) => x.year === y);
    const pick = (r: string) => {
      const m = rows.find((x) => x.role === r);
      return m ? (units.get(m.unitId) ?? null) : null;
    };
    const leader = pick('leader');
    return {
      year: y,
      memberCount: rows.filter((m) => m.leftOn === null).length,
      leader,
      deputy: pick('deputy'),
      conferenceHost: info?.conferenceHostUnitId ? (units.get(info.conferenceHostUnitId) ?? null) : leader,
      conferenceOn: info?.conferenceOn ?? null,
      conferencePlace: info?.conferencePlace ?? null,
      rotationBasis: info?.rotationBasis ?? null,
    };
  });
  const members: MemberView[] = ctx.members
    .map((m) => ({
      unit: ctx.units.get(m.unitId)!,
      role: m.role as MemberView['role'],
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.unit.name.localeCompare(b.unit.name, 'vi'));
  const summary = summarise(actor, ctx);
  // The rotation the organiser may open: next year from this one, or this (still empty) year from the last.
  let from: BlockContext | null = null;
  if (summary.canManage && ctx.members.length > 0 && !all.some((m) => m.year === ctx.year + 1)) from = ctx;
  else if (summary.canManage && ctx.members.length === 0 && all.some((m) => m.year === ctx.year - 1)) {
    from = await blockContext(deps, db, actor, id, ctx.year - 1);
  }
  let proposal: BlockDetail['proposal'] = null;
  if (from) {
    const next = await nextYear(deps, db, from);
    const ref = (u: string | null) => (u ? (next.units.get(u) ?? null) : null);
    proposal = { year: next.year, leader: ref(next.roles.leader), deputy: ref(next.roles.deputy) };
  }
  return { ...summary, members, history, proposal };
}

/** Years of a block in ascending order with their members (for the export). */
export async function blockYears(db: DbOrTx, id: string) {
  return db
    .select()
    .from(emulationMemberships)
    .where(eq(emulationMemberships.blockId, id))
    .orderBy(asc(emulationMemberships.year));
}
