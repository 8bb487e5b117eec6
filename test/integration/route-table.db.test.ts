import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/platform/auth/contract';
import { rolesAllowed } from '../../src/platform/auth/policy';
import { createTestContext, type Session, type TestContext } from '../support/app';

/**
 * Generated from the routes the app registers, so a route added later is covered without
 * touching this file: every route declares its access; every non-public route answers 401
 * without a session and 403 to each role its action does not allow.
 */
let t: TestContext;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestContext();
  for (const role of ROLES) {
    const scope =
      role === 'board_leader' || role === 'board_officer'
        ? { provinceCode: '01' }
        : role === 'developer' || role === 'enterprise'
          ? { enterpriseId: randomUUID() }
          : {};
    await t.addUser(`rt.${role}`, role, scope);
    sessions.set(role, await t.signIn(`rt.${role}`));
  }
});
afterAll(() => t.close());

const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, 'x').replace(/\*$/, 'x');
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('route table', () => {
  it('has the routes of every module, each declaring its access', () => {
    const table = t.app.http.routeTable;
    expect(table.length).toBeGreaterThan(15);
    const undeclared = table.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 without a session on every non-public route', async () => {
    const guarded = t.app.http.routeTable.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const res = await t.app.http.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(WRITE.has(route.method) ? { payload: {} } : {}),
      });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode, code: res.json().error?.code }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('answers 403 to every role outside the route’s action', async () => {
    let checked = 0;
    for (const route of t.app.http.routeTable) {
      if (route.access === undefined || route.access === 'public' || route.access === 'signed-in') continue;
      const allowed = rolesAllowed(route.access);
      const denied = ROLES.filter((r) => allowed !== 'everyone' && !allowed.includes(r));
      for (const role of denied) {
        const res = await sessions.get(role)!.inject({
          method: route.method,
          url: concrete(route.url),
          ...(WRITE.has(route.method) ? { payload: {} } : {}),
        });
        expect({ route: `${route.method} ${route.url}`, role, status: res.statusCode }).toEqual({
          route: `${route.method} ${route.url}`,
          role,
          status: 403,
        });
        expect(res.json().error.code).toBe('FORBIDDEN');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps "signed-in" routes to the caller’s own account', () => {
    // These routes act on the session's own user only (the service checks account:* with the
    // caller as target), so there is no role outside them; list them so a new one is noticed.
    const selfRoutes = t.app.http.routeTable.filter((r) => r.access === 'signed-in').map((r) => `${r.method} ${r.url}`);
    expect(selfRoutes.sort()).toEqual(
      ['GET /api/auth/me', 'POST /api/auth/me/password', 'POST /api/auth/sign-out', 'PUT /api/auth/me/locale'].sort(),
    );
  });
});
