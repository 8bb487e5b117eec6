import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app';
import { createEmulationAwards } from '../modules/emulation/awards/module';
import { systemActor } from '../platform/auth/actor';
import { emulationAwards, emulationBlocks, emulationProposals } from '../platform/db/schema';
import { seedEmulationDemo } from './emulation';
import { seedEmulationAwardsDemo } from './emulation-awards';

/** The demo's scoring and awards on top of the demo's blocks (reference seed only, no demo country). */
let t: TestContext;
let counts: Awaited<ReturnType<typeof seedEmulationAwardsDemo>>;
beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-11-27T03:00:00Z') });
  await seedEmulationDemo(t.app, t.database.db, { today: '2026-11-27', seed: 7 });
  counts = await seedEmulationAwardsDemo(t.app, t.database.db, { today: '2026-11-27', seed: 7 });
}, 400_000);
afterAll(() => t.close());

describe('emulation awards demo', () => {
  it('scores five years of every regional block, ranks the four finished ones and awards their leaders', async () => {
    expect(counts?.sheets).toBe(30);
    const db = t.database.db;
    const { services } = createEmulationAwards({
      db,
      clock: () => new Date('2026-11-27T03:00:00Z'),
      geo: t.app.services.geo,
    });
    const blocks = await db.select().from(emulationBlocks).where(eq(emulationBlocks.kind, 'block'));
    const awards = await db.select().from(emulationAwards);
    for (const b of blocks) {
      for (const year of [2022, 2023, 2024, 2025]) {
        const view = await services.scoring.view(systemActor('test'), b.id, year);
        expect({ block: b.code, year, final: view.progress.final }).toEqual({
          block: b.code,
          year,
          final: view.progress.members,
        });
        const first = view.cards[0]!;
        expect(first.rank).toBe(1);
        // The leader of the ranking holds the flag of that year, through a decided proposal.
        expect(
          awards.some((a) => a.unitId === first.unit.id && a.year === year && a.titleKey === 'co_thi_dua_bo_tinh'),
        ).toBe(true);
      }
      const running = await services.scoring.view(systemActor('test'), b.id, 2026);
      expect(running.progress.selfSubmitted).toBe(Math.ceil(running.progress.members / 2));
      expect(running.progress.final).toBe(0);
    }
    const proposals = await db.select().from(emulationProposals);
    expect(proposals.every((p) => p.status === 'decided')).toBe(true);
    expect(awards.filter((a) => a.titleKey === 'bang_khen_bo_tinh_tap_the').length).toBeGreaterThan(0);
  });

  it('runs once', async () => {
    expect(await seedEmulationAwardsDemo(t.app, t.database.db, { today: '2026-11-27', seed: 7 })).toBeNull();
  });
});
