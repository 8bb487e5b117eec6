/**
 * The audit trail of one registry record (a project, an enterprise, an investor) for whoever may
 * read the record: the system-wide log (`GET /api/audit`) stays with administrators, while a
 * Board officer sees who changed what on the records of its province. Network addresses are
 * left out of this view.
 */
import { and, count, desc, eq } from 'drizzle-orm';
import { AUDIT_ACTION_LABELS } from '../../../platform/audit/contract';
import { auditLog } from '../../../platform/audit/schema';
import type { Db } from '../../../platform/db/client';
import type { RecordAuditPage } from '../contract-records';

export type TrailEntity = 'project' | 'enterprise' | 'investor';

export async function recordTrail(
  db: Db,
  entityType: TrailEntity,
  entityId: string,
  paging: { page: number; pageSize: number },
): Promise<RecordAuditPage> {
  const where = and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId));
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      action: r.action,
      label: AUDIT_ACTION_LABELS[r.action] ?? { vi: r.action, en: r.action },
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.requestId,
      ip: null,
    })),
    total: Number(totals[0]?.n ?? 0),
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
