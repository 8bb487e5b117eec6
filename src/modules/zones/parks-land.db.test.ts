import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { OccupancyResult, ParkDetail, ParkEventBody } from './contract';

/** A park's land as dated values, the rules between them, and occupancy on both published bases. */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
let officer: Session;
let admin: Session;
const parks: Record<string, ParkDetail> = {};

const decision = (date: string) => ({ number: `QĐ-${date}`, date });
const established = (date: string, area: string): ParkEventBody => ({
  kind: 'established',
  date,
  act: date < '2022-07-15' ? 'establishment_decision' : 'irc',
  area,
  decision: decision(date),
});

async function park(key: string, adminUnitId: string, events: ParkEventBody[]) {
  const zones = t.app.services.zones;
  const [first, ...rest] = events;
  let p = await zones.createPark(system, {
    code: `KCN-${key.toUpperCase()}`,
    name: `KCN ${key}`,
    kinds: [],
    adminUnitId,
    ...(first ? { firstEvent: first } : {}),
  });
  for (const e of rest) p = await zones.recordParkEvent(system, p.id, e);
  parks[key] = p;
}

const setLand = (key: string, measure: string, asOf: string, value: string, session = officer) =>
  session.inject({
    method: 'POST',
    url: `/api/parks/${parks[key]!.id}/land`,
    payload: { measure, asOf, value, source: `Báo cáo ${asOf}` },
  });

async function setLandOk(key: string, measure: string, asOf: string, value: string) {
  const res = await setLand(key, measure, asOf, value);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ParkDetail;
}

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('quan.tri', 'admin');
  officer = await t.signIn('bql.hp');
  admin = await t.signIn('quan.tri');

  await park('a', '63:31', [
    established('2015-01-01', '500'),
    { kind: 'construction_started', date: '2016-01-01' },
    { kind: 'operating', date: '2018-01-01' },
  ]);
  await park('b', '63:31', [established('2023-01-01', '300')]);
  await park('c', '63:31', [established('2020-01-01', '100'), { kind: 'operating', date: '2021-01-01' }]);
  await park('d', '63:31', [{ kind: 'planned', date: '2024-01-01', approved: true, decision: decision('2024-01-01') }]);
  await park('e', '63:27', [established('2010-01-01', '200'), { kind: 'operating', date: '2012-01-01' }]);
  await park('legacy', '63:31', []);

  await setLandOk('a', 'industrial', '2015-06-01', '350');
  await setLandOk('a', 'leased', '2017-01-01', '100');
  await setLandOk('a', 'leased', '2023-01-01', '200');
  await setLandOk('b', 'industrial', '2023-06-01', '200');
  await setLandOk('b', 'leased', '2024-01-01', '50');
  await t.app.services.zones.recordLandValue(system, parks.e!.id, {
    measure: 'industrial',
    asOf: '2012-01-01',
    value: '150',
    source: 'x',
  });
  await t.app.services.zones.recordLandValue(system, parks.e!.id, {
    measure: 'leased',
    asOf: '2012-01-01',
    value: '150',
    source: 'x',
  });
});
afterAll(() => t.close());

const occupancyOf = async (query: string, session = officer): Promise<OccupancyResult> => {
  const res = await session.inject({ method: 'GET', url: `/api/parks/occupancy?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('a park’s land', () => {
  it('is read as of a date, the four measures with their sources, and the park’s own occupancy', async () => {
    const res = await officer.inject({ method: 'GET', url: `/api/parks/${parks.a!.id}?asOf=2024-06-30` });
    const p: ParkDetail = res.json();
    expect(p.land).toEqual({
      planned: null,
      established: { date: '2015-01-01', value: '500', source: 'QĐ-2015-01-01' },
      industrial: { date: '2015-06-01', value: '350', source: 'Báo cáo 2015-06-01' },
      leased: { date: '2023-01-01', value: '200', source: 'Báo cáo 2023-01-01' },
      handed_over: null,
    });
    expect(p.occupancy).toEqual({
      leased: '200',
      industrial: '350',
      ratio: '0.571429',
      percent: '57.14',
      counted: true,
    });
    const earlier: ParkDetail = (
      await officer.inject({ method: 'GET', url: `/api/parks/${parks.a!.id}?asOf=2017-06-30` })
    ).json();
    expect(earlier.land.leased?.value).toBe('100');
    expect(earlier.occupancy.percent).toBe('28.57');
    // The timeline merges events and land values by date.
    expect(
      p.timeline.map((x) => `${x.date} ${x.type === 'event' ? x.kind : x.type === 'land' ? x.measure : 'progress'}`),
    ).toEqual([
      '2015-01-01 established',
      '2015-06-01 industrial',
      '2016-01-01 construction_started',
      '2017-01-01 leased',
      '2018-01-01 operating',
      '2023-01-01 leased',
    ]);
  });

  it('does not count a park that is not established', async () => {
    const p: ParkDetail = (await officer.inject({ method: 'GET', url: `/api/parks/${parks.d!.id}` })).json();
    expect(p.occupancy).toEqual({ leased: null, industrial: null, ratio: null, percent: null, counted: false });
  });

  it('refuses leased land above the industrial-service land, and industrial land above the established area (422)', async () => {
    const leased = await setLand('a', 'leased', '2024-01-01', '400');
    expect(leased.statusCode).toBe(422);
    expect(leased.json().error.code).toBe('UNPROCESSABLE');
    expect(leased.json().error.fields['body.value'].message).toBe(
      'Ngày 2024-01-01: diện tích đất công nghiệp, dịch vụ đã cho thuê (400 ha) lớn hơn diện tích đất công nghiệp, dịch vụ (350 ha).',
    );
    const industrial = await setLand('a', 'industrial', '2016-01-01', '600');
    expect(industrial.statusCode).toBe(422);
    expect(industrial.json().error.fields['body.value'].messageEn).toBe(
      'On 2016-01-01: industrial-service land for lease (600 ha) exceeds established area (500 ha).',
    );
    // Lowering the industrial land below what is already leased is refused as well.
    const lower = await setLand('a', 'industrial', '2024-01-01', '150');
    expect(lower.statusCode).toBe(422);
    expect(lower.json().error.fields['body.value'].messageEn).toMatch(
      /leased industrial-service land \(200 ha\) exceeds/,
    );
  });

  it('keeps the established area to the lifecycle: no value by hand once established, no decrease below the industrial land', async () => {
    const byHand = await setLand('a', 'established', '2020-01-01', '700');
    expect(byHand.statusCode).toBe(422);
    expect(byHand.json().error.fields['body.measure'].messageEn).toMatch(/comes from its lifecycle/);
    const decrease = await officer.inject({
      method: 'POST',
      url: `/api/parks/${parks.a!.id}/events`,
      payload: {
        kind: 'area_decreased',
        date: '2025-01-01',
        areaBefore: '500',
        areaAfter: '300',
        decision: decision('2025-01-01'),
      },
    });
    expect(decrease.statusCode).toBe(422);
    expect(decrease.json().error.fields['body.areaAfter'].messageEn).toBe(
      'On 2025-01-01: industrial-service land for lease (350 ha) exceeds established area (300 ha).',
    );
  });

  it('takes an established area by hand for a park recorded without its establishment', async () => {
    const set = await setLandOk('legacy', 'established', '2010-01-01', '80');
    expect(set.land.established).toEqual({ date: '2010-01-01', value: '80', source: 'Báo cáo 2010-01-01' });
    const above = await setLand('legacy', 'industrial', '2011-01-01', '90');
    expect(above.statusCode).toBe(422);
  });

  it('refuses a value dated after today, and malformed values (400)', async () => {
    const late = await setLand('b', 'leased', '2026-04-01', '10');
    expect(late.statusCode).toBe(422);
    expect(late.json().error.fields).toHaveProperty('body.asOf');
    const malformed = await officer.inject({
      method: 'POST',
      url: `/api/parks/${parks.b!.id}/land`,
      payload: { measure: 'rented', asOf: '2024-01-01', value: '-5', source: '' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(malformed.json().error.fields).sort()).toEqual(['body.measure', 'body.source', 'body.value']);
  });
});

describe('occupancy of a set of parks', () => {
  it('sums leased over industrial land of all established parks, with the parks behind the sums', async () => {
    const o = await occupancyOf('province=31&asOf=2024-06-30&basis=all_established');
    expect(o).toMatchObject({
      asOf: '2024-06-30',
      basis: 'all_established',
      province: '31',
      numerator: '250',
      denominator: '550',
      ratio: '0.454545',
      percent: '45.45',
    });
    expect(o.included.map((p) => [p.code, p.leased.value, p.industrial.value])).toEqual([
      ['KCN-A', '200', '350'],
      ['KCN-B', '50', '200'],
    ]);
    expect(o.leftOut).toEqual([
      { parkId: parks.c!.id, code: 'KCN-C', name: 'KCN c', missing: ['industrial', 'leased'] },
    ]);
  });

  it('counts operating parks only on the other basis', async () => {
    const o = await occupancyOf('province=31&asOf=2024-06-30&basis=operating');
    expect(o).toMatchObject({ numerator: '200', denominator: '350', ratio: '0.571429', percent: '57.14' });
    expect(o.included.map((p) => p.code)).toEqual(['KCN-A']);
    expect(o.leftOut.map((p) => p.code)).toEqual(['KCN-C']);
  });

  it('reads the set and the values as of the date', async () => {
    const o = await occupancyOf('province=31&asOf=2016-06-30');
    expect(o).toMatchObject({ basis: 'all_established', numerator: '0', denominator: '0', ratio: null, percent: null });
    expect(o.leftOut).toEqual([{ parkId: parks.a!.id, code: 'KCN-A', name: 'KCN a', missing: ['leased'] }]);
    const none = await occupancyOf('province=31&asOf=2016-06-30&basis=operating');
    expect(none).toMatchObject({ numerator: '0', denominator: '0', percent: null, included: [], leftOut: [] });
  });

  it('covers every province the caller may see when none is given', async () => {
    const ministry = await t.signIn('bo.tc');
    const all = await occupancyOf('asOf=2024-06-30', ministry);
    expect(all.included.map((p) => p.code)).toEqual(['KCN-A', 'KCN-B', 'KCN-E']);
    expect(all).toMatchObject({ province: null, numerator: '400', denominator: '700', percent: '57.14' });
    // The Board sees its own province only.
    expect((await occupancyOf('asOf=2024-06-30')).included.map((p) => p.code)).toEqual(['KCN-A', 'KCN-B']);
  });

  it('replaces a value recorded on the same date, with before and after in the audit log', async () => {
    const p = await setLandOk('a', 'industrial', '2015-06-01', '360');
    expect(p.land.industrial?.value).toBe('360');
    expect(p.timeline.filter((x) => x.type === 'land' && x.measure === 'industrial')).toHaveLength(1);
    const res = await admin.inject({
      method: 'GET',
      url: `/api/audit?entityId=${parks.a!.id}&action=park.land_value.record`,
    });
    const [latest] = res.json().items;
    expect(latest).toMatchObject({
      actorLabel: 'bql.hp',
      before: { measure: 'industrial', date: '2015-06-01', value: '350' },
      after: { measure: 'industrial', date: '2015-06-01', value: '360' },
    });
    expect((await occupancyOf('province=31&asOf=2024-06-30')).denominator).toBe('560');
  });
});
