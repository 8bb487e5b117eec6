import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { loadDemoCountry } from '../../../demo/load-country';
import { systemActor } from '../../../platform/auth/actor';
import { type EcoDemoResult, seedEcoDemo } from './seed-eco-demo';

/**
 * The eco demo on a small demo country: a stand-in park for each pilot eco-park, listings, RECP,
 * declarations, and deals the simulated facilitator opened from the matcher's top suggestion. The
 * precision the impact summary reports is the share of those that reached operating.
 */
let t: TestContext;
let result: EcoDemoResult | null;
const clock = () => new Date('2026-11-26T03:00:00Z');
const system = systemActor('test');

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, { seed: 7, scale: 0.2, today: '2026-11-26', clock });
  const { eco, zones, investment } = t.app.services;
  result = await seedEcoDemo({ db: t.database.db, eco, zones, investment, clock }, { seed: 7 });
}, 600_000);
afterAll(() => t.close());

describe('eco demo', () => {
  it('fills a stand-in park for each pilot province with listings, RECP and deals', async () => {
    expect(result).not.toBeNull();
    const r = result!;
    expect(new Set(r.parks.map((p) => p.province)).size).toBeGreaterThanOrEqual(5);
    expect(r.offers).toBeGreaterThan(10);
    expect(r.needs).toBeGreaterThan(r.offers);
    expect(r.recp).toBeGreaterThan(0);
    expect(r.deals).toBe(r.offers);
    expect(r.reports).toBeGreaterThan(r.parks.length);
    const impact = await t.app.services.eco.impactSummary(system, {});
    expect(impact.precision.proposed).toBe(r.deals);
    expect(impact.precision.reachedOperating).toBe(r.operating);
    // Measured: neither every top suggestion (the degraded listings) nor none of them.
    expect(impact.precision.share).toBeGreaterThan(0.3);
    expect(impact.precision.share).toBeLessThan(1);
    console.info(
      `eco demo: ${r.parks.length} parks, ${r.offers} offers, ${r.needs} needs, ${r.recp} RECP; ` +
        `matcher top-1 precision ${r.operating}/${r.deals} = ${(impact.precision.share! * 100).toFixed(1)} %`,
    );
    const card = await t.app.services.eco.scorecard(system, r.parks[0]!.parkId, { ruleSet: 'vn-eco-park', year: 2026 });
    expect(card.requirements.find((x) => x.id === 'ENV.5')?.status).toBe('met');
  });

  it('files last year’s eco reports of the pilot parks at different workflow steps', async () => {
    const { items } = await t.app.services.eco.findEcoReports(system, { year: 2025 });
    expect(items).toHaveLength(result!.reports);
    expect(new Set(items.map((x) => x.form))).toEqual(new Set(['A.4', 'A.5', 'B.4', 'B.5']));
    expect(new Set(items.map((x) => x.status)).size).toBeGreaterThanOrEqual(2);
    const a4 = await t.app.services.eco.getEcoReport(system, items.find((x) => x.form === 'A.4')!.id);
    expect(a4.values.landGreenPct).toBeGreaterThan(0);
    expect(a4.values.enterprises).toBeGreaterThan(0);
  });

  it('runs only once', async () => {
    const { eco, zones, investment } = t.app.services;
    expect(await seedEcoDemo({ db: t.database.db, eco, zones, investment, clock }, { seed: 7 })).toBeNull();
  });
});
