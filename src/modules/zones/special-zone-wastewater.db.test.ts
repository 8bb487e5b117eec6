import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/** A special zone's central wastewater plant (Biểu 2112 cols 24–26): dated records, the plant rules, scope. */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
let officer: Session;
let other: Session;
let zoneId: string;
let specialZoneId: string;

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bql.qn', 'board_officer', { provinceCode: '22' });
  officer = await t.signIn('bql.hp');
  other = await t.signIn('bql.qn');
  const zones = t.app.services.zones;
  zoneId = (
    await zones.createZone(system, { code: 'KKT-DV', name: 'KKT Đình Vũ', type: 'coastal', adminUnitId: '63:31' })
  ).id;
  const detail = await zones.createSpecialZone(system, zoneId, {
    code: 'PTQ-1',
    name: 'Khu phi thuế quan 1',
    kind: 'non_tariff',
  });
  specialZoneId = detail.specialZones[0]!.id;
});
afterAll(() => t.close());

const record = (payload: object, session = officer) =>
  session.inject({ method: 'POST', url: `/api/zones/${zoneId}/special-zones/${specialZoneId}/wastewater`, payload });

describe('central wastewater plant of a special zone', () => {
  it('is recorded from a date on, replaced on the same day, and audited on the KKT', async () => {
    const building = await record({
      date: '2020-01-01',
      status: 'under_construction',
      designCapacity: '2000',
      source: 'BC',
    });
    expect(building.statusCode, building.body).toBe(200);
    const running = await record({
      date: '2022-01-01',
      status: 'operating',
      designCapacity: '2000',
      operatingCapacity: '1200',
      source: 'BC',
    });
    expect(running.statusCode, running.body).toBe(200);
    const again = await record({
      date: '2022-01-01',
      status: 'operating',
      designCapacity: '2000',
      operatingCapacity: '1500',
      source: 'BC sửa',
    });
    expect(again.statusCode, again.body).toBe(200);
    // The KKT's detail shows the plant on its date and every record (what the web page draws).
    const shown = again.json().specialZones[0].wastewater;
    expect(shown.asOf).toEqual({
      status: 'operating',
      since: '2022-01-01',
      designCapacity: '2000',
      operatingCapacity: '1500',
    });
    expect(shown.records.map((r: { date: string; status: string }) => [r.date, r.status])).toEqual([
      ['2020-01-01', 'under_construction'],
      ['2022-01-01', 'operating'],
    ]);
    const before = await officer.inject({ method: 'GET', url: `/api/zones/${zoneId}?asOf=2021-06-30` });
    expect(before.json().specialZones[0].wastewater.asOf).toMatchObject({
      status: 'under_construction',
      since: '2020-01-01',
    });
    const rows = await t.database.query<{ n: number }>(
      `select count(*)::int as n from special_zone_wastewater where special_zone_id = '${specialZoneId}'`,
    );
    expect(rows[0]!.n).toBe(2);
    const audit = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'zone.special_zone.wastewater' and entity_id = '${zoneId}'`,
    );
    expect(audit[0]!.n).toBe(3);
  });

  it('keeps the plant rules (operating ≤ design, no way back to not built) and the Board’s scope', async () => {
    const over = await record({
      date: '2023-01-01',
      status: 'operating',
      designCapacity: '2000',
      operatingCapacity: '2500',
      source: 'BC',
    });
    expect(over.statusCode).toBe(422);
    const back = await record({ date: '2024-01-01', status: 'not_built', source: 'BC' });
    expect(back.statusCode).toBe(422);
    const outside = await record(
      { date: '2024-01-01', status: 'operating', designCapacity: '2000', source: 'BC' },
      other,
    );
    expect(outside.statusCode).toBe(403);
  });
});
