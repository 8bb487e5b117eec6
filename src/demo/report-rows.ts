/**
 * The demo reports of one project as rows of `reports`, `report_events`, `report_reopenings` and
 * `realised_capital`, keyed by column name and JSON-ready, because the loader sends them as one
 * JSON document per batch (`json_populate_recordset`): about three times faster than a multi-row
 * INSERT with one parameter per value, which matters for the largest tables of the demo.
 * `reports.number` is left to its bigserial default.
 *
 * Most reports went create → submit → accept (or stopped on the way): their events say nothing the
 * report's own timestamps do not, so the loader derives them in one INSERT … SELECT
 * (`STANDARD_EVENTS_SQL`) instead of sending three rows per report — the events are two thirds of
 * the demo's report rows. Only the other lifecycles (revisions, resubmits) travel as rows here.
 */
import { randomUUID } from 'node:crypto';
import { ROLE_LABELS } from '../platform/auth/contract';
import { vietnamesePerson } from './country/names';
import { rngFor } from './country/random';
import { type DemoReport, HISTORY_SOURCE, type ProjectReports } from './country/reports';
import type { DemoProject } from './country/types';
import { uuidOf } from './country-rows';

export type JsonRow = Record<string, unknown>;

/** Who filed for the enterprise and who handled it at the Board: one name each, stable per enterprise and place. */
function people(p: DemoProject, seed: number) {
  const enterpriseRole = p.type === 'infrastructure' ? 'developer' : 'enterprise';
  return {
    enterprise: { name: vietnamesePerson(rngFor(seed, 'reporter', p.enterpriseId)), role: enterpriseRole },
    board: { name: vietnamesePerson(rngFor(seed, 'officer', p.parkId ?? p.zoneId ?? '')), role: 'board_officer' },
  } as const;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

const STANDARD = ['create', 'submit', 'accept'] as const;

/** Events exactly create (at created), submit (at first submitted), accept (at accepted), or a prefix of them. */
export function isStandardLifecycle(r: DemoReport): boolean {
  const times = [r.createdAt, r.firstSubmittedAt, r.acceptedAt];
  return r.events.every(
    (e, i) =>
      e.action === STANDARD[i] && e.at.getTime() === times[i]?.getTime() && e.reason === null && e.before === null,
  );
}

/** Who acted for the enterprise and for the Board, per report: a temporary table the derived events read. */
export const ACTORS_TABLE = 'demo_report_actors';
export const CREATE_ACTORS_SQL = `create temporary table ${ACTORS_TABLE} (report_id uuid primary key, enterprise_name text, enterprise_role text, board_name text) on commit drop`;

/**
 * The realised capital the accepted reports give (country/reports.ts `realisedRows`, the same rule):
 * per project and year, the accepted quarterly reports where the year is reported by quarter, else
 * the accepted annual report. Derived in SQL from the reports themselves, so the two cannot differ.
 */
export const realisedFromReportsSql = (quarterlyFrom: number) => `
  insert into realised_capital (project_id, period, amount, currency, source)
  select r.project_id, r.period, r.realised_capital, r.currency,
         'Báo cáo ' || r.form_code || ' kỳ ' || r.period || ' (dữ liệu mẫu)'
  from reports r
  where r.status = 'accepted' and r.realised_capital > 0
    and (r.type_id = 'quarterly_implementation') = (left(r.period, 4)::int >= ${Number(quarterlyFrom)})`;

/** The events of the standard lifecycles, from the reports' timestamps (see the module comment). */
export const STANDARD_EVENTS_SQL = `
  insert into report_events (id, report_id, at, action, from_status, to_status, actor_name, actor_role)
  select gen_random_uuid(), r.id, s.at, s.action, s.from_status, s.to_status,
         case when s.board then a.board_name else a.enterprise_name end,
         case when s.board then 'board_officer' else a.enterprise_role end
  from ${ACTORS_TABLE} a
  join reports r on r.id = a.report_id
  cross join lateral (values
    (r.created_at, 'create', null, 'draft', false),
    (r.first_submitted_at, 'submit', 'draft', 'pending', false),
    (r.accepted_at, 'accept', 'pending', 'accepted', true)) as s(at, action, from_status, to_status, board)
  where s.at is not null`;

export function reportRows(p: DemoProject, r: ProjectReports, seed: number) {
  const who = people(p, seed);
  const reports: JsonRow[] = [];
  const events: JsonRow[] = [];
  /** One row per report with a standard lifecycle: its events are derived in SQL. */
  const actors: JsonRow[] = [];
  for (const x of r.reports) {
    const id = uuidOf(x.id);
    const f = x.figures;
    reports.push({
      id,
      type_id: x.typeId,
      form_code: x.formCode,
      type_version: x.typeVersion,
      period: x.period,
      project_id: uuidOf(x.projectId),
      enterprise_id: uuidOf(x.enterpriseId),
      status: x.status,
      ever_submitted: x.firstSubmittedAt !== null,
      first_submitted_at: iso(x.firstSubmittedAt),
      submitted_at: iso(x.submittedAt),
      accepted_at: iso(x.acceptedAt),
      currency: x.currency,
      realised_capital: f.realisedCapital,
      revenue: f.revenue,
      profit: f.profit,
      rnd_spending: f.rndSpending,
      export_usd: f.exportUsd,
      import_usd: f.importUsd,
      budget_vnd: f.budgetVnd,
      workers_domestic: f.workersDomestic,
      workers_foreign: f.workersForeign,
      workers_female: f.workersFemale,
      operating: f.operating,
      extra: f.extra,
      confirmations: x.confirmations.map((c) => ({
        ...c,
        by: `${who.enterprise.name} – ${ROLE_LABELS[who.enterprise.role].vi}`,
      })),
      created_at: iso(x.createdAt),
      updated_at: iso(x.updatedAt),
    });
    if (isStandardLifecycle(x)) {
      actors.push({
        report_id: id,
        enterprise_name: who.enterprise.name,
        enterprise_role: who.enterprise.role,
        board_name: who.board.name,
      });
      continue;
    }
    for (const e of x.events) {
      const actor = who[e.by];
      events.push({
        id: randomUUID(),
        report_id: id,
        at: iso(e.at),
        action: e.action,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        actor_id: null,
        actor_name: actor.name,
        actor_role: actor.role,
        reason: e.reason,
        field_reasons: e.fieldReasons,
        before: e.before,
        after: e.after,
      });
    }
  }
  const reopenings = r.reopenings.map((o) => ({
    id: uuidOf(o.id),
    type_id: o.typeId,
    period: o.period,
    project_id: uuidOf(o.projectId),
    reason: o.reason,
    open_until: o.openUntil,
    created_by: null,
    created_at: iso(o.createdAt),
  }));
  // Only the history before the first reported year: the rest is derived from the reports (above).
  const realised = r.realised
    .filter((x) => x.source === HISTORY_SOURCE)
    .map((x) => ({
      project_id: uuidOf(x.projectId),
      period: x.period,
      amount: x.amount,
      currency: x.currency,
      source: x.source,
    }));
  return { reports, events, actors, reopenings, realised };
}
