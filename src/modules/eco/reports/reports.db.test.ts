import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { systemActor } from '../../../platform/auth/actor';
import type { EcoReportView } from './contract';

/**
 * The eco reports through the API: the registry's facts pre-filled (workers from an accepted
 * implementation report, RECP totals, operating deals), the developer's A.4 and the enterprise's
 * B.4 from draft to accepted with a revision in between, scope per role, and the .xlsx export.
 */
let t: TestContext;
/** The symbiosis deal runs in 2025; the reports are filed in January 2026. */
let now = new Date('2025-05-01T09:00:00+07:00');
const system = systemActor('test');
const s = {} as Record<'board' | 'otherBoard' | 'ministry' | 'dev' | 'firm' | 'other', Session>;
const ids = {} as Record<'dev' | 'firm' | 'other' | 'park' | 'project', string>;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (
      await inv.createEnterprise(system, {
        taxCode,
        nameVi,
        adminUnitId: '63:79',
        sectors: ['24'],
        address: 'Đường số 1, KCN Hiệp Phước',
        legalRepresentative: 'Nguyễn Văn An',
      } as never)
    ).id;
  ids.dev = await enterprise('0300000101', 'Công ty Phát triển KCN Hiệp Phước');
  ids.firm = await enterprise('0300000102', 'Công ty Thép Hiệp Phước');
  ids.other = await enterprise('0300000103', 'Công ty Giấy Nhà Bè');
  ids.park = (
    await t.app.services.zones.createPark(system, {
      code: 'HP-ECO',
      name: 'KCN Hiệp Phước',
      kinds: ['eco'],
      adminUnitId: '63:79',
      developerEnterpriseId: ids.dev,
      firstEvent: {
        kind: 'established',
        date: '2015-01-01',
        act: 'establishment_decision',
        area: '200',
        decision: { number: 'QĐ-HP', date: '2015-01-01' },
      },
    } as never)
  ).id;
  const investor = (
    await inv.createInvestor(system, { kind: 'organisation', name: 'Posco', nationality: 'KR' } as never)
  ).id;
  const project = async (code: string, enterpriseId: string) =>
    (
      await inv.createProject(system, {
        projectCode: code,
        name: `Nhà máy ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId: ids.park },
        type: 'production_business',
        sectors: ['2410'],
        landAreaHa: '5',
        investors: [{ investorId: investor, share: '100' }],
        certificate: { date: '2020-01-15', registeredCapital: { value: '1000000', currency: 'USD' } },
      } as never)
    ).id;
  ids.project = await project('HP-THEP', ids.firm);
  await project('HP-GIAY', ids.other);
  // 2025: the mill's scale goes to the paper mill (a symbiosis link operating from May, with its impact).
  const eco = t.app.services.eco;
  const listing = (side: 'offer' | 'need', enterpriseId: string, title: string) =>
    eco.createListing(system, {
      side,
      enterpriseId,
      parkId: ids.park,
      resource: 'material',
      title,
      ewcCode: '100210',
      nationalCode: null,
      description: '',
      hazardous: false,
      acceptsHazardous: false,
      quantity: '300',
      unit: 't',
      frequency: 'year',
      qualityNotes: '',
      availableFrom: '2025-01-01',
      availableTo: null,
      confidentiality: 'public',
      partnerEnterpriseIds: [],
    });
  const offer = await listing('offer', ids.firm, 'Vảy cán thép');
  const need = await listing('need', ids.other, 'Phụ gia vảy sắt');
  const deal = await eco.createDeal(system, { offerId: offer.id, needId: need.id, note: '' });
  for (const status of ['contacted', 'agreed', 'operating'] as const)
    await eco.moveDeal(system, deal.id, { status, date: '2025-05-01', note: '' });
  await eco.recordImpact(system, deal.id, {
    year: 2025,
    tonnesDiverted: '300',
    waterM3: '0',
    energyMwh: '0',
    costSavedMillionVnd: '45',
    source: 'Biên bản giao nhận 2025',
  });
  now = new Date('2026-01-06T09:00:00+07:00');
  await t.addUser('bql.hcm', 'board_officer', { provinceCode: '79' });
  await t.addUser('bql.hn', 'board_officer', { provinceCode: '01' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('cdt.hp', 'developer', { enterpriseId: ids.dev });
  await t.addUser('dn.thep', 'enterprise', { enterpriseId: ids.firm });
  await t.addUser('dn.giay', 'enterprise', { enterpriseId: ids.other });
  const names = {
    board: 'bql.hcm',
    otherBoard: 'bql.hn',
    ministry: 'bo.tc',
    dev: 'cdt.hp',
    firm: 'dn.thep',
    other: 'dn.giay',
  };
  for (const [k, u] of Object.entries(names)) s[k as keyof typeof names] = await t.signIn(u);
  // Workers come from the latest accepted implementation report of the year.
  const r = ok(
    await call(s.firm, 'POST', '/api/reports', {
      typeId: 'quarterly_implementation',
      period: '2025-Q4',
      projectId: ids.project,
      values: {
        realisedCapital: '250',
        operating: true,
        revenue: '1200',
        exportUsd: '800',
        importUsd: '300',
        budgetVnd: '1500',
        workersDomestic: '240',
        workersForeign: '6',
        workersFemale: '70',
      },
    }),
    201,
  );
  const sub = ok(await call(s.firm, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt }));
  ok(await call(s.board, 'POST', `/api/reports/${r.id}/accept`, { updatedAt: sub.updatedAt }));
  ok(
    await call(s.firm, 'POST', '/api/eco/recp', {
      enterpriseId: ids.firm,
      parkId: ids.park,
      type: 'energy',
      title: 'Biến tần cho quạt lò',
      startedOn: '2025-03-01',
      savedKwh: '850000',
      savedM3: '0',
      savedTonnes: '0',
      savedTco2e: '560.3',
      costSavedMillionVnd: '1530',
      evidence: 'Kiểm toán năng lượng 2025',
    }),
    201,
  );
});
afterAll(() => t.close());

const create = (who: Session, form: string, year = 2025) =>
  call(who, 'POST', '/api/eco/reports', { form, year, parkId: ids.park });

describe('B.4 of an enterprise: pre-filled, filed, revised, accepted', () => {
  let b4: EcoReportView;
  it('the enterprise creates it with the registry’s facts locked', async () => {
    b4 = ok(await create(s.firm, 'B.4'), 201);
    expect(b4).toMatchObject({
      status: 'draft',
      deadline: '2026-03-31',
      can: { edit: true, submit: true, accept: false },
    });
    expect(b4.values).toMatchObject({
      enterpriseName: 'Công ty Thép Hiệp Phước',
      parkName: 'KCN Hiệp Phước',
      projects: 'Nhà máy HP-THEP',
      workers: 246,
      electricitySaved: 850000,
      electricityCost: 1530,
      // The 2025 deal with the paper mill: one link, the partner named, its measured reuse.
      symbiosisLinks: 1,
      partnersInPark: ['Công ty Giấy Nhà Bè'],
      symReused: 300,
      symReusedCost: 45,
    });
    expect(b4.fields.find((f) => f.key === 'workers')?.source).toBe('registry');
    expect(b4.sections.find((x) => x.id === 'II')?.title.vi).toBe('Phần II. Năng lực sản xuất năm 2025');
    expect((await create(s.firm, 'B.4')).statusCode).toBe(409);
  });
  it('others cannot create or touch it', async () => {
    expect((await create(s.board, 'B.4')).statusCode).toBe(403);
    expect((await create(s.dev, 'B.4')).statusCode).toBe(403);
    expect((await create(s.firm, 'A.4')).statusCode).toBe(403);
    expect((await call(s.other, 'GET', `/api/eco/reports/${b4.id}`)).statusCode).toBe(404);
    expect((await call(s.otherBoard, 'GET', `/api/eco/reports/${b4.id}`)).statusCode).toBe(404);
    expect((await call(s.dev, 'GET', `/api/eco/reports/${b4.id}`)).statusCode).toBe(200);
    expect((await call(s.ministry, 'GET', `/api/eco/reports/${b4.id}`)).statusCode).toBe(200);
    const put = { values: { energyModel: 'x' }, updatedAt: b4.updatedAt };
    expect((await call(s.board, 'PUT', `/api/eco/reports/${b4.id}`, put)).statusCode).toBe(403);
    expect((await call(s.dev, 'PUT', `/api/eco/reports/${b4.id}`, put)).statusCode).toBe(403);
    expect(
      (await call(s.board, 'POST', `/api/eco/reports/${b4.id}/accept`, { updatedAt: b4.updatedAt })).statusCode,
    ).toBe(409);
  });
  it('saving checks ranges per field; submit asks for what is required', async () => {
    const bad = await call(s.firm, 'PUT', `/api/eco/reports/${b4.id}`, {
      values: { waterSaved: '5', wastewaterReduced: '-3' },
      updatedAt: b4.updatedAt,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'body.values.wastewaterReduced',
      'body.values.waterSaved',
    ]);
    const sub = await call(s.firm, 'POST', `/api/eco/reports/${b4.id}/submit`, { updatedAt: b4.updatedAt });
    expect(sub.statusCode).toBe(400);
    expect(Object.keys(sub.json().error.fields)).toEqual(['body.values.capacity']);
    b4 = ok(
      await call(s.firm, 'PUT', `/api/eco/reports/${b4.id}`, {
        values: {
          capacity: [
            {
              product: 'Thép cuộn',
              unit: 'tấn/năm',
              designCapacity: 500000,
              output: 420000,
              energyUse: 2100,
              energyType: 'điện',
              revenue: 9800000,
            },
          ],
          electricityCo2: '500.2',
          fuelCo2: '20',
        },
        updatedAt: b4.updatedAt,
      }),
    );
    expect(b4.values.co2Total).toBe(520.2);
    b4 = ok(await call(s.firm, 'POST', `/api/eco/reports/${b4.id}/submit`, { updatedAt: b4.updatedAt }));
    expect(b4).toMatchObject({ status: 'submitted', late: false, can: { edit: false, submit: false } });
  });
  it('the Board of the province requests a revision with a reason; the enterprise resubmits; the Board accepts', async () => {
    expect(
      (await call(s.otherBoard, 'POST', `/api/eco/reports/${b4.id}/accept`, { updatedAt: b4.updatedAt })).statusCode,
    ).toBe(404);
    const noReason = await call(s.board, 'POST', `/api/eco/reports/${b4.id}/revision`, {
      reason: '',
      updatedAt: b4.updatedAt,
    });
    expect(noReason.statusCode).toBe(400);
    b4 = ok(
      await call(s.board, 'POST', `/api/eco/reports/${b4.id}/revision`, {
        reason: 'Thiếu số liệu nước thải',
        updatedAt: b4.updatedAt,
      }),
    );
    expect(b4).toMatchObject({ status: 'revision_requested', revisionReason: 'Thiếu số liệu nước thải' });
    b4 = ok(
      await call(s.firm, 'PUT', `/api/eco/reports/${b4.id}`, {
        values: { wastewaterReduced: '1200', capacity: b4.values.capacity, electricityCo2: 500.2, fuelCo2: 20 },
        updatedAt: b4.updatedAt,
      }),
    );
    b4 = ok(await call(s.firm, 'POST', `/api/eco/reports/${b4.id}/submit`, { updatedAt: b4.updatedAt }));
    const stale = await call(s.board, 'POST', `/api/eco/reports/${b4.id}/accept`, {
      updatedAt: '2020-01-01T00:00:00.000Z',
    });
    expect(stale.statusCode).toBe(409);
    b4 = ok(await call(s.board, 'POST', `/api/eco/reports/${b4.id}/accept`, { updatedAt: b4.updatedAt }));
    expect(b4.status).toBe('accepted');
    expect(b4.events.map((e) => e.status)).toEqual([
      'draft',
      'submitted',
      'revision_requested',
      'submitted',
      'accepted',
    ]);
    expect(b4.values.wastewaterReduced).toBe(1200);
  });
  it('the lists follow the scope', async () => {
    const list = async (who: Session) =>
      ok(await call(who, 'GET', '/api/eco/reports')).items.map((x: { form: string }) => x.form);
    expect(await list(s.board)).toEqual(['B.4']);
    expect(await list(s.dev)).toEqual(['B.4']);
    expect(await list(s.other)).toEqual([]);
    expect(await list(s.otherBoard)).toEqual([]);
  });
  it('exports as .xlsx with the form’s Vietnamese labels and number cells', async () => {
    const res = await call(s.board, 'GET', `/api/eco/reports/${b4.id}.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Mẫu B.4')!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const byCode = (code: string) => rows.find((r) => r[1] === code)!;
    expect(rows[0]![1]).toBe('Báo cáo tình hình thực hiện doanh nghiệp sinh thái (Mẫu B.4)');
    expect(rows.find((r) => r[1] === 'Trạng thái')![2]).toBe('Đã tiếp nhận');
    expect(byCode('P3.2').slice(2, 6)).toEqual(['Điện năng tiết kiệm', 850000, 'kWh', 'Từ cơ sở dữ liệu']);
    expect(byCode('P3.10')[3]).toBe(520.2);
    expect(byCode('3.3')[3]).toBe(246);
    expect(rows.some((r) => r[2] === 'Thép cuộn')).toBe(true);
  });
});

describe('A.4 and A.5 of the developer', () => {
  it('pre-fills park land, enterprises and workers; only the developer files, the Board accepts', async () => {
    const a4 = ok<EcoReportView>(await create(s.dev, 'A.4'), 201);
    expect(a4.values).toMatchObject({
      investorName: 'Công ty Phát triển KCN Hiệp Phước',
      landTotal: 200,
      enterprises: 2,
      workers: 246,
      recpFirmsBefore: 0,
      recpFirmsInYear: 1,
      recpMeasuresInYear: 1,
      symbiosisLinks: 1,
      partnersInPark: ['Công ty Giấy Nhà Bè', 'Công ty Thép Hiệp Phước'],
      symCostTotal: 45,
    });
    expect((await create(s.firm, 'A.5')).statusCode).toBe(403);
    const a5 = ok<EcoReportView>(await create(s.dev, 'A.5'), 201);
    const answers = Object.fromEntries(a5.fields.filter((f) => f.kind === 'yes_no').map((f) => [f.key, true]));
    const saved = ok<EcoReportView>(
      await call(s.dev, 'PUT', `/api/eco/reports/${a5.id}`, {
        values: { ...answers, ENV_3: 35 },
        updatedAt: a5.updatedAt,
      }),
    );
    const sub = ok<EcoReportView>(
      await call(s.dev, 'POST', `/api/eco/reports/${a5.id}/submit`, { updatedAt: saved.updatedAt }),
    );
    expect(
      ok(await call(s.board, 'POST', `/api/eco/reports/${a5.id}/accept`, { updatedAt: sub.updatedAt })).status,
    ).toBe('accepted');
  });
  it('a year not yet ended cannot be filed', async () => {
    const res = await create(s.dev, 'A.4', 2026);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['body.year'].message).toContain('Chưa tới hạn');
  });
});

describe('social criteria scored from live data', () => {
  it('SOC.1 counts the firms over 100 workers (from accepted reports) meeting it in their accepted B.5', async () => {
    const b5 = ok<EcoReportView>(await create(s.firm, 'B.5'), 201);
    const saved = ok<EcoReportView>(
      await call(s.firm, 'PUT', `/api/eco/reports/${b5.id}`, {
        values: { ENV_2: 30, SOC_1: 80, SOC_2: 70, SOC_4: 90, SOC_6: 100 },
        updatedAt: b5.updatedAt,
      }),
    );
    expect(saved.warnings.map((w) => w.key)).toEqual(['SOC_2']);
    const sub = ok<EcoReportView>(
      await call(s.firm, 'POST', `/api/eco/reports/${b5.id}/submit`, { updatedAt: saved.updatedAt }),
    );
    ok(await call(s.board, 'POST', `/api/eco/reports/${b5.id}/accept`, { updatedAt: sub.updatedAt }));
    const card = ok(await call(s.board, 'GET', `/api/eco/parks/${ids.park}/scorecard?ruleSet=vn-eco-park&year=2025`));
    const req = (id: string) => card.requirements.find((x: { id: string }) => x.id === id);
    // One large firm (246 workers), which meets SOC.1; the paper mill has no accepted report.
    expect(req('SOC.1')).toMatchObject({ status: 'met', value: 100, source: 'live' });
    // SOC.2 is about both firms: the steel mill reports 70 % (< 75), the paper mill no B.5.
    expect(req('SOC.2')).toMatchObject({ status: 'not_met', value: 0, source: 'live' });
  });
});

describe('partner picker of "named partners" listings', () => {
  it('offers the firms of the park, searchable without accents; the ministry does not list', async () => {
    const names = async (who: Session, q = '') =>
      ok(await call(who, 'GET', `/api/eco/partner-candidates?parkId=${ids.park}${q}`)).items.map(
        (x: { name: string; samePark: boolean }) => `${x.name}${x.samePark ? '' : ' (ngoài)'}`,
      );
    expect(await names(s.firm)).toEqual(['Công ty Giấy Nhà Bè', 'Công ty Thép Hiệp Phước']);
    expect(await names(s.firm, '&q=giay')).toEqual(['Công ty Giấy Nhà Bè']);
    expect(await names(s.board, `&q=zzz&include=${ids.other}`)).toEqual(['Công ty Giấy Nhà Bè']);
    expect((await call(s.ministry, 'GET', `/api/eco/partner-candidates?parkId=${ids.park}`)).statusCode).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(s.firm, 'GET', `/api/eco/partner-candidates?parkId=${unknown}`)).statusCode).toBe(404);
  });
});

describe('the eco pages’ Excel exports', () => {
  const open = async (who: Session, url: string) => {
    const res = await call(who, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };
  const rows = (ws: ExcelJS.Worksheet) => (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));

  it('the RECP register: measures and totals per park and year, numbers as numbers', async () => {
    const wb = await open(s.board, `/api/eco/recp.xlsx?parkId=${ids.park}`);
    const measures = rows(wb.getWorksheet('Giải pháp RECP')!);
    expect(measures[0]!.slice(0, 4)).toEqual(['Doanh nghiệp', 'KCN', 'Loại', 'Giải pháp']);
    expect(measures[1]!.slice(0, 6)).toEqual([
      'Công ty Thép Hiệp Phước',
      'KCN Hiệp Phước',
      'energy',
      'Biến tần cho quạt lò',
      '01/03/2025',
      850000,
    ]);
    const totals = rows(wb.getWorksheet('Tổng theo KCN, năm')!);
    expect(totals.find((r) => r[1] === 2025)?.slice(2, 5)).toEqual([1, 1, 850000]);
    expect(rows((await open(s.other, '/api/eco/recp.xlsx')).getWorksheet('Giải pháp RECP')!)).toHaveLength(1);
  });
  it('the scorecard with its live social criteria, and the deals with the matcher’s precision', async () => {
    const card = await open(s.board, `/api/eco/parks/${ids.park}/scorecard.xlsx?ruleSet=vn-eco-park&year=2025`);
    const soc1 = rows(card.getWorksheet('Tiêu chí')!).find((r) => r[0] === 'SOC.1')!;
    expect(soc1.slice(5, 8)).toEqual([100, 'Đạt', 'Dữ liệu hệ thống']);
    expect((await call(s.otherBoard, 'GET', `/api/eco/parks/${ids.park}/scorecard.xlsx`)).statusCode).toBe(403);
    const deals = await open(s.board, `/api/eco/deals.xlsx?parkId=${ids.park}`);
    const dealRows = rows(deals.getWorksheet('Giao dịch')!);
    expect(dealRows[0]![0]).toBe('Bên cung');
    expect(dealRows[1]!.slice(0, 7)).toEqual([
      'Công ty Thép Hiệp Phước',
      'Vảy cán thép',
      'KCN Hiệp Phước',
      'Công ty Giấy Nhà Bè',
      'Phụ gia vảy sắt',
      'KCN Hiệp Phước',
      'Đang vận hành',
    ]);
    const last = rows(deals.getWorksheet('Tác động theo KCN, năm')!).at(-1)!;
    expect(last[0]).toBe('Độ chính xác của gợi ý ghép nối');
    expect(last.slice(1, 3)).toEqual(['1/1 giao dịch đề xuất từ gợi ý đã vận hành', 100]);
  });
});

describe('eco overview', () => {
  it('lists the parks of the scope by assessment status with RECP and symbiosis trends by year', async () => {
    const o = ok(await call(s.board, 'GET', '/api/eco/overview'));
    expect(o.parks.map((p: { name: string }) => p.name)).toEqual(['KCN Hiệp Phước']);
    expect(o.parks[0].status).toBe('not_ready');
    expect(o.byStatus).toEqual({ qualifies: 0, prerequisites_met: 0, not_ready: 1 });
    const y2025 = o.years.find((y: { year: number }) => y.year === 2025);
    expect(y2025).toMatchObject({ recpMeasures: 1, savedKwh: 850000, costSavedMillionVnd: 1530, links: 1 });
    expect(ok(await call(s.ministry, 'GET', '/api/eco/overview')).parks).toHaveLength(1);
    expect(ok(await call(s.otherBoard, 'GET', '/api/eco/overview')).parks).toEqual([]);
    expect(ok(await call(s.ministry, 'GET', '/api/eco/overview?province=01')).parks).toEqual([]);
  });
});
