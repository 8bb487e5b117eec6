import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { systemActor } from '../auth/actor';
import { users } from '../auth/schema';
import { inTransaction } from '../db/transaction';
import { recordAudit } from './service';

let t: TestContext;
// drizzle on PostgreSQL wraps the database's refusal ("Failed query: commit") with it as the cause.
const refusedForAudit = (e: unknown) =>
  /without an audit row/.test(`${(e as Error).message} ${((e as Error).cause as Error | undefined)?.message ?? ''}`);
beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('quan.tri', 'admin');
  await t.addUser('can.bo', 'board_officer', { provinceCode: '01' });
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records every write with actor, action, entity and before/after, without secrets', async () => {
    const admin = await t.signIn('quan.tri');
    const res = await admin.inject({ method: 'GET', url: '/api/audit?action=user.create&entityType=user' });
    expect(res.statusCode).toBe(200);
    const created = res.json().items.find((e: { after: { username: string } }) => e.after.username === 'can.bo');
    expect(created).toMatchObject({ actorLabel: 'system:test', action: 'user.create', entityType: 'user' });
    expect(created.after).toMatchObject({ role: 'board_officer', scope: { provinceCode: '01' } });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|passwordHash/);
  });

  it('records sign-in with the request id and address', async () => {
    const admin = await t.signIn('quan.tri');
    const res = await admin.inject({ method: 'GET', url: '/api/audit?action=auth.sign_in&actor=quan.tri' });
    const entry = res.json().items[0];
    expect(entry.action).toBe('auth.sign_in');
    expect(entry.requestId).toBeTruthy();
    expect(entry.ip).toBeTruthy();
  });

  it('records before and after of a change', async () => {
    const s = await t.signIn('can.bo');
    await s.inject({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'en' } });
    const admin = await t.signIn('quan.tri');
    const entry = (await admin.inject({ method: 'GET', url: '/api/audit?action=user.set_locale' })).json().items[0];
    expect(entry.before).toEqual({ locale: 'vi' });
    expect(entry.after).toEqual({ locale: 'en' });
    expect(entry.actorLabel).toBe('can.bo');
  });

  it('filters by time and pages', async () => {
    const admin = await t.signIn('quan.tri');
    const all = (await admin.inject({ method: 'GET', url: '/api/audit?pageSize=2&page=1' })).json();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    const page2 = (await admin.inject({ method: 'GET', url: '/api/audit?pageSize=2&page=2' })).json();
    expect(page2.items[0].id).toBeLessThan(all.items[1].id);
    const future = (await admin.inject({ method: 'GET', url: '/api/audit?from=2999-01-01' })).json();
    expect(future.total).toBe(0);
    const bad = await admin.inject({ method: 'GET', url: '/api/audit?from=26/11/2026&pageSize=1000' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['querystring.from', 'querystring.pageSize']),
    );
  });

  it('is only for administrators', async () => {
    const s = await t.signIn('can.bo');
    const res = await s.inject({ method: 'GET', url: '/api/audit' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('cannot be changed or deleted, even with SQL', async () => {
    await expect(t.database.query('update audit_log set action = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.database.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('makes a write without an audit row impossible: the transaction is refused at commit', async () => {
    const before = await t.database.query<{ n: number }>('select count(*)::int as n from users');
    await expect(
      inTransaction(t.database.db, async (tx) => {
        await tx.update(users).set({ displayName: 'Đổi tên lén' }).where(sql`username = 'can.bo'`);
      }),
    ).rejects.toSatisfy(refusedForAudit);
    await expect(t.database.query(`update users set display_name = 'x' where username = 'can.bo'`)).rejects.toSatisfy(
      refusedForAudit,
    );
    const [row] = await t.database.query<{ display_name: string }>(
      `select display_name from users where username = 'can.bo'`,
    );
    expect(row?.display_name).toBe('Người dùng can.bo');
    const after = await t.database.query<{ n: number }>('select count(*)::int as n from users');
    expect(after).toEqual(before);
    // The same write with its audit row commits.
    await inTransaction(t.database.db, async (tx) => {
      await tx.update(users).set({ displayName: 'Lê Thu Hà' }).where(sql`username = 'can.bo'`);
      await recordAudit(tx, systemActor('test'), {
        action: 'user.rename',
        entityType: 'user',
        after: { displayName: 'Lê Thu Hà' },
      });
    });
    const [renamed] = await t.database.query<{ display_name: string }>(
      `select display_name from users where username = 'can.bo'`,
    );
    expect(renamed?.display_name).toBe('Lê Thu Hà');
  });
});
