/**
 * The grouped facts kept per admin unit and period (statistics_unit_sums, migration 0023) are
 * always what computing them afresh gives: after each of many writes (certificate events added,
 * moved and deleted, realised capital, reports accepted, sent back and edited, a project moved to
 * another province, a park's province and a KKT's type changed), the kept totals of several periods
 * equal the totals computed with nothing kept. A write drops only its province's sums from its
 * day on, a rolled-back write drops nothing, and a build waits for a write in progress.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { loadDemoCountry } from '../../../demo/load-country';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { contextFor } from '../forms/project-forms.test-support';
import { eventDetails } from './event-details';
import { eventTotals } from './event-totals';
import { kktAreaProjects } from './kkt-area-rows';
import { kktFlowTotals, kktStockTotals } from './kkt-totals';
import { partnerFlowTotals, partnerStockTotals } from './partner-totals';
import { periodEvents } from './registry';
import { day as dayOf, rowsOf } from './sql';
import { flowTotals, stockTotals, workerTotals } from './totals';
import { auditedWrite, random } from './writes.test-support';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const PERIODS = ['2020', '2024-Q4', '2025', '2026-Q1', '2026-Q3'];
const RATE = '25345.5';

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, {
    seed: 5,
    scale: 0.01,
    today: TODAY,
    clock,
    reports: { annualFrom: 2023, quarterlyFrom: 2025 },
  });
}, 300_000);
afterAll(() => t?.close());

const detailsOf = (d: Awaited<ReturnType<typeof eventDetails>>) =>
  Object.entries(d).map(([k, m]) => [k, [...m.entries()].map((x) => JSON.stringify(x)).sort()]);

/** Every grouped fact of a period, in an order that does not depend on how it was read. */
async function totalsOf(period: string, unitIds: string[] | null = null) {
  const ctx = contextFor(t, period, unitIds);
  const canon = (xs: object[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    stock: canon(await stockTotals(ctx, RATE)),
    stockLean: canon(await stockTotals(ctx, null, { moneyNeeded: false, realised: false, workers: false })),
    flows: canon(await flowTotals(ctx, RATE)),
    workers: canon(await workerTotals(ctx)),
    events: canon(await eventTotals(ctx, RATE)),
    // The province-wide grain of the briefing and 2101.
    stockByClass: canon(await stockTotals(ctx, RATE, { grain: 'class' })),
    flowsByClass: canon(await flowTotals(ctx, RATE, 'class')),
    eventsByClass: canon(await eventTotals(ctx, RATE, 'class')),
    // Record-level and KKT facts kept the same way (2109, 2114–2116).
    periodEvents: (await periodEvents({ ...ctx, within: 'kkt' }, RATE)).map((e) => JSON.stringify(e)),
    endedEvents: (await periodEvents(ctx, RATE, ['revoked', 'terminated'])).map((e) => JSON.stringify(e)),
    kktStock: canon(await kktStockTotals({ ...ctx, within: 'kkt' }, RATE)),
    kktFlows: canon(await kktFlowTotals({ ...ctx, within: 'kkt' }, RATE)),
    partners: canon(await partnerStockTotals(ctx, RATE)),
    partnerFlows: canon(await partnerFlowTotals(ctx, RATE)),
    // Per special zone, with the reports of valid projects only (2112).
    stockBySpecialZone: canon(await stockTotals(ctx, RATE, { grain: 'special_zone' })),
    validFlowsBySpecialZone: canon(await flowTotals(ctx, RATE, 'special_zone', 'valid')),
    // What 2115 and 2116 print beside their figures: charter changes, first certificates, investors.
    adjustedDetails: detailsOf(await eventDetails(ctx, RATE, 'adjusted')),
    endedDetails: detailsOf(await eventDetails(ctx, RATE, 'ended')),
    // 2113's project rows, in the order the form lists them.
    kktAreaProjects: (await kktAreaProjects(ctx, RATE)).map((x) => JSON.stringify(x)),
  };
}

const kept = async () =>
  (await t.database.query<{ n: number }>('select count(*)::int as n from statistics_unit_sums'))[0]!.n;

/** Kept totals (with whatever is kept) must equal totals computed with nothing kept. */
async function expectKeptEqualsFresh(label: string) {
  const withKept = await Promise.all(PERIODS.map((p) => totalsOf(p)));
  await t.database.query('delete from statistics_unit_sums');
  const fresh = await Promise.all(PERIODS.map((p) => totalsOf(p)));
  for (const [i, p] of PERIODS.entries()) expect(withKept[i], `${label}: ${p}`).toEqual(fresh[i]);
}

const unitOfProject = async (id: string) =>
  (
    await rowsOf(
      t.database.db,
      sql`select coalesce(pk.admin_unit_id, z.admin_unit_id) as unit_id from projects p
          left join industrial_parks pk on pk.id = p.park_id
          left join special_zones sz on sz.id = p.special_zone_id
          left join economic_zones z on z.id = coalesce(pk.parent_zone_id, p.zone_id, sz.zone_id)
          where p.id = ${id}`,
    )
  )[0]!.unit_id as string;

const write = (label: string, statement: (tx: Tx) => Promise<unknown>) => auditedWrite(t, label, statement);

describe('grouped facts kept per unit and period', () => {
  it('are built on the first read and then read back unchanged', async () => {
    await t.database.query('delete from statistics_unit_sums');
    const first = await totalsOf('2025');
    expect(await kept()).toBeGreaterThan(0);
    expect(first.stock.length).toBeGreaterThan(5);
    expect(await totalsOf('2025')).toEqual(first);
    // A Board's scope reads the same groups as the country's rows of its units.
    const unit = (JSON.parse(first.stock[0]!) as { unitId: string }).unitId;
    const board = await totalsOf('2025', [unit]);
    expect(board.stock.length).toBeGreaterThan(0);
    expect(board.stock.every((g) => first.stock.includes(g))).toBe(true);
  });

  it('a write drops only its unit’s sums, from its day on', async () => {
    await Promise.all(PERIODS.map((p) => totalsOf(p)));
    const [report] = await t.database.query<{ id: string; project_id: string; period: string }>(
      `select id, project_id, period from reports where status = 'accepted' and period = '2025-Q2' order by number limit 1`,
    );
    const unit = await unitOfProject(report!.project_id);
    const before = await t.database.query<{ unit_id: string; period: string }>(
      'select unit_id, period from statistics_unit_sums order by 1, 2',
    );
    await write('edit an accepted 2025-Q2 report', (tx) =>
      tx.execute(sql`update reports set workers_domestic = coalesce(workers_domestic, 0) + 7 where id = ${report!.id}`),
    );
    const after = await t.database.query<{ unit_id: string; period: string }>(
      'select unit_id, period from statistics_unit_sums order by 1, 2',
    );
    const dropped = before.filter((b) => !after.some((a) => a.unit_id === b.unit_id && a.period === b.period));
    expect(dropped.length).toBeGreaterThan(0);
    // Only that unit, and only the periods ending on or after 30/6/2025.
    expect(new Set(dropped.map((d) => d.unit_id))).toEqual(new Set([unit]));
    expect([...new Set(dropped.map((d) => d.period))].sort()).toEqual(
      [...new Set(before.filter((b) => b.unit_id === unit).map((b) => b.period))].filter((p) => p >= '2025').sort(),
    );
    await expectKeptEqualsFresh('after the edit');
  });

  it('stay equal to fresh totals after each of many writes', async () => {
    const rnd = random(7);
    const projects = (
      await t.database.query<{ id: string }>('select distinct project_id as id from certificate_events order by 1')
    ).map((r) => r.id);
    const parks = (await t.database.query<{ id: string }>('select id from industrial_parks order by id')).map(
      (r) => r.id,
    );
    const units = (
      await t.database.query<{ id: string }>('select distinct admin_unit_id as id from industrial_parks')
    ).map((r) => r.id);
    const day = () =>
      `${2016 + rnd.int(11)}-${String(1 + rnd.int(12)).padStart(2, '0')}-${String(1 + rnd.int(28)).padStart(2, '0')}`;
    await Promise.all(PERIODS.map((p) => totalsOf(p)));
    for (let step = 0; step < 30; step++) {
      const project = rnd.pick(projects);
      const op = step % 10;
      const label = `step ${step} (op ${op}) on ${project}`;
      if (op === 0) {
        await write(label, (tx) =>
          tx.execute(sql`insert into certificate_events (id, project_id, seq, kind, date, capital, currency, capital_usd, capital_vnd,
                           land_area_ha, origin_after, partner_after, details)
                         select gen_random_uuid(), ${project}, coalesce(max(seq), 0) + 1, ${rnd.pick(['adjusted', 'revoked', 'reissued'])},
                                ${day()}, ${String(1000 + rnd.int(90000))}, 'USD', null, null, '2.5', ${rnd.pick(['FDI', 'DDI'])}, null, '{}'::jsonb
                         from certificate_events where project_id = ${project}`),
        );
      } else if (op === 1) {
        await write(label, (tx) =>
          tx.execute(sql`update certificate_events set date = ${day()}
                         where id = (select id from certificate_events where project_id = ${project} order by seq desc limit 1)`),
        );
      } else if (op === 2) {
        await write(label, (tx) =>
          tx.execute(sql`delete from certificate_events
                         where id = (select id from certificate_events where project_id = ${project} and seq > 1 order by seq desc limit 1)`),
        );
      } else if (op === 3) {
        await write(label, (tx) =>
          tx.execute(sql`insert into realised_capital (project_id, period, amount, currency, source)
                         values (${project}, ${`${2016 + rnd.int(10)}-Q${1 + rnd.int(4)}`}, ${String(500 + rnd.int(5000))}, ${rnd.pick(['USD', 'VND'])}, 'test')
                         on conflict (project_id, period) do update set amount = excluded.amount`),
        );
      } else if (op === 4) {
        await write(label, (tx) =>
          tx.execute(sql`update reports set status = 'accepted', accepted_at = now()
                         where id = (select id from reports where status = 'pending' order by number offset ${rnd.int(20)} limit 1)`),
        );
        await write(`${label} (send back)`, (tx) =>
          tx.execute(sql`update reports set status = 'revision_requested', accepted_at = null
                         where id = (select id from reports where status = 'accepted' order by number offset ${rnd.int(200)} limit 1)`),
        );
      } else if (op === 5) {
        await write(label, (tx) =>
          tx.execute(sql`update reports set revenue = coalesce(revenue, 0) + ${1000 + rnd.int(9000)}, export_usd = coalesce(export_usd, 0) + 1
                         where id = (select id from reports where status = 'accepted' and period in ('2025', '2026-Q1', '2026-Q3')
                                     order by number offset ${rnd.int(50)} limit 1)`),
        );
      } else if (op === 6) {
        // A project moves to a park of another province: both provinces' sums change.
        const park = rnd.pick(parks);
        await write(label, (tx) =>
          tx.execute(sql`update projects set park_id = ${park}, zone_id = null, special_zone_id = null, location_kind = 'park'
                         where id = (select id from projects where park_id is not null and id = ${project})`),
        );
      } else if (op === 7) {
        await write(label, (tx) =>
          tx.execute(sql`update industrial_parks set admin_unit_id = ${rnd.pick(units)}
                         where id = (select park_id from projects where park_id is not null order by project_code offset ${rnd.int(50)} limit 1)`),
        );
      } else if (op === 8) {
        await write(label, (tx) =>
          tx.execute(sql`update economic_zones set type = case when type = 'coastal' then 'border_gate' else 'coastal' end
                         where id = (select id from economic_zones order by id offset ${rnd.int(5)} limit 1)`),
        );
      } else if (step === 19) {
        // A project moves into a special zone of some KKT: the zone's sums and both units' change.
        await write(label, (tx) =>
          tx.execute(sql`update projects set special_zone_id = s.id, park_id = null, zone_id = s.zone_id, location_kind = 'special_zone'
                         from (select id, zone_id from special_zones order by code offset ${rnd.int(3)} limit 1) s
                         where projects.id = ${project}`),
        );
        const [moved] = await rowsOf(t.database.db, sql`select special_zone_id from projects where id = ${project}`);
        expect(moved!.special_zone_id).not.toBeNull();
      } else if (step % 20 === 9) {
        // An investor of another nationality joins an FDI project in a park with 12.5% taken from its
        // largest investor, from the same day, so the shares still add up to 100 (the 2114 sums check
        // them) and the project's partner group changes; another investor's nationality is corrected.
        await write(label, async (tx) => {
          const [top] = await rowsOf(
            tx,
            sql`select pi.project_id, pi.investor_id, pi.valid_from, i.nationality
                from project_investors pi join investors i on i.id = pi.investor_id join projects p on p.id = pi.project_id
                where pi.valid_to is null and pi.share > 12.5 and p.park_id is not null and p.origin_cache = 'FDI'
                order by p.project_code offset ${rnd.int(30)} limit 1`,
          );
          const from = dayOf(top!.valid_from);
          await tx.execute(sql`update project_investors set share = share - 12.5
                               where project_id = ${top!.project_id} and investor_id = ${top!.investor_id} and valid_from = ${from}`);
          await tx.execute(sql`insert into project_investors (project_id, investor_id, valid_from, share)
                               select ${top!.project_id}, id, ${from}, 12.5 from investors
                               where nationality <> ${top!.nationality}
                                 and id not in (select investor_id from project_investors where project_id = ${top!.project_id})
                               order by id offset ${rnd.int(20)} limit 1`);
        });
        // Checked before the next write, which may drop the same unit's sums for its own reason.
        await expectKeptEqualsFresh(`${label} (investor joins)`);
        await write(`${label} (nationality)`, (tx) =>
          tx.execute(sql`update investors set nationality = ${rnd.pick(['KR', 'JP', 'SG', 'CN'])}
                         where id = (select investor_id from project_investors order by project_id offset ${rnd.int(100)} limit 1)`),
        );
      } else {
        await write(label, (tx) =>
          tx.execute(sql`update projects set operation_started_on = ${day()}, type = ${rnd.pick(['infrastructure', 'production_business'])}
                         where id = ${project}`),
        );
      }
      await expectKeptEqualsFresh(label);
    }
  }, 600_000);

  it('a rolled-back write drops nothing', async () => {
    await Promise.all(PERIODS.map((p) => totalsOf(p)));
    const before = await kept();
    await expect(
      inTransaction(t.database.db, async (tx) => {
        await tx.execute(
          sql`update reports set workers_foreign = coalesce(workers_foreign, 0) + 1 where status = 'accepted'`,
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await kept()).toBe(before);
    await expectKeptEqualsFresh('after a rollback');
  });

  it('a build waits for a write in progress and then reads it', async () => {
    // Kept sums a write in progress has dropped are still read as they were until it commits (the
    // write is not yet seen); a build, which would store figures, must wait for it.
    await t.database.query('delete from statistics_unit_sums');
    const [report] = await t.database.query<{ id: string; project_id: string }>(
      `select id, project_id from reports where status = 'accepted' and period = '2025' and workers_domestic is not null order by number limit 1`,
    );
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let wrote!: () => void;
    const written = new Promise<void>((r) => {
      wrote = r;
    });
    const writing = inTransaction(t.database.db, async (tx) => {
      await tx.execute(sql`update reports set workers_domestic = workers_domestic + 1000 where id = ${report!.id}`);
      await recordAudit(tx, systemActor('test'), { action: 'test.unit_sums', entityType: 'test', after: {} });
      wrote();
      await held;
    });
    await written;
    let done = false;
    const reading = totalsOf('2025').then((x) => {
      done = true;
      return x;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    release();
    await writing;
    const read = await reading;
    await t.database.query('delete from statistics_unit_sums');
    expect(read).toEqual(await totalsOf('2025'));
  });
});
