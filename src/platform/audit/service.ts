import { and, count, desc, eq, gt, gte, ilike, inArray, like, lt, or, type SQL } from 'drizzle-orm';
import { escapeLike } from '../../kernel/text';
import type { Actor } from '../auth/actor';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, DbOrTx } from '../db/client';
import type { AuditEntry, AuditQuery } from './contract';
import { auditLog } from './schema';

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Secrets never reach the log, whatever a caller passes as before/after. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'currentPassword', 'newPassword', 'csrfToken', 'token']);

function redact(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '***' : redact(v)]),
    );
  }
  return value;
}

/** Writes one audit row inside the caller's transaction (the audit guard checks it at commit). */
export async function recordAudit(tx: DbOrTx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.kind === 'user' ? actor.id : null,
    actorLabel: actorLabel(actor),
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    before: redact(record.before),
    after: redact(record.after),
    requestId: actor.origin?.requestId ?? null,
    ip: actor.origin?.ip ?? null,
  });
}

/** Hà Nội midnight of a YYYY-MM-DD day, as an instant. */

const localMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: string) => new Date(localMidnight(day).getTime() + 86_400_000);

export function createAuditService(db: Db) {
  return {
    async find(
      actor: Actor,
      q: AuditQuery,
    ): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
      authorize(actor, 'audit:read');
      const conditions: SQL[] = [];
      if (q.actor)
        conditions.push(or(eq(auditLog.actorLabel, q.actor), ilike(auditLog.actorLabel, `%${escapeLike(q.actor)}%`))!);
      if (q.action) conditions.push(like(auditLog.action, `${escapeLike(q.action)}%`));
      if (q.entityType) conditions.push(eq(auditLog.entityType, q.entityType));
      if (q.entityId) conditions.push(eq(auditLog.entityId, q.entityId));
      if (q.from) conditions.push(gte(auditLog.at, localMidnight(q.from)));
      if (q.to) conditions.push(lt(auditLog.at, nextDay(q.to)));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorLabel: r.actorLabel,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          before: r.before ?? null,
          after: r.after ?? null,
          requestId: r.requestId,
          ip: r.ip,
        })),
        total: totals[0]?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * Edits of the given records after an instant, newest first, for a module that has already
     * authorized its caller for those records (e.g. the registry changes behind a sent national
     * form). `entityIds: null` means every record of that type. Reads `limit + 1` rows so the
     * caller can tell the list was cut.
     */
    async changesSince(
      since: Date,
      targets: readonly { entityType: string; entityIds: readonly string[] | null }[],
      limit: number,
    ): Promise<AuditEntry[]> {
      const wanted = targets
        .filter((t) => t.entityIds === null || t.entityIds.length > 0)
        .map((t) =>
          t.entityIds === null
            ? eq(auditLog.entityType, t.entityType)
            : and(eq(auditLog.entityType, t.entityType), inArray(auditLog.entityId, [...t.entityIds]))!,
        );
      if (wanted.length === 0) return [];
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(gt(auditLog.at, since), or(...wanted)))
        .orderBy(desc(auditLog.id))
        .limit(limit + 1);
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        before: r.before ?? null,
        after: r.after ?? null,
        requestId: null,
        ip: null,
      }));
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
