import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * Period flows of 2025-Q2 (1 April – 30 June) over five projects whose totals are worked out
 * by hand below. Parks: Quang Châu in old Bắc Giang (63:24), Yên Phong in old Bắc Ninh (63:27),
 * Đình Vũ in Hải Phòng. On 2025-06-30 code 24 was still Bắc Giang; today both form Bắc Ninh (24).
 */
let t: TestContext;
let bn: Session;
let ministry: Session;
const ids: Record<string, string> = {};
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });

beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  const hp = await t.signIn('bql.hp');
  [bn, ministry] = await Promise.all([t.signIn('bql.bn'), t.signIn('bo.tc')]);
  const park = async (code: string, adminUnitId: string) =>
    (await t.app.services.zones.createPark(system, { code, name: `KCN ${code}`, kinds: [], adminUnitId })).id;
  const quangChau = await park('QC-FLOW', '63:24');
  const yenPhong = await park('YP-FLOW', '63:27');
  const dinhVu = await park('DV-FLOW', '63:31');
  const kr = ok(
    await post(bn, '/api/investors', { kind: 'organisation', name: 'LG Innotek', nationality: 'KR' }),
    201,
  ).id;
  const vn = ok(
    await post(bn, '/api/investors', { kind: 'individual', name: 'Phạm Thị Dung', nationality: 'VN' }),
    201,
  ).id;

  const project = async (
    s: Session,
    code: string,
    parkId: string,
    investorId: string,
    date: string,
    capital: { value: string; currency: 'USD' | 'VND' },
    events: Record<string, unknown>[] = [],
  ) => {
    const id = ok(
      await post(s, '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        location: { kind: 'park', parkId },
        type: 'production_business',
        landAreaHa: '3',
        investors: [{ investorId, share: '100' }],
        certificate: { date, registeredCapital: capital },
      }),
      201,
    ).id as string;
    for (const e of events) ok(await post(s, `/api/projects/${id}/events`, e), 201);
    ids[code] = id;
  };
  const usd = (value: string) => ({ value, currency: 'USD' as const });
  const vnd = (value: string) => ({ value, currency: 'VND' as const });

  // F1 (FDI, Quang Châu): valid at the start with 20 m USD, raised by 5 m on 10 May.
  await project(bn, 'F1', quangChau, kr, '2025-01-15', usd('20000000'), [
    { kind: 'adjusted', date: '2025-05-10', capitalDelta: usd('5000000') },
  ]);
  // F2 (FDI, Yên Phong): new on 20 April with 12.5 m USD.
  await project(bn, 'F2', yenPhong, kr, '2025-04-20', usd('12500000'));
  // D1 (DDI, Quang Châu): 100 bn VND since 2024, lowered by 30 bn on the first day of the quarter.
  await project(bn, 'D1', quangChau, vn, '2024-11-01', vnd('100000000000'), [
    { kind: 'adjusted', date: '2025-04-01', capitalDelta: vnd('-30000000000') },
  ]);
  // D2 (DDI, Yên Phong): new on 5 April with 50 bn VND, terminated on 20 June.
  await project(bn, 'D2', yenPhong, vn, '2025-04-05', vnd('50000000000'), [
    { kind: 'terminated', date: '2025-06-20', documentNo: '88/QĐ-BQL', capitalAtEnd: vnd('50000000000') },
  ]);
  // H1 (FDI, Hải Phòng): new on 1 May with 7 m USD.
  await project(hp, 'H1', dinhVu, kr, '2025-05-01', usd('7000000'));
  // X1 (FDI, Yên Phong) issued after the quarter: counted nowhere.
  await project(bn, 'X1', yenPhong, kr, '2025-07-02', usd('3000000'));
});
afterAll(() => t.close());

type Line = { projects: number; value: string; amount: { value: string; currency: string }; projectIds: string[] };
type Flows = {
  from: string;
  to: string;
  label: { vi: string };
  FDI: Record<'validAtStart' | 'new' | 'increased' | 'decreased' | 'validAtEnd', Line> & {
    ended: Line & { revoked: number; terminated: number };
    unitLabel: { vi: string };
  };
  DDI: Flows['FDI'];
};
const line = (l: Line) => [l.projects, l.value, [...l.projectIds].sort()];
const sorted = (...codes: string[]) => codes.map((c) => ids[c]).sort();

describe('period flows', () => {
  it('the Bắc Ninh Board’s 2025-Q2, by hand: FDI in triệu USD, DDI in tỷ đồng, with the projects of each line', async () => {
    const f = ok(await bn.inject({ method: 'GET', url: '/api/projects/flows?period=2025-Q2' })) as Flows;
    expect([f.from, f.to, f.label.vi]).toEqual(['2025-04-01', '2025-06-30', 'Quý II/2025']);
    expect(f.FDI.unitLabel.vi).toBe('triệu USD');
    // FDI: F1 valid at the start (20); F2 new (12.5); F1 raised (5); at the end F1 25 + F2 12.5 = 37.5.
    expect(line(f.FDI.validAtStart)).toEqual([1, '20', sorted('F1')]);
    expect(line(f.FDI.new)).toEqual([1, '12.5', sorted('F2')]);
    expect(line(f.FDI.increased)).toEqual([1, '5', sorted('F1')]);
    expect(line(f.FDI.decreased)).toEqual([0, '0', []]);
    expect(line(f.FDI.ended)).toEqual([0, '0', []]);
    expect(line(f.FDI.validAtEnd)).toEqual([2, '37.5', sorted('F1', 'F2')]);
    expect(f.FDI.validAtEnd.amount).toEqual({ value: '37500000', currency: 'USD' });
    // DDI: D1 valid at the start (100); D2 new (50); D1 lowered (30); D2 terminated (50); at the end D1 70.
    expect(line(f.DDI.validAtStart)).toEqual([1, '100', sorted('D1')]);
    expect(line(f.DDI.new)).toEqual([1, '50', sorted('D2')]);
    expect(line(f.DDI.increased)).toEqual([0, '0', []]);
    expect(line(f.DDI.decreased)).toEqual([1, '30', sorted('D1')]);
    expect(line(f.DDI.ended)).toEqual([1, '50', sorted('D2')]);
    expect([f.DDI.ended.terminated, f.DDI.ended.revoked]).toEqual([1, 0]);
    expect(line(f.DDI.validAtEnd)).toEqual([1, '70', sorted('D1')]);
  });

  it('the ministry sees the whole country, or one province as it was at the end of the period', async () => {
    const all = ok(await ministry.inject({ method: 'GET', url: '/api/projects/flows?period=2025-Q2' })) as Flows;
    // H1 adds 7 m USD to the new and the valid-at-end lines.
    expect(line(all.FDI.new)).toEqual([2, '19.5', sorted('F2', 'H1')]);
    expect(line(all.FDI.validAtEnd)).toEqual([3, '44.5', sorted('F1', 'F2', 'H1')]);
    expect(line(all.DDI.validAtEnd)).toEqual([1, '70', sorted('D1')]);

    // On 2025-06-30 code 24 was Bắc Giang: only the Quang Châu projects.
    const bacGiang = ok(
      await ministry.inject({ method: 'GET', url: '/api/projects/flows?period=2025-Q2&province=24' }),
    ) as Flows;
    expect(line(bacGiang.FDI.validAtEnd)).toEqual([1, '25', sorted('F1')]);
    expect(line(bacGiang.FDI.new)).toEqual([0, '0', []]);
    expect(line(bacGiang.DDI.decreased)).toEqual([1, '30', sorted('D1')]);
    expect(line(bacGiang.DDI.new)).toEqual([0, '0', []]);
    // In 2025-Q3 code 24 is the new Bắc Ninh: both old provinces (X1 is new, D2 is gone).
    const q3 = ok(
      await ministry.inject({ method: 'GET', url: '/api/projects/flows?period=2025-Q3&province=24' }),
    ) as Flows;
    expect(line(q3.FDI.validAtStart)).toEqual([2, '37.5', sorted('F1', 'F2')]);
    expect(line(q3.FDI.new)).toEqual([1, '3', sorted('X1')]);
    expect(line(q3.DDI.validAtEnd)).toEqual([1, '70', sorted('D1')]);

    const bad = await ministry.inject({ method: 'GET', url: '/api/projects/flows?period=2025-Q5' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['querystring.period'].message).toMatch(/2025-Q3/);
  });
});
