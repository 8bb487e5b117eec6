import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-11-26T03:00:00Z') });
});
afterAll(() => t.close());

const get = (url: string) => t.app.http.inject({ method: 'GET', url });

describe('provinces as of a date', () => {
  it('gives the 63 provinces the day before the merger and the 34 from 2025-07-01', async () => {
    const before = (await get('/api/geo/provinces?date=2025-06-30')).json();
    expect(before.edition).toBe('63');
    expect(before.items).toHaveLength(63);
    const bacGiang = before.items.find((p: { code: string }) => p.code === '24');
    expect(bacGiang).toMatchObject({ name: 'Tỉnh Bắc Giang', regionCode: 'tdmnpb', validTo: '2025-06-30' });
    expect(bacGiang.successors).toEqual([expect.objectContaining({ id: '34:24', shortName: 'Bắc Ninh' })]);

    const after = (await get('/api/geo/provinces?date=2025-07-01')).json();
    expect(after.edition).toBe('34');
    expect(after.items).toHaveLength(34);
    const bacNinh = after.items.find((p: { code: string }) => p.code === '24');
    expect(bacNinh.name).toBe('Tỉnh Bắc Ninh');
    expect(bacNinh.predecessors.map((p: { shortName: string }) => p.shortName).sort()).toEqual([
      'Bắc Giang',
      'Bắc Ninh',
    ]);
  });

  it('defaults to today in Hà Nội', async () => {
    const res = (await get('/api/geo/provinces')).json();
    expect(res.date).toBe('2026-11-26');
    expect(res.items).toHaveLength(34);
  });

  it('rejects a malformed or impossible date with a Vietnamese message', async () => {
    for (const date of ['2025-13-01', '01/07/2025', '2025-02-30']) {
      const res = await get(`/api/geo/provinces?date=${date}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields['querystring.date'].message).toMatch(/Ngày/);
    }
  });
});

describe('lineage and resolution', () => {
  it('gives the lineage of a merged province with its legal basis', async () => {
    const res = (await get('/api/geo/provinces/34:25/lineage')).json();
    expect(res.unit.shortName).toBe('Phú Thọ');
    expect(res.predecessors.map((p: { shortName: string }) => p.shortName).sort()).toEqual([
      'Hoà Bình',
      'Phú Thọ',
      'Vĩnh Phúc',
    ]);
    expect(res.effectiveDate).toBe('2025-07-01');
    expect(res.legalBasis).toBe('Nghị quyết 202/2025/QH15');
    expect((await get('/api/geo/provinces/34:99/lineage')).statusCode).toBe(404);
    expect((await get('/api/geo/provinces/abc/lineage')).statusCode).toBe(400);
  });

  it('resolves an old code on a date after the merger to its new province, region and sets', async () => {
    const res = (await get('/api/geo/resolve?code=30&date=2026-01-01')).json();
    expect(res.unit.shortName).toBe('Hải Dương');
    expect(res.current.shortName).toBe('Hải Phòng');
    expect(res.groups.map((g: { code: string }) => g.code)).toEqual(
      expect.arrayContaining(['dbsh-2025', 'north30-2025']),
    );
    const before = (await get('/api/geo/resolve?code=24&date=2024-12-31')).json();
    expect(before.unit.shortName).toBe('Bắc Giang');
    expect(before.groups.map((g: { code: string }) => g.code)).toEqual(expect.arrayContaining(['tdmnpb', 'north30']));
    expect((await get('/api/geo/resolve?code=5')).statusCode).toBe(400);
    expect((await get('/api/geo/resolve?code=99')).statusCode).toBe(404);
  });

  it('lists regions and the 30 northern provinces with their post-merger equivalent', async () => {
    const old = (await get('/api/geo/groups?date=2022-06-30')).json();
    const north = old.items.find((g: { code: string }) => g.code === 'north30');
    expect(north.members).toHaveLength(30);
    const regions = old.items.filter((g: { kind: string }) => g.kind === 'region');
    expect(regions.map((g: { members: unknown[] }) => g.members.length)).toEqual([14, 11, 14, 5, 6, 13]);
    const now = (await get('/api/geo/groups?date=2026-01-01')).json();
    expect(now.items.find((g: { code: string }) => g.code === 'north30-2025').members).toHaveLength(19);
  });
});

describe('boundaries', () => {
  it('serves GeoJSON for both editions, keyed by GSO code', async () => {
    for (const [edition, count] of [
      ['34', 34],
      ['63', 63],
    ] as const) {
      const res = await get(`/api/geo/boundaries/${edition}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/geo\+json/);
      const fc = res.json();
      expect(fc.type).toBe('FeatureCollection');
      expect(new Set(fc.features.map((f: { properties: { ma_tinh: string } }) => f.properties.ma_tinh)).size).toBe(
        count,
      );
    }
    expect((await get('/api/geo/boundaries/64')).statusCode).toBe(400);
  });
});

describe('reference lists', () => {
  it('lists countries with the Vietnamese names the ministry uses', async () => {
    const items = (await get('/api/reference/countries')).json().items;
    expect(items.find((c: { alpha2: string }) => c.alpha2 === 'US').nameVi).toBe('Hoa Kỳ');
    expect(items.find((c: { alpha2: string }) => c.alpha2 === 'KR').nameVi).toBe('Hàn Quốc');
  });

  it('searches the waste codes', async () => {
    const res = (await get('/api/reference/waste-codes?chapter=17&hazardous=true')).json();
    expect(res.items.length).toBeGreaterThan(5);
    expect(
      res.items.every((w: { hazardous: boolean; chapterCode: string }) => w.hazardous && w.chapterCode === '17'),
    ).toBe(true);
    const q = (await get('/api/reference/waste-codes?q=100%25')).json();
    expect(q.items).toEqual([]);
    expect((await get('/api/reference/waste-codes?chapter=1')).statusCode).toBe(400);
  });
});

describe('rolling registry rows up to provinces', () => {
  it('places an old unit in its post-merger province and lists the units inside a province', async () => {
    const geo = t.app.services.geo;
    expect(await geo.provinceCodeOf('63:24', '2026-01-01')).toBe('24');
    expect(await geo.provinceCodeOf('63:27', '2026-01-01')).toBe('24');
    expect(await geo.provinceCodeOf('63:24', '2024-01-01')).toBe('24');
    expect((await geo.unitIdsIn('24', '2026-01-01')).sort()).toEqual(['34:24', '63:24', '63:27']);
    expect(await geo.unitIdsIn('24', '2024-01-01')).toEqual(['63:24']);
    expect(await geo.unitIdsIn('99')).toEqual([]);
  });
});
