import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/platform/db/client';

export type TestDatabase = Database & { url?: string };

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new PostgreSQL database on the run's server (a clone of `template` when given), dropped on close. */
async function createPostgresDatabase(prefix: string, template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * A fresh database for one test file, cloned from the run's template (migrated, with the
 * reference data), on the engine the run was started with. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (inject('testEngine') === 'pglite') {
    const bytes = fs.readFileSync(inject('pgliteTemplateFile'));
    return openPglite({ loadDataDir: new Blob([bytes]) });
  }
  return createPostgresDatabase('iza_t', inject('postgresTemplate'));
}

/** An empty database (no schema at all), for testing the migrations and the CLI themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  if (inject('testEngine') === 'pglite') return openPglite();
  return createPostgresDatabase('iza_e');
}

export const testEngine = () => inject('testEngine');
