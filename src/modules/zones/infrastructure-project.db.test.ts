import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { ParkDetail } from './contract';

/** A park's infrastructure project (Biểu 2103 col. 3): an infrastructure project of the park or its province. */
const NOW = new Date('2026-03-16T03:00:00Z');
const system = systemActor('test');
let t: TestContext;
let officer: Session;
let otherBoard: Session;
let park: ParkDetail;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW, authSettings: { signInAttemptsPerWindow: 1000 } });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bql.qn', 'board_officer', { provinceCode: '22' });
  officer = await t.signIn('bql.hp');
  otherBoard = await t.signIn('bql.qn');
  const { zones, investment } = t.app.services;
  const established = (area: string) => ({
    kind: 'established' as const,
    date: '2020-01-01',
    act: 'establishment_decision' as const,
    area,
    decision: { number: 'QĐ-01', date: '2020-01-01' },
  });
  park = await zones.createPark(system, {
    code: 'KCN-DA',
    name: 'KCN Dự án',
    kinds: [],
    adminUnitId: '63:31',
    firstEvent: established('300'),
  });
  ids.otherPark = (
    await zones.createPark(system, {
      code: 'KCN-QN',
      name: 'KCN Quảng Ninh',
      kinds: [],
      adminUnitId: '63:22',
      firstEvent: established('200'),
    })
  ).id;
  const vn = (await investment.createInvestor(system, { kind: 'organisation', name: 'Công ty HT', nationality: 'VN' }))
    .id;
  const project = async (code: string, parkId: string, type: 'infrastructure' | 'production_business') =>
    (
      await investment.createProject(system, {
        projectCode: code,
        name: `Dự án ${code}`,
        location: { kind: 'park', parkId },
        type,
        sectors: [],
        landAreaHa: '10',
        investors: [{ investorId: vn, share: '100' }],
        certificate: { date: '2020-02-01', registeredCapital: { value: '900000000000', currency: 'VND' } },
      })
    ).id;
  ids.infra = await project('HT-1', park.id, 'infrastructure');
  ids.tenant = await project('SX-1', park.id, 'production_business');
  ids.elsewhere = await project('HT-QN', ids.otherPark, 'infrastructure');
  const neighbour = await zones.createPark(system, {
    code: 'KCN-HP2',
    name: 'KCN Hải Phòng 2',
    kinds: [],
    adminUnitId: '63:31',
    firstEvent: established('150'),
  });
  ids.neighbour = await project('HT-HP2', neighbour.id, 'infrastructure');
});
afterAll(() => t.close());

const link = async (projectId: string | null, session = officer) => {
  const current = (await session.inject({ method: 'GET', url: `/api/parks/${park.id}` })).json();
  return session.inject({
    method: 'PUT',
    url: `/api/parks/${park.id}/infrastructure-project`,
    payload: { updatedAt: current.updatedAt ?? new Date().toISOString(), projectId },
  });
};

describe('the infrastructure project of a park', () => {
  it('links an infrastructure project of the park, audited, and unlinks it', async () => {
    const res = await link(ids.infra!);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().infrastructureProjectId).toBe(ids.infra);
    const audit = await t.database.query<{ after: { infrastructureProjectId: string } }>(
      `select after from audit_log where action = 'park.infrastructure_project.set' and entity_id = '${park.id}'`,
    );
    expect(audit.map((a) => a.after.infrastructureProjectId)).toEqual([ids.infra]);
    const off = await link(null);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().infrastructureProjectId).toBeNull();
  });

  it('refuses a production project and one of another park or province, on the field, in vi and en', async () => {
    const cases: [string, RegExp, RegExp][] = [
      [ids.tenant!, /sản xuất, kinh doanh/, /production project/],
      [ids.neighbour!, /KCN hoặc tỉnh khác/, /another park or province/],
      // Another province's project is outside this Board's scope: not even named.
      [ids.elsewhere!, /phạm vi/, /scope/],
    ];
    for (const [id, vi, en] of cases) {
      const res = await link(id);
      expect(res.statusCode, res.body).toBe(422);
      const field = res.json().error.fields['body.projectId'];
      expect(field.message).toMatch(vi);
      expect(field.messageEn).toMatch(en);
    }
    const unknown = await link('00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields['body.projectId']).toBeDefined();
    const [row] = await t.database.query<{ id: string | null }>(
      `select infrastructure_project_id as id from industrial_parks where id = '${park.id}'`,
    );
    expect(row!.id).toBeNull();
  });

  it('answers 409 on a stale read and 403 to another province’s Board', async () => {
    const stale = await officer.inject({
      method: 'PUT',
      url: `/api/parks/${park.id}/infrastructure-project`,
      payload: { updatedAt: '2020-01-01T00:00:00.000Z', projectId: ids.infra },
    });
    expect(stale.statusCode).toBe(409);
    expect((await link(ids.infra!, otherBoard)).statusCode).toBe(403);
    const bad = await officer.inject({
      method: 'PUT',
      url: `/api/parks/${park.id}/infrastructure-project`,
      payload: { updatedAt: 'x', projectId: 'y' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
