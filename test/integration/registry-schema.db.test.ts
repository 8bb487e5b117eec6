import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit/service';
import { systemActor } from '../../src/platform/auth/actor';
import type { Database } from '../../src/platform/db/client';
import { createTestDatabase } from '../support/db';

/** What the registry tables guarantee by themselves, before any service writes to them. */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const message = (e: unknown) => `${(e as Error).message} ${((e as Error).cause as Error | undefined)?.message ?? ''}`;

/** Runs one statement in a transaction with an audit row, as a service would. */
async function audited(statement: SQL) {
  await database.db.transaction(async (tx) => {
    await recordAudit(tx, systemActor('test'), { action: 'test.write', entityType: 'registry' });
    await tx.execute(statement);
  });
}

describe('registry tables', () => {
  it('refuse a park in an administrative unit that does not exist', async () => {
    const park = randomUUID();
    const insert = (unit: string) =>
      sql`insert into industrial_parks (id, code, name, name_search, kinds, admin_unit_id, status_cache)
          values (${park}, ${`T-${park}`}, 'KCN Thử', 'kcn thu', '{KCN}', ${unit}, 'planned')`;
    await expect(audited(insert('34:99'))).rejects.toSatisfy((e) => /foreign key|violates/i.test(message(e)));
    await audited(insert('63:24'));
    const rows = await database.query<{ admin_unit_id: string }>(
      'select admin_unit_id from industrial_parks where id = $1',
      [park],
    );
    expect(rows[0]?.admin_unit_id).toBe('63:24');
  });

  it('refuse a project in a park without naming the park', async () => {
    const bad = sql`insert into projects (id, project_code, name, search, location_kind, type, sectors, currency, origin_cache, status_cache)
        values (${randomUUID()}, ${`P-${randomUUID()}`}, 'Dự án', 'du an', 'park', 'production_business', '{}', 'USD', 'FDI', 'valid')`;
    await expect(audited(bad)).rejects.toSatisfy((e) => /projects_location_fits|check/i.test(message(e)));
  });

  it('refuse a write without an audit row, like every business table', async () => {
    await expect(
      database.query(
        `insert into investors (id, kind, name, nationality) values ($1, 'organisation', 'Samsung', 'KR')`,
        [randomUUID()],
      ),
    ).rejects.toSatisfy((e) => /without an audit row/.test(message(e)));
  });
});
