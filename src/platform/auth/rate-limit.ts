import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimitHits } from './schema';

/**
 * Fixed-window counter kept in the database, so every server instance counts the same hits.
 * Returns the count including this hit.
 */
export async function hit(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db
    .insert(rateLimitHits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  return rows[0]?.count ?? 1;
}

/** Old windows are useless; dropping them keeps the table small. */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimitHits).where(sql`${rateLimitHits.windowStart} < ${olderThan}`);
}
