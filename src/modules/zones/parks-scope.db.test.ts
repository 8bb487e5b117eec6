import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import type { ParkDetail, ParkList } from './contract';

/**
 * Who sees and edits which park: a Board its province (today, old units included), a developer
 * its own parks (land only), the ministry everything (read only). Provinces as of a date follow
 * the 2025 merger: the new Bắc Ninh (24) was formed from Bắc Giang (old 24) and Bắc Ninh (old 27).
 */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
const as: Record<string, Session> = {};
const parks: Record<string, ParkDetail> = {};
let developerA: string;
let developerB: string;

/** Enterprises belong to the investment module; a test writes the row itself (with its audit row). */
async function addEnterprise(name: string): Promise<string> {
  const id = randomUUID();
  await t.database.db.transaction(async (tx) => {
    await recordAudit(tx, system, { action: 'test.enterprise', entityType: 'enterprise', entityId: id });
    await tx.execute(
      sql`insert into enterprises (id, tax_code, name_vi, search, admin_unit_id, sectors)
          values (${id}, ${id.slice(0, 10)}, ${name}, ${name.toLowerCase()}, '34:24', '{}')`,
    );
  });
  return id;
}

const established = (date: string, area: string) => ({
  kind: 'established' as const,
  date,
  // Since Decree 35/2022 a park is established by the investment acts, not a decision of its own.
  act: date < '2022-07-15' ? ('establishment_decision' as const) : ('irc' as const),
  area,
  decision: { number: `QĐ-${date}`, date },
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  developerA = await addEnterprise('Công ty Phát triển hạ tầng A');
  developerB = await addEnterprise('Công ty Phát triển hạ tầng B');
  const users: [string, Parameters<TestContext['addUser']>[1], Parameters<TestContext['addUser']>[2]][] = [
    ['bql.bn', 'board_officer', { provinceCode: '24' }],
    ['bql.hp', 'board_officer', { provinceCode: '31' }],
    ['bo.tc', 'ministry', {}],
    ['cdt.a', 'developer', { enterpriseId: developerA }],
    ['cdt.b', 'developer', { enterpriseId: developerB }],
    ['dn.khac', 'enterprise', { enterpriseId: randomUUID() }],
  ];
  for (const [username, role, scope] of users) {
    await t.addUser(username, role, scope);
    as[username] = await t.signIn(username);
  }
  const zones = t.app.services.zones;
  const add = async (key: string, body: Parameters<typeof zones.createPark>[1]) => {
    parks[key] = await zones.createPark(system, body);
  };
  // Recorded before the merger in old Bắc Giang (63:24) and old Bắc Ninh (63:27).
  await add('bacGiang', {
    code: 'KCN-DINH-TRAM',
    name: 'KCN Đình Trám',
    kinds: [],
    adminUnitId: '63:24',
    developerEnterpriseId: developerA,
    firstEvent: established('2003-11-01', '127'),
  });
  await add('oldBacNinh', {
    code: 'KCN-YEN-PHONG',
    name: 'KCN Yên Phong',
    kinds: [],
    adminUnitId: '63:27',
    developerEnterpriseId: developerB,
    firstEvent: established('2008-03-01', '658'),
  });
  // Recorded after the merger in the new Bắc Ninh, and one in Hải Phòng.
  await add('newBacNinh', { code: 'KCN-BN-MOI', name: 'KCN Bắc Ninh Mới', kinds: [], adminUnitId: '34:24' });
  await add('haiPhong', {
    code: 'KCN-DEEP-C',
    name: 'KCN Deep C',
    kinds: [],
    adminUnitId: '34:31',
    firstEvent: established('2025-09-01', '500'),
  });
});
afterAll(() => t.close());

const names = async (session: Session, query = '') => {
  const res = await session.inject({ method: 'GET', url: `/api/parks?pageSize=200${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as ParkList).items.map((p) => p.code).sort();
};

const writes = (id: string, updatedAt: string) => [
  { method: 'PATCH', url: `/api/parks/${id}`, payload: { updatedAt, name: 'Đổi tên' } },
  { method: 'POST', url: `/api/parks/${id}/events`, payload: { kind: 'construction_started', date: '2026-01-05' } },
  {
    method: 'POST',
    url: `/api/parks/${id}/land`,
    payload: { measure: 'industrial', asOf: '2026-01-01', value: '100', source: 'Báo cáo' },
  },
];

describe('Boards', () => {
  it('a Hải Phòng officer neither reads nor edits a Bắc Ninh park (403) and does not see it in lists', async () => {
    const hp = as['bql.hp']!;
    for (const key of ['bacGiang', 'oldBacNinh', 'newBacNinh']) {
      const park = parks[key]!;
      const get = await hp.inject({ method: 'GET', url: `/api/parks/${park.id}` });
      expect(get.statusCode).toBe(403);
      expect(get.json().error.code).toBe('FORBIDDEN');
      for (const w of writes(park.id, park.updatedAt)) {
        expect({ ...w, status: (await hp.inject(w)).statusCode }).toMatchObject({ status: 403 });
      }
    }
    expect(await names(hp)).toEqual(['KCN-DEEP-C']);
    expect(await names(hp, '&q=dinh tram')).toEqual([]);
    const occupancy = await hp.inject({ method: 'GET', url: '/api/parks/occupancy?basis=all_established' });
    expect(occupancy.json().leftOut.map((p: { code: string }) => p.code)).toEqual(['KCN-DEEP-C']);
  });

  it('a Bắc Ninh officer reads and edits the parks of the new province, old units included', async () => {
    const bn = as['bql.bn']!;
    expect(await names(bn)).toEqual(['KCN-BN-MOI', 'KCN-DINH-TRAM', 'KCN-YEN-PHONG']);
    const get = await bn.inject({ method: 'GET', url: `/api/parks/${parks.bacGiang!.id}` });
    expect(get.statusCode).toBe(200);
    expect(get.json()).toMatchObject({ permissions: { update: true, recordEvent: true, updateLand: true } });
    const res = await bn.inject({
      method: 'POST',
      url: `/api/parks/${parks.bacGiang!.id}/events`,
      payload: { kind: 'construction_started', date: '2004-02-01' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await names(bn, '&status=under_construction')).toEqual(['KCN-DINH-TRAM']);
    expect((await bn.inject({ method: 'GET', url: `/api/parks/${parks.haiPhong!.id}` })).statusCode).toBe(403);
  });

  it('records a park in its own province only', async () => {
    const bn = as['bql.bn']!;
    const own = await bn.inject({
      method: 'POST',
      url: '/api/parks',
      payload: { code: 'KCN-BN-2', name: 'KCN Bắc Ninh Hai', kinds: [], adminUnitId: '63:24' },
    });
    expect(own.statusCode, own.body).toBe(201);
    const other = await bn.inject({
      method: 'POST',
      url: '/api/parks',
      payload: { code: 'KCN-HP-2', name: 'KCN Hải Phòng Hai', kinds: [], adminUnitId: '34:31' },
    });
    expect(other.statusCode).toBe(403);
    // Nor may it move one of its parks out of its province.
    const park: ParkDetail = own.json();
    const moved = await bn.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, adminUnitId: '34:31' },
    });
    expect(moved.statusCode).toBe(403);
  });
});

describe('provinces as of a date', () => {
  const ministry = () => as['bo.tc']!;
  // Only the four parks recorded above (other tests add parks of their own).
  const fixtures = async (query: string) =>
    (await names(ministry(), query)).filter((code) => Object.values(parks).some((p) => p.code === code));

  it('finds parks recorded in old Bắc Giang (63:24) for Bắc Ninh (24) in 2026 and for Bắc Giang (24) in 2024', async () => {
    expect(await fixtures('&province=24&asOf=2026-01-01')).toEqual(['KCN-BN-MOI', 'KCN-DINH-TRAM', 'KCN-YEN-PHONG']);
    // In 2024 code 24 was Bắc Giang: old Bắc Ninh (27) is another province, the new one did not exist.
    expect(await fixtures('&province=24&asOf=2024-01-01')).toEqual(['KCN-DINH-TRAM']);
    expect(await fixtures('&province=27&asOf=2024-01-01')).toEqual(['KCN-YEN-PHONG']);
    // Code 27 is no longer in force after the merger.
    expect(await fixtures('&province=27&asOf=2026-01-01')).toEqual([]);
  });

  it('gives each park its province on the date and today', async () => {
    const res = await ministry().inject({ method: 'GET', url: `/api/parks/${parks.bacGiang!.id}?asOf=2024-01-01` });
    expect(res.json()).toMatchObject({
      provinceCode: '24',
      province: {
        recorded: { id: '63:24', name: 'Tỉnh Bắc Giang' },
        asOf: { id: '63:24' },
        current: { id: '34:24', name: 'Tỉnh Bắc Ninh' },
      },
    });
    const list: ParkList = (
      await ministry().inject({ method: 'GET', url: '/api/parks?province=24&asOf=2024-01-01' })
    ).json();
    expect(list.items.filter((p) => p.code === 'KCN-DINH-TRAM').map((p) => p.provinceCode)).toEqual(['24']);
  });
});

describe('developers and enterprises', () => {
  it('a developer reads its own park and sets its land, and nothing of another park', async () => {
    const a = as['cdt.a']!;
    expect(await names(a)).toEqual(['KCN-DINH-TRAM']);
    const own = await a.inject({ method: 'GET', url: `/api/parks/${parks.bacGiang!.id}` });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      permissions: { update: false, recordEvent: false, updateLand: true },
      availableActions: [],
    });
    const land = await a.inject({
      method: 'POST',
      url: `/api/parks/${parks.bacGiang!.id}/land`,
      payload: { measure: 'industrial', asOf: '2020-01-01', value: '95.5', source: 'Báo cáo của chủ đầu tư' },
    });
    expect(land.statusCode, land.body).toBe(200);
    expect(land.json().land.industrial).toEqual({
      date: '2020-01-01',
      value: '95.5',
      source: 'Báo cáo của chủ đầu tư',
    });

    const other = parks.oldBacNinh!;
    expect((await a.inject({ method: 'GET', url: `/api/parks/${other.id}` })).statusCode).toBe(403);
    const otherLand = await a.inject({
      method: 'POST',
      url: `/api/parks/${other.id}/land`,
      payload: { measure: 'industrial', asOf: '2020-01-01', value: '10', source: 'x' },
    });
    expect(otherLand.statusCode).toBe(403);
    // Descriptive fields and the lifecycle are the Board's.
    for (const w of writes(parks.bacGiang!.id, own.json().updatedAt).slice(0, 2)) {
      expect((await a.inject(w)).statusCode).toBe(403);
    }
  });

  it('an enterprise sees no park yet (its projects will open them)', async () => {
    const e = as['dn.khac']!;
    expect(await names(e)).toEqual([]);
    expect((await e.inject({ method: 'GET', url: `/api/parks/${parks.bacGiang!.id}` })).statusCode).toBe(403);
  });

  it('refuses a developer that is not in the enterprise register (400)', async () => {
    const res = await as['bql.bn']!.inject({
      method: 'POST',
      url: '/api/parks',
      payload: {
        code: 'KCN-CDT-LA',
        name: 'KCN Chủ đầu tư lạ',
        adminUnitId: '34:24',
        developerEnterpriseId: randomUUID(),
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields['body.developerEnterpriseId'].message).toBe(
      'Không có doanh nghiệp này trong danh mục doanh nghiệp.',
    );
  });
});

describe('the ministry', () => {
  it('reads every park and edits none (403)', async () => {
    const bo = as['bo.tc']!;
    expect(await names(bo)).toEqual(['KCN-BN-2', 'KCN-BN-MOI', 'KCN-DEEP-C', 'KCN-DINH-TRAM', 'KCN-YEN-PHONG'].sort());
    for (const park of Object.values(parks)) {
      const get = await bo.inject({ method: 'GET', url: `/api/parks/${park.id}` });
      expect(get.statusCode).toBe(200);
      expect(get.json().permissions).toEqual({
        update: false,
        recordEvent: false,
        updateLand: false,
        updateWastewater: false,
      });
      for (const w of writes(park.id, get.json().updatedAt)) expect((await bo.inject(w)).statusCode).toBe(403);
    }
    const create = await bo.inject({
      method: 'POST',
      url: '/api/parks',
      payload: { code: 'KCN-BO', name: 'KCN Bộ', adminUnitId: '34:24' },
    });
    expect(create.statusCode).toBe(403);
  });
});

describe('parkScope (for the investment module)', () => {
  it('answers where a park lies today and who develops it', async () => {
    expect(await t.app.services.zones.parkScope(parks.bacGiang!.id)).toEqual({
      parkId: parks.bacGiang!.id,
      adminUnitId: '63:24',
      developerEnterpriseId: developerA,
      zoneId: null,
      provinceCode: '24',
    });
    expect(await t.app.services.zones.parkScope(randomUUID())).toBeNull();
  });
});
