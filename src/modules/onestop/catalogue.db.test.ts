import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { localInstant } from '../../kernel/calendar';
import { systemActor } from '../../platform/auth/actor';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ clock: () => localInstant('2026-11-26', '10:00') });
});
afterAll(() => t.close());

const get = (url: string) => t.app.http.inject({ method: 'GET', url });

describe('public procedure catalogue', () => {
  it('lists the seeded procedures in force today without signing in', async () => {
    const res = await get('/api/public/procedures');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.on).toBe('2026-11-26');
    expect(body.items.length).toBe(13);
    const wp = body.items.find((p: { code: string }) => p.code === '1.014199.H05');
    expect(wp).toMatchObject({ field: 'labour', limit: { unit: 'working_day', amount: 10 }, cases: 2 });
  });

  it('searches without accents, word by word, and by code', async () => {
    const names = async (q: string) =>
      (await get(`/api/public/procedures?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((p: { code: string }) => p.code);
    expect(await names('giay phep lao dong')).toEqual(
      expect.arrayContaining(['1.014199.H05', '1.014200.H05', 'BQL-LD-03']),
    );
    expect(await names('sinh thai doanh nghiep')).toEqual(['BQL-ST-02', 'BQL-ST-03']);
    expect((await get('/api/public/procedures')).json().items[0].field).toBe('investment');
    expect(await names('1.014200')).toEqual(['1.014200.H05']);
    expect(await names('work permit extension')).toEqual(['BQL-LD-03', 'BQL-LD-06']);
    expect(await names('100%_')).toEqual([]);
    expect((await get('/api/public/procedures?field=eco_industrial_park')).json().items).toHaveLength(3);
  });

  it('shows a procedure with the version in force on a given day', async () => {
    const now = (await get('/api/public/procedures/BQL-DT-01')).json();
    expect(now).toMatchObject({ version: 2, cases: [{ limit: { unit: 'calendar_day', amount: 10 } }] });
    expect(now.history).toHaveLength(2);
    const before = (await get('/api/public/procedures/BQL-DT-01?on=2025-09-02')).json();
    expect(before.cases[0].limit).toEqual({ unit: 'calendar_day', amount: 15 });
  });

  it('answers 404 for an unknown code and 400 for a bad date, in Vietnamese and English', async () => {
    const missing = await get('/api/public/procedures/KHONG-CO');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/thủ tục/);
    expect((await get('/api/public/procedures/1.014199.H05?on=2025-01-01')).statusCode).toBe(404);
    expect((await get('/api/public/procedures?on=26-11-2026')).statusCode).toBe(400);
  });

  it('keeps for a dossier the version in force when it was received', async () => {
    const { onestop } = t.app.services;
    const old = await onestop.versionInForce('BQL-DT-01', localInstant('2025-09-02', '16:59'));
    const current = await onestop.versionInForce('BQL-DT-01', localInstant('2025-09-03', '07:00'));
    expect(old.definition.cases[0]?.limit).toEqual({ unit: 'calendar_day', amount: 15 });
    expect(current.definition.cases[0]?.limit).toEqual({ unit: 'calendar_day', amount: 10 });
    expect(old.id).not.toBe(current.id);
    await expect(onestop.versionInForce('1.014199.H05', localInstant('2024-12-31', '09:00'))).rejects.toThrow(
      /không có phiên bản hiệu lực/,
    );
  });

  it('gives the appointment of each case on the stored calendar, with the 15:00 cut-off for paper only', async () => {
    const at = encodeURIComponent('2026-02-13T15:30:00+07:00'); // Friday before Tết Bính Ngọ
    const res = await get(`/api/public/procedures/1.014199.H05/appointments?at=${at}`);
    expect(res.statusCode).toBe(200);
    const [grant, refuse] = res.json().items;
    // Paper: the clock starts Mon 23/2 07:00 (after 15:00, then Tết 16–20/2); 10 working days.
    expect(grant).toMatchObject({ caseKey: 'grant', dueAt: '2026-03-06T10:00:00.000Z' });
    // Online: no cut-off, 1.5 h on Friday, then 78.5 office hours → Fri 6/3 15:30.
    expect(grant.onlineDueAt).toBe('2026-03-06T08:30:00.000Z');
    expect(refuse).toMatchObject({ caseKey: 'refuse', dueAt: '2026-02-25T10:00:00.000Z' });
    const eco = (await get(`/api/public/procedures/BQL-ST-01/appointments?at=${at}`)).json();
    expect(eco.items[0]).toMatchObject({ dueAt: '2026-04-06T10:00:00.000Z', onlineDueAt: null }); // 23/2 + 40 = Sat 4/4 → Mon 6/4
    expect((await get('/api/public/procedures/KHONG-CO/appointments')).statusCode).toBe(404);
    expect((await get('/api/public/procedures/BQL-DT-01/appointments?at=hom-nay')).statusCode).toBe(400);
    const before = await get(
      `/api/public/procedures/1.014199.H05/appointments?at=${encodeURIComponent('2025-01-02T09:00:00+07:00')}`,
    );
    expect(before.statusCode).toBe(422);
  });

  it('does not reload an unchanged catalogue', async () => {
    expect(await t.app.services.onestop.loadReferenceData(systemActor('test'))).toEqual([]);
  });
});
