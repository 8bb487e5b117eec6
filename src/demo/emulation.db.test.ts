import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app';
import { systemActor } from '../platform/auth/actor';
import { emulationBlocks, emulationConferences, emulationMemberships, emulationPacts } from '../platform/db/schema';
import { seedEmulationDemo } from './emulation';

/** The demo's emulation years on the reference seed alone (no demo country is needed). */
let t: TestContext;
let counts: Awaited<ReturnType<typeof seedEmulationDemo>>;
beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-11-27T03:00:00Z') });
  counts = await seedEmulationDemo(t.app, t.database.db, { today: '2026-11-27', seed: 7 });
}, 240_000);
afterAll(() => t.close());

describe('emulation demo', () => {
  it('gives every regional block five years with one leader each, keeping the sourced years', async () => {
    expect(counts).toMatchObject({ pacts: 30, conferences: 4, staff: 34 * 3, festivals: 2 });
    const db = t.database.db;
    const blocks = await db.select().from(emulationBlocks).where(eq(emulationBlocks.kind, 'block'));
    expect(blocks).toHaveLength(6);
    for (const b of blocks) {
      const rows = await db.select().from(emulationMemberships).where(eq(emulationMemberships.blockId, b.id));
      for (const year of [2022, 2023, 2024, 2025, 2026]) {
        const leaders = rows.filter((r) => r.year === year && r.role === 'leader');
        expect({ block: b.code, year, leaders: leaders.length }).toEqual({ block: b.code, year, leaders: 1 });
      }
      const leaderOf = (y: number) => rows.find((r) => r.year === y && r.role === 'leader')!.unitId;
      for (const year of [2023, 2024, 2025, 2026]) expect(leaderOf(year)).not.toBe(leaderOf(year - 1));
    }
    const dbsh = await t.app.services.emulation.getBlock(
      systemActor('test'),
      blocks.find((b) => b.code === 'khoi-dbsh')!.id,
      2022,
    );
    expect(dbsh.leader?.code).toBe('board:63:31');
  });

  it('signs the past years’ pacts and leaves the current one open with two members to register', async () => {
    const db = t.database.db;
    const pacts = await db.select().from(emulationPacts);
    expect(pacts.filter((p) => p.year < 2026).every((p) => p.signedOn !== null)).toBe(true);
    const dbsh = (await db.select().from(emulationBlocks).where(eq(emulationBlocks.code, 'khoi-dbsh')))[0]!;
    const open = await t.app.services.emulation.getPact(systemActor('test'), dbsh.id, 2026);
    expect(open.signedOn).toBeNull();
    expect(open.members.filter((m) => m.targets.length === 0)).toHaveLength(2);
  });

  it('holds two festivals whose overall ranking counts only the counting events', async () => {
    const actor = systemActor('test');
    const svc = t.app.services.emulation;
    const blocks = await t.database.db.select().from(emulationBlocks);
    const tn = await svc.listFestivals(actor, blocks.find((b) => b.code === 'khoi-tn-dhmt')!.id);
    expect(tn.items.map((f) => [f.edition, f.year])).toEqual([[12, 2025]]);
    const festival = await svc.getFestival(actor, tn.items[0]!.id);
    expect(festival.teams).toHaveLength(6);
    expect(festival.events.filter((e) => !e.counts)).toHaveLength(2);
    const points = festival.standings.reduce((sum, s) => sum + s.points, 0);
    const counted = festival.events
      .filter((e) => e.counts)
      .flatMap((e) => e.results.map((r) => e.pointsPerPlace[r.place - 1] ?? 0));
    expect(points).toBe(counted.reduce((a, b) => a + b, 0));
    expect(festival.teams.some((x) => x.athletes.length > 0)).toBe(true);
    // Prizes from the ranking: the overall winner is the first of the standings.
    const overall = festival.prizes.filter((p) => p.kind === 'overall');
    expect(overall.length).toBeGreaterThanOrEqual(3);
    expect(overall.filter((p) => p.place === 1).map((p) => p.unit.id)).toContain(festival.standings[0]!.unit.id);
    expect(festival.prizes.filter((p) => p.kind === 'special')).toHaveLength(1);
    expect(festival.prizes.filter((p) => p.kind === 'event').length).toBeGreaterThanOrEqual(festival.events.length * 3);
  });

  it('numbers the Club conferences from the 18th in 2022, and runs only once', async () => {
    const conferences = await t.database.db.select().from(emulationConferences);
    expect(conferences.map((c) => [c.year, c.edition]).sort()).toEqual([
      [2022, 18],
      [2023, 19],
      [2024, 20],
      [2025, 21],
    ]);
    expect(await seedEmulationDemo(t.app, t.database.db, { today: '2026-11-27', seed: 7 })).toBeNull();
  });
});
