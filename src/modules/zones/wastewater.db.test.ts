import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import type { ParkDetail, TrailPage } from './contract';

/**
 * A park's centralised wastewater plants: added with a first record, dated status and capacity
 * records checked over the plant's history, investment edited with optimistic locking; each
 * write audited on the park, by its Board or its developer only.
 */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
const as: Record<string, Session> = {};
let park: ParkDetail;
let otherPark: ParkDetail;
let developer: string;

async function addEnterprise(name: string): Promise<string> {
  const id = randomUUID();
  await t.database.db.transaction(async (tx) => {
    await recordAudit(tx, system, { action: 'test.enterprise', entityType: 'enterprise', entityId: id });
    await tx.execute(
      sql`insert into enterprises (id, tax_code, name_vi, search, admin_unit_id, sectors)
          values (${id}, ${id.slice(0, 10)}, ${name}, ${name.toLowerCase()}, '34:31', '{}')`,
    );
  });
  return id;
}

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  developer = await addEnterprise('Công ty Hạ tầng Đình Vũ');
  const users: [string, Parameters<TestContext['addUser']>[1], Parameters<TestContext['addUser']>[2]][] = [
    ['bql.hp', 'board_officer', { provinceCode: '31' }],
    ['bql.bn', 'board_officer', { provinceCode: '24' }],
    ['bo.tc', 'ministry', {}],
    ['cdt', 'developer', { enterpriseId: developer }],
  ];
  for (const [username, role, scope] of users) {
    await t.addUser(username, role, scope);
    as[username] = await t.signIn(username);
  }
  const established = { kind: 'established' as const, act: 'establishment_decision' as const, area: '541' };
  park = await t.app.services.zones.createPark(system, {
    code: 'KCN-DINH-VU',
    name: 'KCN Đình Vũ',
    kinds: [],
    adminUnitId: '63:31',
    developerEnterpriseId: developer,
    firstEvent: { ...established, date: '2002-01-01', decision: { number: '1/QĐ-TTg', date: '2002-01-01' } },
  });
  otherPark = await t.app.services.zones.createPark(system, {
    code: 'KCN-TRANG-DUE',
    name: 'KCN Tràng Duệ',
    kinds: [],
    adminUnitId: '63:31',
  });
});
afterAll(() => t.close());

const plantsUrl = () => `/api/parks/${park.id}/wastewater-plants`;
const firstPlant = async () =>
  ((await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}` })).json() as ParkDetail).wastewater[0]!;

describe('adding a plant', () => {
  it('adds a plant with its first record and investment, audited on the park', async () => {
    const res = await as['bql.hp']!.inject({
      method: 'POST',
      url: plantsUrl(),
      payload: {
        name: 'Nhà máy XLNT số 1',
        investment: { value: '120000000000', currency: 'VND' },
        record: { date: '2015-03-01', status: 'under_construction', designCapacity: '6000', source: 'Báo cáo Q1/2015' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail: ParkDetail = res.json();
    expect(detail.wastewater).toHaveLength(1);
    expect(detail.wastewater[0]).toMatchObject({
      name: 'Nhà máy XLNT số 1',
      investment: { value: '120000000000', currency: 'VND' },
      asOf: { status: 'under_construction', since: '2015-03-01', designCapacity: '6000', operatingCapacity: null },
    });
    expect(detail.permissions.updateWastewater).toBe(true);
    const trail: TrailPage = (await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}/audit` })).json();
    expect(trail.items[0]).toMatchObject({
      action: 'park.wastewater_plant.create',
      actorLabel: expect.stringContaining('bql.hp'),
      after: { name: 'Nhà máy XLNT số 1', record: { status: 'under_construction', designCapacity: '6000' } },
    });
  });

  it('refuses malformed input with 400 and broken rules with 422, field by field', async () => {
    const bad = await as['bql.hp']!.inject({
      method: 'POST',
      url: plantsUrl(),
      payload: { record: { date: '2015-03-01', status: 'built', designCapacity: '6,000', source: '' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'body.record.designCapacity',
      'body.record.source',
      'body.record.status',
    ]);
    const rules = await as['bql.hp']!.inject({
      method: 'POST',
      url: plantsUrl(),
      payload: {
        record: { date: '2027-01-01', status: 'operating', operatingCapacity: '500', source: 'Báo cáo' },
      },
    });
    expect(rules.statusCode).toBe(422);
    const fields = rules.json().error.fields;
    expect(Object.keys(fields).sort()).toEqual(['body.record.date', 'body.record.designCapacity']);
    expect(fields['body.record.designCapacity'].message).toContain('công suất thiết kế');
    // Nothing was written by the refused calls.
    expect((await firstPlant()).records).toHaveLength(1);
    const detail: ParkDetail = (await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}` })).json();
    expect(detail.wastewater).toHaveLength(1);
  });
});

describe('dated records', () => {
  it('records the plant going into operation and reads it as of any date', async () => {
    const plant = await firstPlant();
    const res = await as.cdt!.inject({
      method: 'POST',
      url: `${plantsUrl()}/${plant.id}/records`,
      payload: {
        date: '2017-06-01',
        status: 'operating',
        designCapacity: '6000',
        operatingCapacity: '4200.5',
        source: 'Báo cáo của chủ đầu tư',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as ParkDetail).wastewater[0]!.asOf).toMatchObject({ status: 'operating', since: '2017-06-01' });
    const before: ParkDetail = (
      await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}?asOf=2016-12-31` })
    ).json();
    expect(before.wastewater[0]!.asOf).toMatchObject({ status: 'under_construction', operatingCapacity: null });
    const earliest: ParkDetail = (
      await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}?asOf=2014-01-01` })
    ).json();
    expect(earliest.wastewater[0]!.asOf).toBeNull();
    expect(earliest.wastewater[0]!.records.map((r) => r.status)).toEqual(['under_construction', 'operating']);
  });

  it('replaces a record of the same day and status, and refuses a step back or more than the design', async () => {
    const plant = await firstPlant();
    const url = `${plantsUrl()}/${plant.id}/records`;
    const replaced = await as['bql.hp']!.inject({
      method: 'POST',
      url,
      payload: {
        date: '2017-06-01',
        status: 'operating',
        designCapacity: '6000',
        operatingCapacity: '4500',
        source: 'Báo cáo sửa',
      },
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect((replaced.json() as ParkDetail).wastewater[0]!.records).toHaveLength(2);
    expect((replaced.json() as ParkDetail).wastewater[0]!.asOf?.operatingCapacity).toBe('4500');

    const back = await as['bql.hp']!.inject({
      method: 'POST',
      url,
      payload: { date: '2020-01-01', status: 'not_built', source: 'Nhầm' },
    });
    expect(back.statusCode).toBe(422);
    expect(back.json().error.fields['body.status'].message).toContain('Đang hoạt động');
    const over = await as['bql.hp']!.inject({
      method: 'POST',
      url,
      payload: {
        date: '2021-01-01',
        status: 'operating',
        designCapacity: '6000',
        operatingCapacity: '7000',
        source: 'x',
      },
    });
    expect(over.statusCode).toBe(422);
    expect(Object.keys(over.json().error.fields)).toEqual(['body.operatingCapacity']);
  });

  it('answers 404 for a plant of another park', async () => {
    const plant = await firstPlant();
    const res = await as['bql.hp']!.inject({
      method: 'POST',
      url: `/api/parks/${otherPark.id}/wastewater-plants/${plant.id}/records`,
      payload: { date: '2020-01-01', status: 'operating', designCapacity: '1', source: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('editing a plant', () => {
  it('sets the investment with the updatedAt read, 409 on a stale one', async () => {
    const plant = await firstPlant();
    const url = `${plantsUrl()}/${plant.id}`;
    const ok = await as['bql.hp']!.inject({
      method: 'PATCH',
      url,
      payload: { updatedAt: plant.updatedAt, investment: { value: '5500000.50', currency: 'USD' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as ParkDetail).wastewater[0]!.investment).toEqual({ value: '5500000.5', currency: 'USD' });
    const stale = await as['bql.hp']!.inject({
      method: 'PATCH',
      url,
      payload: { updatedAt: plant.updatedAt, name: 'Nhà máy XLNT Đình Vũ' },
    });
    expect(stale.statusCode).toBe(409);
    const trail: TrailPage = (await as['bql.hp']!.inject({ method: 'GET', url: `/api/parks/${park.id}/audit` })).json();
    expect(trail.items[0]).toMatchObject({
      action: 'park.wastewater_plant.update',
      before: { investment: { value: '120000000000', currency: 'VND' } },
      after: { investment: { value: '5500000.5', currency: 'USD' } },
    });
  });
});

describe('scope', () => {
  it('lets neither another province’s Board, nor the ministry, nor another developer write', async () => {
    const plant = await firstPlant();
    const calls = [
      {
        method: 'POST',
        url: plantsUrl(),
        payload: { record: { date: '2020-01-01', status: 'not_built', source: 'x' } },
      },
      {
        method: 'POST',
        url: `${plantsUrl()}/${plant.id}/records`,
        payload: { date: '2020-01-01', status: 'operating', designCapacity: '6000', source: 'x' },
      },
      { method: 'PATCH', url: `${plantsUrl()}/${plant.id}`, payload: { updatedAt: plant.updatedAt, name: 'x' } },
    ];
    for (const who of ['bql.bn', 'bo.tc']) {
      for (const call of calls) {
        expect({ who, url: call.url, status: (await as[who]!.inject(call)).statusCode }).toMatchObject({ status: 403 });
      }
    }
    // The developer of another park: forbidden there.
    const other = await as.cdt!.inject({
      method: 'POST',
      url: `/api/parks/${otherPark.id}/wastewater-plants`,
      payload: { record: { date: '2020-01-01', status: 'not_built', source: 'x' } },
    });
    expect(other.statusCode).toBe(403);
    expect((await firstPlant()).records).toHaveLength(2);
  });
});
