/**
 * The per-project histories the triggers keep (project_certificate_states, project_realised_totals,
 * project_latest_reports, migration 0014) always equal the fold of the raw rows they summarise:
 * on a demo country, then after each of many random writes (new, moved and deleted certificate
 * events, realised amounts changed, reports accepted, sent back and edited, multi-row statements),
 * at several days, the forms' fragments read from the histories give what folding certificate_events,
 * realised_capital and reports from scratch gives.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { loadDemoCountry } from '../../../demo/load-country';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { FormContext } from '../forms/definition';
import { realisedAt, statesAt } from './registry';
import { latestReportRows, latestWorkersAt, originsAtEnd } from './reports';
import { rowsOf } from './sql';
import { auditedWrite, random } from './writes.test-support';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const DAYS = ['2016-12-31', '2020-06-30', '2024-12-31', '2025-09-30', '2026-03-31', '2026-09-30'];
const RATE = '25345.5';

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, {
    seed: 11,
    scale: 0.01,
    today: TODAY,
    clock,
    reports: { annualFrom: 2023, quarterlyFrom: 2025 },
  });
}, 300_000);
afterAll(() => t?.close());

const sorted = (rows: Record<string, unknown>[], key: string) =>
  rows
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)])))
    .sort((a, b) => String(a[key]).localeCompare(String(b[key])));

/** The folds as the forms defined them before the histories existed: the reference. */
const foldStates = (to: string) => sql`
  select e.project_id,
         (array_agg(e.origin_after order by e.seq desc))[1] as origin,
         (array_agg(e.partner_after order by e.seq desc))[1] as partner,
         min(e.date) filter (where e.kind = 'issued') as issued_on,
         sum(case when e.kind in ('issued', 'adjusted') then coalesce(e.capital_usd, case when e.currency = 'USD' then e.capital end) end) as usd_known,
         sum(case when e.kind in ('issued', 'adjusted') and e.capital_usd is null and e.currency is distinct from 'USD' then e.capital end) as usd_pending,
         sum(case when e.kind in ('issued', 'adjusted') then coalesce(e.capital_vnd, case when e.currency = 'VND' then e.capital end) end) as vnd_known,
         sum(case when e.kind in ('issued', 'adjusted') and e.capital_vnd is null and e.currency is distinct from 'VND' then e.capital end) as vnd_pending,
         sum(case when e.kind in ('issued', 'adjusted') then e.land_area_ha end) as land
  from certificate_events e where e.date <= ${to}
  group by e.project_id
  having bool_or(e.kind = 'issued') and not bool_or(e.kind in ('revoked', 'terminated'))`;

async function expectFoldsEqual(label: string) {
  const db = t.database.db;
  for (const to of DAYS) {
    const ctx = { to } as FormContext;
    // Certificate state: compare the stored parts, then the converted amounts the forms read.
    const fold = await rowsOf(db, foldStates(to));
    const stored = await rowsOf(
      db,
      sql`select s.project_id, s.origin, s.partner, s.issued_on, s.usd_known, s.usd_pending, s.vnd_known, s.vnd_pending, s.land_ha as land
          from project_certificate_states s where s.valid and s.until_day > ${to}::date and s.from_day <= ${to}::date`,
    );
    expect(sorted(stored, 'project_id'), `${label}: states on ${to}`).toEqual(sorted(fold, 'project_id'));
    const read = await rowsOf(db, sql`select ev.* from ${statesAt(to, RATE)}`);
    expect(read.length).toBe(fold.length);

    const origins = await rowsOf(
      db,
      sql`select e.project_id, (array_agg(e.origin_after order by e.seq desc))[1] as origin
          from certificate_events e where e.date <= ${to} group by e.project_id`,
    );
    const storedOrigins = await rowsOf(db, sql`select oe.* from ${originsAtEnd(to)} oe`);
    expect(sorted(storedOrigins, 'project_id'), `${label}: origins on ${to}`).toEqual(sorted(origins, 'project_id'));

    const realised = await rowsOf(
      db,
      sql`select r.project_id,
                 case when sum(r.amount) filter (where r.currency = 'USD') is null and sum(r.amount) filter (where r.currency = 'VND') is null then null
                      else coalesce(sum(r.amount) filter (where r.currency = 'USD'), 0) + coalesce(round(sum(r.amount) filter (where r.currency = 'VND') / ${RATE}::numeric, 2), 0) end as usd,
                 case when sum(r.amount) filter (where r.currency = 'USD') is null and sum(r.amount) filter (where r.currency = 'VND') is null then null
                      else coalesce(sum(r.amount) filter (where r.currency = 'VND'), 0) + coalesce(round(sum(r.amount) filter (where r.currency = 'USD') * ${RATE}::numeric, 0), 0) end as vnd
          from realised_capital r where period_last_day(r.period) <= ${to}::date group by r.project_id`,
    );
    const storedRealised = await rowsOf(db, sql`select rc.* from ${realisedAt(to, RATE)}`);
    expect(sorted(storedRealised, 'project_id'), `${label}: realised on ${to}`).toEqual(sorted(realised, 'project_id'));

    const latest = await rowsOf(
      db,
      sql`select distinct on (r.project_id) r.project_id as report_project_id, r.id as report_id,
                 r.workers_domestic, r.workers_foreign, r.workers_female
          from reports r where r.status = 'accepted' and period_last_day(r.period) <= ${to}::date
          order by r.project_id, period_last_day(r.period) desc, (r.type_id = 'quarterly_implementation') desc, r.accepted_at desc`,
    );
    const storedLatest = await rowsOf(
      db,
      sql`select lr.report_project_id, lr.report_id, lr.workers_domestic, lr.workers_foreign, lr.workers_female from ${latestReportRows(ctx)}`,
    );
    expect(sorted(storedLatest, 'report_project_id'), `${label}: latest reports on ${to}`).toEqual(
      sorted(latest, 'report_project_id'),
    );
    const workers = await rowsOf(db, sql`select lr.* from ${latestWorkersAt(to)}`);
    expect(sorted(workers, 'report_project_id')).toEqual(
      sorted(
        latest.map(({ report_id: _, ...w }) => w),
        'report_project_id',
      ),
    );
  }
}

const write = (label: string, statement: (tx: Tx) => Promise<unknown>) => auditedWrite(t, label, statement);

describe('per-project histories kept by triggers', () => {
  it('equal the folds of the demo country as loaded', async () => {
    const [counts] = await t.database.query<{ events: number; realised: number; accepted: number }>(
      `select (select count(*) from certificate_events)::int as events, (select count(*) from realised_capital)::int as realised,
              (select count(*) from reports where status = 'accepted')::int as accepted`,
    );
    expect(counts!.events).toBeGreaterThan(100);
    expect(counts!.realised).toBeGreaterThan(100);
    expect(counts!.accepted).toBeGreaterThan(100);
    await expectFoldsEqual('loaded');
  });

  it('stay equal to the folds after each of many random writes', async () => {
    const rnd = random(2026);
    const db = t.database.db;
    const projects = (
      await t.database.query<{ id: string }>('select distinct project_id as id from certificate_events')
    ).map((r) => r.id);
    const day = () =>
      `${2015 + rnd.int(12)}-${String(1 + rnd.int(12)).padStart(2, '0')}-${String(1 + rnd.int(28)).padStart(2, '0')}`;
    const kinds = ['adjusted', 'adjusted', 'revoked', 'terminated', 'reissued'] as const;
    for (let step = 0; step < 24; step++) {
      const project = rnd.pick(projects);
      const op = step % 8;
      const label = `step ${step} (op ${op}) on ${project}`;
      if (op === 0) {
        const usd = rnd.next() < 0.5;
        await write(label, (tx) =>
          tx.execute(sql`insert into certificate_events (id, project_id, seq, kind, date, capital, currency, capital_usd, capital_vnd,
                           land_area_ha, origin_after, partner_after, details)
                         select gen_random_uuid(), ${project}, coalesce(max(seq), 0) + 1, ${rnd.pick(kinds)}, ${day()},
                                ${String(1000 + rnd.int(90000))}, ${usd ? 'USD' : 'VND'},
                                ${usd && rnd.next() < 0.5 ? null : usd ? '123.45' : null}, ${usd ? null : rnd.next() < 0.5 ? '987654' : null},
                                ${rnd.next() < 0.5 ? '1.5' : null}, ${rnd.pick(['FDI', 'DDI'])}, ${rnd.pick(['KR', 'JP', null])}, '{}'::jsonb
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
        // One statement over several projects: every touched project is rebuilt.
        const several = [rnd.pick(projects), rnd.pick(projects), rnd.pick(projects)];
        await write(label, (tx) =>
          tx.execute(sql`update certificate_events set date = date + 400
                         where project_id in (${sql.join(
                           several.map((p) => sql`${p}`),
                           sql`, `,
                         )})`),
        );
      } else if (op === 4) {
        await write(label, (tx) =>
          tx.execute(sql`update realised_capital set amount = amount * 2, currency = case when currency = 'USD' then 'VND' else currency end
                         where project_id = (select project_id from realised_capital order by project_id, period offset ${rnd.int(100)} limit 1)`),
        );
        await write(`${label} (delete)`, (tx) =>
          tx.execute(sql`delete from realised_capital
                         where (project_id, period) = (select project_id, period from realised_capital order by project_id, period offset ${rnd.int(100)} limit 1)`),
        );
      } else if (op === 5) {
        await write(label, (tx) =>
          tx.execute(sql`insert into realised_capital (project_id, period, amount, currency, source)
                         values (${project}, ${`${2016 + rnd.int(10)}-Q${1 + rnd.int(4)}`}, ${String(500 + rnd.int(5000))}, ${rnd.pick(['USD', 'VND'])}, 'test')
                         on conflict (project_id, period) do update set amount = excluded.amount`),
        );
      } else if (op === 6) {
        // Accept a pending report, send an accepted one back.
        await write(label, (tx) =>
          tx.execute(sql`update reports set status = 'accepted', accepted_at = now()
                         where id = (select id from reports where status = 'pending' order by number offset ${rnd.int(20)} limit 1)`),
        );
        await write(`${label} (send back)`, (tx) =>
          tx.execute(sql`update reports set status = 'revision_requested', accepted_at = null
                         where id = (select id from reports where status = 'accepted' order by number offset ${rnd.int(200)} limit 1)`),
        );
      } else {
        // The Board edits an accepted report's workers; a draft's autosave changes nothing.
        await write(label, (tx) =>
          tx.execute(sql`update reports set workers_domestic = coalesce(workers_domestic, 0) + ${1 + rnd.int(50)}
                         where id = (select id from reports where status = 'accepted' order by number offset ${rnd.int(200)} limit 1)`),
        );
        await write(`${label} (draft)`, (tx) =>
          tx.execute(sql`update reports set revenue = coalesce(revenue, 0) + 1 where status = 'draft'`),
        );
      }
      await expectFoldsEqual(label);
    }
    // A rolled-back write leaves the histories as they were.
    const before = await rowsOf(db, sql`select count(*)::int as n from project_certificate_states`);
    await expect(
      inTransaction(db, async (tx) => {
        await tx.execute(sql`delete from certificate_events where project_id = ${projects[0]!}`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rowsOf(db, sql`select count(*)::int as n from project_certificate_states`)).toEqual(before);
    await expectFoldsEqual('after a rollback');
  }, 300_000);
});
