import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testEngine } from '../../../test/support/db';
import { type Database, migrateDatabase } from './client';

let database: Database;
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('build the whole schema from an empty database, and a second run changes nothing', async () => {
    await migrateDatabase(database);
    const tables = await database.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'users',
        'sessions',
        'audit_log',
        'geo_admin_units',
        'calendar_days',
        'ref_countries',
        'industrial_parks',
        'certificate_events',
      ]),
    );
    const triggers = await database.query<{ n: number }>(
      `select count(*)::int as n from pg_trigger where tgname like 'audited_%'`,
    );
    await migrateDatabase(database);
    const again = await database.query<{ n: number }>(
      `select count(*)::int as n from pg_trigger where tgname like 'audited_%'`,
    );
    expect(again).toEqual(triggers);
    expect(triggers[0]!.n).toBeGreaterThanOrEqual(24);
  });

  it('run on the engine the suite was started for', async () => {
    const [row] = await database.query<{ v: string }>('select version() as v');
    expect(row!.v).toMatch(testEngine() === 'pglite' ? /PGlite/ : /PostgreSQL 15/);
  });
});
