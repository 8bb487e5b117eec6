import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import { systemActor, type UserActor } from '../../platform/auth/actor';
import type { ImportJob, ImportKind } from './contract';
import { fillTemplate, type RowValues } from './fill-template';
import { IMPORT_DEFINITIONS } from './templates';

/**
 * Projects with their investors (two sheets) and certificate events: the investment rules
 * (FDI/DDI from the investors, the currency of the origin, shares adding up to 100, the event
 * history) apply exactly as through the API, and their errors land on the right sheet and cell.
 */
let t: TestContext;
let officer: UserActor; // Board officer of Hà Nội
const system = systemActor('test');

beforeAll(async () => {
  t = await createTestContext();
  const user = await t.addUser('bql.hn', 'board_officer', { provinceCode: '01' });
  officer = {
    kind: 'user',
    id: user.id,
    username: 'bql.hn',
    displayName: 'Lê Thu Hà',
    role: 'board_officer',
    scope: { provinceCode: '01', enterpriseId: null },
    locale: 'vi',
  };
  const { zones, investment } = t.app.services;
  await zones.createPark(system, {
    code: 'HN-KCN-TL',
    name: 'Khu công nghiệp Thăng Long',
    kinds: [],
    adminUnitId: '34:01',
  });
  await zones.createPark(system, {
    code: 'BN-KCN-YP',
    name: 'Khu công nghiệp Yên Phong',
    kinds: [],
    adminUnitId: '34:24',
  });
  await zones.createZone(system, {
    code: 'KKT-HN',
    name: 'Khu kinh tế thử Hà Nội',
    type: 'specialised',
    adminUnitId: '34:01',
  });
  await investment.createEnterprise(system, {
    taxCode: '0101234567',
    nameVi: 'Công ty TNHH Điện tử Đông Á',
    adminUnitId: '34:01',
    sectors: [],
  });
  await investment.createInvestor(system, {
    kind: 'organisation',
    name: 'Samsung Electronics Co., Ltd.',
    nationality: 'KR',
    identifier: '1301110006246',
  });
  await investment.createInvestor(system, {
    kind: 'organisation',
    name: 'Canon Inc.',
    nationality: 'JP',
    identifier: 'JP-0001',
  });
  await investment.createInvestor(system, {
    kind: 'organisation',
    name: 'Công ty Cổ phần Sông Hồng',
    nationality: 'VN',
    identifier: '0100100100',
  });
  await investment.createInvestor(system, { kind: 'individual', name: 'Nguyễn Văn An', nationality: 'VN' });
  await investment.createInvestor(system, { kind: 'individual', name: 'Nguyễn Văn An', nationality: 'VN' });
  await investment.addExchangeRate(systemActor('rates'), {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2024-01-02',
    source: 'NHNN tỷ giá trung tâm',
  });
});
afterAll(() => t.close());

async function run(kind: ImportKind, rows: Record<string, RowValues[]>): Promise<ImportJob> {
  const io = t.app.services.registryIo;
  const file = await fillTemplate((await io.template(officer, kind)).data, IMPORT_DEFINITIONS[kind], rows);
  return io.importNow(officer, kind, file, `${kind}.xlsx`);
}

const problemsOf = (job: ImportJob) => job.problems.map((p) => [p.sheet, p.row, p.column, p.message]);
const count = async (table: string) =>
  Number((await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n);
const projectByCode = async (code: string) => {
  const page = await t.app.services.investment.findProjects(system, {
    q: code,
    sort: 'projectCode',
    order: 'asc',
    page: 1,
    pageSize: 5,
  });
  const found = page.items.find((p) => p.projectCode === code);
  return found ? t.app.services.investment.getProject(system, found.id) : null;
};

const issue = { type: 'Sản xuất, kinh doanh', land: '2,5', date: '15/03/2019' };

describe('projects', () => {
  it('registers FDI and domestic projects with their investors and shares', async () => {
    const job = await run('projects', {
      'Dự án': [
        {
          code: '2345678901',
          name: 'Nhà máy linh kiện điện tử Đông Á',
          enterprise: '0101234567',
          locationKind: 'Trong KCN',
          park: 'HN-KCN-TL · Khu công nghiệp Thăng Long',
          sectors: '26100',
          capital: 25_000_000,
          currency: 'USD',
          charter: '8.000.000',
          objectives: 'Sản xuất linh kiện điện tử; Xuất khẩu',
          ...issue,
        },
        {
          code: '2345678902',
          name: 'Trung tâm logistics Sông Hồng',
          locationKind: 'Trong KKT, ngoài KCN',
          zone: 'KKT-HN',
          capital: '120.000.000.000',
          currency: 'VND',
          ...issue,
        },
      ],
      'Nhà đầu tư góp vốn': [
        { code: '2345678901', investor: '1301110006246', share: 60 },
        { code: '2345678901', investor: 'Canon Inc.', nationality: 'JP · Nhật Bản', share: '40' },
        { code: '2345678902', investor: '0100100100', share: 100 },
      ],
    });
    expect(problemsOf(job)).toEqual([]);
    expect(job).toMatchObject({ status: 'succeeded', created: 2 });
    const fdi = await projectByCode('2345678901');
    expect(fdi).toMatchObject({
      name: 'Nhà máy linh kiện điện tử Đông Á',
      enterprise: { taxCode: '0101234567' },
      location: { kind: 'park', provinceCode: '01' },
      certificate: {
        status: 'valid',
        registeredCapital: { value: '25000000', currency: 'USD' },
        charterCapital: { value: '8000000', currency: 'USD' },
        landAreaHa: '2.5',
      },
      origin: { origin: 'FDI' },
    });
    expect(fdi!.certificate.objectives).toEqual(['Sản xuất linh kiện điện tử', 'Xuất khẩu']);
    expect(fdi!.investors.map((i) => [i.name, i.share])).toEqual([
      ['Samsung Electronics Co., Ltd.', '60'],
      ['Canon Inc.', '40'],
    ]);
    const ddi = await projectByCode('2345678902');
    expect(ddi).toMatchObject({
      location: { kind: 'zone' },
      certificate: { registeredCapital: { value: '120000000000', currency: 'VND' }, charterCapital: null },
      origin: { origin: 'DDI' },
    });
  });

  it('rejects the file and pins every problem, on both sheets, and writes nothing', async () => {
    const before = await Promise.all(['projects', 'project_investors', 'certificate_events', 'audit_log'].map(count));
    const job = await run('projects', {
      'Dự án': [
        // 3: domestic investors but capital in USD (the currency follows the origin)
        {
          code: 'P-3',
          name: 'Dự án vốn trong nước ghi USD',
          locationKind: 'Trong KCN',
          park: 'HN-KCN-TL',
          capital: 1000,
          currency: 'USD',
          ...issue,
        },
        // 4: shares add up to 90
        {
          code: 'P-4',
          name: 'Dự án thiếu tỷ lệ',
          locationKind: 'Trong KCN',
          park: 'HN-KCN-TL',
          capital: 1000,
          currency: 'USD',
          ...issue,
        },
        // 5: a park of Bắc Ninh: outside the Board's province
        {
          code: 'P-5',
          name: 'Dự án ở Bắc Ninh',
          locationKind: 'Trong KCN',
          park: 'BN-KCN-YP',
          capital: 1000,
          currency: 'USD',
          ...issue,
        },
        // 6: no park code, and an unknown investor on the other sheet
        { code: 'P-6', name: 'Dự án thiếu KCN', locationKind: 'Trong KCN', capital: 1000, currency: 'USD', ...issue },
        // 7: the code of an existing project, and an ambiguous investor name
        {
          code: '2345678901',
          name: 'Trùng mã',
          locationKind: 'Trong KCN',
          park: 'HN-KCN-TL',
          capital: 1000,
          currency: 'VND',
          ...issue,
        },
        // 8: a certificate issued in the future
        {
          code: 'P-8',
          name: 'Cấp trong tương lai',
          locationKind: 'Trong KCN',
          park: 'HN-KCN-TL',
          capital: 1000,
          currency: 'USD',
          ...issue,
          date: '01/01/2099',
        },
      ],
      'Nhà đầu tư góp vốn': [
        { code: 'P-3', investor: '0100100100', share: 100 }, // 3
        { code: 'P-4', investor: '1301110006246', share: 50 }, // 4
        { code: 'P-4', investor: 'JP-0001', share: 40 }, // 5
        { code: 'P-5', investor: 'JP-0001', share: 100 }, // 6
        { code: 'P-6', investor: 'Không có ai', share: 100 }, // 7
        { code: '2345678901', investor: 'Nguyễn Văn An', share: 100 }, // 8
        { code: 'P-8', investor: 'JP-0001', share: 100 }, // 9
        { code: 'P-404', investor: 'JP-0001', share: 100 }, // 10: no such project row
      ],
    });
    expect(job.status).toBe('rejected');
    const main = 'Dự án';
    const shares = 'Nhà đầu tư góp vốn';
    expect(problemsOf(job)).toEqual([
      [main, 3, 'N', expect.stringContaining('ghi vốn đăng ký bằng VND, không bằng USD')],
      [main, 5, 'E', expect.stringContaining('Ngoài phạm vi của bạn')],
      [main, 6, 'E', 'Hãy ghi mã KCN khi dự án nằm trong KCN.'],
      [main, 8, 'J', expect.stringContaining('chưa đến')],
      [shares, 4, 'D', expect.stringContaining('100')],
      [shares, 7, 'B', 'Không tìm thấy nhà đầu tư "Không có ai" trong cơ sở dữ liệu.'],
      [shares, 8, 'B', expect.stringContaining('Có 2 nhà đầu tư "Nguyễn Văn An"')],
      [shares, 10, 'A', 'Mã số dự án này không có trong trang "Dự án".'],
    ]);
    expect(await Promise.all(['projects', 'project_investors', 'certificate_events', 'audit_log'].map(count))).toEqual(
      before,
    );
  });
});

describe('certificate events', () => {
  it('records adjustments with new investors, and terminations, in file order', async () => {
    const job = await run('certificate-events', {
      'Sự kiện GCNĐKĐT': [
        {
          code: '2345678901',
          kind: 'Điều chỉnh',
          date: '20/06/2023',
          capitalDelta: 5_000_000,
          charterDelta: -2_000_000,
          landDelta: '0,5',
          documentNo: '15/QĐ-BQL',
        },
        { code: '2345678901', kind: 'Cấp lại', date: '01/08/2023', certificateNo: '2345678901-R1' },
        // an increase of a VND project given in USD, converted with the State Bank rate of the day
        {
          code: '2345678902',
          kind: 'Điều chỉnh',
          date: '10/01/2024',
          capitalDelta: 400_000,
          currency: 'USD',
          rateDate: '10/01/2024',
        },
        {
          code: '2345678902',
          kind: 'Chấm dứt hoạt động',
          date: '15/02/2024',
          documentNo: '30/QĐ-BQL',
          capitalAtEnd: '130.000.000.000',
        },
      ],
      'Nhà đầu tư sau điều chỉnh': [{ code: '2345678901', date: '20/06/2023', investor: '1301110006246', share: 100 }],
    });
    expect(problemsOf(job)).toEqual([]);
    expect(job.created).toBe(4);
    const fdi = await projectByCode('2345678901');
    expect(fdi!.events.map((e) => e.kind)).toEqual(['issued', 'adjusted', 'reissued']);
    expect(fdi!.certificate).toMatchObject({
      registeredCapital: { value: '30000000', currency: 'USD' },
      charterCapital: { value: '6000000', currency: 'USD' },
      landAreaHa: '3',
      lastAdjustedOn: '2023-06-20',
    });
    expect(fdi!.investors.map((i) => [i.name, i.share])).toEqual([['Samsung Electronics Co., Ltd.', '100']]);
    const ddi = await projectByCode('2345678902');
    expect(ddi!.certificate).toMatchObject({ status: 'terminated', endedOn: '2024-02-15', endDocumentNo: '30/QĐ-BQL' });
    expect(ddi!.events[1]!.exchangeRate).toMatchObject({ from: 'USD', to: 'VND', rate: '25000' });
  });

  it('reports cells that do not fit the event, rule breaks of the history and unknown projects', async () => {
    const before = await count('certificate_events');
    const job = await run('certificate-events', {
      'Sự kiện GCNĐKĐT': [
        { code: '2345678901', kind: 'Cấp lại', date: '01/09/2023', capitalDelta: 100 }, // 3: not for a re-issue
        { code: '2345678901', kind: 'Điều chỉnh', date: '01/01/2018', capitalDelta: 100 }, // 4: before the issue
        { code: '9999999999', kind: 'Điều chỉnh', date: '01/01/2024', capitalDelta: 100 }, // 5: no such project
        { code: '2345678902', kind: 'Điều chỉnh', date: '01/03/2024', capitalDelta: 100 }, // 6: after termination
        { code: '2345678901', kind: 'Thu hồi', date: '01/03/2024', capitalAtEnd: 100 }, // 7: no document number
      ],
      'Nhà đầu tư sau điều chỉnh': [{ code: '2345678901', date: '02/02/2024', investor: 'JP-0001', share: 100 }], // 3: no such adjustment
    });
    expect(job.status).toBe('rejected');
    expect(problemsOf(job)).toEqual([
      ['Sự kiện GCNĐKĐT', 3, 'F', 'Ô này không dùng cho sự kiện "Cấp lại"; hãy để trống.'],
      ['Sự kiện GCNĐKĐT', 4, 'C', expect.any(String)],
      ['Sự kiện GCNĐKĐT', 5, 'A', 'Không tìm thấy dự án có mã số "9999999999" trong cơ sở dữ liệu.'],
      ['Sự kiện GCNĐKĐT', 6, 'B', 'Không có sự kiện nào sau khi giấy chứng nhận đã bị chấm dứt (2024-02-15).'],
      ['Sự kiện GCNĐKĐT', 7, 'E', 'Cần số văn bản thu hồi/chấm dứt.'],
      ['Sự kiện GCNĐKĐT', 7, 'G', expect.stringContaining('khác vốn đăng ký hiện hành (30000000 USD)')],
      [
        'Nhà đầu tư sau điều chỉnh',
        3,
        'B',
        'Không có dòng điều chỉnh nào của dự án này vào ngày này ở trang "Sự kiện GCNĐKĐT".',
      ],
    ]);
    expect(await count('certificate_events')).toBe(before);
  });
});
