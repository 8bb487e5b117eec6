import path from 'node:path';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { seedDemo } from '../../src/demo/seed';
import type { Role } from '../../src/platform/auth/contract';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from './template';

export type Account = { username: string; password: string };

/**
 * The real server, in this process, on a fresh in-memory database with the reference data and
 * the demo accounts, serving the already built web app (dist/web) on a free port.
 */
export async function startTestServer(
  options: {
    /** The server's clock (e.g. inside a reporting window); the real time when absent. */
    clock?: () => Date;
  } = {},
): Promise<{
  url: string;
  accounts: Record<Role, Account>;
  stop(): Promise<void>;
}> {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // Accounts only: each browser test records the registry data it needs.
  await seedDemo(app, database.db, { country: false });
  const address = await app.http.listen({ port: 0, host: '127.0.0.1' });
  const accounts = Object.fromEntries(
    DEMO_ACCOUNTS.map((a) => [a.role, { username: a.username, password: a.password }]),
  ) as Record<Role, Account>;
  return {
    url: address,
    accounts,
    stop: async () => {
      await app.http.close();
      await database.close();
    },
  };
}
