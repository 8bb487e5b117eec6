import type { LightMyRequestResponse } from 'fastify';
import { type App, createApp } from '../../src/app';
import { systemActor } from '../../src/platform/auth/actor';
import { CSRF_HEADER, type Role, SESSION_COOKIE } from '../../src/platform/auth/contract';
import type { AuthSettings } from '../../src/platform/auth/service';
import type { Database } from '../../src/platform/db/client';
import { createTestDatabase } from './db';

export const TEST_PASSWORD = 'Mat-khau-thu-2026';

/** A signed-in client: cookie and CSRF header are added to every request. */
export type Session = {
  username: string;
  cookie: string;
  csrfToken: string;
  inject: (opts: {
    method: string;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }) => Promise<LightMyRequestResponse>;
};

export type TestContext = {
  app: App;
  database: Database;
  /** Creates a user with TEST_PASSWORD (as the system actor) and returns it. */
  addUser: (
    username: string,
    role: Role,
    scope?: { provinceCode?: string; enterpriseId?: string },
  ) => Promise<{ id: string }>;
  signIn: (username: string, password?: string) => Promise<Session>;
  close: () => Promise<void>;
};

export async function createTestContext(
  options: { clock?: () => Date; authSettings?: Partial<AuthSettings> } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 64 * 1024, secureCookies: false, webDistDir: '' },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.authSettings ? { authSettings: options.authSettings } : {}),
  });
  await app.http.ready();

  const addUser: TestContext['addUser'] = (username, role, scope = {}) =>
    app.services.auth.createUser(systemActor('test'), {
      username,
      displayName: `Người dùng ${username}`,
      role,
      password: TEST_PASSWORD,
      provinceCode: scope.provinceCode ?? null,
      enterpriseId: scope.enterpriseId ?? null,
    });

  const signIn: TestContext['signIn'] = async (username, password = TEST_PASSWORD) => {
    const res = await app.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    const cookieHeader = `${SESSION_COOKIE}=${cookie.value}`;
    return {
      username,
      cookie: cookieHeader,
      csrfToken,
      inject: (opts) =>
        app.http.inject({
          method: opts.method as 'GET',
          url: opts.url,
          ...(opts.payload !== undefined ? { payload: opts.payload as object } : {}),
          headers: { cookie: cookieHeader, [CSRF_HEADER]: csrfToken, ...opts.headers },
        }),
    };
  };

  return {
    app,
    database,
    addUser,
    signIn,
    close: async () => {
      await app.http.close();
      await database.close();
    },
  };
}
