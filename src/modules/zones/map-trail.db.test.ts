import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { ParkDetail, ParkEventBody, ParkPoints, TrailPage, ZoneDetail } from './contract';

/**
 * The map points of parks (status and province on a date, scope), a park's land and occupancy
 * over time, and the trail of edits a Board may read for its own records.
 */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
const as: Record<string, Session> = {};
const parks: Record<string, ParkDetail> = {};
let zone: ZoneDetail;

const established = (date: string, area: string): ParkEventBody => ({
  kind: 'established',
  date,
  act: date < '2022-07-15' ? 'establishment_decision' : 'irc',
  area,
  decision: { number: `QĐ-${date}`, date },
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  for (const [username, role, scope] of [
    ['bql.bn', 'board_officer', { provinceCode: '24' }],
    ['bql.hp', 'board_officer', { provinceCode: '31' }],
    ['bo.tc', 'ministry', {}],
    ['quan.tri', 'admin', {}],
  ] as const) {
    await t.addUser(username, role, scope);
    as[username] = await t.signIn(username);
  }
  const zones = t.app.services.zones;
  zone = await zones.createZone(system, {
    code: 'KKT-DV',
    name: 'KKT Đình Vũ – Cát Hải',
    type: 'coastal',
    adminUnitId: '63:31',
  });
  parks.bacGiang = await zones.createPark(system, {
    code: 'KCN-QUANG-CHAU',
    name: 'KCN Quang Châu',
    kinds: [],
    adminUnitId: '63:24',
    lon: 106.05,
    lat: 21.23,
    firstEvent: established('2005-06-01', '426'),
  });
  await zones.recordParkEvent(system, parks.bacGiang.id, { kind: 'operating', date: '2009-01-01' });
  parks.haiPhong = await zones.createPark(system, {
    code: 'KCN-NAM-DINH-VU',
    name: 'KCN Nam Đình Vũ',
    kinds: ['eco'],
    adminUnitId: '34:31',
    parentZoneId: zone.id,
    lon: 106.78,
    lat: 20.82,
    firstEvent: established('2025-09-01', '1329'),
  });
  parks.noPoint = await zones.createPark(system, {
    code: 'KCN-KHONG-TOA-DO',
    name: 'KCN Chưa có tọa độ',
    kinds: [],
    adminUnitId: '63:24',
    firstEvent: {
      kind: 'planned',
      approved: true,
      date: '2020-01-01',
      decision: { number: 'QH-1', date: '2020-01-01' },
    },
  });
});
afterAll(() => t.close());

const pointsOf = async (session: Session, query = ''): Promise<ParkPoints> => {
  const res = await session.inject({ method: 'GET', url: `/api/parks/points${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('GET /api/parks/points', () => {
  it('gives each park with coordinates its status and province on the date, today from the cache', async () => {
    const today = await pointsOf(as['bo.tc']!);
    expect(today.asOf).toBe('2026-03-16');
    expect(today.items.map((p) => [p.code, p.status, p.provinceCode])).toEqual([
      ['KCN-NAM-DINH-VU', 'established', '31'],
      ['KCN-QUANG-CHAU', 'operating', '24'],
    ]);
    expect(today.items[0]).toMatchObject({ kinds: ['eco'], zoneId: zone.id, lon: 106.78, lat: 20.82 });
    expect(today.withoutPoint).toBe(1);

    // In 2007 the Quang Châu park was established, not yet operating, and the Hải Phòng one did not exist.
    const past = await pointsOf(as['bo.tc']!, '?asOf=2007-01-01');
    expect(past.items.map((p) => [p.code, p.status, p.provinceCode])).toEqual([
      ['KCN-NAM-DINH-VU', null, null],
      ['KCN-QUANG-CHAU', 'established', '24'],
    ]);
  });

  it('filters by status and province on the date, across the 2025 merger', async () => {
    expect((await pointsOf(as['bo.tc']!, '?status=operating')).items.map((p) => p.code)).toEqual(['KCN-QUANG-CHAU']);
    expect((await pointsOf(as['bo.tc']!, '?status=operating&asOf=2008-01-01')).items).toEqual([]);
    expect((await pointsOf(as['bo.tc']!, '?province=24')).items.map((p) => p.code)).toEqual(['KCN-QUANG-CHAU']);
    expect((await pointsOf(as['bo.tc']!, '?province=24&asOf=2024-01-01')).withoutPoint).toBe(1);
    expect((await pointsOf(as['bo.tc']!, `?zoneId=${zone.id}`)).items.map((p) => p.code)).toEqual(['KCN-NAM-DINH-VU']);
    expect((await pointsOf(as['bo.tc']!, '?kind=eco')).items.map((p) => p.code)).toEqual(['KCN-NAM-DINH-VU']);
    const bad = await as['bo.tc']!.inject({ method: 'GET', url: '/api/parks/points?province=1&status=open' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['querystring.province', 'querystring.status']);
  });

  it('shows a Board only the parks of its province', async () => {
    expect((await pointsOf(as['bql.hp']!)).items.map((p) => p.code)).toEqual(['KCN-NAM-DINH-VU']);
    const bn = await pointsOf(as['bql.bn']!);
    expect(bn.items.map((p) => p.code)).toEqual(['KCN-QUANG-CHAU']);
    expect(bn.withoutPoint).toBe(1);
  });
});

describe('land and occupancy over time', () => {
  it('has a point on each day the land or the status changed', async () => {
    const id = parks.bacGiang!.id;
    await t.app.services.zones.recordLandValue(system, id, {
      measure: 'industrial',
      asOf: '2006-01-01',
      value: '300',
      source: 'BC',
    });
    await t.app.services.zones.recordLandValue(system, id, {
      measure: 'leased',
      asOf: '2010-01-01',
      value: '240',
      source: 'BC',
    });
    const detail: ParkDetail = (await as['bql.bn']!.inject({ method: 'GET', url: `/api/parks/${id}` })).json();
    expect(
      detail.landSeries.map((p) => [p.date, p.status, p.values.established, p.values.leased, p.occupancyPercent]),
    ).toEqual([
      ['2005-06-01', 'established', '426', null, null],
      ['2006-01-01', 'established', '426', null, null],
      ['2009-01-01', 'operating', '426', null, null],
      ['2010-01-01', 'operating', '426', '240', '80'],
    ]);
  });
});

describe('trail of edits', () => {
  it('lets the park’s Board read its trail, newest first, without network details', async () => {
    const park = parks.haiPhong!;
    const renamed = await as['bql.hp']!.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, name: 'KCN Nam Đình Vũ (khu 1)' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const trail: TrailPage = (await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}/audit` })).json();
    expect(trail.total).toBe(2);
    expect(trail.items.map((e) => e.action)).toEqual(['park.update', 'park.create']);
    expect(trail.items[0]).toMatchObject({
      before: { name: 'KCN Nam Đình Vũ' },
      after: { name: 'KCN Nam Đình Vũ (khu 1)' },
    });
    expect(trail.items[0]).not.toHaveProperty('ip');
    const paged: TrailPage = (
      await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}/audit?page=2&pageSize=1` })
    ).json();
    expect(paged.items.map((e) => e.action)).toEqual(['park.create']);
  });

  it('refuses the trail of another province’s park or zone, and to the administrator', async () => {
    expect(
      (await as['bql.bn']!.inject({ method: 'GET', url: `/api/parks/${parks.haiPhong!.id}/audit` })).statusCode,
    ).toBe(403);
    expect((await as['bql.bn']!.inject({ method: 'GET', url: `/api/zones/${zone.id}/audit` })).statusCode).toBe(403);
    expect(
      (await as['quan.tri']!.inject({ method: 'GET', url: `/api/parks/${parks.haiPhong!.id}/audit` })).statusCode,
    ).toBe(403);
    const zoneTrail: TrailPage = (
      await as['bql.hp']!.inject({ method: 'GET', url: `/api/zones/${zone.id}/audit` })
    ).json();
    expect(zoneTrail.items.map((e) => e.action)).toEqual(['zone.create']);
    const missing = await as['bo.tc']!.inject({
      method: 'GET',
      url: '/api/parks/00000000-0000-4000-8000-000000000000/audit',
    });
    expect(missing.statusCode).toBe(404);
  });
});
