import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { inTransaction } from '../db/transaction';
import { referenceVersions } from './schema';

/** A digest of the shipped files a loader reads: the loader runs again only when they change. */
export function digestFiles(files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex');
}

/**
 * Runs `load` in one audited transaction when the files behind `name` changed since the last
 * load, and records the new digest. Returns whether it loaded.
 */
export async function loadIfChanged(
  db: Db,
  actor: Actor,
  name: string,
  files: string[],
  load: (tx: Tx) => Promise<Record<string, number>>,
  now: Date,
): Promise<boolean> {
  const hash = digestFiles(files);
  const [current] = await db.select().from(referenceVersions).where(eq(referenceVersions.name, name));
  if (current?.hash === hash) return false;
  await inTransaction(db, async (tx) => {
    const counts = await load(tx);
    await tx
      .insert(referenceVersions)
      .values({ name, hash, loadedAt: now })
      .onConflictDoUpdate({ target: referenceVersions.name, set: { hash, loadedAt: now } });
    await recordAudit(tx, actor, {
      action: 'reference.load',
      entityType: 'reference_data',
      entityId: name,
      before: current ? { hash: current.hash } : null,
      after: { hash, ...counts },
    });
  });
  return true;
}
