/**
 * Helpers of the tests that replay writes against kept summaries (summaries, unit sums, insights):
 * a small deterministic generator, so a failure replays, and one audited write per statement.
 */
import type { TestContext } from '../../../../test/support/app';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';

export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

/** Runs `statement` in its own transaction with the audit row every business write needs. */
export async function auditedWrite(t: TestContext, label: string, statement: (tx: Tx) => Promise<unknown>) {
  await inTransaction(t.database.db, async (tx) => {
    await statement(tx);
    await recordAudit(tx, systemActor('test'), { action: 'test.write', entityType: 'test', after: { label } });
  });
}
