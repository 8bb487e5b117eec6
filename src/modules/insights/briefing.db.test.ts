import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { enterprises } from '../investment/schema';
import { reports } from '../reporting/schema';
import type { Briefing } from './contract';

/**
 * A small country whose every briefing figure is worked out by hand (period 2025, end 31/12/2025):
 *
 * parks   QC  63:24 old Bắc Giang   established 2010 (300 ha), operating 2012; industrial 200, leased 150
 *         YP  63:27 old Bắc Ninh    established 2020 (500 ha), construction 2021
 *         HP  34:31 new Hải Phòng   planned (approved) 2025-08-01, planned land 250 ha
 *         SG  63:79 TP.HCM          established 2005 (1.000 ha), operating 2006; industrial 800, leased 400
 * KKT     Z1  63:22 Quảng Ninh 10.000 + 5.000 ha water; Z2 63:91 Kiên Giang 20.000 ha
 * projects F1 FDI QC: 20 m USD on 2024-03-01, +5 m on 2025-05-10; realised 4 m USD in 2025
 *          D1 DDI YP: 100 bn VND on 2025-02-01
 *          S1 FDI SG: 30 m USD on 2025-04-01
 *          D2 DDI SG: 50 bn VND on 2023-01-01, terminated 2025-06-20
 * reports (annual 2025, accepted) F1: revenue 8 m USD, export 6 m, import 2 m, budget 1,5 bn VND, 300+20 workers (180 women)
 *                                 S1: revenue 12 m USD, export 10 m, import 4 m, budget 2,5 bn VND, 500+30 workers (250 women)
 *         D1 has a pending report, which counts nowhere.
 * The 30 northern provinces (63-unit edition) hold QC, YP, HP (the new Hải Phòng was formed only from
 * northern units), Z1, F1 and D1; the south holds SG, Z2, S1 and D2.
 */
let t: TestContext;
let ministry: Session;
let bn: Session;
let hcm: Session;
let developer: Session;
const ids: Record<string, string> = {};
const system = systemActor('test');
let enterpriseId = '';

function ok<T = unknown>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });
const decision = (date: string) => ({ number: `${date}/QĐ`, date });

async function addReport(projectCode: string, status: string, figures: Partial<typeof reports.$inferInsert>) {
  await inTransaction(t.database.db, async (tx) => {
    const id = randomUUID();
    await tx.insert(reports).values({
      id,
      typeId: 'annual_implementation',
      formCode: 'A.III.2',
      typeVersion: 'test',
      period: '2025',
      projectId: ids[projectCode]!,
      enterpriseId,
      status,
      everSubmitted: status !== 'draft',
      firstSubmittedAt: new Date('2026-03-15T03:00:00Z'),
      currency: 'USD',
      ...figures,
    });
    await recordAudit(tx, system, { action: 'report.create', entityType: 'report', entityId: id });
  });
}

beforeAll(async () => {
  t = await createTestContext();
  await inTransaction(t.database.db, async (tx) => {
    enterpriseId = randomUUID();
    await tx.insert(enterprises).values({
      id: enterpriseId,
      taxCode: '0100000001',
      nameVi: 'Công ty Phát triển hạ tầng Quang Châu',
      search: 'cong ty phat trien ha tang quang chau',
      adminUnitId: '63:24',
      sectors: [],
    });
    await recordAudit(tx, system, { action: 'enterprise.create', entityType: 'enterprise', entityId: enterpriseId });
  });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hcm', 'board_officer', { provinceCode: '79' });
  await t.addUser('cdt.qc', 'developer', { enterpriseId });
  [ministry, bn, hcm, developer] = await Promise.all([
    t.signIn('bo.tc'),
    t.signIn('bql.bn'),
    t.signIn('bql.hcm'),
    t.signIn('cdt.qc'),
  ]);
  const zones = t.app.services.zones;
  const park = async (code: string, adminUnitId: string, events: unknown[], land: unknown[], developerId?: string) => {
    const id = (
      await zones.createPark(system, {
        code,
        name: `KCN ${code}`,
        kinds: [],
        adminUnitId,
        ...(developerId ? { developerEnterpriseId: developerId } : {}),
      })
    ).id;
    for (const e of events) await zones.recordParkEvent(system, id, e as never);
    for (const l of land) await zones.recordLandValue(system, id, l as never);
    ids[code] = id;
  };
  const established = (date: string, area: string) => ({
    kind: 'established',
    act: 'establishment_decision',
    area,
    date,
    decision: decision(date),
  });
  const value = (measure: string, asOf: string, v: string) => ({ measure, asOf, value: v, source: 'QĐ' });
  await park(
    'QC',
    '63:24',
    [established('2010-01-10', '300'), { kind: 'operating', date: '2012-01-01' }],
    [value('industrial', '2012-01-01', '200'), value('leased', '2024-01-01', '150')],
    enterpriseId,
  );
  await park(
    'YP',
    '63:27',
    [established('2020-03-01', '500'), { kind: 'construction_started', date: '2021-01-01' }],
    [],
  );
  await park(
    'HP',
    '34:31',
    [{ kind: 'planned', approved: true, date: '2025-08-01', decision: decision('2025-08-01') }],
    [value('planned', '2025-08-01', '250')],
  );
  await park(
    'SG',
    '63:79',
    [established('2005-01-01', '1000'), { kind: 'operating', date: '2006-01-01' }],
    [value('industrial', '2006-01-01', '800'), value('leased', '2020-01-01', '400')],
  );
  await zones.createZone(system, {
    code: 'Z1',
    name: 'KKT Vân Đồn',
    type: 'coastal',
    adminUnitId: '63:22',
    decisionDate: '2010-01-01',
    establishedLandHa: '10000',
    establishedWaterHa: '5000',
  });
  await zones.createZone(system, {
    code: 'Z2',
    name: 'KKT Phú Quốc',
    type: 'coastal',
    adminUnitId: '63:91',
    decisionDate: '2012-01-01',
    establishedLandHa: '20000',
  });

  const kr = ok<{ id: string }>(
    await post(bn, '/api/investors', { kind: 'organisation', name: 'LG', nationality: 'KR' }),
    201,
  ).id;
  const vn = ok<{ id: string }>(
    await post(bn, '/api/investors', { kind: 'individual', name: 'Phạm Thị Dung', nationality: 'VN' }),
    201,
  ).id;
  const project = async (
    s: Session,
    code: string,
    park: string,
    investorId: string,
    date: string,
    capital: unknown,
    events: unknown[] = [],
  ) => {
    const id = ok<{ id: string }>(
      await post(s, '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        location: { kind: 'park', parkId: ids[park] },
        type: 'production_business',
        landAreaHa: '3',
        investors: [{ investorId, share: '100' }],
        certificate: { date, registeredCapital: capital },
      }),
      201,
    ).id;
    for (const e of events) ok(await post(s, `/api/projects/${id}/events`, e), 201);
    ids[code] = id;
  };
  const usd = (v: string) => ({ value: v, currency: 'USD' });
  const vnd = (v: string) => ({ value: v, currency: 'VND' });
  await project(bn, 'F1', 'QC', kr, '2024-03-01', usd('20000000'), [
    { kind: 'adjusted', date: '2025-05-10', capitalDelta: usd('5000000') },
  ]);
  await project(bn, 'D1', 'YP', vn, '2025-02-01', vnd('100000000000'));
  await project(hcm, 'S1', 'SG', kr, '2025-04-01', usd('30000000'));
  await project(hcm, 'D2', 'SG', vn, '2023-01-01', vnd('50000000000'), [
    { kind: 'terminated', date: '2025-06-20', documentNo: '9/QĐ', capitalAtEnd: vnd('50000000000') },
  ]);
  ok(
    await post(bn, `/api/projects/${ids.F1}/realised-capital`, {
      period: '2025',
      amount: usd('4000000'),
      source: 'Báo cáo năm',
    }),
  );
  const annual = (revenue: string, exp: string, imp: string, budget: string, d: number, f: number, women: number) => ({
    revenue,
    exportUsd: exp,
    importUsd: imp,
    budgetVnd: budget,
    workersDomestic: d,
    workersForeign: f,
    workersFemale: women,
    acceptedAt: new Date('2026-03-20T03:00:00Z'),
  });
  await addReport('F1', 'accepted', annual('8000000', '6000000', '2000000', '1500000000', 300, 20, 180));
  await addReport('S1', 'accepted', annual('12000000', '10000000', '4000000', '2500000000', 500, 30, 250));
  await addReport('D1', 'pending', { currency: 'VND', revenue: '900000000000', workersDomestic: 999 });
});
afterAll(() => t.close());

const figures = (b: Briefing) =>
  Object.fromEntries(b.figures.map((f) => [f.key, [f.value, f.national, f.share]])) as Record<
    string,
    [string | null, string | null, string | null]
  >;

describe('briefing of a province set, by hand', () => {
  it('the 30 northern provinces in 2025: every figure, the country beside it and the share', async () => {
    const b = ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30&period=2025'));
    expect(b.set.name).toBe('30 tỉnh, thành phía Bắc');
    expect([b.from, b.to]).toEqual(['2025-01-01', '2025-12-31']);
    const f = figures(b);
    // Plan: QC 300 + YP 500 + HP 250 (planned land); the country adds SG 1.000.
    expect(f['parks.plan.count']).toEqual(['3', '4', '75']);
    expect(f['parks.plan.area']).toEqual(['1050', '2050', '51.2']);
    expect(f['parks.operating.count']).toEqual(['1', '2', '50']);
    expect(f['parks.operating.area']).toEqual(['300', '1300', '23.1']);
    expect(f['parks.construction.count']).toEqual(['1', '1', '100']);
    expect(f['parks.construction.area']).toEqual(['500', '500', '100']);
    // Occupancy 150 ÷ 200; the country (150 + 400) ÷ (200 + 800); a ratio has no share.
    expect(f['parks.occupancy']).toEqual(['75', '55', null]);
    expect(f['zones.count']).toEqual(['1', '2', '50']);
    expect(f['zones.area']).toEqual(['15000', '35000', '42.9']);
    expect(f['new.FDI.count']).toEqual(['0', '1', '0']);
    expect(f['new.FDI.capital']).toEqual(['0', '30', '0']);
    expect(f['new.DDI.count']).toEqual(['1', '1', '100']);
    expect(f['new.DDI.capital']).toEqual(['100', '100', '100']);
    expect(f['adj.FDI.count']).toEqual(['1', '1', '100']);
    expect(f['adj.FDI.capital']).toEqual(['5', '5', '100']);
    // Valid at the end: F1 25 of F1 25 + S1 30 = 55 → 45,45… %; D2 was terminated.
    expect(f['valid.FDI.count']).toEqual(['1', '2', '50']);
    expect(f['valid.FDI.capital']).toEqual(['25', '55', '45.5']);
    expect(f['valid.DDI.capital']).toEqual(['100', '100', '100']);
    expect(f['realised.FDI']).toEqual(['4', '4', '100']);
    // Accepted reports only: F1 against F1 + S1.
    expect(f['revenue.FDI']).toEqual(['8', '20', '40']);
    expect(f['revenue.DDI']).toEqual(['0', '0', null]);
    expect(f.export).toEqual(['6', '16', '37.5']);
    expect(f.import).toEqual(['2', '6', '33.3']);
    expect(f.budget).toEqual(['1.5', '4', '37.5']);
    expect(f.workers).toEqual(['320', '850', '37.6']);
    expect(f['workers.female']).toEqual(['180', '430', '41.9']);
    expect(b.paragraphs[0]).toContain('có 3 KCN nằm trong quy hoạch với tổng diện tích 1.050,00 ha');
    expect(b.paragraphs[0]).toContain('1 KCN đã đi vào hoạt động với tổng diện tích 300,00 ha, chiếm 50,0% cả nước');
    expect(b.paragraphs[2]).toContain(
      '1 dự án FDI còn hiệu lực với tổng vốn đăng ký 25,00 triệu USD, chiếm 45,5% cả nước',
    );
    expect(b.paragraphs[3]).toContain('giá trị xuất khẩu đạt 6,00 triệu USD, chiếm 37,5% cả nước');
  });

  it('a set across the 2025 merger: the 34-unit north equals the 63-unit north; the new Bắc Ninh in 2024 adds old Bắc Ninh and Bắc Giang', async () => {
    const old = ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30&period=2025'));
    const merged = ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30-2025&period=2025'));
    expect(figures(merged)).toEqual(figures(old));
    const bacNinh = figures(ok<Briefing>(await get(ministry, '/api/insights/briefing?set=unit:34:24&period=2024')));
    // 2024: QC (old Bắc Giang) operating, YP (old Bắc Ninh) building; HP not planned yet; F1 20 m USD.
    expect(bacNinh['parks.plan.count']).toEqual(['2', '3', '66.7']);
    expect(bacNinh['valid.FDI.capital']).toEqual(['20', '20', '100']);
    const bacGiang = figures(ok<Briefing>(await get(ministry, '/api/insights/briefing?set=unit:63:24&period=2024')));
    expect(bacGiang['parks.plan.count']).toEqual(['1', '3', '33.3']);
    const q2 = figures(ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30&period=2025-Q2')));
    // 2025-Q2: the 5 m increase on 10 May is in; HP is not planned yet.
    expect(q2['adj.FDI.capital']).toEqual(['5', '5', '100']);
    expect(q2['parks.plan.count']).toEqual(['2', '3', '66.7']);
  });

  it('each figure opens to its records, and the list adds up to it', async () => {
    const url = (cell: string) => `/api/insights/briefing/drill?set=group:north30&period=2025&cell=${cell}`;
    const plan = ok<{ total: number; rows: { id: string }[] }>(await get(ministry, url('parks.plan')));
    expect(plan.rows.map((r) => r.id).sort()).toEqual([ids.QC, ids.YP, ids.HP].sort());
    const valid = ok<{ rows: { id: string; values: Record<string, string> }[] }>(await get(ministry, url('valid.FDI')));
    expect(valid.rows.map((r) => [r.id, r.values.amount])).toEqual([[ids.F1, '25000000.00']]);
    const reps = ok<{ total: number; recordKind: string }>(await get(ministry, url('reports')));
    expect([reps.total, reps.recordKind]).toEqual([1, 'report']);
    ok(await get(ministry, url('nonsense')), 400);
  });

  it('is live: a report accepted now shows in the next briefing', async () => {
    const before = figures(ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30&period=2025')));
    // The Board accepts D1's pending report once corrected (its first figures were typed in đồng, not tỷ).
    await inTransaction(t.database.db, async (tx) => {
      await tx
        .update(reports)
        .set({ status: 'accepted', revenue: '40000000000', budgetVnd: '500000000', workersDomestic: 80 })
        .where(eq(reports.projectId, ids.D1!));
      await recordAudit(tx, system, { action: 'report.accept', entityType: 'report', entityId: ids.D1 });
    });
    const after = figures(ok<Briefing>(await get(ministry, '/api/insights/briefing?set=group:north30&period=2025')));
    expect(before['revenue.DDI']![0]).toBe('0');
    expect(after['revenue.DDI']).toEqual(['40', '40', '100']);
    expect(after.budget).toEqual(['2', '4.5', '44.4']);
    expect(after.workers).toEqual(['400', '930', '43']);
  });
});

describe('scope per endpoint', () => {
  it('a Board briefs its own province (either edition) and nothing else', async () => {
    ok(await get(bn, '/api/insights/briefing?set=unit:34:24&period=2025'));
    ok(await get(bn, '/api/insights/briefing?set=unit:63:27&period=2024'));
    ok(await get(bn, '/api/insights/briefing?set=group:north30&period=2025'), 403);
    ok(await get(bn, '/api/insights/briefing?set=country&period=2025'), 403);
    ok(await get(bn, '/api/insights/briefing?set=unit:34:79&period=2025'), 403);
    ok(await get(bn, '/api/insights/briefing/drill?set=unit:34:79&period=2025&cell=zones'), 403);
    ok(await get(developer, '/api/insights/briefing?set=unit:34:24&period=2025'), 403);
    ok(await get(ministry, '/api/insights/briefing?set=group:nowhere&period=2025'), 400);
    ok(await get(ministry, '/api/insights/briefing?set=country&period=2025-07'), 400);
    const sets = ok<{ items: { selector: string }[] }>(await get(bn, '/api/insights/briefing-sets'));
    expect(sets.items.map((s) => s.selector).sort()).toEqual(['unit:34:24', 'unit:63:24', 'unit:63:27']);
  });

  it('dashboards: the ministry any province or park, a Board its province, a developer its parks', async () => {
    type D = {
      scope: { kind: string; name: string };
      keyFigures: { key: string; value: string; previous: string; change: string | null }[];
    };
    const mine = ok<D>(await get(bn, '/api/insights/dashboard?period=2025'));
    expect(mine.scope).toMatchObject({ kind: 'province', name: 'Tỉnh Bắc Ninh' });
    const fdi = mine.keyFigures.find((k) => k.key === 'valid.FDI.capital')!;
    // 25 at the end of 2025 against 20 at the end of 2024: +25 %.
    expect([fdi.value, fdi.previous, fdi.change]).toEqual(['25', '20', '25']);
    // Trends: year ends 2020–2025; F1 (issued March 2024) 20 then 25 m USD.
    const trends = ok<{ years: number[]; series: { key: string; values: (string | null)[] }[] }>(
      await get(bn, '/api/insights/dashboard/trends?period=2025'),
    );
    expect(trends.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // A quarter's own year is not over: its trends end with the year before.
    const quarterly = ok<{ years: number[] }>(await get(bn, '/api/insights/dashboard/trends?period=2025-Q3'));
    expect(quarterly.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(trends.series.find((x) => x.key === 'valid.FDI.capital')!.values).toEqual(['0', '0', '0', '0', '20', '25']);
    ok(await get(bn, '/api/insights/dashboard/trends?period=2025&province=79'), 403);
    ok(await get(bn, '/api/insights/dashboard?period=2025&province=79'), 403);
    ok(await get(ministry, '/api/insights/dashboard?period=2025&province=79'));
    const dev = ok<D>(await get(developer, '/api/insights/dashboard?period=2025'));
    expect(dev.scope).toMatchObject({ kind: 'park', name: 'KCN QC' });
    expect(dev.keyFigures.find((k) => k.key === 'valid.FDI.count')!.value).toBe('1');
    ok(await get(developer, `/api/insights/dashboard?period=2025&park=${ids.SG}`), 403);
    ok(await get(developer, '/api/insights/choropleth?period=2025'), 403);
    ok(await get(hcm, `/api/insights/dashboard?period=2025&park=${ids.QC}`), 403);
  });

  it('the choropleth has 34 provinces from July 2025 and 63 before; a Board sees only its own value', async () => {
    type C = { edition: string; items: { id: string; value: string | null }[] };
    const now = ok<C>(await get(ministry, '/api/insights/choropleth?period=2025&indicator=valid.FDI.count'));
    expect([now.edition, now.items.length]).toEqual(['34', 34]);
    const v = (c: C, id: string) => c.items.find((i) => i.id === id)!.value;
    expect([v(now, '34:24'), v(now, '34:79'), v(now, '34:01')]).toEqual(['1', '1', '0']);
    const before = ok<C>(await get(ministry, '/api/insights/choropleth?period=2024&indicator=valid.FDI.count'));
    expect([before.edition, before.items.length, v(before, '63:24'), v(before, '63:27')]).toEqual(['63', 63, '1', '0']);
    const board = ok<C>(await get(bn, '/api/insights/choropleth?period=2025&indicator=valid.FDI.count'));
    expect([v(board, '34:24'), v(board, '34:79')]).toEqual(['1', null]);
  });
});

describe('exports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iza-briefing-'));
  const save = (name: string, body: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, body);
    return file;
  };

  it('the .docx holds the prose and the table in Vietnamese', async () => {
    const res = await get(ministry, '/api/insights/briefing.docx?set=group:north30&period=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const file = save('b.docx', res.rawPayload);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('30 TỈNH, THÀNH PHÍA BẮC');
    expect(text).toContain('có 3 KCN nằm trong quy hoạch với tổng diện tích 1.050,00 ha');
    expect(text).toContain('Vốn đăng ký FDI lũy kế');
    expect(text).toContain('45,5%');
  });

  it('the PDF reads back (pdftotext) with every Vietnamese letter intact', async () => {
    const res = await get(ministry, '/api/insights/briefing.pdf?set=group:north30&period=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = save('b.pdf', res.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Tính đến hết năm 2025, trên địa bàn 30 tỉnh, thành phía Bắc có 3 KCN nằm trong quy hoạch');
    expect(text).toContain('Tỷ lệ lấp đầy của các KCN đang hoạt động đạt 75,00%');
    expect(text).toContain('Nộp ngân sách nhà nước');
    expect(text).toContain('45,5%');
  });
});
