import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** What services see: the same drizzle API on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type DbOrTx = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Plain SQL for the few things drizzle does not express (health check, maintenance). */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** PGlite only: the live instance, for dumps and clones. */
  pglite?: PGlite;
};

export const migrationsFolder = path.join(import.meta.dirname, 'migrations');

/**
 * Memory a sort or hash may use before it spills to disk. The statistics read every project's
 * events and latest report grouped or sorted per project (tens of MB at national scale); the
 * default 4 MB sent those sorts to disk and made them about 1.5× slower.
 */
const WORK_MEM = '32MB';

// int8 as JavaScript numbers on both engines: ids and counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; instance?: PGlite } = {}) {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const client =
    options.instance ??
    (await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { 20: (v: string) => Number.parseInt(v, 10) },
      // The registry's search indexes (migration 0004) need the trigram operator classes.
      extensions: { pg_trgm },
    }));
  if (!options.instance) await client.exec(`set work_mem = '${WORK_MEM}'`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const database: Database = {
    db,
    engine: 'pglite',
    pglite: client,
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    close: () => client.close(),
  };
  return database;
}

/**
 * One client runs one query at a time. Services read with `Promise.all`, which the pool spreads
 * over clients; inside a transaction (one client) node-postgres would queue them itself but warns
 * that this is deprecated. Chaining promise-style calls keeps the behaviour and silences nothing.
 */
function serializeQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  client.query = ((...args: unknown[]) => {
    // Callback-style and submittable queries (cursors, streams) go straight through.
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') return query(...args);
    const run = tail.then(
      () => query(...args),
      () => query(...args),
    );
    tail = run.catch(() => undefined);
    return run;
  }) as typeof client.query;
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // JIT off: the statistics queries over the whole country are estimated above PostgreSQL's JIT
  // threshold, and compiling them costs 100–200 ms, more than most of them take to run.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c work_mem=${WORK_MEM} -c jit=off` });
  // A pool error on an idle client must not crash the process; the next query reports it.
  pool.on('error', () => {});
  pool.on('connect', serializeQueries);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    close: () => pool.end(),
  };
}

export async function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
  } else {
    await migratePg(database.db as never, { migrationsFolder });
  }
}
