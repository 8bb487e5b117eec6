import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/** Charter capital (vốn điều lệ) stated on the issue and changed by adjustments (Biểu 2115 cols 7–8). */
let t: TestContext;
const system = systemActor('test');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext();
  const { zones, investment } = t.app.services;
  ids.park = (await zones.createPark(system, { code: 'P-CC', name: 'KCN CC', kinds: [], adminUnitId: '63:31' })).id;
  ids.kr = (await investment.createInvestor(system, { kind: 'organisation', name: 'Hyosung', nationality: 'KR' })).id;
});
afterAll(() => t.close());

const create = (code: string, charter?: { value: string; currency: 'USD' | 'VND' }) =>
  t.app.services.investment.createProject(system, {
    projectCode: code,
    name: `Dự án ${code}`,
    location: { kind: 'park', parkId: ids.park! },
    type: 'production_business',
    sectors: [],
    landAreaHa: '2',
    investors: [{ investorId: ids.kr!, share: '100' }],
    certificate: {
      date: '2023-03-01',
      registeredCapital: { value: '10000000', currency: 'USD' },
      ...(charter ? { charterCapital: charter } : {}),
    },
  });

describe('charter capital', () => {
  it('is stated on the issue, changed by adjustments and read on a date', async () => {
    const { investment } = t.app.services;
    const p = await create('CC-1', { value: '3000000', currency: 'USD' });
    expect(p.certificate.charterCapital).toEqual({ value: '3000000', currency: 'USD' });
    await investment.recordCertificateEvent(system, p.id, {
      kind: 'adjusted',
      date: '2024-05-10',
      documentNo: '12/QĐ-BQL',
      charterCapitalDelta: { value: '1500000', currency: 'USD' },
    });
    const after = await investment.recordCertificateEvent(system, p.id, {
      kind: 'adjusted',
      date: '2025-01-15',
      charterCapitalDelta: { value: '-500000', currency: 'USD' },
      capitalDelta: { value: '-1000000', currency: 'USD' },
    });
    expect(after.certificate.charterCapital).toEqual({ value: '4000000', currency: 'USD' });
    expect(after.events.map((e) => e.charterCapital?.value ?? null)).toEqual(['3000000', '1500000', '-500000']);
    const earlier = await investment.getProject(system, p.id, '2024-12-31');
    expect(earlier.certificate.charterCapital).toEqual({ value: '4500000', currency: 'USD' });
    const [row] = await t.database.query<{ charter_capital: string }>(
      'select charter_capital::text from certificate_events where project_id = $1 and seq = 3',
      [p.id],
    );
    expect(row!.charter_capital).toBe('-500000.00');
  });

  it('an adjustment of the charter capital alone is a change', async () => {
    const p = await create('CC-2');
    expect(p.certificate.charterCapital).toBeNull();
    const after = await t.app.services.investment.recordCertificateEvent(system, p.id, {
      kind: 'adjusted',
      date: '2024-01-10',
      charterCapitalDelta: { value: '200000', currency: 'USD' },
    });
    expect(after.certificate.charterCapital).toEqual({ value: '200000', currency: 'USD' });
  });

  it('refuses another currency than the certificate’s and a decrease below zero, per field', async () => {
    const { investment } = t.app.services;
    await expect(create('CC-3', { value: '1000', currency: 'VND' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      fields: { 'body.certificate.charterCapital.currency': expect.anything() },
    });
    const p = await create('CC-4', { value: '1000000', currency: 'USD' });
    await expect(
      investment.recordCertificateEvent(system, p.id, {
        kind: 'adjusted',
        date: '2024-01-10',
        charterCapitalDelta: { value: '-1000001', currency: 'USD' },
      }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE', fields: { 'body.charterCapitalDelta.value': expect.anything() } });
    await expect(
      investment.recordCertificateEvent(system, p.id, {
        kind: 'adjusted',
        date: '2024-01-10',
        charterCapitalDelta: { value: '100', currency: 'VND' },
      }),
    ).rejects.toMatchObject({ fields: { 'body.charterCapitalDelta.currency': expect.anything() } });
    const [n] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from certificate_events where project_id = $1',
      [p.id],
    );
    expect(n!.n).toBe(1);
  });
});
