/**
 * The trail of edits of one park or zone, for whoever may read the record (the audit log itself
 * is for administrators): who changed what and when, newest first, without network details.
 */
import { and, count, desc, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { TrailPage, TrailQuery } from '../contract-map';
import { developersByZone, readZoneRow, zoneTarget } from './economic-zones';
import { readParkRow } from './get-park';
import { parkTarget, type ZonesDeps } from './shared';

async function trailOf(deps: ZonesDeps, entityType: string, entityId: string, q: TrailQuery): Promise<TrailPage> {
  const where = and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId));
  const [rows, totals] = await Promise.all([
    deps.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorLabel: r.actorLabel,
      action: r.action,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
    total: totals[0]?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function parkTrail(deps: ZonesDeps, actor: Actor, parkId: string, q: TrailQuery): Promise<TrailPage> {
  authorize(actor, 'registry:read');
  const park = await readParkRow(deps, parkId);
  authorize(actor, 'registry:read', await parkTarget(deps.geo, park));
  return trailOf(deps, 'industrial_park', parkId, q);
}

export async function zoneTrail(deps: ZonesDeps, actor: Actor, zoneId: string, q: TrailQuery): Promise<TrailPage> {
  authorize(actor, 'registry:read');
  const zone = await readZoneRow(deps, zoneId);
  const developers = (await developersByZone(deps, [zoneId])).get(zoneId) ?? [];
  authorize(actor, 'registry:read', await zoneTarget(deps, zone, developers));
  return trailOf(deps, 'economic_zone', zoneId, q);
}
