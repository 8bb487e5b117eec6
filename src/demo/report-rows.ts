/**
 * The demo reports of one project as rows of `reports`, `report_events`, `report_reopenings` and
 * `realised_capital`, keyed by column name and JSON-ready, because the loader sends them as one
 * JSON document per batch (`json_populate_recordset`): about three times faster than a multi-row
 * INSERT with one parameter per value, which matters for the largest tables of the demo.
 * `reports.number` is left to its bigserial default. Pure.
 */
import { randomUUID } from 'node:crypto';
import { ROLE_LABELS } from '../platform/auth/contract';
import { vietnamesePerson } from './country/names';
import { rngFor } from './country/random';
import type { ProjectReports } from './country/reports';
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

export function reportRows(p: DemoProject, r: ProjectReports, seed: number) {
  const who = people(p, seed);
  const reports: JsonRow[] = [];
  const events: JsonRow[] = [];
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
  const realised = r.realised.map((x) => ({
    project_id: uuidOf(x.projectId),
    period: x.period,
    amount: x.amount,
    currency: x.currency,
    source: x.source,
  }));
  return { reports, events, reopenings, realised };
}
