import { inArray, or } from 'drizzle-orm';
import { parsePeriod } from '../../../kernel/period';
import type { AuditEntry } from '../../../platform/audit/contract';
import { AUDIT_ACTION_LABELS } from '../../../platform/audit/contract';
import type { Actor } from '../../../platform/auth/actor';
import { ROLE_LABELS, type Role } from '../../../platform/auth/contract';
import {
  economicZones,
  enterprises,
  industrialParks,
  projectInvestors,
  projects,
  reports,
  users,
} from '../../../platform/db/schema';
import type { FormTable } from '../contract';
import type { SubmissionChanges } from '../contract-workflow';
import { diffSections } from '../snapshot-diff';
import { computeTable, definitionOf, formContext, provinceName, type StatisticsDeps } from './form-scope';
import { readSubmission } from './submissions';

/** How many registry edits are listed beside a changed form (the newest; the list says when it was cut). */
const REGISTRY_CHANGES_LIMIT = 100;

/**
 * A frozen version against the live figures: the cells that moved, and who changed which
 * registry record in the form's province after the version was computed (projects with their
 * certificate events and realised capital, parks with their land and plants, economic zones with
 * their special zones, the enterprises' reports, the enterprises carrying those projects or
 * developing those parks, and the projects' investors), each with the account's name, role and
 * organisation.
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
  const shown = entries.slice(0, REGISTRY_CHANGES_LIMIT);
  const actors = await actorsOf(deps, shown);
  return {
    submissionId: row.id,
    computedAt: row.computedAt.toISOString(),
    liveComputedAt: live.computedAt,
    cells: diffSections(snapshot.sections, live.sections),
    registryChanges: shown.map((e) => ({
      at: e.at,
      actorLabel: e.actorLabel,
      ...(actors.get(e.actorId ?? '') ?? { actorName: null, actorRole: null, actorOrganisation: null }),
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
  const types = ['project', 'industrial_park', 'economic_zone', 'report', 'enterprise', 'investor'] as const;
  if (unitIds === null) return types.map((entityType) => ({ entityType, entityIds: null }));
  const units = [...unitIds];
  const [parks, zones] = await Promise.all([
    deps.db
      .select({ id: industrialParks.id, developer: industrialParks.developerEnterpriseId })
      .from(industrialParks)
      .where(inArray(industrialParks.adminUnitId, units)),
    deps.db.select({ id: economicZones.id }).from(economicZones).where(inArray(economicZones.adminUnitId, units)),
  ]);
  const parkIds = parks.map((p) => p.id);
  const zoneIds = zones.map((z) => z.id);
  const places = [
    ...(parkIds.length ? [inArray(projects.parkId, parkIds)] : []),
    ...(zoneIds.length ? [inArray(projects.zoneId, zoneIds)] : []),
  ];
  const projectRows = places.length
    ? await deps.db
        .select({ id: projects.id, enterprise: projects.enterpriseId })
        .from(projects)
        .where(or(...places))
    : [];
  const projectIds = projectRows.map((p) => p.id);
  // The enterprises behind the scope's figures: those carrying its projects and those developing its parks.
  const enterpriseIds = new Set<string>();
  for (const p of projectRows) if (p.enterprise) enterpriseIds.add(p.enterprise);
  for (const p of parks) if (p.developer) enterpriseIds.add(p.developer);
  const investorIds = projectIds.length
    ? (
        await deps.db
          .selectDistinct({ id: projectInvestors.investorId })
          .from(projectInvestors)
          .where(inArray(projectInvestors.projectId, projectIds))
      ).map((r) => r.id)
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
    { entityType: 'enterprise', entityIds: [...enterpriseIds] },
    { entityType: 'investor', entityIds: investorIds },
  ];
}

type ActorFacts = { actorName: string | null; actorRole: string | null; actorOrganisation: string | null };

/**
 * Who the accounts behind the edits are: full name, role and the organisation they act for (the
 * enterprise of an enterprise or developer account, the Board of a province, the ministry). The
 * system (imports, the CLI) has no account and stays as its audit label.
 */
async function actorsOf(deps: StatisticsDeps, entries: readonly AuditEntry[]): Promise<Map<string, ActorFacts>> {
  const ids = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const accounts = await deps.db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      province: users.scopeProvinceCode,
      enterprise: users.scopeEnterpriseId,
    })
    .from(users)
    .where(inArray(users.id, ids));
  const enterpriseIds = [...new Set(accounts.map((a) => a.enterprise).filter((id): id is string => id !== null))];
  const names = new Map(
    enterpriseIds.length
      ? (
          await deps.db
            .select({ id: enterprises.id, name: enterprises.nameVi })
            .from(enterprises)
            .where(inArray(enterprises.id, enterpriseIds))
        ).map((e) => [e.id, e.name])
      : [],
  );
  const provinces = new Map<string, string>();
  for (const code of new Set(accounts.map((a) => a.province).filter((c): c is string => c !== null))) {
    provinces.set(code, await provinceName(deps, code));
  }
  const organisation = (a: (typeof accounts)[number]): string | null => {
    if (a.enterprise) return names.get(a.enterprise) ?? null;
    if (a.province) return `Ban Quản lý các KCN, KKT – ${provinces.get(a.province) ?? a.province}`;
    if (a.role === 'ministry') return 'Bộ Tài chính';
    return ROLE_LABELS[a.role as Role]?.vi ?? null;
  };
  return new Map(
    accounts.map((a) => [a.id, { actorName: a.name, actorRole: a.role, actorOrganisation: organisation(a) }]),
  );
}
