import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { ParkDetail } from './contract';

/** The registry facts Biểu 2103 reads: infrastructure completion (col. 14) and land handed over (col. 16). */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
let officer: Session;
let ministry: Session;
let admin: Session;
let park: ParkDetail;

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('quan.tri', 'admin');
  admin = await t.signIn('quan.tri');
  officer = await t.signIn('bql.hp');
  ministry = await t.signIn('bo.tc');
  park = await t.app.services.zones.createPark(system, {
    code: 'KCN-HT',
    name: 'KCN Hạ tầng',
    kinds: [],
    adminUnitId: '63:31',
    firstEvent: {
      kind: 'established',
      date: '2020-01-01',
      act: 'establishment_decision',
      area: '300',
      decision: { number: 'QĐ-01', date: '2020-01-01' },
    },
  });
});
afterAll(() => t.close());

const progress = (payload: object, session = officer) =>
  session.inject({ method: 'POST', url: `/api/parks/${park.id}/infrastructure-progress`, payload });

describe('infrastructure completion of a park', () => {
  it('is a dated series shown on the timeline, replaced on the same day, and audited', async () => {
    expect((await progress({ asOf: '2021-12-31', completionPct: '40', source: 'Báo cáo năm 2021' })).statusCode).toBe(
      200,
    );
    expect((await progress({ asOf: '2023-12-31', completionPct: '70', source: 'Báo cáo 2023' })).statusCode).toBe(200);
    const res = await progress({ asOf: '2023-12-31', completionPct: '75.5', source: 'Báo cáo 2023 (sửa)' });
    expect(res.statusCode, res.body).toBe(200);
    const p: ParkDetail = res.json();
    expect(p.infrastructure).toEqual([
      { date: '2021-12-31', value: '40', source: 'Báo cáo năm 2021' },
      { date: '2023-12-31', value: '75.5', source: 'Báo cáo 2023 (sửa)' },
    ]);
    expect(p.timeline.filter((i) => i.type === 'progress').map((i) => i.value)).toEqual(['40', '75.5']);
    const audit = await admin.inject({
      method: 'GET',
      url: `/api/audit?entityId=${park.id}&action=park.infrastructure_progress.record`,
    });
    const [latest] = audit.json().items;
    expect(latest).toMatchObject({
      before: { date: '2023-12-31', value: '70' },
      after: { date: '2023-12-31', value: '75.5' },
    });
  });

  it('refuses a value over 100 %, a future date and a caller outside the park’s scope', async () => {
    const over = await progress({ asOf: '2024-01-01', completionPct: '101', source: 'x' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['body.completionPct']).toBeDefined();
    const future = await progress({ asOf: '2027-01-01', completionPct: '80', source: 'x' });
    expect(future.statusCode).toBe(422);
    expect((await progress({ asOf: '2024-01-01', completionPct: '80', source: 'x' }, ministry)).statusCode).toBe(403);
  });
});

describe('land handed over for building the infrastructure', () => {
  const land = (value: string, asOf = '2022-06-30') =>
    officer.inject({
      method: 'POST',
      url: `/api/parks/${park.id}/land`,
      payload: { measure: 'handed_over', asOf, value, source: 'Biên bản bàn giao đất' },
    });

  it('is a land measure read as of a date, never above the established area', async () => {
    const ok = await land('180');
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as ParkDetail).land.handed_over).toEqual({
      date: '2022-06-30',
      value: '180',
      source: 'Biên bản bàn giao đất',
    });
    const tooMuch = await land('301', '2023-01-01');
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.message).toContain('đã giao');
  });
});
