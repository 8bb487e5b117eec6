import { and, eq } from 'drizzle-orm';
import type { App } from '../app';
import { systemActor } from '../platform/auth/actor';
import type { Db } from '../platform/db/client';
import { emulationBlocks, emulationMemberships, emulationPositions } from '../platform/db/schema';
import { rngFor } from './country/random';

/** Events as the Central Highlands and Southern festivals held them (domain B7); arts and sack race do not count. */
const EVENTS = [
  { sport: 'Bóng đá', name: 'Bóng đá mini nam', gender: 'male', counts: true, pointsPerPlace: [10, 7, 5, 3] },
  { sport: 'Kéo co', name: 'Kéo co hỗn hợp', gender: 'mixed', counts: true, pointsPerPlace: [10, 7, 5, 3] },
  { sport: 'Cầu lông', name: 'Cầu lông đôi nam nữ', gender: 'mixed', counts: true, pointsPerPlace: [7, 5, 3] },
  { sport: 'Bóng bàn', name: 'Bóng bàn đơn nam', gender: 'male', counts: true, pointsPerPlace: [7, 5, 3] },
  {
    sport: 'Điền kinh',
    name: '100 m nam U50',
    gender: 'male',
    ageClass: 'U50',
    counts: true,
    pointsPerPlace: [5, 3, 1],
  },
  { sport: 'Trò chơi dân gian', name: 'Nhảy bao bố', gender: 'mixed', counts: false, pointsPerPlace: [3, 2, 1] },
  { sport: 'Văn nghệ', name: 'Văn nghệ', gender: 'mixed', counts: false, pointsPerPlace: [3, 2, 1] },
] as const;

/**
 * Two demo festivals (issue 7 §5): the Central Highlands and Central Coast block last year and the
 * Southeast block the year before, every member entering a team; places drawn per event, two teams
 * sharing third in the racket events; athletes from the Boards' staff where the demo has them; the
 * prizes awarded at the close (three overall, each event's podium, one fair-play prize).
 */
export async function demoFestivals(app: App, db: Db, current: number, seed: number): Promise<number> {
  const actor = systemActor('demo-seed');
  const svc = app.services.emulation;
  let made = 0;
  for (const [code, year, edition] of [
    ['khoi-tn-dhmt', current - 1, 12],
    ['khoi-dnb', current - 2, 18],
  ] as const) {
    const [block] = await db.select().from(emulationBlocks).where(eq(emulationBlocks.code, code));
    if (!block) continue;
    const members = await db
      .select()
      .from(emulationMemberships)
      .where(and(eq(emulationMemberships.blockId, block.id), eq(emulationMemberships.year, year)));
    if (members.length < 2) continue;
    const rng = rngFor(seed, 'festival', code, year);
    const teams = members.map((m) => m.unitId).sort();
    const host = teams[year % teams.length]!;
    const next = teams[(year + 1) % teams.length]!;
    const { id } = await svc.createFestival(actor, block.id, {
      edition,
      year,
      name: `Hội thao ${block.name.replace('Khối thi đua ', 'khối ')} lần thứ ${edition}`,
      hostUnitId: host,
      nextHostUnitId: next,
      startsOn: `${year}-10-16`,
      endsOn: `${year}-10-18`,
      place: null,
    });
    const eventIds: string[] = [];
    for (const e of EVENTS)
      eventIds.push(
        (
          await svc.addFestivalEvent(actor, id, {
            ...e,
            pointsPerPlace: [...e.pointsPerPlace],
            scheduledOn: `${year}-10-${16 + (eventIds.length % 3)}`,
          })
        ).id,
      );
    for (const unitId of teams) await svc.enterTeam(actor, id, unitId);
    for (const unitId of teams) {
      const staff = await db.select().from(emulationPositions).where(eq(emulationPositions.unitId, unitId));
      for (const s of staff) {
        // The tug-of-war takes everyone; errors (wrong gender or age) are the rule doing its job, not the demo's.
        await svc.addAthlete(actor, id, { unitId, eventId: eventIds[1]!, personId: s.personId }).catch(() => undefined);
      }
    }
    for (const [i, eventId] of eventIds.entries()) {
      // Fisher–Yates with the demo's generator, so a seed always gives the same podiums.
      const order = [...teams];
      for (let k = order.length - 1; k > 0; k--) {
        const j = rng.int(0, k);
        [order[k], order[j]] = [order[j]!, order[k]!];
      }
      const racket = EVENTS[i]!.sport === 'Cầu lông' || EVENTS[i]!.sport === 'Bóng bàn';
      const results = order
        .slice(0, Math.min(order.length, 4))
        .map((unitId, k) => ({ unitId, place: racket && k === 3 ? 3 : k + 1 }));
      await svc.recordResults(actor, id, eventId, { results });
    }
    // The closing ceremony: three overall prizes, the podium of every event, and a fair-play prize.
    await svc.awardFestivalPrizes(actor, id, {
      overallPlaces: 3,
      eventPlaces: 3,
      special: [{ name: 'Giải phong cách (fair-play)', unitId: teams[rng.int(0, teams.length - 1)]! }],
    });
    made++;
  }
  return made;
}
