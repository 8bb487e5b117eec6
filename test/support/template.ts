import { createApp } from '../../src/app';
import type { Database } from '../../src/platform/db/client';
import { migrateDatabase } from '../../src/platform/db/client';
import { seedReferenceData } from '../../src/seed';

/** What every test database starts from: the schema and the shipped reference data. */
export async function prepareTemplate(database: Database): Promise<void> {
  await migrateDatabase(database);
  const app = await createApp({ database, config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' } });
  await seedReferenceData(app);
  await app.http.close();
}
