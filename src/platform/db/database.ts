import { type Database, migrateDatabase, openDatabase } from './client';

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  const database = await openDatabase(config);
  await migrateDatabase(database);
  return database;
}
