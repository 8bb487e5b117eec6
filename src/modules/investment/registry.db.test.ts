import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * The investment registry through its API: enterprises, investors, State Bank rates, projects
 * and their certificate events, read back as of any date. Parks come from the zones service.
 */
let t: TestContext;
let bn: Session; // Board officer of Bắc Ninh (34:24, formed from old Bắc Giang 63:24 and old Bắc Ninh 63:27)
let hp: Session; // Board officer of Hải Phòng
let ministry: Session;
let parkYenPhong: string; // in old Bắc Ninh (63:27)
const inv: Record<string, string> = {};

const system = systemActor('test');

beforeAll(async () => {
  t = await createTestContext();
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  [bn, hp, ministry] = await Promise.all([t.signIn('bql.bn'), t.signIn('bql.hp'), t.signIn('bo.tc')]);
  const park = await t.app.services.zones.createPark(system, {
    code: 'KCN-YP-T',
    name: 'KCN Yên Phong (thử)',
    kinds: [],
    adminUnitId: '63:27',
  });
  parkYenPhong = park.id;
});
afterAll(() => t.close());

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
function failed(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json().error as {
    code: string;
    message: string;
    messageEn: string;
    fields?: Record<string, { message: string; messageEn: string }>;
  };
}
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });
const patch = (s: Session, url: string, payload: unknown) => s.inject({ method: 'PATCH', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

async function auditOf(entityId: string) {
  return t.database.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
    'select action, actor_label, before, after from audit_log where entity_id = $1 order by id',
    [entityId],
  );
}

describe('enterprises', () => {
  let donga: { id: string; updatedAt: string };
  let quangChau: { id: string };

  it('creates an enterprise with an audit row; a second one with the same tax code is 409', async () => {
    donga = ok(
      await post(bn, '/api/enterprises', {
        taxCode: '2300123456',
        nameVi: 'Công ty TNHH Điện tử Đông Á',
        nameForeign: 'Dong A Electronics Co., Ltd',
        adminUnitId: '63:27',
        sectors: ['26', '2610'],
      }),
      201,
    );
    expect(donga).toMatchObject({ taxCode: '2300123456', provinceCode: '24', sectors: ['26', '2610'] });
    const [entry] = await auditOf(donga.id);
    expect(entry).toMatchObject({
      action: 'enterprise.create',
      actor_label: 'bql.bn',
      after: { taxCode: '2300123456' },
    });

    const twice = failed(
      await post(bn, '/api/enterprises', { taxCode: '2300123456', nameVi: 'Trùng', adminUnitId: '34:24' }),
      409,
    );
    expect(twice.fields?.['body.taxCode']?.message).toBe('Mã số thuế 2300123456 đã có doanh nghiệp khác.');

    const branch = ok(
      await post(bn, '/api/enterprises', {
        taxCode: '2300123456001',
        nameVi: 'Chi nhánh Đông Á',
        adminUnitId: '34:24',
      }),
      201,
    );
    expect(branch.taxCode).toBe('2300123456-001');
    const sameBranch = await post(bn, '/api/enterprises', {
      taxCode: '2300123456-001',
      nameVi: 'Chi nhánh trùng',
      adminUnitId: '34:24',
    });
    expect(sameBranch.statusCode).toBe(409);

    const bad = failed(
      await post(bn, '/api/enterprises', { taxCode: '12345', nameVi: 'X', adminUnitId: '34:24' }),
      400,
    );
    expect(bad.fields?.['body.taxCode']?.message).toMatch(/10 chữ số/);
    expect(bad.fields?.['body.taxCode']?.messageEn).toMatch(/10 digits/);
    const unit = failed(
      await post(bn, '/api/enterprises', { taxCode: '2300999999', nameVi: 'X', adminUnitId: '34:99' }),
      400,
    );
    expect(unit.fields).toHaveProperty('body.adminUnitId');
  });

  it('lets only the Board of the province edit it, with optimistic concurrency', async () => {
    expect(
      (await post(hp, '/api/enterprises', { taxCode: '2300777777', nameVi: 'Ngoài tỉnh', adminUnitId: '63:27' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await patch(hp, `/api/enterprises/${donga.id}`, { updatedAt: donga.updatedAt, nameVi: 'Sửa trái phép' }))
        .statusCode,
    ).toBe(403);
    const edited = ok(
      await patch(bn, `/api/enterprises/${donga.id}`, {
        updatedAt: donga.updatedAt,
        nameVi: 'Công ty TNHH Điện tử Đông Á Việt Nam',
      }),
    );
    expect(edited.nameVi).toBe('Công ty TNHH Điện tử Đông Á Việt Nam');
    const stale = failed(
      await patch(bn, `/api/enterprises/${donga.id}`, { updatedAt: donga.updatedAt, nameVi: 'Cũ' }),
      409,
    );
    expect(stale.message).toBe('Doanh nghiệp đã được người khác sửa. Hãy tải lại.');
    donga = edited;
    const entries = await auditOf(donga.id);
    expect(entries.map((e) => e.action)).toEqual(['enterprise.create', 'enterprise.update']);
    expect(entries[1]).toMatchObject({ before: { nameVi: 'Công ty TNHH Điện tử Đông Á' } });
  });

  it('finds by name or tax code without accents, and by province as of a date', async () => {
    quangChau = ok(
      await post(bn, '/api/enterprises', {
        taxCode: '2400111222',
        nameVi: 'Công ty CP Đầu tư Quang Châu',
        adminUnitId: '63:24',
      }),
      201,
    );
    const names = async (query: string, s = bn) =>
      (ok(await get(s, `/api/enterprises?${query}`)).items as { id: string }[]).map((e) => e.id);
    expect(await names('q=dien tu dong a')).toEqual([donga.id]);
    expect(await names('q=ĐÔNG Á VIỆT')).toEqual([donga.id]);
    expect(await names('q=2400111')).toEqual([quangChau.id]);
    // Today both old provinces are Bắc Ninh (24); in 2024, code 24 was Bắc Giang and 27 Bắc Ninh.
    expect(await names('province=24&q=cong ty')).toEqual(expect.arrayContaining([donga.id, quangChau.id]));
    expect(await names('province=24&asOf=2024-06-01')).toEqual([quangChau.id]);
    expect(await names('province=27&asOf=2024-06-01&q=dong a')).toEqual([donga.id]);
    expect(await names('q=cong ty', hp)).toEqual([]);
    const page = ok(await get(ministry, '/api/enterprises?pageSize=1&page=2'));
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items).toHaveLength(1);
  });

  it('lets the enterprise keep its own contact details, and nothing else', async () => {
    await t.addUser('dn.donga', 'enterprise', { enterpriseId: donga.id });
    const self = await t.signIn('dn.donga');
    const updated = ok(
      await patch(self, `/api/enterprises/${donga.id}/contact`, {
        updatedAt: donga.updatedAt,
        address: 'Lô A1, KCN Yên Phong',
        legalRepresentative: 'Kim Min-jun',
      }),
    );
    expect(updated).toMatchObject({ address: 'Lô A1, KCN Yên Phong', legalRepresentative: 'Kim Min-jun' });
    expect((await auditOf(donga.id)).at(-1)?.action).toBe('enterprise.update_contact');
    expect(
      (await patch(self, `/api/enterprises/${donga.id}`, { updatedAt: updated.updatedAt, nameVi: 'Tự đổi tên' }))
        .statusCode,
    ).toBe(403);
    expect((await get(self, `/api/enterprises/${quangChau.id}`)).statusCode).toBe(403);
    expect(
      (
        await patch(self, `/api/enterprises/${quangChau.id}/contact`, {
          updatedAt: new Date().toISOString(),
          address: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(ok(await get(self, '/api/enterprises')).items.map((e: { id: string }) => e.id)).toEqual([donga.id]);
  });
});

describe('exchange rates', () => {
  it('are entered by the ministry and read as the latest rate on or before a day', async () => {
    const june = ok(
      await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '25450', date: '2025-06-30' }),
      201,
    );
    expect(june).toMatchObject({ rate: '25450', source: 'NHNN tỷ giá trung tâm' });
    ok(
      await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '25100.5', date: '2025-03-31' }),
      201,
    );
    expect(
      (await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '1', date: '2025-06-30' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await post(bn, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '1', date: '2025-07-01' })).statusCode,
    ).toBe(403);
    const same = failed(
      await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'USD', rate: '1', date: '2025-07-01' }),
      400,
    );
    expect(same.fields?.['body.to']?.message).toBe('Hai loại tiền phải khác nhau.');

    const list = ok(await get(bn, '/api/exchange-rates?from=USD&dateFrom=2025-01-01&dateTo=2025-12-31'));
    expect(list.items.map((r: { date: string }) => r.date)).toEqual(['2025-06-30', '2025-03-31']);
    expect(ok(await get(bn, '/api/exchange-rates/on?from=USD&to=VND&date=2025-05-15')).rate).toBe('25100.5');
    expect(ok(await get(bn, '/api/exchange-rates/on?from=USD&to=VND&date=2025-07-01')).id).toBe(june.id);
    expect((await get(bn, '/api/exchange-rates/on?from=USD&to=VND&date=2024-01-01')).statusCode).toBe(404);
  });
});

describe('investors', () => {
  it('are created by Boards with the nationality as an ISO code and searched without accents', async () => {
    const samsung = ok(
      await post(bn, '/api/investors', {
        kind: 'organisation',
        name: 'Samsung Electronics Co., Ltd.',
        nationality: 'KR',
      }),
      201,
    );
    inv.samsung = samsung.id;
    inv.an = ok(
      await post(bn, '/api/investors', { kind: 'individual', name: 'Nguyễn Văn An', nationality: 'VN' }),
      201,
    ).id;
    inv.binh = ok(
      await post(hp, '/api/investors', {
        kind: 'individual',
        name: 'Trần Thị Bình',
        nationality: 'VN',
        identifier: '001190000001',
      }),
      201,
    ).id;
    // A Vietnamese company 30 % foreign-owned: a domestic investor under Art. 23(1).
    inv.vnco = ok(
      await post(bn, '/api/investors', {
        kind: 'organisation',
        name: 'Công ty CP Linh kiện Việt',
        nationality: 'VN',
        foreignShare: '30',
      }),
      201,
    ).id;
    expect((await auditOf(samsung.id))[0]?.action).toBe('investor.create');

    const badCountry = failed(
      await post(bn, '/api/investors', { kind: 'organisation', name: 'X', nationality: 'Korea' }),
      400,
    );
    expect(badCountry.fields?.['body.nationality']?.message).toMatch(/2 chữ in hoa/);
    const person = failed(
      await post(bn, '/api/investors', { kind: 'individual', name: 'Y', nationality: 'VN', foreignShare: '10' }),
      400,
    );
    expect(person.fields?.body?.message).toBe('Cá nhân không có cơ cấu vốn điều lệ hoặc thành viên hợp danh.');
    expect(
      (await post(ministry, '/api/investors', { kind: 'individual', name: 'Z', nationality: 'VN' })).statusCode,
    ).toBe(403);

    const found = ok(await get(bn, '/api/investors?q=nguyen van an'));
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([inv.an]);
    expect(ok(await get(bn, '/api/investors?nationality=KR')).items.map((i: { id: string }) => i.id)).toEqual([
      inv.samsung,
    ]);
    expect(ok(await get(bn, '/api/investors?q=001190')).items.map((i: { id: string }) => i.id)).toEqual([inv.binh]);
  });
});

type Project = {
  id: string;
  updatedAt: string;
  origin: { origin: string; reason: { vi: string; en: string }; decidedOn: string } | null;
  certificate: {
    status: string;
    registeredCapital: { value: string; currency: string } | null;
    endedOn: string | null;
  };
  investors: { investorId: string; share: string; validFrom: string; validTo: string | null }[];
  mainPartner: { country: string } | null;
  events: { seq: number; kind: string; applied: boolean }[];
  current: { status: string; origin: string; registeredCapital: { value: string; currency: string } | null };
};

function projectBody(code: string, overrides: Record<string, unknown> = {}) {
  return {
    projectCode: code,
    name: `Nhà máy thử ${code}`,
    location: { kind: 'park', parkId: parkYenPhong },
    type: 'production_business',
    sectors: ['2610'],
    landAreaHa: '10',
    investors: [{ investorId: inv.an, share: '100' }],
    certificate: {
      date: '2024-05-01',
      certificateNo: `GCN-${code}`,
      registeredCapital: { value: '50000000000', currency: 'VND' },
    },
    ...overrides,
  };
}
const fdiInvestors = () => [
  { investorId: inv.samsung, share: '70' },
  { investorId: inv.an, share: '30' },
];
const event = (s: Session, id: string, payload: Record<string, unknown>) =>
  post(s, `/api/projects/${id}/events`, payload);
const asOf = async (id: string, date?: string) =>
  ok(await get(bn, `/api/projects/${id}${date ? `?asOf=${date}` : ''}`)) as Project;
const codes = async (query: string, s = bn) =>
  (ok(await get(s, `/api/projects?${query}`)).items as { projectCode: string }[]).map((p) => p.projectCode);

describe('projects', () => {
  let fdi: Project;
  let ddi: Project;

  it('registers an FDI project (Korea 70 %, Viet Nam 30 %) in USD, with its audit row', async () => {
    fdi = ok(
      await post(
        bn,
        '/api/projects',
        projectBody('FDI-1', {
          name: 'Nhà máy điện tử Samsung Yên Phong',
          investors: fdiInvestors(),
          certificate: {
            date: '2024-03-15',
            certificateNo: '2143658709',
            registeredCapital: { value: '100000000', currency: 'USD' },
            objectives: ['Sản xuất linh kiện điện tử'],
          },
        }),
      ),
      201,
    );
    expect(fdi.origin).toMatchObject({ origin: 'FDI', decidedOn: '2024-03-15' });
    expect(fdi.origin?.reason.vi).toMatch(/Nhà đầu tư nước ngoài Samsung Electronics Co., Ltd. \(KR\) góp 70%/);
    expect(fdi.origin?.reason.en).toMatch(/Foreign investor Samsung/);
    expect(fdi.mainPartner?.country).toBe('KR');
    expect(fdi.certificate).toMatchObject({
      status: 'valid',
      registeredCapital: { value: '100000000', currency: 'USD' },
    });
    expect(fdi.current).toMatchObject({ status: 'valid', origin: 'FDI' });
    expect(fdi.investors.map((i) => [i.investorId, i.share, i.validFrom])).toEqual([
      [inv.samsung, '70', '2024-03-15'],
      [inv.an, '30', '2024-03-15'],
    ]);
    const [entry] = await auditOf(fdi.id);
    expect(entry).toMatchObject({
      action: 'project.create',
      actor_label: 'bql.bn',
      after: { project: { projectCode: 'FDI-1', originCache: 'FDI' }, event: { kind: 'issued', seq: 1 } },
    });
  });

  it('refuses the FDI project in VND and a DDI project in USD (422), accepts DDI in VND', async () => {
    const inVnd = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('FDI-VND', {
          investors: fdiInvestors(),
          certificate: { date: '2024-03-15', registeredCapital: { value: '2500000000000', currency: 'VND' } },
        }),
      ),
      422,
    );
    expect(inVnd.code).toBe('UNPROCESSABLE');
    expect(inVnd.message).toMatch(/^Dự án có vốn đầu tư nước ngoài \(FDI\) ghi vốn đăng ký bằng USD, không bằng VND\./);
    expect(inVnd.messageEn).toMatch(/^A foreign-invested \(FDI\) project registers its capital in USD, not VND\./);
    expect(inVnd.fields).toHaveProperty(['body.certificate.registeredCapital.currency']);

    const inUsd = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('DDI-USD', {
          certificate: { date: '2024-05-01', registeredCapital: { value: '2000000', currency: 'USD' } },
        }),
      ),
      422,
    );
    expect(inUsd.message).toMatch(/đầu tư trong nước \(DDI\) ghi vốn đăng ký bằng VND/);

    ddi = ok(await post(bn, '/api/projects', projectBody('DDI-1', { name: 'Kho vận An Bình' })), 201);
    expect(ddi.origin).toMatchObject({ origin: 'DDI' });
    expect(ddi.origin?.reason.vi).toBe(
      'Tất cả nhà đầu tư là nhà đầu tư trong nước (Điều 3 Luật Đầu tư số 61/2020/QH14).',
    );
    expect(ddi.mainPartner).toBeNull();
    expect(ddi.certificate.registeredCapital).toEqual({ value: '50000000000', currency: 'VND' });
  });

  it('refuses a used project code (409), bad shares and unknown places (400), a Board of another province (403)', async () => {
    const dup = failed(await post(bn, '/api/projects', projectBody('FDI-1')), 409);
    expect(dup.fields?.['body.projectCode']?.message).toBe('Mã số dự án FDI-1 đã được dùng cho dự án khác.');
    const shares = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('SHARES', {
          investors: [
            { investorId: inv.samsung, share: '70' },
            { investorId: inv.an, share: '20' },
          ],
        }),
      ),
      400,
    );
    expect(shares.fields?.['body.investors']?.message).toMatch(/Tổng tỷ lệ góp vốn là 90%/);
    const twice = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('TWICE', {
          investors: [
            { investorId: inv.an, share: '50' },
            { investorId: inv.an, share: '50' },
          ],
        }),
      ),
      400,
    );
    expect(twice.fields).toHaveProperty(['body.investors.1.investorId']);
    const park = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('NOPARK', { location: { kind: 'park', parkId: crypto.randomUUID() } }),
      ),
      400,
    );
    expect(park.fields).toHaveProperty(['body.location.parkId']);
    expect((await post(hp, '/api/projects', projectBody('HP-IN-BN'))).statusCode).toBe(403);
    const future = failed(
      await post(
        bn,
        '/api/projects',
        projectBody('FUTURE', {
          certificate: { date: '2999-01-01', registeredCapital: { value: '1', currency: 'VND' } },
        }),
      ),
      422,
    );
    expect(future.fields).toHaveProperty(['body.certificate.date']);
  });

  it('adjusts the capital up then down and reads the certificate as of any date', async () => {
    ok(
      await event(bn, fdi.id, {
        kind: 'adjusted',
        date: '2024-09-01',
        documentNo: 'ĐC-1',
        capitalDelta: { value: '20000000', currency: 'USD' },
      }),
      201,
    );
    const down = ok(
      await event(bn, fdi.id, {
        kind: 'adjusted',
        date: '2025-02-01',
        capitalDelta: { value: '-5000000', currency: 'USD' },
        landAreaDeltaHa: '-2.5',
      }),
      201,
    ) as Project;
    expect(down.current.registeredCapital).toEqual({ value: '115000000', currency: 'USD' });

    const before = await asOf(fdi.id, '2024-03-14');
    expect(before.certificate).toMatchObject({ status: 'not_issued', registeredCapital: null });
    expect(before.investors).toEqual([]);
    expect(before.origin).toBeNull();
    expect(before.events.map((e) => e.applied)).toEqual([false, false, false]);
    expect((await asOf(fdi.id, '2024-03-15')).certificate.registeredCapital?.value).toBe('100000000');
    expect((await asOf(fdi.id, '2024-10-01')).certificate.registeredCapital?.value).toBe('120000000');
    const now = await asOf(fdi.id);
    expect(now.certificate).toMatchObject({
      status: 'valid',
      registeredCapital: { value: '115000000', currency: 'USD' },
    });
    expect(now.events.map((e) => [e.seq, e.kind, e.applied])).toEqual([
      [1, 'issued', true],
      [2, 'adjusted', true],
      [3, 'adjusted', true],
    ]);
    const history = ok(await get(bn, `/api/projects/${fdi.id}/events?asOf=2024-12-31`));
    expect(history.items.map((e: { applied: boolean }) => e.applied)).toEqual([true, true, false]);
    const entries = await auditOf(fdi.id);
    expect(entries.map((e) => e.action)).toEqual(['project.create', 'project.record_event', 'project.record_event']);
    expect(entries[2]).toMatchObject({
      before: { registeredCapital: '120000000.00' },
      after: { registeredCapital: '115000000.00', event: { seq: 3, kind: 'adjusted' } },
    });
  });

  it('converts a change recorded in VND with a named State Bank rate', async () => {
    const rate = ok(await get(bn, '/api/exchange-rates/on?from=USD&to=VND&date=2025-07-10'));
    const without = failed(
      await event(bn, fdi.id, {
        kind: 'adjusted',
        date: '2025-07-10',
        capitalDelta: { value: '254500000000', currency: 'VND' },
      }),
      422,
    );
    expect(without.fields?.['body.capitalDelta']?.message).toMatch(/cần kèm tỷ giá Ngân hàng Nhà nước/);
    const unknown = failed(
      await event(bn, fdi.id, {
        kind: 'adjusted',
        date: '2025-07-10',
        capitalDelta: { value: '254500000000', currency: 'VND' },
        exchangeRateId: crypto.randomUUID(),
      }),
      400,
    );
    expect(unknown.fields?.['body.exchangeRateId']?.message).toBe('Không tìm thấy tỷ giá này.');
    const converted = ok(
      await event(bn, fdi.id, {
        kind: 'adjusted',
        date: '2025-07-10',
        capitalDelta: { value: '254500000000', currency: 'VND' },
        exchangeRateId: rate.id,
      }),
      201,
    ) as Omit<Project, 'events'> & { events: { exchangeRate: { id: string } | null }[] };
    // 254.5 bn VND / 25,450 = 10 m USD.
    expect(converted.certificate.registeredCapital).toEqual({ value: '125000000', currency: 'USD' });
    expect(converted.events.at(-1)?.exchangeRate?.id).toBe(rate.id);
  });

  it('revokes the certificate; after that no event is accepted, and every problem is reported', async () => {
    const wrong = failed(
      await event(bn, fdi.id, {
        kind: 'revoked',
        date: '2025-08-01',
        capitalAtEnd: { value: '100000000', currency: 'USD' },
      }),
      422,
    );
    expect(Object.keys(wrong.fields ?? {}).sort()).toEqual(['body.capitalAtEnd', 'body.documentNo']);
    expect(wrong.message).toMatch(/\(và 1 lỗi khác\)$/);
    expect(wrong.fields?.['body.capitalAtEnd']?.message).toMatch(/khác vốn đăng ký hiện hành \(125000000 USD\)/);

    const revoked = ok(
      await event(bn, fdi.id, {
        kind: 'revoked',
        date: '2025-08-01',
        documentNo: '123/QĐ-BQL',
        capitalAtEnd: { value: '125000000', currency: 'USD' },
      }),
      201,
    ) as Project;
    expect(revoked.current.status).toBe('revoked');

    const late = failed(
      await event(bn, fdi.id, { kind: 'adjusted', date: '2025-07-20', capitalDelta: { value: '1', currency: 'USD' } }),
      422,
    );
    expect(Object.keys(late.fields ?? {}).sort()).toEqual(['body.date', 'body.kind']);
    expect(late.fields?.['body.kind']?.message).toMatch(/Không có sự kiện nào sau khi giấy chứng nhận đã bị thu hồi/);
    expect(late.fields?.['body.date']?.messageEn).toMatch(/earlier than 2025-08-01/);
    const after = failed(await event(bn, fdi.id, { kind: 'reissued', date: '2025-09-01' }), 422);
    expect(after.fields).toHaveProperty(['body.kind']);

    expect((await asOf(fdi.id, '2025-07-31')).certificate).toMatchObject({ status: 'valid', endedOn: null });
    expect((await asOf(fdi.id, '2025-12-01')).certificate).toMatchObject({
      status: 'revoked',
      endedOn: '2025-08-01',
      registeredCapital: { value: '125000000', currency: 'USD' },
    });
    expect(await codes('status=revoked')).toEqual(['FDI-1']);
    expect(await codes('status=valid&asOf=2025-07-31')).toEqual(expect.arrayContaining(['FDI-1']));
    // Past statuses are answered in SQL from the dated events, exactly as the fold reads them.
    expect(await codes('status=revoked&asOf=2025-07-31')).toEqual([]);
    expect(await codes('status=revoked&asOf=2025-08-01')).toEqual(['FDI-1']);
    expect(await codes('status=valid&asOf=2025-12-01')).not.toContain('FDI-1');
    expect((await event(bn, ddi.id, { kind: 'reissued', date: '2999-01-01' })).statusCode).toBe(422);
  });

  it('a change of investors flips FDI/DDI, visible as of dates', async () => {
    const changed = ok(
      await event(bn, ddi.id, {
        kind: 'adjusted',
        date: '2025-05-01',
        documentNo: 'ĐC-NĐT',
        investors: [
          { investorId: inv.samsung, share: '60' },
          { investorId: inv.an, share: '40' },
        ],
      }),
      201,
    ) as Project;
    expect(changed.current.origin).toBe('FDI');
    expect(changed.origin).toMatchObject({ origin: 'FDI', decidedOn: '2025-05-01' });
    expect(changed.mainPartner?.country).toBe('KR');

    const before = await asOf(ddi.id, '2025-04-30');
    expect(before.origin).toMatchObject({ origin: 'DDI', decidedOn: '2024-05-01' });
    expect(before.investors).toEqual([
      expect.objectContaining({ investorId: inv.an, share: '100', validFrom: '2024-05-01', validTo: '2025-05-01' }),
    ]);
    const after = await asOf(ddi.id, '2025-05-01');
    expect(after.origin?.origin).toBe('FDI');
    expect(after.investors.map((i) => [i.investorId, i.share])).toEqual([
      [inv.samsung, '60'],
      [inv.an, '40'],
    ]);
    // The certificate stays in the currency it was issued in.
    expect(after.certificate.registeredCapital).toEqual({ value: '50000000000', currency: 'VND' });

    expect(await codes('origin=FDI')).toEqual(['DDI-1', 'FDI-1']);
    expect(await codes('origin=DDI&asOf=2025-04-30')).toEqual(['DDI-1']);
    expect(await codes('origin=FDI&asOf=2025-04-30')).toEqual(['FDI-1']);
    expect(await codes('partnerCountry=KR')).toEqual(['DDI-1', 'FDI-1']);
    expect(await codes('partnerCountry=KR&asOf=2025-04-30')).toEqual(['FDI-1']);
    const entry = (await auditOf(ddi.id)).at(-1);
    expect(entry).toMatchObject({
      action: 'project.record_event',
      before: { origin: 'DDI' },
      after: { origin: 'FDI' },
    });
  });

  it('re-derives the origin of every project of an investor when its foreign share changes', async () => {
    const vn = ok(
      await post(
        bn,
        '/api/projects',
        projectBody('VNCO-1', { name: 'Linh kiện Việt', investors: [{ investorId: inv.vnco, share: '100' }] }),
      ),
      201,
    ) as Project;
    expect(vn.origin?.origin).toBe('DDI');
    expect(vn.origin?.reason.vi).toMatch(/có 30% vốn nước ngoài, không trên 50%/);
    const investor = ok(await get(bn, `/api/investors/${inv.vnco}`));
    const edited = ok(
      await patch(bn, `/api/investors/${inv.vnco}`, { updatedAt: investor.updatedAt, foreignShare: '60' }),
    );
    expect(edited.foreignShare).toBe('60');
    const now = await asOf(vn.id);
    expect(now.current.origin).toBe('FDI');
    expect(now.origin?.reason.vi).toMatch(/điểm a khoản 1 Điều 23/);
    expect(
      (await patch(bn, `/api/investors/${inv.vnco}`, { updatedAt: investor.updatedAt, name: 'Cũ' })).statusCode,
    ).toBe(409);
  });

  it('finds projects by folded name, park, sector, status and province as of a date, with paging and sort', async () => {
    expect(await codes('q=nha may dien tu samsung')).toEqual(['FDI-1']);
    expect(await codes('q=KHO VẬN')).toEqual(['DDI-1']);
    expect(await codes(`parkId=${parkYenPhong}&sort=projectCode&order=desc`)).toEqual(['VNCO-1', 'FDI-1', 'DDI-1']);
    expect(await codes('sector=2610')).toEqual(['DDI-1', 'FDI-1', 'VNCO-1']);
    expect(await codes('sector=4100')).toEqual([]);
    expect(await codes('province=24')).toEqual(['DDI-1', 'FDI-1', 'VNCO-1']);
    expect(await codes('province=27&asOf=2024-06-01')).toEqual(['DDI-1', 'FDI-1', 'VNCO-1']);
    expect(await codes('province=24&asOf=2024-06-01')).toEqual([]);
    expect(await codes('status=not_issued&asOf=2024-04-01')).toEqual(['DDI-1', 'VNCO-1']);
    const page = ok(await get(bn, '/api/projects?pageSize=2&page=2'));
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((p: { projectCode: string }) => p.projectCode)).toEqual(['VNCO-1']);
    const summary = ok(await get(bn, '/api/projects?q=kho van&asOf=2024-12-31')).items[0];
    expect(summary).toMatchObject({
      status: 'valid',
      origin: 'DDI',
      registeredCapital: { value: '50000000000', currency: 'VND' },
    });
  });

  it('finds a project by its enterprise: tax code or name', async () => {
    const dn = ok(
      await post(bn, '/api/enterprises', {
        taxCode: '2300999888',
        nameVi: 'Công ty Cơ khí Đông Sơn',
        adminUnitId: '34:24',
      }),
      201,
    );
    ok(await post(bn, '/api/projects', projectBody('DN-1', { enterpriseId: dn.id, name: 'Xưởng lắp ráp' })), 201);
    expect(await codes('q=2300999888')).toEqual(['DN-1']);
    expect(await codes('q=co khi dong son')).toEqual(['DN-1']);
  });
});
