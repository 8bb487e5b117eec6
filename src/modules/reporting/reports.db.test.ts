import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * The lifecycle of an enterprise report through the API: who may do each transition, the
 * reporting window and reopenings, delete rules, the report code, realised capital fed on accept
 * and withdrawn on revision, plausibility confirmations, and the scope of the list.
 */
let t: TestContext;
const now = new Date('2026-04-05T09:00:00+07:00');
const s = {} as Record<'bn' | 'hp' | 'ministry' | 'entA' | 'entB' | 'dev', Session>;
const ids = {} as Record<'entA' | 'entB' | 'dev' | 'park' | 'parkHp' | 'pA' | 'pB' | 'pHp' | 'kr', string>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.statusCode === 204 ? null : res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });

const FULL = {
  realisedCapital: '250',
  operating: true,
  revenue: '1200.5',
  exportUsd: '800',
  importUsd: '300',
  budgetVnd: '1500',
  workersDomestic: '120',
  workersForeign: '4',
  workersFemale: '70',
};

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (await inv.createEnterprise(system, { taxCode, nameVi, adminUnitId: '63:27', sectors: ['26'] })).id;
  ids.entA = await enterprise('2300000011', 'Công ty Điện tử A');
  ids.entB = await enterprise('2300000012', 'Công ty Linh kiện B');
  ids.dev = await enterprise('2300000013', 'Công ty Hạ tầng Yên Phong');
  const park = async (code: string, adminUnitId: string, developerEnterpriseId: string | null) =>
    (
      await t.app.services.zones.createPark(system, {
        code,
        name: `KCN ${code}`,
        kinds: [],
        adminUnitId,
        developerEnterpriseId,
      })
    ).id;
  ids.park = await park('YP-REP', '63:27', ids.dev);
  ids.parkHp = await park('DV-REP', '63:31', null);
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('dn.a', 'enterprise', { enterpriseId: ids.entA });
  await t.addUser('dn.b', 'enterprise', { enterpriseId: ids.entB });
  await t.addUser('cdt.yp', 'developer', { enterpriseId: ids.dev });
  const names = { bn: 'bql.bn', hp: 'bql.hp', ministry: 'bo.tc', entA: 'dn.a', entB: 'dn.b', dev: 'cdt.yp' } as const;
  for (const [key, username] of Object.entries(names)) s[key as keyof typeof names] = await t.signIn(username);
  ids.kr = ok(
    await call(s.bn, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  const project = async (who: Session, code: string, parkId: string, enterpriseId: string | null) =>
    ok(
      await call(who, 'POST', '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId },
        type: 'production_business',
        sectors: ['2610'],
        landAreaHa: '5',
        investors: [{ investorId: ids.kr, share: '100' }],
        certificate: { date: '2024-01-15', registeredCapital: { value: '10000000', currency: 'USD' } },
      }),
      201,
    ).id as string;
  ids.pA = await project(s.bn, 'BN-REP-A', ids.park, ids.entA);
  ids.pB = await project(s.bn, 'BN-REP-B', ids.park, ids.entB);
  ids.pHp = await project(s.hp, 'HP-REP', ids.parkHp, null);
});
afterAll(() => t.close());

const create = (who: Session, projectId: string, period = '2026-Q1', values: object = {}) =>
  call(who, 'POST', '/api/reports', { typeId: 'quarterly_implementation', period, projectId, values });
type View = { id: string; code: string; status: string; updatedAt: string; actions: Record<string, boolean> } & Record<
  string,
  unknown
>;
const realised = async (projectId: string) =>
  (
    ok(await call(s.bn, 'GET', `/api/projects/${projectId}/realised-capital`)).items as {
      period: string;
      amount: { value: string };
      source: string;
    }[]
  ).map((r) => `${r.period}=${r.amount.value} (${r.source})`);

describe('a quarterly report from draft to accepted, with a revision in between', () => {
  let report: View;

  it('the enterprise creates a draft within the window; the code is EZ_AIII1_<number>', async () => {
    report = ok(await create(s.entA, ids.pA, '2026-Q1', { realisedCapital: '250' }), 201);
    expect(report.code).toMatch(/^EZ_AIII1_\d+$/);
    expect(report).toMatchObject({ status: 'draft', periodState: 'open', currency: 'USD', deadline: '2026-04-10' });
    expect(report.createdByName).toBe('Người dùng dn.a');
    expect(report.actions).toEqual({ edit: true, submit: true, delete: true, accept: false, requestRevision: false });
  });

  it('one report per type, period and project: a second one says who created the first', async () => {
    const res = await create(s.bn, ids.pA);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('đã được lập bởi Người dùng dn.a');
  });

  it('others cannot touch it: another enterprise, another province’s Board, the ministry writes, the developer', async () => {
    expect((await create(s.entB, ids.pA)).statusCode).toBe(403);
    expect((await call(s.entB, 'GET', `/api/reports/${report.id}`)).statusCode).toBe(403);
    expect((await call(s.dev, 'GET', `/api/reports/${report.id}`)).statusCode).toBe(403);
    expect((await call(s.hp, 'GET', `/api/reports/${report.id}`)).statusCode).toBe(403);
    expect((await call(s.ministry, 'GET', `/api/reports/${report.id}`)).statusCode).toBe(200);
    expect(
      (await call(s.ministry, 'PATCH', `/api/reports/${report.id}`, { updatedAt: report.updatedAt, values: FULL }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(s.entB, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: report.updatedAt })).statusCode,
    ).toBe(403);
    expect((await call(s.entB, 'GET', `/api/reports/${report.id}/events`)).statusCode).toBe(403);
    expect((await call(s.hp, 'POST', `/api/reports/${report.id}/check`)).statusCode).toBe(403);
    expect((await call(s.hp, 'DELETE', `/api/reports/${report.id}`)).statusCode).toBe(403);
    expect((await call(s.ministry, 'GET', `/api/reports/${report.id}/events`)).statusCode).toBe(200);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(s.entA, 'GET', `/api/reports/${unknown}`)).statusCode).toBe(404);
  });

  it('the missing list and reminders follow the same scope', async () => {
    const q = 'typeId=quarterly_implementation&period=2026-Q1';
    const missing = async (who: Session) =>
      (ok(await call(who, 'GET', `/api/reports/missing?${q}`)).items as { projectCode: string }[]).map(
        (i) => i.projectCode,
      );
    expect(await missing(s.bn)).toEqual(['BN-REP-A', 'BN-REP-B']);
    expect(await missing(s.entB)).toEqual(['BN-REP-B']);
    expect(await missing(s.hp)).toEqual([]);
    expect(await missing(s.dev)).toEqual([]);
    const reminders = ok(await call(s.hp, 'GET', '/api/reports/reminders'));
    expect(reminders).toEqual({ asOf: '2026-04-05', items: [] });
    expect(
      ok(await call(s.entA, 'GET', '/api/reports/reminders')).items.map((i: { period: string }) => i.period),
    ).toEqual(['2026-Q1']);
  });

  it('submit checks every required field and the cross-field rules, per field', async () => {
    const res = await call(s.entA, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: report.updatedAt });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(
      expect.arrayContaining(['body.values.operating', 'body.values.budgetVnd', 'body.values.workersFemale']),
    );
    const bad = ok(
      await call(s.entA, 'PATCH', `/api/reports/${report.id}`, {
        updatedAt: report.updatedAt,
        values: { ...FULL, workersFemale: '200' },
      }),
    );
    const res2 = await call(s.entA, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: bad.updatedAt });
    expect(res2.statusCode).toBe(400);
    expect(Object.keys(res2.json().error.fields)).toEqual(['body.values.workersFemale']);
    report = ok(await call(s.entA, 'PATCH', `/api/reports/${report.id}`, { updatedAt: bad.updatedAt, values: FULL }));
  });

  it('a stale updatedAt is a conflict', async () => {
    const res = await call(s.entA, 'PATCH', `/api/reports/${report.id}`, {
      updatedAt: '2020-01-01T00:00:00.000Z',
      values: FULL,
    });
    expect(res.statusCode).toBe(409);
  });

  it('submit puts it in pending, on time; then it is locked for the enterprise and cannot be deleted', async () => {
    report = ok(await call(s.entA, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: report.updatedAt }));
    expect(report).toMatchObject({ status: 'pending', timeliness: 'on_time', everSubmitted: true });
    expect(
      (await call(s.entA, 'PATCH', `/api/reports/${report.id}`, { updatedAt: report.updatedAt, values: FULL }))
        .statusCode,
    ).toBe(409);
    expect((await call(s.entA, 'DELETE', `/api/reports/${report.id}`)).statusCode).toBe(409);
    expect(
      (await call(s.entA, 'POST', `/api/reports/${report.id}/accept`, { updatedAt: report.updatedAt })).statusCode,
    ).toBe(403);
    expect(
      (await call(s.hp, 'POST', `/api/reports/${report.id}/accept`, { updatedAt: report.updatedAt })).statusCode,
    ).toBe(403);
    expect(
      (await call(s.ministry, 'POST', `/api/reports/${report.id}/accept`, { updatedAt: report.updatedAt })).statusCode,
    ).toBe(403);
  });

  it('the Board accepts it, and the project’s realised capital of the quarter is recorded from it', async () => {
    report = ok(await call(s.bn, 'POST', `/api/reports/${report.id}/accept`, { updatedAt: report.updatedAt }));
    expect(report.status).toBe('accepted');
    expect(await realised(ids.pA)).toEqual([`2026-Q1=250000 (Báo cáo ${report.code})`]);
  });

  it('a revision request needs a reason; it takes the realised capital back', async () => {
    expect(
      (
        await call(s.bn, 'POST', `/api/reports/${report.id}/request-revision`, {
          updatedAt: report.updatedAt,
          reason: '',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(s.bn, 'POST', `/api/reports/${report.id}/request-revision`, {
          updatedAt: report.updatedAt,
          reason: 'x'.repeat(3001),
        })
      ).statusCode,
    ).toBe(400);
    report = ok(
      await call(s.bn, 'POST', `/api/reports/${report.id}/request-revision`, {
        updatedAt: report.updatedAt,
        reason: 'Vốn thực hiện chưa khớp với báo cáo tài chính',
        fieldReasons: { realisedCapital: 'Ghi theo số đã giải ngân trong quý' },
      }),
    );
    expect(report.status).toBe('revision_requested');
    expect(report.revision).toMatchObject({ fieldReasons: { realisedCapital: 'Ghi theo số đã giải ngân trong quý' } });
    expect(await realised(ids.pA)).toEqual([]);
  });

  it('resubmitting needs an edit first; the fixed report goes back to pending and is accepted again', async () => {
    expect(
      (await call(s.entA, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: report.updatedAt })).statusCode,
    ).toBe(409);
    report = ok(
      await call(s.entA, 'PATCH', `/api/reports/${report.id}`, {
        updatedAt: report.updatedAt,
        values: { ...FULL, realisedCapital: '300' },
      }),
    );
    expect(report.status).toBe('revision_requested');
    report = ok(await call(s.entA, 'POST', `/api/reports/${report.id}/submit`, { updatedAt: report.updatedAt }));
    expect(report.status).toBe('pending');
    report = ok(await call(s.bn, 'POST', `/api/reports/${report.id}/accept`, { updatedAt: report.updatedAt }));
    expect(await realised(ids.pA)).toEqual([`2026-Q1=300000 (Báo cáo ${report.code})`]);
  });

  it('the Board may edit an accepted report with a reason, logged with before and after', async () => {
    const noReason = await call(s.bn, 'PATCH', `/api/reports/${report.id}`, {
      updatedAt: report.updatedAt,
      values: { ...FULL, realisedCapital: '310' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await call(s.entA, 'PATCH', `/api/reports/${report.id}`, {
          updatedAt: report.updatedAt,
          values: FULL,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    report = ok(
      await call(s.bn, 'PATCH', `/api/reports/${report.id}`, {
        updatedAt: report.updatedAt,
        values: { ...FULL, realisedCapital: '310' },
        reason: 'Sửa theo biên bản làm việc',
      }),
    );
    expect(report.status).toBe('accepted');
    expect(await realised(ids.pA)).toEqual([`2026-Q1=310000 (Báo cáo ${report.code})`]);
    const events = ok(await call(s.entA, 'GET', `/api/reports/${report.id}/events`)).items as {
      action: string;
      actor: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    expect(events.map((e) => e.action)).toEqual([
      'board_edit',
      'accept',
      'resubmit',
      'update',
      'request_revision',
      'accept',
      'submit',
      'update',
      'update',
      'create',
    ]);
    expect(events[0]).toMatchObject({ actor: 'Người dùng bql.bn – Chuyên viên Ban Quản lý' });
    expect(events[0]!.before).toMatchObject({ realisedCapital: '300' });
    expect(events[0]!.after).toMatchObject({ realisedCapital: '310' });
  });
});

describe('the reporting window and reopenings', () => {
  it('refuses a period not yet due and a closed one, naming the state', async () => {
    const early = await create(s.entB, ids.pB, '2026-Q2');
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('Chưa tới hạn');
    const late = await create(s.entB, ids.pB, '2025-Q4');
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('Qua kỳ báo cáo');
    expect(
      (
        await call(s.entB, 'POST', '/api/reports', {
          typeId: 'quarterly_implementation',
          period: '2025',
          projectId: ids.pB,
          values: {},
        })
      ).statusCode,
    ).toBe(400);
  });

  it('a Board reopens a closed period for one project, with a reason and an end day; others cannot', async () => {
    const body = {
      typeId: 'quarterly_implementation',
      period: '2025-Q4',
      projectId: ids.pB,
      reason: 'Doanh nghiệp bổ sung báo cáo',
      openUntil: '2026-04-30',
    };
    expect((await call(s.hp, 'POST', '/api/reports/reopenings', body)).statusCode).toBe(403);
    expect((await call(s.entB, 'POST', '/api/reports/reopenings', body)).statusCode).toBe(403);
    expect((await call(s.bn, 'POST', '/api/reports/reopenings', { ...body, openUntil: '2026-04-01' })).statusCode).toBe(
      400,
    );
    expect((await call(s.bn, 'POST', '/api/reports/reopenings', { ...body, period: '2026-Q1' })).statusCode).toBe(422);
    const reopened = ok(await call(s.bn, 'POST', '/api/reports/reopenings', body), 201);
    expect(reopened).toMatchObject({ active: true, createdBy: 'Người dùng bql.bn' });
    expect(ok(await call(s.entB, 'GET', `/api/reports/reopenings?projectId=${ids.pB}`)).items).toHaveLength(1);
    expect(ok(await call(s.entA, 'GET', `/api/reports/reopenings?projectId=${ids.pB}`)).items).toHaveLength(0);
    const r = ok(await create(s.entB, ids.pB, '2025-Q4', FULL), 201);
    expect(r.periodState).toBe('closed');
    // Another project of the same Board is not reopened.
    expect((await create(s.entA, ids.pA, '2025-Q4')).statusCode).toBe(422);
  });

  it('no report for a project without an economic organisation', async () => {
    const res = await create(s.hp, ids.pHp);
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields)).toEqual(['body.projectId']);
  });
});

describe('delete', () => {
  it('a draft never submitted is deleted for good; nobody else may delete it', async () => {
    const annual = ok(await create(s.entB, ids.pB, '2026-Q1'), 201);
    expect((await call(s.entA, 'DELETE', `/api/reports/${annual.id}`)).statusCode).toBe(403);
    expect((await call(s.ministry, 'DELETE', `/api/reports/${annual.id}`)).statusCode).toBe(403);
    ok(await call(s.entB, 'DELETE', `/api/reports/${annual.id}`), 204);
    expect((await call(s.entB, 'GET', `/api/reports/${annual.id}`)).statusCode).toBe(404);
  });
});

describe('the list, scoped per role', () => {
  const codes = async (who: Session, query = '') =>
    (ok(await call(who, 'GET', `/api/reports?${query}`)).items as { projectCode: string; period: string }[]).map(
      (r) => `${r.projectCode} ${r.period}`,
    );

  it('an enterprise sees its own projects, a Board its province, the ministry all, a developer not its tenants', async () => {
    expect(await codes(s.entA)).toEqual(['BN-REP-A 2026-Q1']);
    expect(await codes(s.entB)).toEqual(['BN-REP-B 2025-Q4']);
    expect((await codes(s.bn)).sort()).toEqual(['BN-REP-A 2026-Q1', 'BN-REP-B 2025-Q4']);
    expect(await codes(s.hp)).toEqual([]);
    expect(await codes(s.dev)).toEqual([]);
    expect((await codes(s.ministry)).length).toBe(2);
  });

  it('filters by year, period, state, status, park and code', async () => {
    expect(await codes(s.bn, 'year=2025')).toEqual(['BN-REP-B 2025-Q4']);
    expect(await codes(s.bn, 'periodState=open')).toEqual(['BN-REP-A 2026-Q1']);
    expect(await codes(s.bn, 'status=draft')).toEqual(['BN-REP-B 2025-Q4']);
    expect((await codes(s.bn, `parkId=${ids.park}`)).length).toBe(2);
    expect(await codes(s.bn, `parkId=${ids.parkHp}`)).toEqual([]);
    const a = (ok(await call(s.bn, 'GET', '/api/reports?period=2026-Q1')).items as { code: string }[])[0]!;
    expect(await codes(s.bn, `q=${a.code}`)).toEqual(['BN-REP-A 2026-Q1']);
    expect(await codes(s.bn, 'q=rep-b')).toEqual(['BN-REP-B 2025-Q4']);
  });
});
