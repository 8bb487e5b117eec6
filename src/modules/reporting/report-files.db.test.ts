import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';

/**
 * A report's files and the Board's later edit: the report list as .xlsx with the list's filters
 * and scope, one report as PDF (read back with pdftotext), the one-report workbook read into the
 * form without writing anything, and the Board's edit of an accepted report held to the submit's
 * checks and plausibility confirmations.
 */
let t: TestContext;
const now = new Date('2026-04-05T09:00:00+07:00');
const s = {} as Record<'bn' | 'hp' | 'entA' | 'entB', Session>;
const ids = {} as Record<'entA' | 'entB' | 'park' | 'parkHp' | 'pA' | 'pB' | 'pHp', string>;
const reports = {} as Record<'a' | 'b' | 'hp', { id: string; code: string; updatedAt: string }>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const values = (budgetVnd: string, revenue = '1200.5') => ({
  realisedCapital: '250',
  operating: true,
  revenue,
  exportUsd: '800',
  importUsd: '300',
  budgetVnd,
  workersDomestic: '120',
  workersForeign: '4',
  workersFemale: '70',
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (await inv.createEnterprise(system, { taxCode, nameVi, adminUnitId: '63:27', sectors: [] })).id;
  ids.entA = await enterprise('2300000051', 'Công ty TNHH Điện tử Quế Võ');
  ids.entB = await enterprise('2300000052', 'Công ty Cổ phần Linh kiện Yên Phong');
  const park = async (code: string, name: string, adminUnitId: string) =>
    (await t.app.services.zones.createPark(system, { code, name, kinds: [], adminUnitId, developerEnterpriseId: null }))
      .id;
  ids.park = await park('QV-FILES', 'KCN Quế Võ (thử)', '63:27');
  ids.parkHp = await park('HP-FILES', 'KCN Đình Vũ (thử)', '63:31');
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('dn.a', 'enterprise', { enterpriseId: ids.entA });
  await t.addUser('dn.b', 'enterprise', { enterpriseId: ids.entB });
  for (const [k, u] of Object.entries({ bn: 'bql.bn', hp: 'bql.hp', entA: 'dn.a', entB: 'dn.b' }))
    s[k as keyof typeof s] = await t.signIn(u);
  const kr = ok(
    await call(s.bn, 'POST', '/api/investors', { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' }),
    201,
  ).id;
  const project = async (who: Session, code: string, parkId: string, enterpriseId: string) =>
    ok(
      await call(who, 'POST', '/api/projects', {
        projectCode: code,
        name: `Nhà máy linh kiện ${code}`,
        enterpriseId,
        location: { kind: 'park', parkId },
        type: 'production_business',
        sectors: ['2610'],
        landAreaHa: '5',
        investors: [{ investorId: kr, share: '100' }],
        certificate: { date: '2024-01-15', registeredCapital: { value: '5000000', currency: 'USD' } },
      }),
      201,
    ).id as string;
  ids.pA = await project(s.bn, 'QV-A', ids.park, ids.entA);
  ids.pB = await project(s.bn, 'QV-B', ids.park, ids.entB);
  ids.pHp = await project(s.hp, 'HP-C', ids.parkHp, ids.entB);
  // Five peers of the same sector and size paying 1,400–1,800 triệu đồng a quarter, accepted.
  for (const [i, budget] of ['1400', '1500', '1600', '1700', '1800'].entries()) {
    const id = await project(s.bn, `QV-P${i}`, ids.park, ids.entB);
    let r = ok(
      await call(s.bn, 'POST', '/api/reports', {
        typeId: 'quarterly_implementation',
        period: '2026-Q1',
        projectId: id,
        values: values(budget),
      }),
      201,
    );
    r = ok(await call(s.bn, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt }));
    ok(await call(s.bn, 'POST', `/api/reports/${r.id}/accept`, { updatedAt: r.updatedAt }));
  }
  const file = async (who: Session, projectId: string) => {
    const r = ok(
      await call(who, 'POST', '/api/reports', {
        typeId: 'quarterly_implementation',
        period: '2026-Q1',
        projectId,
        values: values('1550'),
      }),
      201,
    );
    return ok(await call(who, 'POST', `/api/reports/${r.id}/submit`, { updatedAt: r.updatedAt }));
  };
  reports.a = await file(s.entA, ids.pA);
  reports.a = ok(await call(s.bn, 'POST', `/api/reports/${reports.a.id}/accept`, { updatedAt: reports.a.updatedAt }));
  reports.b = await file(s.entB, ids.pB);
  reports.hp = await file(s.entB, ids.pHp);
});
afterAll(() => t.close());

async function workbookOf(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}
/** The data rows of an export (header on row 5) as { header: value }. */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(5).values as unknown[]).slice(1) as string[];
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n <= 5) return;
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe('the report list as .xlsx', () => {
  it('has the list’s rows with Vietnamese headers, for a Board only its province', async () => {
    const sheet = await workbookOf(await call(s.bn, 'GET', '/api/reports.xlsx'));
    expect(String(sheet.getCell('A1').value)).toBe('DANH SÁCH BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ ÁN');
    const rows = rowsOf(sheet);
    const list = ok(await call(s.bn, 'GET', '/api/reports?pageSize=200'));
    expect(rows.map((r) => r['Mã báo cáo'])).toEqual(list.items.map((i: { code: string }) => i.code));
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r['Mã số dự án'])).not.toContain('HP-C');
    const a = rows.find((r) => r['Mã số dự án'] === 'QV-A')!;
    expect(a).toMatchObject({
      'Mã báo cáo': reports.a.code,
      'Loại báo cáo': 'Báo cáo quý (A.III.1)',
      'Kỳ báo cáo': 'Quý I/2026',
      'Trạng thái kỳ': 'Trong thời hạn',
      'Tên dự án': 'Nhà máy linh kiện QV-A',
      'Doanh nghiệp': 'Công ty TNHH Điện tử Quế Võ',
      'KCN/KKT': 'KCN Quế Võ (thử)',
      'Trạng thái báo cáo': 'Đã tiếp nhận',
      'Đúng hạn/Trễ hạn': 'Đúng hạn',
    });
    // Dates are date cells (Hà Nội wall time), not text.
    expect(a['Hạn nộp']).toEqual(new Date(Date.UTC(2026, 3, 10)));
    const accepted = (a['Tiếp nhận lúc'] as Date).getTime() - Date.UTC(2026, 3, 5, 9, 0, 0);
    expect(accepted).toBeGreaterThanOrEqual(0);
    expect(accepted).toBeLessThan(1000);
  });

  it('takes the list’s filters and names them in the title block', async () => {
    const query = `status=pending&q=QV&parkId=${ids.park}`;
    const sheet = await workbookOf(await call(s.bn, 'GET', `/api/reports.xlsx?${query}`));
    expect(String(sheet.getCell('A2').value)).toBe('Bộ lọc: Trạng thái: Chờ duyệt; KCN: KCN Quế Võ (thử); Tìm: "QV"');
    expect(rowsOf(sheet).map((r) => r['Mã số dự án'])).toEqual(['QV-B']);
    expect(ok(await call(s.bn, 'GET', `/api/reports?${query}`)).total).toBe(1);
    expect((await call(s.bn, 'GET', '/api/reports.xlsx?status=nonsense')).statusCode).toBe(400);
  });

  it('an enterprise gets only its own reports; another province’s Board only its own', async () => {
    const own = rowsOf(await workbookOf(await call(s.entA, 'GET', '/api/reports.xlsx')));
    expect(own.map((r) => r['Mã số dự án'])).toEqual(['QV-A']);
    const hp = rowsOf(await workbookOf(await call(s.hp, 'GET', '/api/reports.xlsx')));
    expect(hp.map((r) => r['Mã số dự án'])).toEqual(['HP-C']);
    const none = rowsOf(await workbookOf(await call(s.entA, 'GET', `/api/reports.xlsx?projectId=${ids.pB}`)));
    expect(none).toEqual([]);
  });
});

describe('one report as PDF', () => {
  const text = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`${reports.a.code}_2026-Q1.pdf`);
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: res.rawPayload }).toString('utf8');
  };

  it('prints the header and every figure with its unit in vi-VN, in Vietnamese', async () => {
    const out = text(await call(s.entA, 'GET', `/api/reports/${reports.a.id}.pdf`));
    for (const expected of [
      'BÁO CÁO',
      reports.a.code,
      'QV-A · Nhà máy linh kiện QV-A',
      'Công ty TNHH Điện tử Quế Võ',
      'KCN Quế Võ (thử)',
      'Quý I/2026 (Trong thời hạn)',
      'Đã tiếp nhận',
      '10/04/2026',
      '05/04/2026 09:00:00 (đúng hạn)',
      'Sản xuất, kinh doanh',
      'Lao động',
    ])
      expect(out).toContain(expected);
    expect(out).toMatch(/Doanh thu[^\n]*1\.200,5\s+nghìn USD/);
    expect(out).toMatch(/xuất khẩu[^\n]*800\s+nghìn USD/i);
    expect(out).toMatch(/ngân sách[^\n]*1\.550\s+triệu đồng/i);
    expect(out).toMatch(/nữ[^\n]*70\s+người/);
    expect(out).toContain('In lúc 05/04/2026 09:00:00 bởi');
  });

  it('follows the report’s scope: the Board of its province yes, others no', async () => {
    expect(text(await call(s.bn, 'GET', `/api/reports/${reports.a.id}.pdf`))).toContain(reports.a.code);
    expect((await call(s.hp, 'GET', `/api/reports/${reports.a.id}.pdf`)).statusCode).toBe(403);
    expect((await call(s.entB, 'GET', `/api/reports/${reports.a.id}.pdf`)).statusCode).toBe(403);
    expect((await call(s.entA, 'GET', '/api/reports/00000000-0000-4000-8000-000000000000.pdf')).statusCode).toBe(404);
  });
});

describe('the one-report workbook fills the form, writing nothing', () => {
  const url = (projectId: string, period = '2026-Q1') =>
    `/api/reports/fill-from-workbook?typeId=quarterly_implementation&period=${period}&projectId=${projectId}`;
  const send = async (who: Session, target: string, wb: ExcelJS.Workbook) =>
    who.inject({
      method: 'POST',
      url: target,
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
      headers: { 'content-type': XLSX_CONTENT_TYPE },
    });
  const template = async (who: Session, query: string) => {
    const res = await call(who, 'GET', `/api/reports/template.xlsx?typeId=quarterly_implementation&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };
  const col = (sheet: ExcelJS.Worksheet, key: string) => (sheet.getRow(5).values as unknown[]).indexOf(key);

  it('returns the figures read the Vietnamese way and each bad cell on its field', async () => {
    const wb = await template(s.entB, `period=2026-Q1&projectId=${ids.pB}`);
    const sheet = wb.getWorksheet('Báo cáo')!;
    const cell = (key: string) => sheet.getRow(6).getCell(col(sheet, key));
    cell('revenue').value = '2.345,75';
    cell('exportUsd').value = 'tám trăm';
    cell('workersDomestic').value = 130;
    cell('workersFemale').value = '12,5';
    cell('operating').value = 'Có';
    cell('confirmReason').value = 'Có hợp đồng lớn trong quý';
    const before = ok(await call(s.entB, 'GET', `/api/reports/${reports.b.id}`));
    const fill = ok(await send(s.entB, url(ids.pB), wb));
    expect(fill).toMatchObject({
      typeId: 'quarterly_implementation',
      period: '2026-Q1',
      projectCode: 'QV-B',
      row: 6,
      values: { revenue: '2345.75', exportUsd: null, workersDomestic: '130', operating: true, budgetVnd: null },
      confirmReason: 'Có hợp đồng lớn trong quý',
    });
    expect(fill.problems).toEqual([
      expect.objectContaining({ field: 'exportUsd', row: 6, message: expect.stringContaining('không phải là số') }),
      expect.objectContaining({ field: 'workersFemale', column: expect.stringContaining('lao động nữ') }),
    ]);
    // Nothing was written: the report is as it was.
    expect(ok(await call(s.entB, 'GET', `/api/reports/${reports.b.id}`))).toEqual(before);
  });

  it('refuses another period’s or a batch file, and a project outside the caller’s scope', async () => {
    const other = await template(s.entB, `period=2026-Q1&projectId=${ids.pB}`);
    const wrongPeriod = await send(s.entB, url(ids.pB, '2025-Q4'), other);
    expect(wrongPeriod.statusCode).toBe(422);
    expect(wrongPeriod.json().error.problems[0].message).toContain('không phải của báo cáo đang lập');
    const batch = await template(s.bn, 'period=2026-Q1');
    const many = await send(s.bn, url(ids.pB), batch);
    expect(many.statusCode).toBe(422);
    expect(many.json().error.problems[0].message).toContain('mẫu một báo cáo chỉ có dòng của dự án QV-B');
    expect((await send(s.entA, url(ids.pB), other)).statusCode).toBe(403);
    expect((await send(s.hp, url(ids.pB), other)).statusCode).toBe(403);
  });
});

describe('the Board edits an accepted report', () => {
  it('needs the submit checks to pass and a reason for a ×1000 figure; the lifecycle keeps before/after', async () => {
    const base = { updatedAt: reports.a.updatedAt, reason: 'Sửa theo biên bản kiểm tra' };
    const crossField = await call(s.bn, 'PATCH', `/api/reports/${reports.a.id}`, {
      ...base,
      values: { ...values('1550'), workersFemale: '500' },
    });
    expect(crossField.statusCode).toBe(400);
    expect(Object.keys(crossField.json().error.fields)).toContain('body.values.workersFemale');
    const slip = await call(s.bn, 'PATCH', `/api/reports/${reports.a.id}`, { ...base, values: values('1550000') });
    expect(slip.statusCode).toBe(422);
    expect(slip.json().error.warnings).toEqual([
      expect.objectContaining({ code: 'scale_x1000', field: 'budgetVnd', mustConfirmIndividually: true }),
    ]);
    // A blanket reason does not cover a ×1000 warning.
    const blanket = await call(s.bn, 'PATCH', `/api/reports/${reports.a.id}`, {
      ...base,
      values: values('1550000'),
      confirmAllReason: 'Đã kiểm tra',
    });
    expect(blanket.statusCode).toBe(422);
    expect(ok(await call(s.bn, 'GET', `/api/reports/${reports.a.id}`)).values.budgetVnd).toBe('1550');
    const edited = ok(
      await call(s.bn, 'PATCH', `/api/reports/${reports.a.id}`, {
        ...base,
        values: values('1550000'),
        confirmations: [{ field: 'budgetVnd', code: 'scale_x1000', reason: 'Nộp bổ sung thuế nhập khẩu năm trước' }],
      }),
    );
    expect(edited).toMatchObject({ status: 'accepted', values: { budgetVnd: '1550000' } });
    expect(edited.confirmations).toEqual([
      expect.objectContaining({
        field: 'budgetVnd',
        code: 'scale_x1000',
        value: '1550000',
        reason: 'Nộp bổ sung thuế nhập khẩu năm trước',
        by: 'Người dùng bql.bn – Chuyên viên Ban Quản lý',
      }),
    ]);
    // Editing another figure later carries the confirmation of the unchanged one.
    const again = ok(
      await call(s.bn, 'PATCH', `/api/reports/${reports.a.id}`, {
        updatedAt: edited.updatedAt,
        reason: 'Sửa doanh thu',
        values: values('1550000', '1300'),
      }),
    );
    expect(again.confirmations).toHaveLength(1);
    const [last, first] = ok(await call(s.entA, 'GET', `/api/reports/${reports.a.id}/events`)).items;
    expect(first).toMatchObject({
      action: 'board_edit',
      reason: 'Sửa theo biên bản kiểm tra',
      before: { budgetVnd: '1550' },
      after: { budgetVnd: '1550000' },
    });
    expect(last).toMatchObject({ action: 'board_edit', before: { revenue: '1200.5' }, after: { revenue: '1300' } });
  });
});
