/**
 * The briefing's and dashboard's aggregates read kept per-province sums (statistics/facts/unit-sums.ts,
 * migrations 0023–0024): after each write that changes them (a park's status or land, a certificate,
 * a project's sectors, an accepted report), they equal the aggregates computed with nothing kept.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { loadDemoCountry } from '../../demo/load-country';
import { parsePeriod } from '../../kernel/period';
import type { Tx } from '../../platform/db/client';
import { auditedWrite } from '../statistics/facts/writes.test-support';
import { fdiSliceAggregates, periodAggregates } from './aggregates';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const PERIODS = ['2019', '2025', '2026-Q3'];
const RATE = { rate: '25000', date: '2024-01-01', source: 'test' };

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, {
    seed: 3,
    scale: 0.01,
    today: TODAY,
    clock,
    reports: { annualFrom: 2024, quarterlyFrom: 2025 },
  });
}, 300_000);
afterAll(() => t?.close());

// Kept rows come back from jsonb with their keys in its order: compare values, not key order.
const json = (e: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(e).sort(([a], [b]) => a.localeCompare(b))));
const canon = (x: unknown) =>
  Object.fromEntries(
    Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map(json).sort() : v]),
  );

async function everything() {
  const out: unknown[] = [];
  for (const code of PERIODS) {
    const period = parsePeriod(code);
    out.push(canon(await periodAggregates(t.database.db, period, {}, RATE)));
    out.push((await fdiSliceAggregates(t.database.db, period, RATE.rate)).map(json).sort());
  }
  return out;
}

async function expectKeptEqualsFresh(label: string) {
  const kept = await everything();
  await t.database.query('delete from statistics_unit_sums');
  expect(kept, label).toEqual(await everything());
}

const write = (label: string, statement: (tx: Tx) => Promise<unknown>) => auditedWrite(t, label, statement);

describe('briefing and dashboard aggregates from kept sums', () => {
  it('equal fresh aggregates after writes to parks, projects and reports', async () => {
    await everything();
    const [park] = await t.database.query<{ id: string }>(
      `select park_id as id from park_events group by park_id order by park_id limit 1`,
    );
    const [project] = await t.database.query<{ id: string }>(
      `select project_id as id from certificate_events where kind = 'issued' and date < '2019-01-01'
       order by project_id limit 1`,
    );
    const steps: Array<[string, (tx: Tx) => Promise<unknown>]> = [
      [
        'a park becomes operating in 2018',
        (tx) =>
          tx.execute(sql`insert into park_events (id, park_id, seq, kind, date, details)
                         select gen_random_uuid(), ${park!.id}, max(seq) + 1, 'operating', '2018-05-01', '{}'::jsonb
                         from park_events where park_id = ${park!.id}`),
      ],
      [
        'its leased land is recorded',
        (tx) =>
          tx.execute(sql`insert into park_land_values (id, park_id, measure, as_of, value_ha, source)
                         values (gen_random_uuid(), ${park!.id}, 'leased', '2019-06-30', 123.5, 'test'),
                                (gen_random_uuid(), ${park!.id}, 'industrial', '2019-06-30', 400, 'test')`),
      ],
      [
        'its land is corrected',
        (tx) => tx.execute(sql`update park_land_values set value_ha = value_ha + 1 where park_id = ${park!.id}`),
      ],
      [
        'a project’s sectors change',
        (tx) => tx.execute(sql`update projects set sectors = array['2610'] where id = ${project!.id}`),
      ],
      [
        'it is revoked in 2025',
        (tx) =>
          tx.execute(sql`insert into certificate_events (id, project_id, seq, kind, date, origin_after, details)
                         select gen_random_uuid(), ${project!.id}, max(seq) + 1, 'revoked', '2025-03-03', max(origin_after), '{}'::jsonb
                         from certificate_events where project_id = ${project!.id}`),
      ],
      [
        'an accepted report’s revenue is corrected',
        (tx) =>
          tx.execute(sql`update reports set revenue = coalesce(revenue, 0) + 5000
                         where id = (select id from reports where status = 'accepted' and period = '2026-Q3' order by number limit 1)`),
      ],
    ];
    for (const [label, statement] of steps) {
      await write(label, statement);
      await expectKeptEqualsFresh(label);
    }
  }, 300_000);
});
