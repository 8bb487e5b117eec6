import { inArray, or } from 'drizzle-orm';
import { parsePeriod } from '../../../kernel/period';
import { AUDIT_ACTION_LABELS } from '../../../platform/audit/contract';
import type { Actor } from '../../../platform/auth/actor';
import { economicZones, industrialParks, projects, reports } from '../../../platform/db/schema';
import type { FormTable } from '../contract';
import type { SubmissionChanges } from '../contract-workflow';
import { diffSections } from '../snapshot-diff';
import { computeTable, definitionOf, formContext, type StatisticsDeps } from './form-scope';
import { readSubmission } from './submissions';

/** How many registry edits are listed beside a changed form (the newest; the list says when it was cut). */
const REGISTRY_CHANGES_LIMIT = 100;

/**
 * A frozen version against the live figures: the cells that moved, and who changed which
 * registry record in the form's province after the version was computed (projects with their
 * certificate events and realised capital, parks with their land and plants, economic zones with
 * their special zones, the enterprises' reports).
 */
export async function submissionChanges(deps: StatisticsDeps, actor: Actor, id: string): Promise<SubmissionChanges> {
  const { row } = await readSubmission(deps, actor, id);
  const snapshot = row.snapshot as FormTable;
  const def = definitionOf(deps, snapshot.code);
  const ctx = await formContext(deps, deps.db, snapshot.scope, parsePeriod(snapshot.period));
  const live = await computeTable(deps, def, ctx);
  const entries = await deps.audit.changesSince(
    row.computedAt,
    await scopeTargets(deps, ctx.unitIds),
    REGISTRY_CHANGES_LIMIT,
  );
  return {
    submissionId: row.id,
    computedAt: row.computedAt.toISOString(),
    liveComputedAt: live.computedAt,
    cells: diffSections(snapshot.sections, live.sections),
    registryChanges: entries.slice(0, REGISTRY_CHANGES_LIMIT).map((e) => ({
      at: e.at,
      actorLabel: e.actorLabel,
      action: e.action,
      actionLabel: AUDIT_ACTION_LABELS[e.action] ?? { vi: e.action, en: e.action },
      entityType: e.entityType,
      entityId: e.entityId,
    })),
    registryChangesTruncated: entries.length > REGISTRY_CHANGES_LIMIT,
  };
}

/** The registry records of the scope, by audit entity type (null = every record: the whole country). */
async function scopeTargets(deps: StatisticsDeps, unitIds: readonly string[] | null) {
  const types = ['project', 'industrial_park', 'economic_zone', 'report'] as const;
  if (unitIds === null) return types.map((entityType) => ({ entityType, entityIds: null }));
  const units = [...unitIds];
  const [parks, zones] = await Promise.all([
    deps.db.select({ id: industrialParks.id }).from(industrialParks).where(inArray(industrialParks.adminUnitId, units)),
    deps.db.select({ id: economicZones.id }).from(economicZones).where(inArray(economicZones.adminUnitId, units)),
  ]);
  const parkIds = parks.map((p) => p.id);
  const zoneIds = zones.map((z) => z.id);
  const places = [
    ...(parkIds.length ? [inArray(projects.parkId, parkIds)] : []),
    ...(zoneIds.length ? [inArray(projects.zoneId, zoneIds)] : []),
  ];
  const projectIds = places.length
    ? (
        await deps.db
          .select({ id: projects.id })
          .from(projects)
          .where(or(...places))
      ).map((p) => p.id)
    : [];
  const reportIds = projectIds.length
    ? (await deps.db.select({ id: reports.id }).from(reports).where(inArray(reports.projectId, projectIds))).map(
        (r) => r.id,
      )
    : [];
  return [
    { entityType: 'project', entityIds: projectIds },
    { entityType: 'industrial_park', entityIds: parkIds },
    { entityType: 'economic_zone', entityIds: zoneIds },
    { entityType: 'report', entityIds: reportIds },
  ];
}
