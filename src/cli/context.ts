import { AppError } from '../kernel/errors';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db/client';
import { openMigratedDatabase } from '../platform/db/database';

/** Opens the configured database for one CLI command and always closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** CLI errors read like the web's: Vietnamese, then English. */
export function explain(err: unknown): string {
  if (err instanceof AppError) return `${err.message}\n${err.messageEn}`;
  const text = err instanceof Error ? err.message : String(err);
  // A failed bulk statement quotes every parameter: keep the head, which names the statement.
  return text.length > 2000 ? `${text.slice(0, 2000)} …` : text;
}

export function describeDatabase(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) return `PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`;
  return `PGlite ${dataDir}`;
}

export { loadConfig };
