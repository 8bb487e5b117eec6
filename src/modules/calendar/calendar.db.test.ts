import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('quan.tri', 'admin');
  await t.addUser('bo.taichinh', 'ministry');
});
afterAll(() => t.close());

const get = (url: string) => t.app.http.inject({ method: 'GET', url });

describe('working calendar', () => {
  it('shows 2026 with the published decisions, confirmed', async () => {
    const year = (await get('/api/calendar/2026')).json();
    expect(year.confirmed).toBe(true);
    expect(year.workingDays).toBe(249);
    const byDate = new Map(year.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate.get('2026-01-10')).toMatchObject({ status: 'work', category: 'makeup_work' });
    expect(byDate.get('2026-02-16')).toMatchObject({ status: 'off', category: 'tet' });
    expect(byDate.get('2026-11-24')).toMatchObject({ status: 'off', category: 'culture_day' });
  });

  it('generates candidates for a year without decisions, unconfirmed', async () => {
    const year = (await get('/api/calendar/2030')).json();
    expect(year.confirmed).toBe(false);
    expect(
      year.days.some((d: { date: string; category: string }) => d.date === '2030-02-02' || d.category === 'tet'),
    ).toBe(true);
    expect(year.days.every((d: { source: string }) => d.source === 'generated')).toBe(true);
  });

  it('rejects an impossible year', async () => {
    const res = await get('/api/calendar/1850');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Năm phải từ 2000 đến 2100/);
  });

  it('lets an administrator record a decision and confirm the year; others may not', async () => {
    const admin = await t.signIn('quan.tri');
    const day = {
      category: 'makeup_work',
      status: 'work',
      nameVi: 'Làm bù cho ngày nghỉ 2/1/2027',
      nameEn: 'Make-up working day',
      legalBasis: 'Thông báo của Bộ Nội vụ (thử nghiệm)',
    };
    expect((await admin.inject({ method: 'PUT', url: '/api/calendar/days/2027-01-09', payload: day })).statusCode).toBe(
      200,
    );
    const year = (await get('/api/calendar/2027')).json();
    expect(year.days.find((d: { date: string }) => d.date === '2027-01-09')).toMatchObject({
      status: 'work',
      source: 'decision',
    });
    const wrong = await admin.inject({
      method: 'PUT',
      url: '/api/calendar/days/2027-01-16',
      payload: { ...day, status: 'off' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/không hợp lệ/);
    expect(
      (
        await admin.inject({
          method: 'POST',
          url: '/api/calendar/2027/confirm',
          payload: { note: 'Đối chiếu thông báo' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await get('/api/calendar/2027')).json().confirmed).toBe(true);
    expect((await admin.inject({ method: 'DELETE', url: '/api/calendar/days/2027-01-09' })).statusCode).toBe(204);
    expect((await admin.inject({ method: 'DELETE', url: '/api/calendar/days/2027-01-09' })).statusCode).toBe(404);

    const ministry = await t.signIn('bo.taichinh');
    expect(
      (await ministry.inject({ method: 'PUT', url: '/api/calendar/days/2027-01-09', payload: day })).statusCode,
    ).toBe(403);
  });
});
