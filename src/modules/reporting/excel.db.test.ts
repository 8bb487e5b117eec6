import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';

/**
 * Reports by Excel: the template of one project and of a Board's batch (codes, names and units
 * filled in, one column per field), and the import — all or nothing, with every problem pinned to
 * sheet, row and column in Vietnamese and English, through the same checks as the API.
 */
let t: TestContext;
const now = new Date('2026-04-05T09:00:00+07:00');
const s = {} as Record<'bn' | 'hp' | 'entA', Session>;
const ids = {} as Record<'entA' | 'entB' | 'park' | 'pA' | 'pB' | 'pVnd', string>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  ids.entA = (
    await inv.createEnterprise(system, {
      taxCode: '2300000031',
      nameVi: 'Công ty A',
      adminUnitId: '63:27',
      sectors: [],
    })
  ).id;
  ids.entB = (
    await inv.createEnterprise(system, {
      taxCode: '2300000032',
      nameVi: 'Công ty B',
      adminUnitId: '63:27',
      sectors: [],
    })
  ).id;
  ids.park = (
    await t.app.services.zones.createPark(system, {
      code: 'XL-REP',
      name: 'KCN Xuất Excel',
      kinds: [],
      adminUnitId: '63:27',
      developerEnterpriseId: null,
    })
  ).id;
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('dn.a', 'enterprise', { enterpriseId: ids.entA });
  s.bn = await t.signIn('bql.bn');
  s.hp = await t.signIn('bql.hp');
  s.entA = await t.signIn('dn.a');
  const kr = ok(
    await call(s.bn, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  const vn = ok(
    await call(s.bn, 'POST', '/api/investors', { kind: 'individual', name: 'Trần Văn Bình', nationality: 'VN' }),
    201,
  ).id;
  const project = async (
    code: string,
    enterpriseId: string,
    investorId: string,
    capital: { value: string; currency: string },
  ) =>
    ok(
      await call(s.bn, 'POST', '/api/projects', {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId: ids.park },
        type: 'production_business',
        landAreaHa: '5',
        investors: [{ investorId, share: '100' }],
        certificate: { date: '2024-01-15', registeredCapital: capital },
      }),
      201,
    ).id as string;
  ids.pA = await project('XL-A', ids.entA, kr, { value: '10000000', currency: 'USD' });
  ids.pB = await project('XL-B', ids.entB, kr, { value: '10000000', currency: 'USD' });
  ids.pVnd = await project('XL-VND', ids.entB, vn, { value: '200000000000', currency: 'VND' });
});
afterAll(() => t.close());

async function workbookOf(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
const upload = async (who: Session, wb: ExcelJS.Workbook, submit = false) =>
  who.inject({
    method: 'POST',
    url: `/api/reports/import?submit=${submit}`,
    payload: Buffer.from(await wb.xlsx.writeBuffer()),
    headers: { 'content-type': XLSX_CONTENT_TYPE },
  });
/** Column number of a field key (row 5 holds the keys). */
const col = (sheet: ExcelJS.Worksheet, key: string) => (sheet.getRow(5).values as unknown[]).indexOf(key);
const fill = (sheet: ExcelJS.Worksheet, row: number, values: Record<string, string | number>) => {
  for (const [k, v] of Object.entries(values)) sheet.getRow(row).getCell(col(sheet, k)).value = v;
};
const GOOD = {
  realisedCapital: '250',
  operating: 'Có',
  revenue: '1.200,5',
  exportUsd: 800,
  importUsd: 300,
  budgetVnd: 1500,
  workersDomestic: 120,
  workersForeign: 4,
  workersFemale: 70,
};

describe('templates', () => {
  it('a Board’s batch lists every expected project of its scope with its money unit; the enterprise gets its own', async () => {
    const wb = await workbookOf(
      await call(s.bn, 'GET', '/api/reports/template.xlsx?typeId=quarterly_implementation&period=2026-Q1'),
    );
    const sheet = wb.getWorksheet('Báo cáo')!;
    expect(sheet.getCell('B2').value).toBe('2026-Q1');
    expect(String(sheet.getCell('A1').value)).toContain('QUÝ I/2026');
    expect(sheet.getRow(4).values).toEqual(
      expect.arrayContaining([
        'Mã số dự án',
        'Doanh thu trong kỳ (theo đơn vị tiền của dự án)',
        'Giá trị xuất khẩu (nghìn USD)',
      ]),
    );
    const rows = [6, 7, 8].map((r) => `${sheet.getRow(r).getCell(1).value} ${sheet.getRow(r).getCell(3).value}`);
    expect(rows).toEqual(['XL-A nghìn USD', 'XL-B nghìn USD', 'XL-VND triệu đồng']);
    expect(wb.getWorksheet('Hướng dẫn')).toBeTruthy();
    const own = await workbookOf(
      await call(
        s.entA,
        'GET',
        `/api/reports/template.xlsx?typeId=quarterly_implementation&period=2026-Q1&projectId=${ids.pA}`,
      ),
    );
    expect(own.getWorksheet('Báo cáo')!.getRow(7).getCell(1).value).toBeNull();
    expect(
      (
        await call(
          s.entA,
          'GET',
          `/api/reports/template.xlsx?typeId=quarterly_implementation&period=2026-Q1&projectId=${ids.pB}`,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(
          s.hp,
          'GET',
          `/api/reports/template.xlsx?typeId=quarterly_implementation&period=2026-Q1&projectId=${ids.pA}`,
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('imports, all or nothing', () => {
  let wb: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    wb = await workbookOf(
      await call(s.bn, 'GET', '/api/reports/template.xlsx?typeId=quarterly_implementation&period=2026-Q1'),
    );
    sheet = wb.getWorksheet('Báo cáo')!;
  });

  it('refuses the whole file when one row is wrong, naming sheet, row and column', async () => {
    fill(sheet, 6, GOOD);
    fill(sheet, 7, { ...GOOD, revenue: 'một nghìn', workersFemale: 500 });
    fill(sheet, 8, { ...GOOD, realisedCapital: '2500' });
    const res = await upload(s.bn, wb, true);
    expect(res.statusCode).toBe(422);
    const problems = res.json().error.problems as {
      sheet: string;
      row: number;
      column: string;
      message: string;
      messageEn: string;
    }[];
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'Báo cáo',
        row: 7,
        column: expect.stringMatching(/^[A-Z]+ \(Doanh thu trong kỳ\)$/),
        message: expect.stringContaining('không phải là số'),
      }),
    ]);
    expect(ok(await call(s.bn, 'GET', '/api/reports')).total).toBe(0);

    fill(sheet, 7, { ...GOOD, workersFemale: 500 });
    const second = await upload(s.bn, wb, true);
    expect(second.statusCode).toBe(422);
    expect(second.json().error.problems).toEqual([
      expect.objectContaining({
        row: 7,
        column: expect.stringContaining('(Trong đó: lao động nữ)'),
        messageEn: expect.stringContaining('Female workers'),
      }),
    ]);
    expect(ok(await call(s.bn, 'GET', '/api/reports')).total).toBe(0);
  });

  it('another province’s Board cannot import these projects; an old or edited template is refused', async () => {
    const res = await upload(s.hp, wb, false);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.problems).toHaveLength(3);
    expect(res.json().error.problems[0].message).toContain('không có quyền');
    sheet.getCell('B2').value = '2026-Q2';
    const wrong = await upload(s.bn, wb, false);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.problems[0].message).toContain('Chưa tới hạn');
    sheet.getCell('B2').value = '2026-Q1';
    sheet.getRow(5).getCell(col(sheet, 'revenue')).value = 'doanhThu';
    const broken = await upload(s.bn, wb, false);
    expect(broken.json().error.problems[0].message).toContain('Cấu trúc tệp không khớp');
    sheet.getRow(5).getCell(col(sheet, 'doanhThu')).value = 'revenue';
    expect(
      (
        await s.bn.inject({
          method: 'POST',
          url: '/api/reports/import',
          payload: Buffer.from('not a workbook'),
          headers: { 'content-type': XLSX_CONTENT_TYPE },
        })
      ).statusCode,
    ).toBe(415);
  });

  it('a corrected file writes every report and submits them; the VND project’s triệu đồng become đồng', async () => {
    fill(sheet, 7, GOOD);
    const result = ok(await upload(s.bn, wb, true));
    expect(
      result.items.map(
        (i: { projectCode: string; status: string; created: boolean }) => `${i.projectCode} ${i.status} ${i.created}`,
      ),
    ).toEqual(['XL-A pending true', 'XL-B pending true', 'XL-VND pending true']);
    const vnd = ok(await call(s.bn, 'GET', `/api/reports/${result.items[2].reportId}`));
    expect(vnd).toMatchObject({ currency: 'VND', values: { realisedCapital: '2500', revenue: '1200.5' } });
    const again = await upload(s.bn, wb, true);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.problems[0].message).toContain('đã nộp');
  });

  it('a pending report sent back for revision is updated by the next import, then resubmitted', async () => {
    const list = ok(await call(s.bn, 'GET', '/api/reports?q=XL-A')).items as { id: string; updatedAt: string }[];
    const back = ok(
      await call(s.bn, 'POST', `/api/reports/${list[0]!.id}/request-revision`, {
        updatedAt: list[0]!.updatedAt,
        reason: 'Số lao động nước ngoài chưa đúng',
        fieldReasons: { workersForeign: 'Theo danh sách lao động quý I' },
      }),
    );
    expect(back.status).toBe('revision_requested');
    fill(sheet, 7, { ...GOOD, realisedCapital: '0' });
    const blocked = await upload(s.bn, wb, true);
    expect(blocked.json().error.problems.map((p: { row: number }) => p.row)).toEqual([7, 8]);
    // Only XL-A's row: the others stay as they are.
    for (const r of [7, 8])
      sheet.getRow(r).eachCell((cell) => {
        cell.value = null;
      });
    fill(sheet, 6, { ...GOOD, workersForeign: 6 });
    const result = ok(await upload(s.bn, wb, true));
    expect(result.items).toEqual([expect.objectContaining({ projectCode: 'XL-A', status: 'pending', created: false })]);
    const events = ok(await call(s.bn, 'GET', `/api/reports/${list[0]!.id}/events`)).items.map(
      (e: { action: string }) => e.action,
    );
    expect(events.slice(0, 3)).toEqual(['resubmit', 'update', 'request_revision']);
  });
});
