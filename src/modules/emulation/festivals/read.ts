import { asc, desc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import { isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import type { UnitRef } from '../contract';
import { emulationBlocks, emulationPeople } from '../schema';
import { type BlockContext, blockContext, contextTarget, currentYear, loadContexts } from '../use-cases/blocks';
import { blockTarget, type EmulationDeps, loadUnitRefs } from '../use-cases/common';
import type { EventView, FestivalDetail, FestivalSummary, PrizeView, PublicFestival } from './contract';
import {
  emulationFestivalAthletes,
  emulationFestivalEntries,
  emulationFestivalEvents,
  emulationFestivalPrizes,
  emulationFestivalResults,
  emulationFestivals,
} from './schema';
import { standings } from './standings';

export type FestivalRow = typeof emulationFestivals.$inferSelect;

/** The organiser runs any festival of its block; the host Board runs the one it hosts. */
export async function canRunFestival(
  deps: EmulationDeps,
  tx: DbOrTx,
  actor: Actor,
  ctx: BlockContext,
  hostUnitId: string,
) {
  if (isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser'))) return true;
  const host = (await loadUnitRefs(deps, tx, [hostUnitId])).get(hostUnitId);
  return isAllowed(actor, 'emulation:lead', blockTarget('none', [host?.provinceCode]));
}

export async function festivalRow(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(emulationFestivals).where(eq(emulationFestivals.id, id));
  if (!row) throw notFound('hội thao', 'sports festival');
  return row;
}

async function summaries(deps: EmulationDeps, tx: DbOrTx, rows: FestivalRow[]): Promise<FestivalSummary[]> {
  const units = await loadUnitRefs(
    deps,
    tx,
    rows.flatMap((r) => [r.hostUnitId, ...(r.nextHostUnitId ? [r.nextHostUnitId] : [])]),
  );
  return rows.map((r) => ({
    id: r.id,
    edition: r.edition,
    year: r.year,
    name: r.name,
    host: units.get(r.hostUnitId)!,
    nextHost: r.nextHostUnitId ? (units.get(r.nextHostUnitId) ?? null) : null,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    place: r.place,
  }));
}

export async function listFestivals(deps: EmulationDeps, actor: Actor, blockId: string) {
  const ctx = await blockContext(deps, deps.db, actor, blockId, currentYear(deps));
  const rows = await deps.db
    .select()
    .from(emulationFestivals)
    .where(eq(emulationFestivals.blockId, blockId))
    .orderBy(desc(emulationFestivals.edition));
  return {
    items: await summaries(deps, deps.db, rows),
    canManage: isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser')),
  };
}

/** Results, the medal table and the overall ranking: public information once a festival exists. */
export async function publicFestival(deps: EmulationDeps, tx: DbOrTx, row: FestivalRow): Promise<PublicFestival> {
  const [block] = await tx.select().from(emulationBlocks).where(eq(emulationBlocks.id, row.blockId));
  const events = await tx
    .select()
    .from(emulationFestivalEvents)
    .where(eq(emulationFestivalEvents.festivalId, row.id))
    .orderBy(
      asc(emulationFestivalEvents.scheduledOn),
      asc(emulationFestivalEvents.sport),
      asc(emulationFestivalEvents.name),
    );
  const entries = await tx
    .select()
    .from(emulationFestivalEntries)
    .where(eq(emulationFestivalEntries.festivalId, row.id));
  const results = events.length
    ? await tx
        .select()
        .from(emulationFestivalResults)
        .where(
          inArray(
            emulationFestivalResults.eventId,
            events.map((e) => e.id),
          ),
        )
    : [];
  const units = await loadUnitRefs(
    deps,
    tx,
    entries.map((e) => e.unitId),
  );
  const teamOf = new Map(entries.map((e) => [e.id, e.unitId]));
  const table = standings(
    entries.map((e) => e.unitId),
    events.map((e) => ({ id: e.id, counts: e.counts, pointsPerPlace: e.pointsPerPlace as number[] })),
    results.map((r) => ({ eventId: r.eventId, team: teamOf.get(r.entryId)!, place: r.place })),
  );
  const [summary] = await summaries(deps, tx, [row]);
  return {
    ...summary!,
    blockName: block!.name,
    events: events.map(
      (e): EventView => ({
        id: e.id,
        sport: e.sport,
        name: e.name,
        gender: e.gender as EventView['gender'],
        ageClass: e.ageClass,
        counts: e.counts,
        pointsPerPlace: e.pointsPerPlace as number[],
        scheduledOn: e.scheduledOn,
        venue: e.venue,
        results: results
          .filter((r) => r.eventId === e.id)
          .sort((a, b) => a.place - b.place)
          .map((r) => ({ unit: units.get(teamOf.get(r.entryId)!)!, place: r.place })),
      }),
    ),
    standings: table.map((s) => ({ ...s, unit: units.get(s.team)! })).map(({ team: _team, ...s }) => s),
    prizes: await prizesOf(
      tx,
      row.id,
      units,
      teamOf,
      events.map((e) => e.id),
    ),
  };
}

export async function getFestival(deps: EmulationDeps, actor: Actor, id: string): Promise<FestivalDetail> {
  const db = deps.db;
  const row = await festivalRow(db, id);
  const ctx = await blockContext(deps, db, actor, row.blockId, row.year);
  const view = await publicFestival(deps, db, row);
  const entries = await db.select().from(emulationFestivalEntries).where(eq(emulationFestivalEntries.festivalId, id));
  const athletes = entries.length
    ? await db
        .select({ a: emulationFestivalAthletes, fullName: emulationPeople.fullName })
        .from(emulationFestivalAthletes)
        .innerJoin(emulationPeople, eq(emulationPeople.id, emulationFestivalAthletes.personId))
        .where(
          inArray(
            emulationFestivalAthletes.entryId,
            entries.map((e) => e.id),
          ),
        )
    : [];
  const [yearCtx] = await loadContexts(deps, db, [ctx.block], row.year);
  const own = (unitId: string) =>
    isAllowed(actor, 'emulation:register', blockTarget('none', [ctx.units.get(unitId)?.provinceCode]));
  const entered = new Set(entries.map((e) => e.unitId));
  const units = await loadUnitRefs(
    deps,
    db,
    entries.map((e) => e.unitId),
  );
  return {
    ...view,
    blockId: row.blockId,
    teams: entries.map((e) => ({
      unit: units.get(e.unitId)!,
      athletes: athletes
        .filter((x) => x.a.entryId === e.id)
        .map((x) => ({ personId: x.a.personId, fullName: x.fullName, eventId: x.a.eventId })),
      canEnter: own(e.unitId),
    })),
    canEnterFor: yearCtx!.members
      .filter((m) => m.leftOn === null && !entered.has(m.unitId) && own(m.unitId))
      .map((m) => ctx.units.get(m.unitId)!),
    canManage: await canRunFestival(deps, db, actor, ctx, row.hostUnitId),
  };
}

const KIND_ORDER = { overall: 0, event: 1, special: 2 } as const;

/** The stored prizes of an edition: overall by place, then each event's in the events' order, then special ones. */
export async function prizesOf(
  tx: DbOrTx,
  festivalId: string,
  units: Map<string, UnitRef>,
  teamOf: Map<string, string>,
  eventOrder: readonly string[],
) {
  const rows = await tx
    .select()
    .from(emulationFestivalPrizes)
    .where(eq(emulationFestivalPrizes.festivalId, festivalId));
  const key = (p: (typeof rows)[number]) => [
    KIND_ORDER[p.kind as PrizeView['kind']],
    p.eventId ? eventOrder.indexOf(p.eventId) : 0,
    p.place ?? 0,
  ];
  return rows
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return a.name.localeCompare(b.name, 'vi');
    })
    .map(
      (p): PrizeView => ({
        kind: p.kind as PrizeView['kind'],
        name: p.name,
        place: p.place,
        eventId: p.eventId,
        unit: units.get(teamOf.get(p.entryId)!)!,
      }),
    );
}
