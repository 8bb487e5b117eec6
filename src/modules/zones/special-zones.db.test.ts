import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { TrailPage, ZoneDetail, ZonePoints } from './contract';

/**
 * Special zones inside a KKT (non-tariff, free-trade, bonded) with dated status and areas, the
 * KKT's map point, and who may write them: the KKT's Board only, every write audited on the KKT.
 */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
const as: Record<string, Session> = {};
let zone: ZoneDetail;

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  for (const [username, role, scope] of [
    ['bql.qn', 'board_officer', { provinceCode: '22' }],
    ['bql.hp', 'board_officer', { provinceCode: '31' }],
    ['bo.tc', 'ministry', {}],
  ] as const) {
    await t.addUser(username, role, scope);
    as[username] = await t.signIn(username);
  }
  zone = await t.app.services.zones.createZone(system, {
    code: 'KKT-VAN-DON',
    name: 'KKT Vân Đồn',
    type: 'coastal',
    adminUnitId: '63:22',
    lon: 107.42,
    lat: 21.07,
  });
});
afterAll(() => t.close());

const url = (rest = '') => `/api/zones/${zone.id}/special-zones${rest}`;
const create = (session: Session, payload: object) => session.inject({ method: 'POST', url: url(), payload });
const current = async (): Promise<ZoneDetail> =>
  (await as['bql.qn']!.inject({ method: 'GET', url: `/api/zones/${zone.id}` })).json();

describe('special zones', () => {
  it('adds a non-tariff zone with its first status, audited on the KKT', async () => {
    const res = await create(as['bql.qn']!, {
      code: 'KPTQ-VD',
      name: 'Khu phi thuế quan Vân Đồn',
      kind: 'non_tariff',
      decisionNo: '1296/QĐ-TTg',
      decisionDate: '2014-07-28',
      status: { date: '2015-01-01', status: 'under_construction', source: 'Báo cáo BQL' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail: ZoneDetail = res.json();
    expect(detail.permissions).toEqual({ update: true });
    expect(detail.specialZones).toHaveLength(1);
    expect(detail.specialZones[0]).toMatchObject({
      code: 'KPTQ-VD',
      kind: 'non_tariff',
      decisionNo: '1296/QĐ-TTg',
      status: { status: 'under_construction', since: '2015-01-01' },
      areas: { established: null, industrial: null, leased: null },
    });
    const trail: TrailPage = (await as['bql.qn']!.inject({ method: 'GET', url: `/api/zones/${zone.id}/audit` })).json();
    expect(trail.items[0]).toMatchObject({ action: 'zone.special_zone.create', after: { code: 'KPTQ-VD' } });
  });

  it('refuses a duplicate code (409), a bad kind (400) and a future status (422), writing nothing', async () => {
    const dup = await create(as['bql.qn']!, { code: 'KPTQ-VD', name: 'Khác', kind: 'bonded' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields['body.code']).toBeDefined();
    const bad = await create(as['bql.qn']!, { code: 'X-1', name: '', kind: 'duty_free' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['body.kind', 'body.name']);
    const late = await create(as['bql.qn']!, {
      code: 'X-2',
      name: 'Khu bảo thuế',
      kind: 'bonded',
      status: { date: '2027-01-01', status: 'operating', source: 'x' },
    });
    expect(late.statusCode).toBe(422);
    expect(Object.keys(late.json().error.fields)).toEqual(['body.status.date']);
    expect((await current()).specialZones.map((s) => s.code)).toEqual(['KPTQ-VD']);
  });

  it('records the status over time, read as of any date; a dissolved zone stays dissolved', async () => {
    const id = (await current()).specialZones[0]!.id;
    const status = (payload: object) => as['bql.qn']!.inject({ method: 'POST', url: url(`/${id}/statuses`), payload });
    const operating = await status({ date: '2019-06-01', status: 'operating', decisionNo: '12/QĐ-BQL', source: 'BC' });
    expect(operating.statusCode, operating.body).toBe(201);
    const dissolved = await status({ date: '2025-01-01', status: 'dissolved', source: 'Quyết định giải thể' });
    expect(dissolved.statusCode, dissolved.body).toBe(201);
    const again = await status({ date: '2025-06-01', status: 'operating', source: 'x' });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.fields['body.status'].message).toContain('Đã giải thể');
    const in2020: ZoneDetail = (
      await as['bo.tc']!.inject({ method: 'GET', url: `/api/zones/${zone.id}?asOf=2020-01-01` })
    ).json();
    expect(in2020.specialZones[0]!.status).toEqual({ status: 'operating', since: '2019-06-01' });
    expect(in2020.permissions).toEqual({ update: false });
    expect((await current()).specialZones[0]!.statuses.map((s) => s.status)).toEqual([
      'under_construction',
      'operating',
      'dissolved',
    ]);
  });

  it('records areas with leased ≤ industrial ≤ established, replacing a value of the same day', async () => {
    const id = (await current()).specialZones[0]!.id;
    const area = (measure: string, asOf: string, value: string) =>
      as['bql.qn']!.inject({
        method: 'POST',
        url: url(`/${id}/areas`),
        payload: { measure, asOf, value, source: `BC ${asOf}` },
      });
    expect((await area('established', '2015-01-01', '5000')).statusCode).toBe(200);
    expect((await area('industrial', '2016-01-01', '3000')).statusCode).toBe(200);
    const tooMuch = await area('leased', '2017-01-01', '3100');
    expect(tooMuch.statusCode).toBe(422);
    expect(Object.keys(tooMuch.json().error.fields)).toEqual(['body.value']);
    expect((await area('leased', '2017-01-01', '1200')).statusCode).toBe(200);
    const replaced = await area('leased', '2017-01-01', '1500');
    expect(replaced.statusCode).toBe(200);
    const sz = (replaced.json() as ZoneDetail).specialZones[0]!;
    expect(sz.areas.leased).toEqual({ date: '2017-01-01', value: '1500', source: 'BC 2017-01-01' });
    expect(sz.areaHistory).toHaveLength(3);
  });

  it('edits a special zone with the updatedAt read; 409 when stale', async () => {
    const sz = (await current()).specialZones[0]!;
    const ok = await as['bql.qn']!.inject({
      method: 'PATCH',
      url: url(`/${sz.id}`),
      payload: { updatedAt: sz.updatedAt, planDecisionNo: '45/QĐ-UBND', planDecisionDate: '2016-03-01' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as ZoneDetail).specialZones[0]).toMatchObject({ planDecisionNo: '45/QĐ-UBND' });
    const stale = await as['bql.qn']!.inject({
      method: 'PATCH',
      url: url(`/${sz.id}`),
      payload: { updatedAt: sz.updatedAt, name: 'Đổi tên' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('is written by the KKT’s Board only', async () => {
    const sz = (await current()).specialZones[0]!;
    const calls = [
      { method: 'POST', url: url(), payload: { code: 'HP-1', name: 'x', kind: 'bonded' } },
      {
        method: 'POST',
        url: url(`/${sz.id}/areas`),
        payload: { measure: 'leased', asOf: '2020-01-01', value: '1', source: 'x' },
      },
      { method: 'PATCH', url: url(`/${sz.id}`), payload: { updatedAt: sz.updatedAt, name: 'x' } },
    ];
    for (const who of ['bql.hp', 'bo.tc']) {
      for (const call of calls) {
        expect({ who, call: call.url, status: (await as[who]!.inject(call)).statusCode }).toMatchObject({
          status: 403,
        });
      }
    }
    const elsewhere = await as['bql.qn']!.inject({
      method: 'POST',
      url: `/api/zones/${zone.id}/special-zones/${randomUUID()}/statuses`,
      payload: { date: '2020-01-01', status: 'operating', source: 'x' },
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('cannot be written without an audit row', async () => {
    await expect(
      t.database.query(
        `insert into special_zones (id, zone_id, code, name, kind) values ($1, $2, 'NA', 'x', 'bonded')`,
        [randomUUID(), zone.id],
      ),
    ).rejects.toThrow(/audit/);
  });
});

describe('economic zones on the map', () => {
  it('gives each zone with a point its province on the date', async () => {
    const points: ZonePoints = (await as['bo.tc']!.inject({ method: 'GET', url: '/api/zones/points' })).json();
    expect(points.items).toEqual([
      {
        id: zone.id,
        code: 'KKT-VAN-DON',
        name: 'KKT Vân Đồn',
        type: 'coastal',
        provinceCode: '22',
        lon: 107.42,
        lat: 21.07,
      },
    ]);
    const hp: ZonePoints = (await as['bql.hp']!.inject({ method: 'GET', url: '/api/zones/points' })).json();
    expect(hp.items).toEqual([]);
  });

  it('needs both coordinates, and an unchanged point is no change', async () => {
    const half = await as['bql.qn']!.inject({
      method: 'POST',
      url: '/api/zones',
      payload: { code: 'KKT-X', name: 'KKT X', type: 'border_gate', adminUnitId: '34:22', lon: 107 },
    });
    expect(half.statusCode).toBe(400);
    expect(Object.keys(half.json().error.fields)).toEqual(['body.lat']);
    const before = await current();
    const same = await as['bql.qn']!.inject({
      method: 'PATCH',
      url: `/api/zones/${zone.id}`,
      payload: { updatedAt: before.updatedAt, lon: 107.42, lat: 21.07 },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect((same.json() as ZoneDetail).updatedAt).toBe(before.updatedAt);
  });
});
