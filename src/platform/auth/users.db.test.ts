import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, TEST_PASSWORD, type TestContext } from '../../../test/support/app';
import type { UserSummary } from './contract';

let t: TestContext;
let admin: Session;
let adminId: string;

beforeAll(async () => {
  // Many sign-ins from the one test address: keep the per-address limit out of the way.
  t = await createTestContext({ authSettings: { signInAttemptsPerWindow: 1000 } });
  adminId = (await t.addUser('quan.tri', 'admin')).id;
  await t.addUser('can.bo.01', 'board_officer', { provinceCode: '01' });
  admin = await t.signIn('quan.tri');
});
afterAll(() => t.close());

const NEW_PASSWORD = 'MatKhauMoi2026';

const signInAs = (username: string, password: string) =>
  t.app.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });

async function create(body: Record<string, unknown>) {
  return admin.inject({
    method: 'POST',
    url: '/api/users',
    payload: { displayName: 'Nguyễn Văn Thử', password: NEW_PASSWORD, ...body },
  });
}

async function createOk(body: Record<string, unknown>): Promise<UserSummary> {
  const res = await create(body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function auditOf(entityId: string, action: string) {
  const res = await admin.inject({ method: 'GET', url: `/api/audit?entityId=${entityId}&action=${action}` });
  return res.json().items as { action: string; actorLabel: string; before: unknown; after: unknown }[];
}

describe('POST /api/users', () => {
  it('creates a Board officer of Hà Nội, answers 201 with the summary and writes an audit row', async () => {
    const res = await create({
      username: 'bql.hn.moi',
      role: 'board_officer',
      provinceCode: '01',
      email: 'moi@hanoi.gov.vn',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'bql.hn.moi',
      displayName: 'Nguyễn Văn Thử',
      email: 'moi@hanoi.gov.vn',
      role: 'board_officer',
      scope: { provinceCode: '01', enterpriseId: null },
      active: true,
      failedAttempts: 0,
      lockedUntil: null,
    });
    expect(user).not.toHaveProperty('password');
    expect(user).not.toHaveProperty('passwordHash');
    const [entry] = await auditOf(user.id, 'user.create');
    expect(entry).toMatchObject({ actorLabel: 'quan.tri', after: { username: 'bql.hn.moi', role: 'board_officer' } });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|MatKhauMoi/);
    expect((await signInAs('bql.hn.moi', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a taken username with 409 and a Vietnamese message on the field', async () => {
    const res = await create({ username: 'can.bo.01', role: 'ministry' });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Tên đăng nhập "can.bo.01" đã có người dùng.');
    expect(error.fields['body.username'].message).toBe('Tên đăng nhập "can.bo.01" đã có người dùng.');
  });

  it('refuses a scope that does not fit the role with a field error', async () => {
    const province = await create({ username: 'dn.tinh', role: 'enterprise', provinceCode: '01' });
    expect(province.statusCode).toBe(400);
    expect(province.json().error.code).toBe('VALIDATION_FAILED');
    expect(province.json().error.fields['body.provinceCode'].message).toBe(
      'Chỉ vai trò Ban Quản lý mới gắn với tỉnh, thành phố.',
    );

    const missing = await create({ username: 'bql.thieu', role: 'board_leader' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields['body.provinceCode'].messageEn).toBe('Board roles need the Board’s province.');

    const enterprise = await create({ username: 'bo.dn', role: 'ministry', enterpriseId: randomUUID() });
    expect(enterprise.statusCode).toBe(400);
    expect(enterprise.json().error.fields).toHaveProperty('body.enterpriseId');

    // 02 was Hà Giang, merged into Tuyên Quang (08) on 2025-07-01: no Board there any more.
    const merged = await create({ username: 'bql.ha.giang', role: 'board_officer', provinceCode: '02' });
    expect(merged.statusCode).toBe(400);
    expect(merged.json().error.fields['body.provinceCode'].message).toMatch(/mã 02/);

    const format = await create({ username: 'bql.sai', role: 'board_officer', provinceCode: '1' });
    expect(format.statusCode).toBe(400);
    expect(format.json().error.fields['body.provinceCode'].message).toBe('Mã tỉnh gồm 2 chữ số.');
  });

  it('lets developer and enterprise users carry an enterprise', async () => {
    const enterpriseId = randomUUID();
    const user = await createOk({ username: 'cdt.moi', role: 'developer', enterpriseId });
    expect(user.scope).toEqual({ provinceCode: null, enterpriseId });
  });

  it('refuses an invalid username and a weak password with field errors', async () => {
    for (const username of ['Hoa.Chu', 'ab', 'nguyễn', 'có cách', 'x'.repeat(51)]) {
      const res = await create({ username, role: 'ministry' });
      expect(res.statusCode, username).toBe(400);
      expect(res.json().error.fields['body.username'].message, username).toMatch(/3–50 ký tự/);
    }
    const weak = await create({ username: 'mk.yeu', role: 'ministry', password: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields['body.password'].message).toMatch(/ít nhất 10 ký tự/);
  });

  it('is for administrators only (403 for a Board officer)', async () => {
    const officer = await t.signIn('can.bo.01');
    const res = await officer.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'khong.duoc', displayName: 'X', role: 'admin', password: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await officer.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes name, email, role and scope, with before and after in the audit log', async () => {
    const user = await createOk({ username: 'doi.vai.tro', role: 'board_officer', provinceCode: '01' });
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: {
        updatedAt: user.updatedAt,
        displayName: 'Trần Thị Đổi',
        email: 'doi@example.vn',
        role: 'board_leader',
        provinceCode: '79',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({
      displayName: 'Trần Thị Đổi',
      email: 'doi@example.vn',
      role: 'board_leader',
      scope: { provinceCode: '79' },
    });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(user.updatedAt));
    const [entry] = await auditOf(user.id, 'user.update');
    expect(entry).toMatchObject({
      before: { role: 'board_officer', scope: { provinceCode: '01' } },
      after: { role: 'board_leader', scope: { provinceCode: '79' } },
    });

    // Becoming an enterprise user means giving up the province.
    const keepsProvince = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: after.updatedAt, role: 'enterprise' },
    });
    expect(keepsProvince.statusCode).toBe(400);
    expect(keepsProvince.json().error.fields).toHaveProperty('body.provinceCode');
    const moved = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: after.updatedAt, role: 'enterprise', provinceCode: null },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().scope).toEqual({ provinceCode: null, enterpriseId: null });
  });

  it('refuses a change based on a stale read with 409', async () => {
    const user = await createOk({ username: 'hai.nguoi.sua', role: 'ministry' });
    const first = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: user.updatedAt, displayName: 'Bản sửa thứ nhất' },
    });
    expect(first.statusCode).toBe(200);
    const second = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: user.updatedAt, displayName: 'Bản sửa thứ hai' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Người dùng đã được người khác sửa. Hãy tải lại.',
    });
    const list = await admin.inject({ method: 'GET', url: '/api/users?q=hai.nguoi.sua' });
    expect(list.json().items[0].displayName).toBe('Bản sửa thứ nhất');
  });

  it('deactivating a user ends their sessions; reactivating lets them sign in again', async () => {
    const user = await createOk({ username: 'se.nghi', role: 'ministry' });
    const session = await t.signIn('se.nghi', NEW_PASSWORD);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: user.updatedAt, active: false },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await signInAs('se.nghi', NEW_PASSWORD)).statusCode).toBe(401);
    expect(await auditOf(user.id, 'user.deactivate')).toHaveLength(1);

    const back = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { updatedAt: res.json().updatedAt, active: true },
    });
    expect(back.statusCode).toBe(200);
    expect((await signInAs('se.nghi', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let an administrator deactivate or demote themselves (422)', async () => {
    const me = (await admin.inject({ method: 'GET', url: '/api/users?q=quan.tri' })).json().items[0] as UserSummary;
    expect(me.id).toBe(adminId);
    const demote = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      payload: { updatedAt: me.updatedAt, role: 'ministry' },
    });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().error.fields['body.role'].message).toBe('Bạn không thể tự đổi vai trò quản trị của mình.');
    const deactivate = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      payload: { updatedAt: me.updatedAt, active: false },
    });
    expect(deactivate.statusCode).toBe(422);
    expect(deactivate.json().error.code).toBe('UNPROCESSABLE');
    // Their own name they may change.
    const rename = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      payload: { updatedAt: me.updatedAt, displayName: 'Quản trị viên' },
    });
    expect(rename.statusCode).toBe(200);
  });

  it('answers 404 for an unknown user and 400 without updatedAt', async () => {
    const unknown = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${randomUUID()}`,
      payload: { updatedAt: new Date().toISOString(), displayName: 'Ai' },
    });
    expect(unknown.statusCode).toBe(404);
    const noStamp = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${adminId}`,
      payload: { displayName: 'X' },
    });
    expect(noStamp.statusCode).toBe(400);
    expect(noStamp.json().error.fields).toHaveProperty('body.updatedAt');
  });
});

describe('POST /api/users/:id/password and /unlock', () => {
  it('an administrator sets a new password: the old sessions end and the new password works', async () => {
    const user = await createOk({ username: 'quen.mat.khau', role: 'ministry' });
    const session = await t.signIn('quen.mat.khau', NEW_PASSWORD);
    const res = await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'MatKhauCapLai2026' },
    });
    expect(res.statusCode).toBe(200);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await signInAs('quen.mat.khau', NEW_PASSWORD)).statusCode).toBe(401);
    expect((await signInAs('quen.mat.khau', 'MatKhauCapLai2026')).statusCode).toBe(200);
    const [entry] = await auditOf(user.id, 'user.set_password');
    expect(JSON.stringify(entry)).not.toMatch(/MatKhauCapLai|argon2/);

    const weak = await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'chiconchu' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toHaveProperty('body.password');
  });

  it('unlocks an account locked by wrong passwords', async () => {
    const user = await createOk({ username: 'bi.khoa', role: 'ministry' });
    for (let i = 0; i < 5; i++) await signInAs('bi.khoa', `sai-mat-khau-${i}`);
    const locked = await signInAs('bi.khoa', NEW_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    const listed = (await admin.inject({ method: 'GET', url: '/api/users?q=bi.khoa' })).json().items[0];
    expect(listed.lockedUntil).not.toBeNull();

    const res = await admin.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    expect((await signInAs('bi.khoa', NEW_PASSWORD)).statusCode).toBe(200);
    expect(await auditOf(user.id, 'user.unlock')).toHaveLength(1);
  });

  it('an administrator’s password reset also unlocks', async () => {
    const user = await createOk({ username: 'khoa.roi.dat', role: 'ministry' });
    for (let i = 0; i < 5; i++) await signInAs('khoa.roi.dat', `sai-mat-khau-${i}`);
    expect((await signInAs('khoa.roi.dat', NEW_PASSWORD)).statusCode).toBe(429);
    await admin.inject({ method: 'POST', url: `/api/users/${user.id}/password`, payload: { password: TEST_PASSWORD } });
    expect((await signInAs('khoa.roi.dat', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('GET /api/users', () => {
  it('filters by text, role and state and shows email, updatedAt and failed attempts', async () => {
    await createOk({ username: 'loc.bql.1', role: 'board_leader', provinceCode: '48', email: 'loc1@danang.gov.vn' });
    const inactive = await createOk({ username: 'loc.bql.2', role: 'board_leader', provinceCode: '48' });
    await admin.inject({
      method: 'PATCH',
      url: `/api/users/${inactive.id}`,
      payload: { updatedAt: inactive.updatedAt, active: false },
    });
    await signInAs('loc.bql.1', 'sai-mat-khau');

    const list = async (query: string) =>
      ((await admin.inject({ method: 'GET', url: `/api/users?${query}` })).json().items as UserSummary[]).map(
        (u) => u.username,
      );
    expect(await list('q=loc.bql')).toEqual(['loc.bql.1', 'loc.bql.2']);
    expect(await list('q=DANANG.GOV')).toEqual(['loc.bql.1']);
    expect(await list('q=loc.bql&active=false')).toEqual(['loc.bql.2']);
    expect(await list('q=loc&active=true&role=board_leader')).toEqual(['loc.bql.1']);
    expect(await list('role=admin')).toEqual(['quan.tri']);
    // LIKE wildcards typed by the user match literally.
    expect(await list('q=%25')).toEqual([]);

    const item = (await admin.inject({ method: 'GET', url: '/api/users?q=loc.bql.1' })).json().items[0];
    expect(item).toMatchObject({ email: 'loc1@danang.gov.vn', failedAttempts: 1 });
    expect(item.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const bad = await admin.inject({ method: 'GET', url: '/api/users?role=boss&active=maybe' });
    expect(bad.statusCode).toBe(400);
  });
});
