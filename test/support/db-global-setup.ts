import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/platform/db/client';
import { prepareTemplate } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    testEngine: 'pglite' | 'postgres';
    pgliteTemplateFile: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
  }
}

/**
 * Builds the template once per run: a migrated, seeded database that every test file clones
 * (PGlite: a dumped data folder; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const engine = process.env.IZA_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  project.provide('testEngine', engine);
  const started = Date.now();

  if (engine === 'pglite') {
    const database = await openPglite();
    await prepareTemplate(database);
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'iza-test-')), 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplateFile', file);
    console.log(`[db] PGlite template ready in ${Date.now() - started} ms`);
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl)
    throw new Error('IZA_TEST_ENGINE=postgres needs TEST_DATABASE_URL (a server the tests may create databases on)');
  const template = `iza_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const database = await openPostgres(url.toString(), 2);
  await prepareTemplate(database);
  await database.close();
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', template);
  console.log(`[db] PostgreSQL template ${template} ready in ${Date.now() - started} ms`);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
