import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import { cellText } from '../../platform/files/xlsx-cells';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-read';

/**
 * Every registry list as .xlsx with the list's own query: the rows the caller may see that match
 * the filters (all of them, not a page), typed cells, Vietnamese text intact, a title block.
 */
let t: TestContext;
let hanoi: Session;
let ministry: Session;
let admin: Session;
const system = systemActor('test');

beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('bql.hn', 'board_officer', { provinceCode: '01' });
  await t.addUser('bo.tc', 'ministry');
  await t.addUser('quan.tri', 'admin');
  [hanoi, ministry, admin] = await Promise.all([t.signIn('bql.hn'), t.signIn('bo.tc'), t.signIn('quan.tri')]);
  const { zones, investment } = t.app.services;
  const established = (date: string, area: string) => ({
    kind: 'established' as const,
    act: 'irc' as const,
    area,
    date,
    decision: { number: `${date.slice(0, 4)}/GCN`, date },
  });
  await zones.createPark(system, {
    code: 'HN-KCN-TL',
    name: 'Khu công nghiệp Thăng Long',
    kinds: ['eco'],
    adminUnitId: '34:01',
    lon: 105.78,
    lat: 21.13,
    firstEvent: established('2025-08-15', '274.5'),
  });
  await zones.createPark(system, {
    code: 'HN-KCN-QO',
    name: 'Khu công nghiệp Quang Minh – Đông Anh',
    kinds: [],
    adminUnitId: '34:01',
    firstEvent: {
      kind: 'planned',
      approved: true,
      date: '2025-09-01',
      decision: { number: '9/QĐ', date: '2025-09-01' },
    },
  });
  await zones.createPark(system, {
    code: 'BN-KCN-YP',
    name: 'Khu công nghiệp Yên Phong',
    kinds: [],
    adminUnitId: '34:24',
    firstEvent: established('2025-10-01', '655'),
  });
  await zones.createZone(system, {
    code: 'KKT-HN',
    name: 'Khu kinh tế Hà Nội (thử)',
    type: 'specialised',
    adminUnitId: '34:01',
  });
  const donga = await investment.createEnterprise(system, {
    taxCode: '0101234567',
    nameVi: 'Công ty TNHH Điện tử Đông Á',
    adminUnitId: '34:01',
    sectors: ['26100'],
  });
  const samsung = await investment.createInvestor(system, {
    kind: 'organisation',
    name: 'Samsung Electronics',
    nationality: 'KR',
  });
  const songhong = await investment.createInvestor(system, {
    kind: 'organisation',
    name: 'Công ty Sông Hồng',
    nationality: 'VN',
  });
  const park = (await zones.findParks(system, { q: 'HN-KCN-TL' })).items[0]!;
  const project = (
    code: string,
    name: string,
    investorId: string,
    capital: { value: string; currency: 'USD' | 'VND' },
  ) =>
    investment.createProject(system, {
      projectCode: code,
      name,
      enterpriseId: donga.id,
      location: { kind: 'park', parkId: park.id },
      type: 'production_business',
      sectors: ['26100'],
      landAreaHa: '3.25',
      investors: [{ investorId, share: '100' }],
      certificate: { date: '2025-09-10', registeredCapital: capital },
    });
  await project('2345678901', 'Nhà máy linh kiện Đông Á', samsung.id, { value: '25000000.5', currency: 'USD' });
  await project('2345678902', 'Xưởng cơ khí Sông Hồng', songhong.id, { value: '120000000000', currency: 'VND' });
});
afterAll(() => t.close());

async function download(s: Session, url: string) {
  const res = await s.inject({ method: 'GET', url });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(5).values as unknown[]).slice(1).map(cellText);
  const rows: Record<string, unknown>[] = [];
  for (let r = 6; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  }
  return { sheet, header, rows, disposition: String(res.headers['content-disposition']) };
}

describe('exports', () => {
  it('writes the parks a Board may see that match the filters, with a title block', async () => {
    const { sheet, rows, disposition } = await download(hanoi, '/api/parks.xlsx?province=01&status=established');
    expect(disposition).toMatch(/khu-cong-nghiep-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect(cellText(sheet.getCell('A1').value)).toBe('DANH SÁCH KHU CÔNG NGHIỆP');
    expect(cellText(sheet.getCell('A2').value)).toBe(
      'Bộ lọc: Tỉnh, thành phố: 01 · Thành phố Hà Nội; Trạng thái: Đã thành lập',
    );
    expect(cellText(sheet.getCell('A3').value)).toMatch(
      /^Số liệu tại ngày: \d{2}\/\d{2}\/\d{4} · Xuất lúc: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} \(giờ Việt Nam, Asia\/Ho_Chi_Minh\) · Người xuất: Người dùng bql\.hn \(bql\.hn\) · Số dòng: 1$/,
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      STT: 1,
      'Mã KCN': 'HN-KCN-TL',
      'Tên KCN': 'Khu công nghiệp Thăng Long',
      'Loại hình': 'KCN sinh thái',
      'Tỉnh, thành phố': '01 · Thành phố Hà Nội',
      'Trạng thái': 'Đã thành lập',
      'Diện tích thành lập (ha)': 274.5,
      'Kinh độ': 105.78,
    });
    expect((row!['Từ ngày'] as Date).toISOString().slice(0, 10)).toBe('2025-08-15');
    const areaCell = sheet.getRow(6).getCell(14);
    expect(areaCell.value).toBe(274.5);
    expect(areaCell.numFmt).toBe('#,##0.00##');
  });

  it('gives the ministry the whole country, and a Board only its province', async () => {
    const all = await download(ministry, '/api/parks.xlsx');
    expect(all.rows.map((r) => r['Mã KCN']).sort()).toEqual(['BN-KCN-YP', 'HN-KCN-QO', 'HN-KCN-TL']);
    expect(cellText(all.sheet.getCell('A2').value)).toBe('Bộ lọc: không (mọi bản ghi bạn được xem)');
    const board = await download(hanoi, '/api/parks.xlsx?sort=code&order=desc');
    expect(board.rows.map((r) => r['Mã KCN'])).toEqual(['HN-KCN-TL', 'HN-KCN-QO']);
  });

  it('writes projects with capital as numbers in the column of their currency', async () => {
    const fdi = await download(ministry, '/api/projects.xlsx?origin=FDI');
    expect(cellText(fdi.sheet.getCell('A2').value)).toBe('Bộ lọc: Nguồn vốn: Có vốn đầu tư nước ngoài (FDI)');
    expect(fdi.rows).toEqual([
      expect.objectContaining({
        'Mã số dự án': '2345678901',
        'Tên dự án': 'Nhà máy linh kiện Đông Á',
        'KCN, KKT': 'Khu công nghiệp Thăng Long',
        'Tỉnh, thành phố': '01 · Thành phố Hà Nội',
        'MST doanh nghiệp': '0101234567',
        'Doanh nghiệp thực hiện': 'Công ty TNHH Điện tử Đông Á',
        'Nguồn vốn': 'Có vốn đầu tư nước ngoài (FDI)',
        'Tình trạng GCNĐKĐT': 'Còn hiệu lực',
        'Vốn đăng ký (USD)': 25000000.5,
        'Vốn đăng ký (VND)': null,
        'Diện tích đất (ha)': 3.25,
      }),
    ]);
    const ddi = await download(hanoi, '/api/projects.xlsx?q=song hong');
    expect(ddi.rows).toHaveLength(1);
    expect(ddi.rows[0]).toMatchObject({ 'Vốn đăng ký (VND)': 120000000000, 'Nguồn vốn': 'Đầu tư trong nước (DDI)' });
  });

  it('writes zones, enterprises and investors with their filters', async () => {
    const zones = await download(hanoi, '/api/zones.xlsx?type=specialised');
    expect(zones.rows).toEqual([
      expect.objectContaining({
        'Mã KKT': 'KKT-HN',
        Loại: 'Khu kinh tế chuyên biệt',
        'Tên khu kinh tế': 'Khu kinh tế Hà Nội (thử)',
      }),
    ]);
    const enterprises = await download(hanoi, '/api/enterprises.xlsx?q=dong a');
    expect(enterprises.rows).toEqual([
      expect.objectContaining({
        'Mã số thuế': '0101234567',
        'Tên doanh nghiệp': 'Công ty TNHH Điện tử Đông Á',
        'Tỉnh, thành phố': '01 · Thành phố Hà Nội',
        'Ngành (mã VSIC)': '26100',
      }),
    ]);
    const investors = await download(ministry, '/api/investors.xlsx?nationality=KR');
    expect(cellText(investors.sheet.getCell('A2').value)).toBe('Bộ lọc: Quốc tịch: KR · Hàn Quốc');
    expect(investors.rows).toEqual([
      expect.objectContaining({ 'Tên nhà đầu tư': 'Samsung Electronics', 'Quốc tịch, nơi thành lập': 'KR · Hàn Quốc' }),
    ]);
  });

  it('writes every matching row, page after page', async () => {
    const { investment } = t.app.services;
    for (let i = 0; i < 2_300; i++) {
      await investment.createInvestor(system, {
        kind: 'individual',
        name: `Trần Thị Bình ${String(i).padStart(4, '0')}`,
        nationality: 'VN',
      });
    }
    const list = await ministry.inject({ method: 'GET', url: '/api/investors?q=binh&pageSize=10' });
    expect(list.json().total).toBe(2_300);
    const { rows, sheet } = await download(ministry, '/api/investors.xlsx?q=binh');
    expect(rows).toHaveLength(2_300);
    expect(cellText(sheet.getCell('A3').value)).toContain('Số dòng: 2.300');
    expect(new Set(rows.map((r) => r['Tên nhà đầu tư'])).size).toBe(2_300);
    expect(rows.at(-1)).toMatchObject({ STT: 2_300 });
  });

  it('checks the query like the list does, and the role', async () => {
    const bad = await hanoi.inject({ method: 'GET', url: '/api/parks.xlsx?province=abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['querystring.province'].message).toBe('Mã tỉnh gồm 2 chữ số.');
    expect((await admin.inject({ method: 'GET', url: '/api/projects.xlsx' })).statusCode).toBe(403);
  });
});
