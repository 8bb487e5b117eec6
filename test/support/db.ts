import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/platform/db/client';

/**
 * A fresh database for one test file, cloned from the run's template, on the engine the run was
 * started with. Close it in afterAll: `await db.close()` also drops a PostgreSQL clone.
 */
export async function createTestDatabase(): Promise<Database> {
  if (inject('testEngine') === 'pglite') {
    const bytes = fs.readFileSync(inject('pgliteTemplateFile'));
    return openPglite({ loadDataDir: new Blob([bytes]) });
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `iza_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export const testEngine = () => inject('testEngine');

/** An empty database (no schema at all), for testing the migrations themselves. */
export async function createEmptyDatabase(): Promise<Database & { url?: string }> {
  if (inject('testEngine') === 'pglite') return openPglite();
  const adminUrl = inject('postgresAdminUrl');
  const name = `iza_e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 2);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
