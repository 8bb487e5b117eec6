/**
 * A kept form is live only if every table the forms read drops it when written (migration 0028 and
 * the kept sums' triggers of 0023–0025). This reads the SQL of the statistics facts and forms and
 * fails when a table appears there that no trigger watches: a new read must come with its trigger.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const migrations = join(root, 'src/platform/db/migrations');
const sources = ['src/modules/statistics/facts', 'src/modules/statistics/forms'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && !/\.(test|fixture|test-support)\.ts$/.test(f))
    .map((f) => readFileSync(join(root, dir, f), 'utf8')),
);
const migrationSql = readdirSync(migrations)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => readFileSync(join(migrations, f), 'utf8'))
  .join('\n');

const tables = new Set([...migrationSql.matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1]!));

/** Tables written only by triggers of watched tables in the same transaction, or by the kept sums. */
const DERIVED: Record<string, string> = {
  project_certificate_states: 'kept by triggers on certificate_events',
  project_realised_totals: 'kept by triggers on realised_capital',
  project_latest_reports: 'kept by triggers on reports',
  statistics_unit_sums: 'the kept sums themselves, dropped by the same writes',
  statistics_unit_locks: 'the lock rows of the kept sums',
};

function watched(): Set<string> {
  const out = new Set<string>();
  for (const m of migrationSql.matchAll(/CREATE TRIGGER (\w+)\s+AFTER [\w ,]+? ON (\w+)/g)) {
    if (/invalidate_sums|kept_forms/.test(m[1]!)) out.add(m[2]!);
  }
  const list = /FOREACH t IN ARRAY ARRAY\[([^\]]+)\]/.exec(migrationSql);
  for (const name of list?.[1]?.matchAll(/'(\w+)'/g) ?? []) out.add(name[1]!);
  return out;
}

describe('tables the statistics read', () => {
  it('are all watched by a trigger that drops kept forms', () => {
    const read = new Set<string>();
    for (const text of sources) {
      for (const m of text.matchAll(/\b(?:from|join)\s+(\w+)/gi)) if (tables.has(m[1]!)) read.add(m[1]!);
    }
    // The guard reads what it should: the registry's core tables are among them.
    expect([...read]).toEqual(expect.arrayContaining(['projects', 'certificate_events', 'reports', 'park_events']));
    const covered = watched();
    const unwatched = [...read].filter((x) => !covered.has(x) && !(x in DERIVED)).sort();
    expect(unwatched).toEqual([]);
  });
});
