import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * Plausibility against the project's own accepted history through the API (422 listing the
 * warnings, individual confirmation of a ×1000 one), the annual figure replacing the quarters in
 * realised capital and giving them back, and completeness / timeliness / missing / reminders of a
 * period per Board and park, with the missing list as .xlsx.
 */
let t: TestContext;
let now = new Date('2026-01-05T09:00:00+07:00');
const s = {} as Record<'bn' | 'hp' | 'ministry' | 'entA' | 'entB', Session>;
const ids = {} as Record<
  'entA' | 'entB' | 'entC' | 'park' | 'park2' | 'pA' | 'pB' | 'pC' | 'pLate' | 'pRevoked',
  string
>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const FULL = {
  realisedCapital: '250',
  operating: true,
  revenue: '1200',
  exportUsd: '800',
  importUsd: '300',
  budgetVnd: '1500',
  workersDomestic: '120',
  workersForeign: '4',
  workersFemale: '70',
};
type View = { id: string; code: string; status: string; updatedAt: string };

/** Create, fill, submit and (optionally) accept one quarterly or annual report. */
async function file(who: Session, projectId: string, period: string, values: object, accept = true): Promise<View> {
  const typeId = period.includes('Q') ? 'quarterly_implementation' : 'annual_implementation';
  let r = ok(await call(who, 'POST', '/api/reports', { typeId, period, projectId, values }), 201) as View;
  r = ok(await call(who, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt }));
  if (accept) r = ok(await call(s.bn, 'POST', `/api/reports/${r.id}/accept`, { updatedAt: r.updatedAt }));
  return r;
}

const NAMES = { bn: 'bql.bn', hp: 'bql.hp', ministry: 'bo.tc', entA: 'dn.a', entB: 'dn.b' } as const;
/** Moves the clock; sessions are dated, so everyone signs in again at the new time. */
async function travel(to: string) {
  now = new Date(`${to}T09:00:00+07:00`);
  for (const [key, username] of Object.entries(NAMES)) s[key as keyof typeof NAMES] = await t.signIn(username);
}

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (
      await inv.createEnterprise(system, {
        taxCode,
        nameVi,
        adminUnitId: '63:27',
        sectors: [],
        legalRepresentative: 'Nguyễn Văn An',
      })
    ).id;
  ids.entA = await enterprise('2300000021', 'Công ty Điện tử A');
  ids.entB = await enterprise('2300000022', 'Công ty Linh kiện B');
  ids.entC = await enterprise('2300000023', 'Công ty Cơ khí C');
  const park = async (code: string) =>
    (
      await t.app.services.zones.createPark(system, {
        code,
        name: `KCN ${code}`,
        kinds: [],
        adminUnitId: '63:27',
        developerEnterpriseId: null,
      })
    ).id;
  ids.park = await park('QV-COMP');
  ids.park2 = await park('TS-COMP');
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('dn.a', 'enterprise', { enterpriseId: ids.entA });
  await t.addUser('dn.b', 'enterprise', { enterpriseId: ids.entB });
  for (const [key, username] of Object.entries(NAMES)) s[key as keyof typeof NAMES] = await t.signIn(username);
  const kr = ok(
    await call(s.bn, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  const project = async (code: string, parkId: string, enterpriseId: string | null, date = '2024-01-15') =>
    ok(
      await call(s.bn, 'POST', '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId },
        type: 'production_business',
        landAreaHa: '5',
        investors: [{ investorId: kr, share: '100' }],
        certificate: { date, registeredCapital: { value: '10000000', currency: 'USD' } },
      }),
      201,
    ).id as string;
  ids.pA = await project('COMP-A', ids.park, ids.entA);
  ids.pB = await project('COMP-B', ids.park, ids.entB);
  ids.pC = await project('COMP-C', ids.park2, ids.entC);
  ids.pLate = await project('COMP-LATE', ids.park2, ids.entC);
  // Issued after Q4 2025: not expected to report for it.
  ids.pRevoked = await project('COMP-NEW', ids.park2, ids.entC, '2026-01-02');
});
afterAll(() => t.close());

describe('plausibility through the API', () => {
  it('a ×1000 value against a stable history answers 422 with the warning, until confirmed on its own', async () => {
    // Q3 2025 and Q4 2025 accepted, filed inside their windows.
    await travel('2025-10-03');
    await file(s.entB, ids.pB, '2025-Q3', FULL);
    await travel('2026-01-05');
    await file(s.entB, ids.pB, '2025-Q4', { ...FULL, budgetVnd: '1620' });
    await travel('2026-04-03');
    let r = ok(
      await call(s.entB, 'POST', '/api/reports', {
        typeId: 'quarterly_implementation',
        period: '2026-Q1',
        projectId: ids.pB,
        values: { ...FULL, budgetVnd: '1550000' },
      }),
      201,
    ) as View;
    const check = ok(await call(s.entB, 'POST', `/api/reports/${r.id}/check`));
    expect(check.errors).toEqual({});
    expect(check.warnings.map((w: { code: string; field: string }) => `${w.code}:${w.field}`)).toEqual([
      'scale_x1000:budgetVnd',
    ]);

    const refused = await call(s.entB, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt });
    expect(refused.statusCode).toBe(422);
    const [w] = refused.json().error.warnings;
    expect(w).toMatchObject({
      code: 'scale_x1000',
      field: 'budgetVnd',
      value: '1550000',
      basis: 'history',
      mustConfirmIndividually: true,
    });
    expect(w.message).toContain('nghìn đồng hoặc theo đồng thay vì triệu đồng');
    expect(refused.json().error.fields['body.values.budgetVnd'].message).toContain('1.000 lần');

    const blanket = await call(s.entB, 'POST', `/api/reports/${r.id}/submit`, {
      updatedAt: r.updatedAt,
      confirmAllReason: 'Số liệu đúng',
    });
    expect(blanket.statusCode).toBe(422);
    r = ok(
      await call(s.entB, 'POST', `/api/reports/${r.id}/submit`, {
        updatedAt: r.updatedAt,
        confirmations: [{ field: 'budgetVnd', code: 'scale_x1000', reason: 'Nộp bổ sung thuế của ba năm trước' }],
      }),
    );
    expect(r).toMatchObject({
      status: 'pending',
      confirmations: [
        {
          field: 'budgetVnd',
          code: 'scale_x1000',
          value: '1550000',
          reason: 'Nộp bổ sung thuế của ba năm trước',
          by: 'Người dùng dn.b – Doanh nghiệp',
        },
      ],
    });
  });
});

describe('realised capital: the year replaces its quarters and gives them back', () => {
  it('accepted quarters feed their quarters; the accepted year replaces them; a revision of the year restores them', async () => {
    const rows = async () =>
      (
        ok(await call(s.bn, 'GET', `/api/projects/${ids.pB}/realised-capital`)).items as {
          period: string;
          amount: { value: string };
        }[]
      ).map((x) => `${x.period}=${x.amount.value}`);
    expect(await rows()).toEqual(['2025-Q3=250000', '2025-Q4=250000']);
    await travel('2026-03-20');
    const year = await file(s.entB, ids.pB, '2025', { ...FULL, realisedCapital: '900', profit: '-20' });
    expect(await rows()).toEqual(['2025=900000']);
    ok(
      await call(s.bn, 'POST', `/api/reports/${year.id}/request-revision`, {
        updatedAt: year.updatedAt,
        reason: 'Lợi nhuận chưa khớp',
      }),
    );
    expect(await rows()).toEqual(['2025-Q3=250000', '2025-Q4=250000']);
  });
});

describe('completeness and timeliness of 2025-Q4', () => {
  beforeAll(async () => {
    // pA files Q4 on time but it is still pending; pLate files after the deadline with a reopening.
    await travel('2026-01-08');
    await file(s.entA, ids.pA, '2025-Q4', FULL, false);
    await travel('2026-02-01');
    ok(
      await call(s.bn, 'POST', '/api/reports/reopenings', {
        typeId: 'quarterly_implementation',
        period: '2025-Q4',
        projectId: ids.pLate,
        reason: 'Doanh nghiệp xin nộp muộn',
        openUntil: '2026-02-15',
      }),
      201,
    );
    await t.addUser('dn.c', 'enterprise', { enterpriseId: ids.entC });
    const c = await t.signIn('dn.c');
    await file(c, ids.pLate, '2025-Q4', FULL);
    // pC leaves a draft: still missing.
    ok(
      await call(s.bn, 'POST', '/api/reports/reopenings', {
        typeId: 'quarterly_implementation',
        period: '2025-Q4',
        projectId: ids.pC,
        reason: 'Mở lại để doanh nghiệp lập nháp',
        openUntil: '2026-02-15',
      }),
      201,
    );
    ok(
      await call(c, 'POST', '/api/reports', {
        typeId: 'quarterly_implementation',
        period: '2025-Q4',
        projectId: ids.pC,
        values: {},
      }),
      201,
    );
  });

  const q = 'typeId=quarterly_implementation&period=2025-Q4';

  it('counts expected, on time, late, missing and accepted per park and in total', async () => {
    const view = ok(await call(s.bn, 'GET', `/api/reports/completeness?${q}`));
    expect(view.period).toMatchObject({
      deadline: '2026-01-10',
      state: 'closed',
      stateLabel: { vi: 'Qua kỳ báo cáo' },
    });
    expect(view.totals).toEqual({
      expected: 4,
      filedOnTime: 2,
      filedLate: 1,
      missing: 1,
      accepted: 2,
      pending: 1,
      revisionRequested: 0,
    });
    const byPark = Object.fromEntries(
      view.byPlace.map(
        (p: { placeName: string; expected: number; filedOnTime: number; filedLate: number; missing: number }) => [
          p.placeName,
          [p.expected, p.filedOnTime, p.filedLate, p.missing],
        ],
      ),
    );
    expect(byPark).toEqual({ 'KCN QV-COMP': [2, 2, 0, 0], 'KCN TS-COMP': [2, 0, 1, 1] });
    expect(view.byProvince).toHaveLength(1);
    expect(view.byProvince[0]).toMatchObject({ provinceCode: '24', expected: 4 });
    expect(ok(await call(s.bn, 'GET', `/api/reports/completeness?${q}&parkId=${ids.park2}`)).totals.expected).toBe(2);
  });

  it('scopes the counts: another Board sees nothing, an enterprise its own projects, the ministry all', async () => {
    expect(ok(await call(s.hp, 'GET', `/api/reports/completeness?${q}`)).totals.expected).toBe(0);
    expect(ok(await call(s.entA, 'GET', `/api/reports/completeness?${q}`)).totals).toMatchObject({
      expected: 1,
      filedOnTime: 1,
    });
    expect(ok(await call(s.ministry, 'GET', `/api/reports/completeness?${q}&provinceCode=24`)).totals.expected).toBe(4);
  });

  it('lists who is missing, and exports it as .xlsx with Vietnamese headers', async () => {
    const missing = ok(await call(s.bn, 'GET', `/api/reports/missing?${q}`));
    expect(missing.items).toHaveLength(1);
    expect(missing.items[0]).toMatchObject({
      projectCode: 'COMP-C',
      reportStatus: 'draft',
      daysLate: 22,
      enterpriseTaxCode: '2300000023',
    });
    const res = await call(s.bn, 'GET', `/api/reports/missing.xlsx?${q}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Chưa báo cáo')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('QUÝ IV/2025');
    expect(sheet.getRow(4).values).toEqual(expect.arrayContaining(['Mã dự án', 'Doanh nghiệp', 'Số ngày trễ hạn']));
    expect(sheet.getRow(5).getCell(2).value).toBe('COMP-C');
    expect(sheet.getRow(5).getCell(10).value).toBe(22);
  });

  it('reminds every project without a submitted report in an open window', async () => {
    await travel('2026-04-06');
    const list = ok(await call(s.bn, 'GET', '/api/reports/reminders?typeId=quarterly_implementation'));
    const due = list.items.map(
      (i: { projectCode: string; period: string; daysLeft: number }) => `${i.projectCode} ${i.period} ${i.daysLeft}`,
    );
    // 2026-Q1: pB submitted (pending), the others have not; COMP-NEW is expected too (valid since 2 Jan).
    expect(due.sort()).toEqual(['COMP-A 2026-Q1 4', 'COMP-C 2026-Q1 4', 'COMP-LATE 2026-Q1 4', 'COMP-NEW 2026-Q1 4']);
  });
});
