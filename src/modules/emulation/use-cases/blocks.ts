import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import type { BlockList, BlockSummary, UnitRef } from '../contract';
import { emulationBlocks, emulationMemberships, emulationPacts, emulationPactTargets } from '../schema';
import { scoringAtAGlance } from './block-scoring';
import { actorProvince, blockTarget, type EmulationDeps, loadUnitRefs } from './common';

export type BlockRow = typeof emulationBlocks.$inferSelect;
export type MembershipRow = typeof emulationMemberships.$inferSelect;

/** A block with everything its access depends on: organiser and the members of one year. */
export type BlockContext = {
  block: BlockRow;
  year: number;
  members: MembershipRow[];
  /** The last earlier year's members, when this year has none. */
  latest: { year: number; members: MembershipRow[] } | null;
  /** Every unit that was ever a member: a Board keeps reading the years it took part in. */
  everMembers: string[];
  units: Map<string, UnitRef>;
  organiser: UnitRef | null;
};

export const currentYear = (deps: EmulationDeps) => Number(todayInVietnam(deps.clock()).slice(0, 4));

/** Provinces allowed to read or manage the block: the organiser's, and (to read, register) every member's. */
export function contextTarget(ctx: BlockContext, who: 'organiser' | 'members' | 'leader' = 'members') {
  const organiserProvince =
    ctx.block.organiserKind === 'province' ? ctx.block.organiserAdminUnitId?.split(':')[1] : null;
  const organiser = [ctx.organiser?.provinceCode, organiserProvince];
  if (who === 'organiser') return blockTarget(ctx.block.organiserKind, organiser);
  if (who === 'leader') {
    const leader = ctx.members.find((m) => m.role === 'leader');
    return blockTarget('none', [leader ? ctx.units.get(leader.unitId)?.provinceCode : null]);
  }
  return blockTarget(ctx.block.organiserKind, [
    ...organiser,
    ...ctx.everMembers.map((u) => ctx.units.get(u)?.provinceCode),
  ]);
}

export async function loadContexts(
  deps: EmulationDeps,
  tx: DbOrTx,
  blocks: BlockRow[],
  year: number,
): Promise<BlockContext[]> {
  if (blocks.length === 0) return [];
  const all = await tx
    .select()
    .from(emulationMemberships)
    .where(
      inArray(
        emulationMemberships.blockId,
        blocks.map((b) => b.id),
      ),
    );
  const members = all.filter((m) => m.year === year);
  const unitIds = [
    ...all.map((m) => m.unitId),
    ...blocks.map((b) => b.organiserUnitId).filter((u): u is string => u !== null),
  ];
  const units = await loadUnitRefs(deps, tx, unitIds);
  return blocks.map((block) => ({
    block,
    year,
    members: members.filter((m) => m.blockId === block.id),
    everMembers: [...new Set(all.filter((m) => m.blockId === block.id).map((m) => m.unitId))],
    latest: latestBefore(
      all.filter((m) => m.blockId === block.id),
      year,
    ),
    units,
    organiser: block.organiserUnitId ? (units.get(block.organiserUnitId) ?? null) : null,
  }));
}

function latestBefore(rows: MembershipRow[], year: number): BlockContext['latest'] {
  if (rows.some((m) => m.year === year)) return null;
  const earlier = rows.filter((m) => m.year < year).map((m) => m.year);
  if (earlier.length === 0) return null;
  const last = Math.max(...earlier);
  return { year: last, members: rows.filter((m) => m.year === last) };
}

/** One block's context for a year, checked against `action` (404 when it does not exist). */
export async function blockContext(
  deps: EmulationDeps,
  tx: DbOrTx,
  actor: Actor,
  id: string,
  year: number,
  action: 'emulation:read' | 'emulation:manage' = 'emulation:read',
): Promise<BlockContext> {
  const [block] = await tx.select().from(emulationBlocks).where(eq(emulationBlocks.id, id));
  if (!block) throw notFound('khối thi đua', 'emulation block');
  const [ctx] = await loadContexts(deps, tx, [block], year);
  authorize(actor, action, contextTarget(ctx!, action === 'emulation:manage' ? 'organiser' : 'members'));
  return ctx!;
}

export function summarise(actor: Actor, ctx: BlockContext): BlockSummary {
  const role = (r: string) => {
    const m = ctx.members.find((x) => x.role === r);
    return m ? (ctx.units.get(m.unitId) ?? null) : null;
  };
  const leader = role('leader');
  const own = actorProvince(actor);
  return {
    id: ctx.block.id,
    code: ctx.block.code,
    kind: ctx.block.kind as BlockSummary['kind'],
    name: ctx.block.name,
    organiserKind: ctx.block.organiserKind as BlockSummary['organiserKind'],
    organiser: ctx.organiser,
    memberKind: ctx.block.memberKind as BlockSummary['memberKind'],
    foundedOn: ctx.block.foundedOn,
    basis: ctx.block.basis,
    year: ctx.year,
    memberCount: ctx.members.filter((m) => m.leftOn === null).length,
    latest: ctx.latest
      ? {
          year: ctx.latest.year,
          memberCount: ctx.latest.members.filter((m) => m.leftOn === null).length,
          leader: ((id) => (id ? (ctx.units.get(id) ?? null) : null))(
            ctx.latest.members.find((m) => m.role === 'leader')?.unitId,
          ),
        }
      : null,
    leader,
    deputy: role('deputy'),
    canManage: isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser')),
    isLeader: own !== null && leader?.provinceCode === own,
  };
}

/** Every block the reader may see, with the year's leader and deputy (the ministry: all of them). */
export async function listBlocks(
  deps: EmulationDeps,
  actor: Actor,
  q: { year?: number; kind?: BlockSummary['kind'] },
): Promise<BlockList> {
  authorize(actor, 'emulation:read');
  const year = q.year ?? currentYear(deps);
  const rows = await deps.db
    .select()
    .from(emulationBlocks)
    .where(q.kind ? eq(emulationBlocks.kind, q.kind) : undefined)
    .orderBy(asc(emulationBlocks.kind), asc(emulationBlocks.name));
  const contexts = await loadContexts(deps, deps.db, rows, year);
  const visible = contexts.filter((ctx) => isAllowed(actor, 'emulation:read', contextTarget(ctx)));
  const pacts = visible.length
    ? await deps.db
        .select({ pact: emulationPacts, registered: count(emulationPactTargets.id) })
        .from(emulationPacts)
        .leftJoin(emulationPactTargets, eq(emulationPactTargets.pactId, emulationPacts.id))
        .where(
          and(
            eq(emulationPacts.year, year),
            inArray(
              emulationPacts.blockId,
              visible.map((c) => c.block.id),
            ),
          ),
        )
        .groupBy(emulationPacts.id)
    : [];
  const scoring = await scoringAtAGlance(deps.db, visible, year);
  return {
    year,
    items: visible.map((ctx) => {
      const found = pacts.find((p) => p.pact.blockId === ctx.block.id);
      const members = ctx.members.filter((m) => m.leftOn === null).length;
      return {
        ...summarise(actor, ctx),
        pact: found ? { signedOn: found.pact.signedOn, registered: Number(found.registered), members } : null,
        scoring: scoring.get(ctx.block.id) ?? null,
      };
    }),
  };
}
