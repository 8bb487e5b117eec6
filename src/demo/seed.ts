import type { App } from '../app';
import { systemActor } from '../platform/auth/actor';
import { DEMO_ACCOUNTS } from './accounts';

/**
 * The demo dataset, loaded once into an empty database. Later issues add the registry,
 * reports and dossiers here; today it is the demo accounts.
 */
export async function seedDemo(app: App): Promise<{ created: boolean }> {
  const auth = app.services.auth;
  if ((await auth.countUsers()) > 0) return { created: false };
  const actor = systemActor('demo-seed');
  for (const account of DEMO_ACCOUNTS) await auth.createUser(actor, account);
  return { created: true };
}

export function describeDemoAccounts(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  return DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(width)}  ${a.password.padEnd(14)}  ${a.role}`).join('\n');
}
