import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../../test/support/app';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './contract';

let now = new Date('2026-11-26T03:00:00Z');
let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ clock: () => now, authSettings: { signInAttemptsPerWindow: 12 } });
  await t.addUser('can.bo', 'board_officer', { provinceCode: '01' });
  await t.addUser('khoa.thu', 'enterprise');
});
afterAll(() => t.close());

const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.http.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
    headers: { 'x-forwarded-for': headers.ip ?? '10.0.0.1', ...headers },
  });

describe('sign-in', () => {
  it('signs in with the right password and sets httpOnly, SameSite cookies', async () => {
    const res = await signIn('Can.Bo', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      username: 'can.bo',
      role: 'board_officer',
      scope: { provinceCode: '01' },
      locale: 'vi',
    });
    const session = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const csrf = res.cookies.find((c) => c.name === CSRF_COOKIE)!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);
  });

  it('refuses a wrong password with a Vietnamese message and no hint whether the user exists', async () => {
    const wrong = await signIn('can.bo', 'sai-mat-khau-1');
    const unknown = await signIn('khong.co', 'sai-mat-khau-1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        messageEn: 'Wrong username or password.',
      });
    }
  });

  it('rejects empty fields with field errors in both languages', async () => {
    const res = await signIn('', '');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields['body.username']).toEqual({
      message: 'Hãy nhập tên đăng nhập.',
      messageEn: 'Enter your username.',
    });
    expect(error.fields['body.password'].message).toBe('Hãy nhập mật khẩu.');
  });

  it('locks the account after five wrong passwords, then unlocks after the lock time', async () => {
    await t.addUser('bi.khoa', 'ministry');
    for (let i = 1; i <= 4; i++) expect((await signIn('bi.khoa', `sai-${i}`, { ip: '10.0.1.1' })).statusCode).toBe(401);
    const fifth = await signIn('bi.khoa', 'sai-5', { ip: '10.0.1.1' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked.
    const locked = await signIn('bi.khoa', TEST_PASSWORD, { ip: '10.0.1.2' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/tạm khóa.*15 phút/);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await signIn('bi.khoa', TEST_PASSWORD, { ip: '10.0.1.2' })).statusCode).toBe(200);
  });

  it('limits sign-in attempts per address', async () => {
    let last = 0;
    for (let i = 0; i < 13; i++) last = (await signIn('khong.co', 'x', { ip: '10.9.9.9' })).statusCode;
    expect(last).toBe(429);
    const res = await signIn('can.bo', TEST_PASSWORD, { ip: '10.9.9.9' });
    expect(res.json().error.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await signIn('can.bo', TEST_PASSWORD, { ip: '10.9.9.10' })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('knows who is signed in and forgets them after sign-out', async () => {
    const s = await t.signIn('can.bo');
    const me = await s.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('can.bo');
    expect((await s.inject({ method: 'POST', url: '/api/auth/sign-out', payload: {} })).statusCode).toBe(204);
    const after = await s.inject({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('are stored in the database, so another server instance on it accepts the cookie', async () => {
    const s = await t.signIn('can.bo');
    const { createApp } = await import('../../app');
    const other = await createApp({
      database: t.database,
      // the same fixed clock: the session must not look idle to the second instance
      clock: () => now,
      config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' },
    });
    const res = await other.http.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    await other.http.close();
  });

  it('expire when idle for too long', async () => {
    const s = await t.signIn('khoa.thu');
    now = new Date(now.getTime() + 13 * 3_600_000);
    expect((await s.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, or with another session’s token', async () => {
    const s = await t.signIn('can.bo');
    const other = await t.signIn('khoa.thu');
    const missing = await t.app.http.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      payload: { locale: 'en' },
      headers: { cookie: s.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_REJECTED');
    const foreign = await s.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      payload: { locale: 'en' },
      headers: { [CSRF_HEADER]: other.csrfToken },
    });
    expect(foreign.statusCode).toBe(403);
    const ok = await s.inject({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('en');
  });

  it('refuses writes from another origin', async () => {
    const res = await signIn('can.bo', TEST_PASSWORD, { origin: 'https://evil.example', ip: '10.0.3.1' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_REJECTED');
  });
});

describe('account', () => {
  it('remembers the language per user', async () => {
    const s = await t.signIn('khoa.thu');
    await s.inject({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'en' } });
    const again = await t.signIn('khoa.thu');
    expect((await again.inject({ method: 'GET', url: '/api/auth/me' })).json().locale).toBe('en');
    const bad = await s.inject({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['body.locale']).toBeDefined();
  });

  it('changes the password, checks the old one and ends the other sessions', async () => {
    await t.addUser('doi.mk', 'developer');
    const a = await t.signIn('doi.mk');
    const b = await t.signIn('doi.mk');
    const wrong = await a.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi2026' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields['body.currentPassword'].message).toBe('Mật khẩu hiện tại không đúng.');
    const weak = await a.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'ngan' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields['body.newPassword'].message).toMatch(/ít nhất 10 ký tự/);
    const ok = await a.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await b.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await signIn('doi.mk', 'MatKhauMoi2026', { ip: '10.0.4.1' })).statusCode).toBe(200);
  });
});
