/**
 * Awarding a festival's prizes (issue 7 §4): the organiser or the host computes them from the
 * standings and results as they stand (`prizes.ts`) and stores them, replacing an earlier award.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { unprocessable } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { inTransaction } from '../../../platform/db/transaction';
import type { EmulationDeps } from '../use-cases/common';
import type { PrizesBody } from './contract';
import { awardPrizes } from './prizes';
import { type FestivalRow, publicFestival } from './read';
import { emulationFestivalEntries, emulationFestivalPrizes } from './schema';
import { runContext } from './write';

export async function awardFestivalPrizes(deps: EmulationDeps, actor: Actor, id: string, body: PrizesBody) {
  return inTransaction(deps.db, async (tx) => {
    const { row } = await runContext(deps, tx, actor, id);
    const view = await publicFestival(deps, tx, row as FestivalRow);
    const entries = await tx.select().from(emulationFestivalEntries).where(eq(emulationFestivalEntries.festivalId, id));
    const entryOf = new Map(entries.map((e) => [e.unitId, e.id]));
    const fields = Object.fromEntries(
      body.special
        .map((s, i) => [i, s] as const)
        .filter(([, s]) => !entryOf.has(s.unitId))
        .map(([i]) => [
          `special.${i}.unitId`,
          { message: 'Đơn vị chưa có đội dự hội thao.', messageEn: 'The unit has no team.' },
        ]),
    );
    if (Object.keys(fields).length)
      throw unprocessable('Giải thưởng chưa hợp lệ.', 'The prizes are not valid.', fields);
    const prizes = awardPrizes({
      standings: view.standings.map((s) => ({ team: s.unit.id, rank: s.rank, points: s.points })),
      events: view.events.map((e) => ({
        id: e.id,
        name: e.name,
        results: e.results.map((r) => ({ team: r.unit.id, place: r.place })),
      })),
      overallPlaces: body.overallPlaces,
      eventPlaces: body.eventPlaces,
      special: body.special.map((s) => ({ team: s.unitId, name: s.name })),
    });
    const before = await tx.select().from(emulationFestivalPrizes).where(eq(emulationFestivalPrizes.festivalId, id));
    await tx.delete(emulationFestivalPrizes).where(eq(emulationFestivalPrizes.festivalId, id));
    if (prizes.length)
      await tx.insert(emulationFestivalPrizes).values(
        prizes.map((p) => ({
          id: randomUUID(),
          festivalId: id,
          kind: p.kind,
          eventId: p.eventId,
          entryId: entryOf.get(p.team)!,
          place: p.place,
          name: p.name,
        })),
      );
    await recordAudit(tx, actor, {
      action: 'emulation.festival.prizes',
      entityType: 'emulation_festival',
      entityId: id,
      before: before.map((p) => ({ kind: p.kind, name: p.name, entryId: p.entryId })),
      after: { ...body, prizes: prizes.length },
    });
    return { ok: true as const };
  });
}
