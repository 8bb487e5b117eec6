import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import type { ParkDetail, ParkList, ZoneDetail, ZoneList } from './contract';

/** Economic zones (KKT): the register, functional-area values read as of a date, and parks inside. */
const NOW = new Date('2026-03-16T03:00:00Z');
let t: TestContext;
let hp: Session;
let bn: Session;
let ministry: Session;
let admin: Session;
let zone: ZoneDetail;

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('quan.tri', 'admin');
  hp = await t.signIn('bql.hp');
  bn = await t.signIn('bql.bn');
  ministry = await t.signIn('bo.tc');
  admin = await t.signIn('quan.tri');
});
afterAll(() => t.close());

const createZone = (body: Record<string, unknown>, session = hp) =>
  session.inject({ method: 'POST', url: '/api/zones', payload: body });

const setArea = (body: Record<string, unknown>, session = hp) =>
  session.inject({ method: 'POST', url: `/api/zones/${zone.id}/areas`, payload: { source: 'QĐ quy hoạch', ...body } });

describe('POST /api/zones', () => {
  it('records a KKT, answers 201 and writes an audit row', async () => {
    const res = await createZone({
      code: 'KKT-DINH-VU',
      name: 'Khu kinh tế Đình Vũ – Cát Hải',
      type: 'coastal',
      adminUnitId: '63:31',
      decisionNo: '145/QĐ-TTg',
      decisionDate: '2008-01-24',
      establishedLandHa: '22540.0',
      establishedWaterHa: '0',
    });
    expect(res.statusCode, res.body).toBe(201);
    zone = res.json();
    expect(zone).toMatchObject({
      code: 'KKT-DINH-VU',
      type: 'coastal',
      provinceCode: '31',
      establishedLandHa: '22540',
      province: { recorded: { id: '63:31' }, current: { id: '34:31' } },
      areas: [],
      totals: { general_plan: '0', detailed_plan: '0', built: '0', leased: '0', current: '0' },
    });
    const audit = await admin.inject({ method: 'GET', url: `/api/audit?entityId=${zone.id}&action=zone.create` });
    expect(audit.json().items[0]).toMatchObject({ actorLabel: 'bql.hp', after: { code: 'KKT-DINH-VU' } });
  });

  it('refuses a code already used (409), an unknown unit (400), a zone of another province (403)', async () => {
    const dup = await createZone({ code: 'KKT-DINH-VU', name: 'Trùng', type: 'coastal', adminUnitId: '34:31' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toHaveProperty('body.code');
    const unit = await createZone({ code: 'KKT-X', name: 'X', type: 'coastal', adminUnitId: '34:77' });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.fields).toHaveProperty('body.adminUnitId');
    const other = await createZone({ code: 'KKT-Y', name: 'Y', type: 'border_gate', adminUnitId: '34:24' });
    expect(other.statusCode).toBe(403);
    const type = await createZone({ code: 'KKT-Z', name: 'Z', type: 'inland', adminUnitId: '34:31' });
    expect(type.statusCode).toBe(400);
    expect(type.json().error.fields).toHaveProperty('body.type');
  });
});

describe('functional areas', () => {
  it('records dated values and reads them, with the totals of form 2110, as of a date', async () => {
    for (const body of [
      { area: 'export_processing_industrial', measure: 'general_plan', asOf: '2010-01-01', valueHa: '5000' },
      { area: 'export_processing_industrial', measure: 'general_plan', asOf: '2020-01-01', valueHa: '6200.5' },
      { area: 'export_processing_industrial', measure: 'built', asOf: '2020-01-01', valueHa: '3000' },
      { area: 'export_processing_industrial', measure: 'leased', asOf: '2021-01-01', valueHa: '2100' },
      { area: 'tourism', measure: 'general_plan', asOf: '2010-01-01', valueHa: '800' },
      { area: 'other', measure: 'general_plan', asOf: '2010-01-01', valueHa: '100' },
      { area: 'unused', measure: 'current', asOf: '2015-01-01', valueHa: '50' },
    ]) {
      const res = await setArea(body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const get = async (asOf: string): Promise<ZoneDetail> =>
      (await hp.inject({ method: 'GET', url: `/api/zones/${zone.id}?asOf=${asOf}` })).json();
    const early = await get('2012-06-30');
    expect(early.totals).toEqual({ general_plan: '5900', detailed_plan: '0', built: '0', leased: '0', current: '0' });
    const later = await get('2024-06-30');
    expect(later.totals).toEqual({
      general_plan: '7100.5',
      detailed_plan: '0',
      built: '3000',
      leased: '2100',
      current: '50',
    });
    expect(later.areas).toContainEqual({
      area: 'export_processing_industrial',
      measure: 'general_plan',
      date: '2020-01-01',
      value: '6200.5',
      source: 'QĐ quy hoạch',
    });
    expect(later.history).toHaveLength(7);
  });

  it('refuses a measure the function does not report (422) and a value dated after today', async () => {
    const res = await setArea({ area: 'tourism', measure: 'leased', asOf: '2020-01-01', valueHa: '10' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields['body.measure'].messageEn).toBe(
      '"Entertainment and tourism zones" has no "Leased" figure (form 2110).',
    );
    const late = await setArea({ area: 'tourism', measure: 'built', asOf: '2027-01-01', valueHa: '10' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.fields).toHaveProperty('body.asOf');
  });

  it('is the Board’s: the ministry reads and may not write, another Board may not read', async () => {
    expect((await ministry.inject({ method: 'GET', url: `/api/zones/${zone.id}` })).statusCode).toBe(200);
    const write = await setArea({ area: 'tourism', measure: 'built', asOf: '2020-01-01', valueHa: '10' }, ministry);
    expect(write.statusCode).toBe(403);
    expect((await bn.inject({ method: 'GET', url: `/api/zones/${zone.id}` })).statusCode).toBe(403);
    const bnList: ZoneList = (await bn.inject({ method: 'GET', url: '/api/zones' })).json();
    expect(bnList.items).toEqual([]);
  });
});

describe('GET /api/zones and PATCH /api/zones/:id', () => {
  it('lists by province as of a date, type and search', async () => {
    const list = async (query: string) =>
      ((await ministry.inject({ method: 'GET', url: `/api/zones?${query}` })).json() as ZoneList).items.map(
        (z) => z.code,
      );
    expect(await list('province=31')).toEqual(['KKT-DINH-VU']);
    expect(await list('province=31&asOf=2020-01-01')).toEqual(['KKT-DINH-VU']);
    expect(await list('province=24')).toEqual([]);
    expect(await list('type=border_gate')).toEqual([]);
    expect(await list('q=dinh vu')).toEqual(['KKT-DINH-VU']);
  });

  it('changes fields with optimistic locking', async () => {
    const ok = await hp.inject({
      method: 'PATCH',
      url: `/api/zones/${zone.id}`,
      payload: {
        updatedAt: zone.updatedAt,
        generalPlanDecisionNo: '1438/QĐ-TTg',
        generalPlanDecisionDate: '2012-10-03',
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ generalPlanDecisionNo: '1438/QĐ-TTg', name: zone.name });
    const stale = await hp.inject({
      method: 'PATCH',
      url: `/api/zones/${zone.id}`,
      payload: { updatedAt: zone.updatedAt, name: 'Tên khác' },
    });
    expect(stale.statusCode).toBe(409);
    zone = ok.json();
  });
});

describe('parks in an economic zone', () => {
  it('take their location class from the zone’s type and can be listed by it', async () => {
    const res = await hp.inject({
      method: 'POST',
      url: '/api/parks',
      payload: { code: 'KCN-DINH-VU', name: 'KCN Đình Vũ', kinds: [], adminUnitId: '63:31', parentZoneId: zone.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as ParkDetail).locationClass).toBe('in_coastal_kkt');
    await hp.inject({
      method: 'POST',
      url: '/api/parks',
      payload: { code: 'KCN-NGOAI', name: 'KCN Ngoài KKT', kinds: [], adminUnitId: '34:31' },
    });
    const list = async (query: string) =>
      ((await hp.inject({ method: 'GET', url: `/api/parks?${query}` })).json() as ParkList).items.map((p) => p.code);
    expect(await list('locationClass=in_coastal_kkt')).toEqual(['KCN-DINH-VU']);
    expect(await list('locationClass=outside_kkt')).toEqual(['KCN-NGOAI']);
    expect(await list(`zoneId=${zone.id}`)).toEqual(['KCN-DINH-VU']);
    expect(await list('locationClass=in_border_gate_kkt')).toEqual([]);
  });

  it('answer zoneScope for the investment module', async () => {
    expect(await t.app.services.zones.zoneScope(zone.id)).toEqual({
      zoneId: zone.id,
      adminUnitId: '63:31',
      type: 'coastal',
      provinceCode: '31',
    });
    expect(await t.app.services.zones.zoneScope(randomUUID())).toBeNull();
  });
});
