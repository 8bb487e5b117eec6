import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { foldVietnamese, type ParkDetail, type ParkList } from './contract';

/**
 * The park registry through the API: creating, validating, the lifecycle read as of any date,
 * optimistic locking and search. Scope, land and economic zones have their own files.
 */
const NOW = new Date('2026-03-16T03:00:00Z');
let t: TestContext;
let admin: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('quan.tri', 'admin');
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  admin = await t.signIn('quan.tri');
  officer = await t.signIn('bql.bn');
});
afterAll(() => t.close());

const established = (date: string, area: string, number = `QĐ-${date}`) => ({
  kind: 'established',
  date,
  act: 'establishment_decision',
  area,
  decision: { number, date, issuer: 'UBND tỉnh' },
});

let codeSeq = 0;
const nextCode = () => `KCN-T${++codeSeq}`;

async function createPark(body: Record<string, unknown> = {}, session = officer) {
  return session.inject({
    method: 'POST',
    url: '/api/parks',
    payload: { code: nextCode(), name: 'KCN Thử nghiệm', kinds: [], adminUnitId: '63:27', ...body },
  });
}

async function createParkOk(body: Record<string, unknown> = {}): Promise<ParkDetail> {
  const res = await createPark(body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const getPark = (id: string, asOf?: string) =>
  officer.inject({ method: 'GET', url: `/api/parks/${id}${asOf ? `?asOf=${asOf}` : ''}` });

const recordEvent = (id: string, event: Record<string, unknown>) =>
  officer.inject({ method: 'POST', url: `/api/parks/${id}/events`, payload: event });

async function auditOf(entityId: string, action: string) {
  const res = await admin.inject({ method: 'GET', url: `/api/audit?entityId=${entityId}&action=${action}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { action: string; actorLabel: string; before: unknown; after: unknown }[];
}

describe('foldVietnamese', () => {
  it('drops diacritics and case, folds đ to d and collapses spaces', () => {
    expect(foldVietnamese('  KCN Quế Võ  II – Bắc Ninh ')).toBe('kcn que vo ii – bac ninh');
    expect(foldVietnamese('ĐÌNH TRÁM, Việt Yên')).toBe('dinh tram, viet yen');
    expect(foldVietnamese('Khu công nghiệp Đồng Văn')).toBe('khu cong nghiep dong van');
  });
});

describe('POST /api/parks', () => {
  it('records a park with its first event, answers 201 with the park as of today, and writes an audit row', async () => {
    const res = await createPark({
      code: 'KCN-QV1',
      name: 'KCN Quế Võ',
      kinds: ['eco', 'supporting'],
      commune: 'Phường Phương Liễu',
      lon: 106.15,
      lat: 21.15,
      landLeaseTermYears: 50,
      firstEvent: established('2005-03-01', '611.67'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const park: ParkDetail = res.json();
    expect(park).toMatchObject({
      code: 'KCN-QV1',
      name: 'KCN Quế Võ',
      // Stored in canonical order.
      kinds: ['supporting', 'eco'],
      locationClass: 'outside_kkt',
      adminUnitId: '63:27',
      provinceCode: '24',
      status: 'established',
      statusSince: '2005-03-01',
      establishedArea: '611.67',
      lon: 106.15,
      lat: 21.15,
      asOf: '2026-03-16',
      province: {
        recorded: { id: '63:27', code: '27' },
        asOf: { id: '34:24', code: '24' },
        current: { id: '34:24', code: '24' },
      },
      land: { established: { date: '2005-03-01', value: '611.67' }, industrial: null, leased: null },
      permissions: { update: true, recordEvent: true, updateLand: true },
    });
    expect(park.availableActions).toEqual([
      'construction_started',
      'operating',
      'area_increased',
      'area_decreased',
      'revoked',
    ]);
    expect(park.timeline).toEqual([
      expect.objectContaining({
        type: 'event',
        seq: 1,
        kind: 'established',
        area: '611.67',
        act: 'establishment_decision',
      }),
    ]);
    const [entry] = await auditOf(park.id, 'park.create');
    expect(entry).toMatchObject({
      actorLabel: 'bql.bn',
      after: { code: 'KCN-QV1', adminUnitId: '63:27', status: 'established', firstEvent: { kind: 'established' } },
    });
  });

  it('records a park without events: no status until its first event', async () => {
    const park = await createParkOk({ name: 'KCN Chưa có sự kiện' });
    expect(park).toMatchObject({ status: null, statusAsOf: null, establishedArea: null, timeline: [] });
    expect(park.availableActions).toEqual(['planned', 'established']);
  });

  it('refuses a code already used with 409 on the field', async () => {
    await createParkOk({ code: 'KCN-TRUNG' });
    const res = await createPark({ code: 'KCN-TRUNG', name: 'Trùng mã' });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.fields['body.code'].message).toBe('Mã "KCN-TRUNG" đã được dùng cho khu công nghiệp khác.');
  });

  it('refuses coordinates outside Vietnam with 400 on each field', async () => {
    const res = await createPark({ lon: 50, lat: 30 });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields['body.lon'].message).toMatch(/102–118 độ Đông/);
    expect(error.fields['body.lat'].messageEn).toMatch(/8–24° N/);
  });

  it('reports every problem of the kinds, the place and the first event at once (400)', async () => {
    const res = await createPark({
      kinds: ['bogus', 'eco', 'eco', 'specialised'],
      lon: 106.2,
      adminUnitId: '34:99',
      parentZoneId: '6f1c1a3e-8f0e-4c55-9a7e-0d6c1c0b9a11',
      firstEvent: { kind: 'operating', date: '2020-01-01' },
    });
    expect(res.statusCode, res.body).toBe(400);
    const { fields } = res.json().error;
    expect(Object.keys(fields).sort()).toEqual(
      [
        'body.adminUnitId',
        'body.firstEvent.kind',
        'body.kinds.0',
        'body.kinds.2',
        'body.lat',
        'body.parentZoneId',
        'body.specialisedSector',
      ].sort(),
    );
    expect(fields['body.kinds.0'].message).toBe('Loại hình KCN "bogus" không hợp lệ.');
    expect(fields['body.kinds.2'].messageEn).toBe('Park kind "Eco-industrial park" is given twice.');
    expect(fields['body.specialisedSector'].message).toBe('KCN chuyên ngành phải ghi ngành nghề chuyên ngành.');
    expect(fields['body.adminUnitId'].message).toBe('Không có đơn vị hành chính mã "34:99".');
    expect(fields['body.firstEvent.kind'].messageEn).toMatch(/must start with "Included in the plan" or "Established"/);
  });

  it('refuses a first event that breaks the rules with 422 and every problem', async () => {
    const res = await createPark({
      firstEvent: {
        kind: 'established',
        date: '2023-05-01',
        act: 'establishment_decision',
        area: '0',
        decision: { number: 'QĐ-1', date: '2023-06-01' },
      },
    });
    expect(res.statusCode, res.body).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('UNPROCESSABLE');
    expect(Object.keys(error.fields).sort()).toEqual(
      ['body.firstEvent.act', 'body.firstEvent.area', 'body.firstEvent.decision.date'].sort(),
    );
    expect(error.fields['body.firstEvent.act'].messageEn).toMatch(/Decree 35|35\/2022/);
    expect(error.fields['body.firstEvent.area'].message).toBe('Diện tích thành lập phải lớn hơn 0.');
    expect(error.fields['body.firstEvent.decision.date'].messageEn).toBe(
      'Decision QĐ-1 is dated 2023-06-01, after the event (2023-05-01).',
    );
  });

  it('refuses an event dated after today', async () => {
    const res = await createPark({ firstEvent: established('2026-03-17', '100') });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields['body.firstEvent.date'].messageEn).toMatch(/after today \(2026-03-16\)/);
  });
});

describe('park lifecycle', () => {
  let park: ParkDetail;
  beforeAll(async () => {
    park = await createParkOk({
      name: 'KCN Vòng Đời',
      firstEvent: {
        kind: 'planned',
        date: '2018-02-01',
        approved: true,
        decision: { number: 'QĐ-QH', date: '2018-01-20' },
      },
    });
  });

  it('records events in order; the status is read as of any date', async () => {
    for (const event of [
      established('2019-06-01', '300'),
      { kind: 'construction_started', date: '2020-03-01' },
      {
        kind: 'area_increased',
        date: '2021-09-01',
        areaBefore: '300',
        areaAfter: '450.5',
        decision: { number: 'QĐ-DC', date: '2021-08-15' },
      },
      { kind: 'operating', date: '2022-01-10', note: 'Khánh thành' },
    ]) {
      const res = await recordEvent(park.id, event);
      expect(res.statusCode, res.body).toBe(201);
    }
    const cases: [string, string | null, string | null][] = [
      ['2018-01-31', null, null],
      ['2018-02-01', 'planned', null],
      ['2019-05-31', 'planned', null],
      ['2019-06-01', 'established', '300'],
      ['2021-08-31', 'under_construction', '300'],
      ['2021-09-01', 'under_construction', '450.5'],
      ['2022-01-10', 'operating', '450.5'],
    ];
    for (const [date, status, area] of cases) {
      const res = await getPark(park.id, date);
      expect(res.statusCode, res.body).toBe(200);
      expect({ date, status: res.json().status, area: res.json().establishedArea }).toEqual({ date, status, area });
    }
    const now: ParkDetail = (await getPark(park.id)).json();
    expect(now.statusAsOf).toEqual({
      status: 'operating',
      since: '2022-01-10',
      decision: null,
    });
    expect(now.timeline.map((x) => (x.type === 'event' ? `${x.seq}:${x.kind}` : x.type))).toEqual([
      '1:planned',
      '2:established',
      '3:construction_started',
      '4:area_increased',
      '5:operating',
    ]);
    expect(now.availableActions).toEqual(['area_increased', 'area_decreased', 'revoked', 'converted_to_urban_service']);
    const audit = await auditOf(park.id, 'park.event.record');
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({
      before: { status: 'under_construction' },
      after: { status: 'operating', statusSince: '2022-01-10', event: { seq: 5, kind: 'operating' } },
    });
  });

  it('lists by status as of a past date from the history, not from today’s status', async () => {
    const list = async (query: string) => {
      const res = await officer.inject({ method: 'GET', url: `/api/parks?q=vong doi&${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as ParkList).items.map((p) => `${p.name}:${p.status}`);
    };
    expect(await list('status=operating')).toEqual(['KCN Vòng Đời:operating']);
    expect(await list('status=operating&asOf=2021-12-31')).toEqual([]);
    expect(await list('status=under_construction&asOf=2021-12-31')).toEqual(['KCN Vòng Đời:under_construction']);
    expect(await list('status=planned&asOf=2019-01-01')).toEqual(['KCN Vòng Đời:planned']);
    // Before its first event the park did not exist: a list of that day leaves it out.
    expect(await list('asOf=2010-01-01')).toEqual([]);
  });

  it('refuses an event that breaks the lifecycle with 422 and reports every problem', async () => {
    const res = await recordEvent(park.id, { kind: 'established', date: '2021-01-01', act: 'irc', area: '10' });
    expect(res.statusCode, res.body).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('UNPROCESSABLE');
    expect(Object.keys(error.fields).sort()).toEqual(['body.date', 'body.decision', 'body.kind']);
    expect(error.fields['body.kind'].message).toBe(
      'Không thể ghi "Thành lập" khi KCN đang ở trạng thái "Đã đi vào hoạt động".',
    );
    expect(error.fields['body.date'].messageEn).toMatch(/before the previous record's date \(2022-01-10\)/);
    expect(error.fields['body.decision'].message).toBe('Cần số và ngày của quyết định/văn bản làm căn cứ.');

    const mismatch = await recordEvent(park.id, {
      kind: 'area_decreased',
      date: '2023-01-01',
      areaBefore: '300',
      areaAfter: '500',
      decision: { number: 'QĐ-G', date: '2023-01-01' },
    });
    expect(mismatch.statusCode).toBe(422);
    expect(Object.keys(mismatch.json().error.fields).sort()).toEqual(['body.areaAfter', 'body.areaBefore']);

    // Nothing was written.
    expect((await getPark(park.id)).json().timeline).toHaveLength(5);
  });

  it('refuses a malformed event with 400 before any rule', async () => {
    const res = await recordEvent(park.id, { kind: 'area_increased', date: '2023-13-01', areaBefore: 'nhiều' });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json().error;
    expect(fields).toHaveProperty('body.date');
    expect(fields).toHaveProperty('body.areaBefore');
    expect(fields).toHaveProperty('body.areaAfter');
    const unknown = await recordEvent(park.id, { kind: 'closed', date: '2023-01-01' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['body.kind'].messageEn).toMatch(/must be one of/);
  });

  it('answers 404 for a park that does not exist', async () => {
    const res = await getPark('6f1c1a3e-8f0e-4c55-9a7e-0d6c1c0b9a11');
    expect(res.statusCode).toBe(404);
  });
});

describe('PATCH /api/parks/:id', () => {
  it('changes the descriptive fields with before and after in the audit log', async () => {
    const park = await createParkOk({ name: 'KCN Tên Cũ', kinds: [] });
    const res = await officer.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: {
        updatedAt: park.updatedAt,
        name: 'KCN Tên Mới',
        kinds: ['specialised'],
        specialisedSector: 'Điện tử',
        lon: 106.05,
        lat: 21.2,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after: ParkDetail = res.json();
    expect(after).toMatchObject({
      name: 'KCN Tên Mới',
      kinds: ['specialised'],
      specialisedSector: 'Điện tử',
      lon: 106.05,
    });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(park.updatedAt));
    const [entry] = await auditOf(park.id, 'park.update');
    expect(entry).toMatchObject({ before: { name: 'KCN Tên Cũ', kinds: [] }, after: { name: 'KCN Tên Mới' } });
  });

  it('refuses a stale updatedAt with 409 (two officers editing at once)', async () => {
    const park = await createParkOk({ name: 'KCN Sửa Đồng Thời' });
    const first = await officer.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, commune: 'Xã Thứ Nhất' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await officer.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, commune: 'Xã Thứ Hai' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CONFLICT');
    expect((await getPark(park.id)).json().commune).toBe('Xã Thứ Nhất');
  });

  it('validates the fields it changes (400) and a code taken (409)', async () => {
    const park = await createParkOk();
    const bad = await officer.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, kinds: ['specialised'], lat: 21.1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['body.lon', 'body.specialisedSector']);
    const taken = await officer.inject({
      method: 'PATCH',
      url: `/api/parks/${park.id}`,
      payload: { updatedAt: park.updatedAt, code: 'KCN-QV1' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty('body.code');
  });
});

describe('GET /api/parks', () => {
  it('finds names without diacritics, in either case, and codes', async () => {
    await createParkOk({ code: 'KCN-DT', name: 'KCN Đình Trám', adminUnitId: '63:24' });
    await createParkOk({ code: 'KCN-BN-TT', name: 'KCN Thuận Thành – Bắc Ninh' });
    const search = async (q: string) => {
      const res = await officer.inject({ method: 'GET', url: `/api/parks?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as ParkList).items.map((p) => p.name);
    };
    expect(await search('bac ninh')).toEqual(['KCN Thuận Thành – Bắc Ninh']);
    expect(await search('BẮC NINH')).toEqual(['KCN Thuận Thành – Bắc Ninh']);
    expect(await search('dinh tram')).toEqual(['KCN Đình Trám']);
    expect(await search('que vo')).toEqual(['KCN Quế Võ']);
    expect(await search('kcn-dt')).toEqual(['KCN Đình Trám']);
    expect(await search('100%_')).toEqual([]);
  });

  it('sorts and pages, with the total of the whole list', async () => {
    const page = async (query: string) => (await officer.inject({ method: 'GET', url: `/api/parks?${query}` })).json();
    const all: ParkList = await page('pageSize=200');
    expect(all.total).toBe(all.items.length);
    const names = all.items.map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare));

    const second: ParkList = await page('pageSize=2&page=2');
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(second.items.map((p) => p.id)).toEqual(all.items.slice(2, 4).map((p) => p.id));

    const byArea: ParkList = await page('sort=establishedArea&order=desc&pageSize=200');
    const areas = byArea.items.map((p) => p.establishedArea);
    const withArea = areas.filter((a): a is string => a !== null);
    expect(withArea).toEqual([...withArea].sort((a, b) => Number(b) - Number(a)));
    // Parks without an area come last.
    expect(areas.slice(withArea.length).every((a) => a === null)).toBe(true);

    const tooBig = await officer.inject({ method: 'GET', url: '/api/parks?pageSize=201' });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields['querystring.pageSize'].message).toBe('Cỡ trang từ 1 đến 200.');
  });

  it('filters by kind', async () => {
    await createParkOk({ name: 'KCN Công Nghệ Cao Thử', kinds: ['high_tech'] });
    const res = await officer.inject({ method: 'GET', url: '/api/parks?kind=high_tech' });
    expect((res.json() as ParkList).items.map((p) => p.name)).toEqual(['KCN Công Nghệ Cao Thử']);
  });
});
