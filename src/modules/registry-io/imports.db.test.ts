import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import { cellText } from '../../platform/files/xlsx-cells';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-read';
import type { ImportJob, ImportKind } from './contract';
import { fillTemplate, type RowValues } from './fill-template';
import { IMPORT_DEFINITIONS } from './templates';

/**
 * Imports through the HTTP API: templates, all-or-nothing uploads run as jobs, row errors on
 * the right cells, scope per Board, the audit trail, and who may read a job.
 */
let t: TestContext;
let hanoi: Session; // Board officer of Hà Nội (01)
let hanoi2: Session; // another Hà Nội officer
let admin: Session;
const system = systemActor('test');

beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('bql.hn', 'board_officer', { provinceCode: '01' });
  await t.addUser('bql.hn2', 'board_leader', { provinceCode: '01' });
  await t.addUser('quan.tri', 'admin');
  [hanoi, hanoi2, admin] = await Promise.all([t.signIn('bql.hn'), t.signIn('bql.hn2'), t.signIn('quan.tri')]);
});
afterAll(() => t.close());

async function templateOf(s: Session, kind: ImportKind): Promise<Buffer> {
  const res = await s.inject({ method: 'GET', url: `/api/imports/templates/${kind}.xlsx` });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return res.rawPayload;
}

const upload = (s: Session, kind: ImportKind, data: Buffer, fileName = 'tep-thu.xlsx') =>
  s.inject({
    method: 'POST',
    url: `/api/imports/${kind}?fileName=${encodeURIComponent(fileName)}`,
    payload: data,
    headers: { 'content-type': XLSX_CONTENT_TYPE },
  });

/** Uploads a file and polls its job to the end, as the web page does. */
async function importFile(s: Session, kind: ImportKind, rows: Record<string, RowValues[]>): Promise<ImportJob> {
  const file = await fillTemplate(await templateOf(s, kind), IMPORT_DEFINITIONS[kind], rows);
  const res = await upload(s, kind, file);
  expect(res.statusCode, res.body).toBe(202);
  const started = res.json() as ImportJob;
  expect(started.status).toBe('running');
  for (let i = 0; i < 600; i++) {
    const job = (await s.inject({ method: 'GET', url: `/api/imports/jobs/${started.id}` })).json() as ImportJob;
    if (job.phase === 'done') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import did not finish');
}

const problemsOf = (job: ImportJob) => job.problems.map((p) => [p.sheet, p.row, p.column, p.header, p.message]);

const count = async (table: string) =>
  Number((await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n);

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  return res;
}

describe('templates', () => {
  it('downloads each kind as an .xlsx with a Vietnamese file name', async () => {
    const res = ok(await hanoi.inject({ method: 'GET', url: '/api/imports/templates/parks.xlsx' }));
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('mau-nhap-khu-cong-nghiep.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Khu công nghiệp', 'Hướng dẫn', 'Danh mục']);
    // the lists sheet carries the 34 provinces in force, with Vietnamese names intact
    const lists = workbook.getWorksheet('Danh mục')!;
    const values: string[] = [];
    lists.eachRow((row) => row.eachCell((cell) => values.push(cellText(cell.value))));
    expect(values).toContain('01 · Thành phố Hà Nội');
    expect(values).toContain('24 · Tỉnh Bắc Ninh');
    expect(values).toContain('24 · Tỉnh Bắc Giang'); // the 63 before the merger, for reference
    expect(values.filter((v) => v === 'Tỉnh, thành phố (34 đơn vị từ 01/07/2025)')).toHaveLength(1);
  });

  it('refuses an unknown kind with 400 and a caller outside the Boards with 403', async () => {
    const unknown = await hanoi.inject({ method: 'GET', url: '/api/imports/templates/lands.xlsx' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Loại dữ liệu nhập phải là một trong');
    expect((await admin.inject({ method: 'GET', url: '/api/imports/templates/parks.xlsx' })).statusCode).toBe(403);
  });
});

describe('an import that succeeds', () => {
  it('writes every row through the services, each with its audit row, and one for the import', async () => {
    const job = await importFile(hanoi, 'enterprises', {
      'Doanh nghiệp': [
        {
          taxCode: '0101234567',
          nameVi: 'Công ty TNHH Điện tử Đông Á',
          nameForeign: 'Dong A Electronics Co., Ltd',
          province: '01 · Thành phố Hà Nội',
          commune: 'Xã Thiên Lộc',
          sectors: '26100; 2640',
        },
        { taxCode: 100113872, nameVi: 'Tổng công ty Phát triển hạ tầng Thăng Long', province: 'Hà Nội' },
      ],
    });
    expect(problemsOf(job)).toEqual([]);
    expect(job).toMatchObject({ status: 'succeeded', created: 2, total: 2, fileName: 'tep-thu.xlsx' });
    expect(job.message?.vi).toBe('Đã ghi 2 bản ghi.');
    const list = await t.app.services.investment.findEnterprises(system, { q: 'dong a', page: 1, pageSize: 10 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      taxCode: '0101234567',
      nameVi: 'Công ty TNHH Điện tử Đông Á',
      adminUnitId: '34:01',
      sectors: ['26100', '2640'],
    });
    const audit = await t.database.query<{ action: string; actor_label: string; after: Record<string, unknown> }>(
      "select action, actor_label, after from audit_log where action in ('enterprise.create', 'registry.import') order by id",
    );
    expect(audit.map((a) => [a.action, a.actor_label])).toEqual([
      ['enterprise.create', 'bql.hn'],
      ['enterprise.create', 'bql.hn'],
      ['registry.import', 'bql.hn'],
    ]);
    expect(audit[2]!.after).toMatchObject({ kind: 'enterprises', fileName: 'tep-thu.xlsx', rows: 2, created: 2 });
  });

  it('imports zones, then parks that name their KKT and developer by code and tax code', async () => {
    const zones = await importFile(hanoi, 'zones', {
      'Khu kinh tế': [
        {
          code: 'KKT-HN-01',
          name: 'Khu kinh tế chuyên biệt Hà Nội (thử)',
          type: 'Khu kinh tế chuyên biệt',
          province: '01 · Thành phố Hà Nội',
          decisionNo: '12/QĐ-TTg',
          decisionDate: new Date(Date.UTC(2024, 2, 15)),
          landHa: '1.250,75',
        },
      ],
    });
    expect(problemsOf(zones)).toEqual([]);
    const parks = await importFile(hanoi, 'parks', {
      'Khu công nghiệp': [
        {
          code: 'HN-KCN-TL2',
          name: 'Khu công nghiệp Thăng Long II (thử)',
          kinds: 'KCN sinh thái',
          zone: 'KKT-HN-01 · Khu kinh tế chuyên biệt Hà Nội (thử)',
          province: '01 · Thành phố Hà Nội',
          developer: '0100113872',
          leaseYears: 50,
          lon: 105.78,
          lat: 21.13,
          eventKind: 'Thành lập',
          eventDate: '22/11/2024',
          act: 'Cấp Giấy chứng nhận đăng ký đầu tư',
          area: 274.5,
          decisionNo: '1059/QĐ-TTg',
          decisionDate: '22/11/2024',
        },
        {
          code: 'HN-KCN-QH',
          name: 'KCN Quy hoạch (thử)',
          province: 'Hà Nội',
          eventKind: 'Đưa vào quy hoạch',
          eventDate: '01/03/2025',
          approved: 'Không',
        },
      ],
    });
    expect(problemsOf(parks)).toEqual([]);
    const found = await t.app.services.zones.findParks(system, { q: 'HN-KCN-TL2' });
    const park = await t.app.services.zones.getPark(system, found.items[0]!.id);
    expect(park).toMatchObject({
      name: 'Khu công nghiệp Thăng Long II (thử)',
      kinds: ['eco'],
      locationClass: 'in_specialised_kkt',
      // established before 1 July 2025: the unit of its time (Hà Nội exists in both editions)
      adminUnitId: '63:01',
      status: 'established',
      establishedArea: '274.5',
      landLeaseTermYears: 50,
    });
    expect(park.developerEnterpriseId).not.toBeNull();
    const planned = await t.app.services.zones.findParks(system, { q: 'HN-KCN-QH' });
    expect(planned.items[0]!.status).toBe('planned_unapproved');
  });
});

describe('an import with bad rows', () => {
  it('writes nothing and reports every bad row and column, from the reader, the contract and the services', async () => {
    const before = await Promise.all(['enterprises', 'audit_log'].map(count));
    const job = await importFile(hanoi, 'enterprises', {
      'Doanh nghiệp': [
        { taxCode: '0109999001', nameVi: 'Công ty Cổ phần Hồng Hà', province: 'Hà Nội' }, // 3: fine
        { taxCode: '12345', nameVi: 'Mã số thuế sai', province: 'Hà Nội' }, // 4: contract
        { taxCode: '0109999002', province: 'Hà Nội' }, // 5: required
        { taxCode: '0109999003', nameVi: 'Tỉnh không có', province: 'Gotham' }, // 6: reference
        { taxCode: '0109999001', nameVi: 'Trùng mã số thuế với dòng 3', province: 'Hà Nội' }, // 7: service (409)
        { taxCode: '0101234567', nameVi: 'Trùng doanh nghiệp đã có', province: 'Hà Nội' }, // 8: service (409)
        { taxCode: '0109999004', nameVi: 'Ngành sai', province: 'Hà Nội', sectors: 'XYZ' }, // 9: contract, array item
      ],
    });
    expect(job.status).toBe('rejected');
    expect(job.created).toBeNull();
    expect(job.rowsWithProblems).toBe(6);
    expect(problemsOf(job)).toEqual([
      [
        'Doanh nghiệp',
        4,
        'A',
        'Mã số thuế',
        'Mã số thuế gồm 10 chữ số (0123456789), hoặc 13 chữ số cho đơn vị phụ thuộc (0123456789-001).',
      ],
      [
        'Doanh nghiệp',
        5,
        'B',
        'Tên doanh nghiệp (tiếng Việt)',
        'Cột "Tên doanh nghiệp (tiếng Việt)" bắt buộc, không được để trống.',
      ],
      ['Doanh nghiệp', 6, 'E', 'Tỉnh, thành phố', expect.stringContaining('Không có tỉnh, thành phố "Gotham"')],
      ['Doanh nghiệp', 7, 'A', 'Mã số thuế', 'Mã số thuế 0109999001 đã có doanh nghiệp khác.'],
      ['Doanh nghiệp', 8, 'A', 'Mã số thuế', 'Mã số thuế 0101234567 đã có doanh nghiệp khác.'],
      ['Doanh nghiệp', 9, 'H', 'Ngành kinh tế (mã VSIC)', 'Mã ngành VSIC là một chữ cái (A–U) hoặc 2–5 chữ số.'],
    ]);
    expect(job.problems.every((p) => p.messageEn.length > 0 && p.headerEn)).toBe(true);
    expect(job.message?.vi).toContain('Không ghi dữ liệu nào');
    // nothing written: not the good row 3, not an audit row
    expect(await Promise.all(['enterprises', 'audit_log'].map(count))).toEqual(before);
  });

  it('lets the uploader download the problems as a workbook', async () => {
    const job = await importFile(hanoi, 'investors', {
      'Nhà đầu tư': [{ kind: 'Tổ chức', name: 'Công ty Ma', nationality: 'Narnia' }],
    });
    expect(problemsOf(job)).toEqual([
      ['Nhà đầu tư', 3, 'C', 'Quốc tịch, nơi thành lập', expect.stringContaining('Không có quốc gia "Narnia"')],
    ]);
    const res = ok(await hanoi.inject({ method: 'GET', url: `/api/imports/jobs/${job.id}/errors.xlsx` }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Lỗi')!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Trang tính',
      'Dòng',
      'Cột',
      'Tiêu đề cột',
      'Lỗi',
      'Problem (English)',
    ]);
    expect(sheet.getRow(5).getCell(1).value).toBe('Nhà đầu tư');
    expect(sheet.getRow(5).getCell(2).value).toBe(3);
    expect(String(sheet.getRow(5).getCell(5).value)).toContain('Narnia');
  });

  it('answers 415 for a file that is not a workbook, and 400 for an empty template', async () => {
    const csv = await upload(hanoi, 'enterprises', Buffer.from('ma so thue,ten\n0101234567,Đông Á'));
    expect(csv.statusCode).toBe(415);
    expect(csv.json().error.message).toContain('.xlsx');
    const empty = await importFile(hanoi, 'enterprises', {});
    expect(empty.status).toBe('rejected');
    expect(empty.problems[0]!.message).toContain('không có dòng dữ liệu nào');
  });

  it('takes a large upload beyond the JSON body limit', async () => {
    // The test app's JSON limit is 64 KiB; this workbook is several times that.
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'Cá nhân',
      name: `Nhà đầu tư thử nghiệm có tên khá dài số ${i}`,
      nationality: i % 2 ? 'KR · Hàn Quốc' : 'JP',
      identifier: `HC-${i}`,
    }));
    const file = await fillTemplate(await templateOf(hanoi, 'investors'), IMPORT_DEFINITIONS.investors, {
      'Nhà đầu tư': rows,
    });
    expect(file.length).toBeGreaterThan(64 * 1024);
    const res = await upload(hanoi, 'investors', file);
    expect(res.statusCode, res.body).toBe(202);
    let job = res.json() as ImportJob;
    while (job.phase !== 'done') {
      await new Promise((r) => setTimeout(r, 100));
      job = (await hanoi.inject({ method: 'GET', url: `/api/imports/jobs/${job.id}` })).json();
    }
    expect(job).toMatchObject({ status: 'succeeded', created: 3000 });
  });
});

describe('scope', () => {
  it('reports a Board’s row of another province as a row error on the province, and writes nothing', async () => {
    const before = await count('industrial_parks');
    const job = await importFile(hanoi, 'parks', {
      'Khu công nghiệp': [
        { code: 'HN-KCN-OK', name: 'KCN Hà Nội (thử)', province: '01 · Thành phố Hà Nội' },
        { code: 'BN-KCN-YP', name: 'KCN Yên Phong (của Bắc Ninh)', province: '24 · Tỉnh Bắc Ninh' },
      ],
    });
    expect(problemsOf(job)).toEqual([
      ['Khu công nghiệp', 4, 'F', 'Tỉnh, thành phố', expect.stringContaining('Ngoài phạm vi của bạn')],
    ]);
    expect(await count('industrial_parks')).toBe(before);
  });
});

describe('jobs', () => {
  it('shows a job to its uploader and administrators only', async () => {
    const job = await importFile(hanoi, 'investors', {
      'Nhà đầu tư': [
        { kind: 'Tổ chức', name: 'Samsung Electronics Co., Ltd.', nationality: 'KR', identifier: '1301110006246' },
      ],
    });
    expect(job.status).toBe('succeeded');
    const url = `/api/imports/jobs/${job.id}`;
    expect((await hanoi.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await admin.inject({ method: 'GET', url })).statusCode).toBe(200);
    const other = await hanoi2.inject({ method: 'GET', url });
    expect(other.statusCode).toBe(403);
    expect((await hanoi2.inject({ method: 'GET', url: `${url}/errors.xlsx` })).statusCode).toBe(403);
    const missing = await hanoi.inject({
      method: 'GET',
      url: '/api/imports/jobs/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('runs one import at a time per user', async () => {
    const file = await fillTemplate(await templateOf(hanoi2, 'investors'), IMPORT_DEFINITIONS.investors, {
      'Nhà đầu tư': Array.from({ length: 300 }, (_, i) => ({ kind: 'Cá nhân', name: `NĐT ${i}`, nationality: 'VN' })),
    });
    const first = await upload(hanoi2, 'investors', file);
    const second = await upload(hanoi2, 'investors', file);
    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(409);
    let job = first.json() as ImportJob;
    while (job.phase !== 'done') {
      await new Promise((r) => setTimeout(r, 50));
      job = (await hanoi2.inject({ method: 'GET', url: `/api/imports/jobs/${job.id}` })).json();
    }
    expect(job.status).toBe('succeeded');
  });
});
