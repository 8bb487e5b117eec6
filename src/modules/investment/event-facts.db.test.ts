import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * The facts each certificate event carries for the statistics (use-cases/event-facts.ts) and the
 * project facts the forms need (operation start, special zone), written through the services.
 */
let t: TestContext;
const system = systemActor('test');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext();
  const { zones, investment } = t.app.services;
  ids.kkt = (
    await zones.createZone(system, { code: 'KKT-EF', name: 'KKT EF', type: 'coastal', adminUnitId: '63:31' })
  ).id;
  ids.otherKkt = (
    await zones.createZone(system, { code: 'KKT-EF2', name: 'KKT EF2', type: 'border_gate', adminUnitId: '63:31' })
  ).id;
  await zones.createSpecialZone(system, ids.kkt, { code: 'PTQ-EF', name: 'Khu phi thuế quan EF', kind: 'non_tariff' });
  const [special] = await t.database.query<{ id: string }>("select id from special_zones where code = 'PTQ-EF'");
  ids.special = special!.id;
  ids.park = (await zones.createPark(system, { code: 'P-EF', name: 'KCN EF', kinds: [], adminUnitId: '63:31' })).id;
  await investment.addExchangeRate(system, {
    from: 'USD',
    to: 'VND',
    rate: '24000',
    date: '2024-01-02',
    source: 'SBV',
  });
  ids.kr = (await investment.createInvestor(system, { kind: 'organisation', name: 'Hyosung', nationality: 'KR' })).id;
  ids.vn = (
    await investment.createInvestor(system, { kind: 'organisation', name: 'Công ty Việt', nationality: 'VN' })
  ).id;
});
afterAll(() => t.close());

const eventsOf = (projectId: string) =>
  t.database.query<{
    seq: number;
    kind: string;
    origin_after: string;
    partner_after: string | null;
    capital_usd: string | null;
    capital_vnd: string | null;
  }>(
    'select seq, kind, origin_after, partner_after, capital_usd::text, capital_vnd::text from certificate_events where project_id = $1 order by seq',
    [projectId],
  );

describe('certificate event facts', () => {
  it('each event keeps the origin and partner after it and its amount in USD and VND', async () => {
    const { investment } = t.app.services;
    const p = await investment.createProject(system, {
      projectCode: 'EF-1',
      name: 'Dự án EF-1',
      location: { kind: 'park', parkId: ids.park! },
      type: 'production_business',
      sectors: [],
      landAreaHa: '2',
      investors: [{ investorId: ids.kr!, share: '100' }],
      certificate: { date: '2024-03-01', registeredCapital: { value: '1000000', currency: 'USD' } },
    });
    // A change recorded in VND with a named rate; then the investors change to Vietnamese only.
    const rate = (await investment.listExchangeRates(system, {})).items[0]!;
    await investment.recordCertificateEvent(system, p.id, {
      kind: 'adjusted',
      date: '2024-06-01',
      capitalDelta: { value: '2400000000', currency: 'VND' },
      exchangeRateId: rate.id,
    });
    await investment.recordCertificateEvent(system, p.id, {
      kind: 'adjusted',
      date: '2024-09-01',
      investors: [{ investorId: ids.vn!, share: '100' }],
    });
    const rows = await eventsOf(p.id);
    expect(rows.map((r) => [r.seq, r.origin_after, r.partner_after, r.capital_usd, r.capital_vnd])).toEqual([
      // The issue in USD, converted with the rate of its day (24,000).
      [1, 'FDI', 'KR', '1000000.00', '24000000000.00'],
      // 2.4 bn VND with the named rate = 100,000 USD.
      [2, 'FDI', 'KR', '100000.00', '2400000000.00'],
      [3, 'DDI', null, null, null],
    ]);
  });

  it('an investor’s new nationality rewrites the facts of its projects’ events', async () => {
    const { investment } = t.app.services;
    const inv = await investment.createInvestor(system, {
      kind: 'individual',
      name: 'Nguyễn Văn A',
      nationality: 'VN',
    });
    const p = await investment.createProject(system, {
      projectCode: 'EF-2',
      name: 'Dự án EF-2',
      location: { kind: 'park', parkId: ids.park! },
      type: 'production_business',
      sectors: [],
      landAreaHa: '1',
      investors: [{ investorId: inv.id, share: '100' }],
      certificate: { date: '2024-04-01', registeredCapital: { value: '5000000000', currency: 'VND' } },
    });
    expect((await eventsOf(p.id))[0]).toMatchObject({ origin_after: 'DDI', partner_after: null });
    await investment.updateInvestor(system, inv.id, { updatedAt: inv.updatedAt, nationality: 'JP' });
    expect((await eventsOf(p.id))[0]).toMatchObject({
      origin_after: 'FDI',
      partner_after: 'JP',
      capital_vnd: '5000000000.00',
    });
  });
});

describe('project facts for the forms', () => {
  const base = () => ({
    name: 'Dự án KKT',
    type: 'production_business' as const,
    sectors: [],
    landAreaHa: '1',
    investors: [{ investorId: ids.vn!, share: '100' }],
    certificate: { date: '2024-05-01', registeredCapital: { value: '1000000000', currency: 'VND' as const } },
  });

  it('keeps the operation start and a special zone of the project’s own KKT', async () => {
    const { investment } = t.app.services;
    const p = await investment.createProject(system, {
      ...base(),
      projectCode: 'EF-3',
      location: { kind: 'special_zone', zoneId: ids.kkt! },
      specialZoneId: ids.special!,
      operationStartedOn: '2024-12-01',
    });
    expect([p.specialZoneId, p.operationStartedOn]).toEqual([ids.special, '2024-12-01']);
    const updated = await investment.updateProject(system, p.id, { updatedAt: p.updatedAt, operationStartedOn: null });
    expect(updated.operationStartedOn).toBeNull();
  });

  it('refuses a special zone of another KKT and an operation start before the issue or in the future', async () => {
    const { investment } = t.app.services;
    await expect(
      investment.createProject(system, {
        ...base(),
        projectCode: 'EF-4',
        location: { kind: 'zone', zoneId: ids.otherKkt! },
        specialZoneId: ids.special!,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: { 'body.specialZoneId': expect.anything() } });
    await expect(
      investment.createProject(system, {
        ...base(),
        projectCode: 'EF-5',
        location: { kind: 'zone', zoneId: ids.kkt! },
        operationStartedOn: '2024-04-30',
      }),
    ).rejects.toMatchObject({ fields: { 'body.operationStartedOn': expect.anything() } });
    await expect(
      investment.createProject(system, {
        ...base(),
        projectCode: 'EF-6',
        location: { kind: 'zone', zoneId: ids.kkt! },
        operationStartedOn: '2999-01-01',
      }),
    ).rejects.toMatchObject({ fields: { 'body.operationStartedOn': expect.anything() } });
  });
});
