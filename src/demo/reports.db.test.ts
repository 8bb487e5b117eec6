/**
 * The demo's enterprise reports in the database agree with the registry they were loaded beside:
 * no report outside a certificate's life, no revenue before the operation start, the realised
 * capital equal to what the accepted reports give, every late report behind a reopening.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app';
import { parsePeriod } from '../kernel/period';
import { reportingWindow } from '../modules/reporting/period-state';
import type { ReportKind } from '../modules/reporting/reporting-schedules';
import { generateDemoCountry } from './country/index';
import { HISTORY_SOURCE, projectReports, reportContext } from './country/reports';
import { loadDemoCountry } from './load-country';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const DETAIL = { annualFrom: 2015, quarterlyFrom: 2024 };

/** First and last day of a report's period, in SQL. */
const PERIOD_DAYS = `
  make_date(left(r.period, 4)::int, case when r.period like '%-Q%' then (right(r.period, 1)::int - 1) * 3 + 1 else 1 end, 1) as starts,
  (make_date(left(r.period, 4)::int, case when r.period like '%-Q%' then right(r.period, 1)::int * 3 else 12 end, 1) + interval '1 month' - interval '1 day')::date as ends`;

describe('demo reports in the registry', () => {
  let ctx: TestContext;
  let counts: Record<string, number>;
  const q = <T = Record<string, unknown>>(text: string) => ctx.database.query<T>(text);
  const n = async (text: string) => Number((await q<{ n: string }>(text))[0]!.n);

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    counts = (await loadDemoCountry(ctx.database.db, { seed: 3, scale: 0.02, today: TODAY, clock, reports: DETAIL }))
      .counts;
  }, 300_000);
  afterAll(() => ctx?.close());

  it('writes every report, event and reopening, numbered by the database, in every status', async () => {
    expect(await n('select count(*) as n from reports')).toBe(counts.reports);
    expect(await n('select count(*) as n from report_events')).toBe(counts.reportEvents);
    // The standard lifecycles' events are derived in SQL: they must be exactly the generator's.
    const country = generateDemoCountry({ seed: 3, scale: 0.02, today: TODAY });
    const context = reportContext(3, TODAY, DETAIL);
    let events = 0;
    let realised = 0;
    for (const p of country.projects) {
      const own = projectReports(p, context);
      realised += own.realised.length;
      for (const r of own.reports) events += r.events.length;
    }
    expect(counts.reportEvents).toBe(events);
    // So is the realised capital derived from the accepted reports.
    expect(await n('select count(*) as n from realised_capital')).toBe(realised);
    expect(counts.realisedCapital).toBe(realised);
    const derived = await q<{ action: string; to_status: string; actor_role: string }>(
      `select distinct action, to_status, actor_role from report_events where actor_name is null or actor_name = ''`,
    );
    expect(derived).toEqual([]);
    expect(await n('select count(*) as n from report_reopenings')).toBe(counts.reportReopenings);
    expect(counts.reports).toBeGreaterThan(counts.projects! * 10);
    expect(await n('select count(distinct number) as n from reports where number > 0')).toBe(counts.reports);
    const statuses = await q<{ status: string }>('select distinct status from reports');
    expect(statuses.map((s) => s.status).sort()).toEqual(['accepted', 'draft', 'pending', 'revision_requested']);
    expect(
      await n(
        `select count(*) as n from reports where type_version not in ('aiii1-2015','aiii1-2021','aiii2-2015','aiii2-2021')`,
      ),
    ).toBe(0);
  });

  it('has no report before the certificate was issued or after it was revoked or terminated', async () => {
    const outside = await n(`
      select count(*) as n from (select r.*, ${PERIOD_DAYS} from reports r) r
      where exists (select 1 from certificate_events e where e.project_id = r.project_id and e.kind = 'issued' and e.date > r.ends)
         or exists (select 1 from certificate_events e where e.project_id = r.project_id and e.kind in ('revoked','terminated') and e.date <= r.starts)`);
    expect(outside).toBe(0);
    // Revoked and terminated projects did report while their certificate was in force.
    expect(
      await n(
        `select count(*) as n from reports r join projects p on p.id = r.project_id where p.status_cache in ('revoked','terminated') and r.status = 'accepted'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('has no revenue, export or import before the operation start', async () => {
    const early = await n(`
      select count(*) as n from (select r.*, ${PERIOD_DAYS} from reports r) r join projects p on p.id = r.project_id
      where (r.revenue is not null or r.export_usd is not null or r.import_usd is not null or r.operating)
        and (p.operation_started_on is null or p.operation_started_on > r.ends)`);
    expect(early).toBe(0);
  });

  it('keeps realised capital equal to the accepted reports, per project', async () => {
    const mismatched = await q(`
      with from_reports as (
        select project_id, sum(realised_capital) as amount from reports
        where status = 'accepted' and realised_capital > 0
          and ((type_id = 'quarterly_implementation') = (left(period, 4)::int >= ${DETAIL.quarterlyFrom}))
        group by project_id),
      recorded as (
        select project_id, sum(amount) as amount from realised_capital where source <> '${HISTORY_SOURCE}' group by project_id)
      select * from from_reports f full join recorded r using (project_id) where f.amount is distinct from r.amount`);
    expect(mismatched).toEqual([]);
    expect(await n(`select count(*) as n from realised_capital where source <> '${HISTORY_SOURCE}'`)).toBeGreaterThan(
      0,
    );
    const above = await n(`
      select count(*) as n from (select project_id, sum(amount) as total from realised_capital group by project_id) x
      join projects p on p.id = x.project_id where x.total > p.registered_capital_cache * 3`);
    expect(above).toBe(0);
  });

  it('logs each lifecycle from creation to the report status, and files each late report through a reopening', async () => {
    const broken = await n(`
      select count(*) as n from reports r
      where (select e.to_status from report_events e where e.report_id = r.id order by e.at desc limit 1) is distinct from r.status
         or (select e.action from report_events e where e.report_id = r.id order by e.at limit 1) <> 'create'
         or (r.status = 'accepted' and not exists (select 1 from report_events e where e.report_id = r.id and e.action = 'accept'))`);
    expect(broken).toBe(0);
    const filed = await q<{ type_id: ReportKind; period: string; day: string; reopened: boolean }>(`
      select r.type_id, r.period, to_char((r.first_submitted_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as day,
        exists (select 1 from report_reopenings o where o.project_id = r.project_id and o.type_id = r.type_id and o.period = r.period) as reopened
      from reports r where r.first_submitted_at is not null`);
    const late = filed.filter((r) => r.day > reportingWindow(r.type_id, parsePeriod(r.period)).deadline);
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((r) => !r.reopened)).toEqual([]);
    // The ×1000 figures wait for the Board with the enterprise's confirmation, or were sent back.
    const slips = await q<{ status: string }>(`select status from reports where jsonb_array_length(confirmations) > 0`);
    expect(slips.length).toBeGreaterThan(0);
    expect(slips.every((s) => s.status === 'pending' || s.status === 'revision_requested')).toBe(true);
  });
});
