import type { Db, Tx } from './client';

/**
 * The one way services open a transaction. Every write goes through here, so that the audit
 * guard (a deferred trigger) sees the audit row and the business rows in the same transaction.
 */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as Tx));
}
