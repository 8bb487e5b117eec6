import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';

/**
 * A project's record beside its certificate: realised capital by period, edits with optimistic
 * concurrency, the FDI/DDI preview of a form, and the audit trail of one record, each with its
 * audit row, its validation and its scope (Hải Phòng's Board against a Bắc Ninh project; an
 * enterprise and its own project).
 */
let t: TestContext;
let bn: Session;
let hp: Session;
let admin: Session;
let ownUser: Session;
let otherUser: Session;
let ministry: Session;
const ids = {} as Record<'own' | 'other' | 'park' | 'kr' | 'vn' | 'project', string>;
const system = systemActor('test');

function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
type ErrorBody = { code: string; message: string; fields?: Record<string, { message: string; messageEn: string }> };
function failed(res: LightMyRequestResponse, status: number): ErrorBody {
  expect(res.statusCode, res.body).toBe(status);
  return res.json().error;
}
const post = (s: Session, url: string, payload: unknown) => s.inject({ method: 'POST', url, payload });
const patch = (s: Session, url: string, payload: unknown) => s.inject({ method: 'PATCH', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
const del = (s: Session, url: string) => s.inject({ method: 'DELETE', url });
const usd = (value: string) => ({ value, currency: 'USD' as const });

async function auditOf(entityId: string) {
  return t.database.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
    'select action, actor_label, before, after from audit_log where entity_id = $1 order by id',
    [entityId],
  );
}

beforeAll(async () => {
  t = await createTestContext();
  const { zones, investment } = t.app.services;
  const enterprise = async (taxCode: string, nameVi: string) =>
    (await investment.createEnterprise(system, { taxCode, nameVi, adminUnitId: '63:27', sectors: [] })).id;
  ids.own = await enterprise('2300555001', 'Công ty TNHH Quang điện Yên Phong');
  ids.other = await enterprise('2300555002', 'Công ty CP Cơ khí Tiên Du');
  ids.park = (
    await zones.createPark(system, { code: 'YP-REC', name: 'KCN Yên Phong', kinds: [], adminUnitId: '63:27' })
  ).id;
  await t.addUser('bql.bn', 'board_officer', { provinceCode: '24' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('quantri', 'admin');
  await t.addUser('dn.own', 'enterprise', { enterpriseId: ids.own });
  await t.addUser('dn.other', 'enterprise', { enterpriseId: ids.other });
  await t.addUser('bo.tc', 'ministry');
  ministry = await t.signIn('bo.tc');
  [bn, hp, admin, ownUser, otherUser] = await Promise.all([
    t.signIn('bql.bn'),
    t.signIn('bql.hp'),
    t.signIn('quantri'),
    t.signIn('dn.own'),
    t.signIn('dn.other'),
  ]);
  ids.kr = ok(
    await post(bn, '/api/investors', { kind: 'organisation', name: 'Samsung Display', nationality: 'KR' }),
    201,
  ).id;
  ids.vn = ok(
    await post(bn, '/api/investors', {
      kind: 'organisation',
      name: 'Công ty CP Đầu tư Kinh Bắc',
      nationality: 'VN',
      foreignShare: '20',
    }),
    201,
  ).id;
  ids.project = ok(
    await post(bn, '/api/projects', {
      projectCode: '7531246890',
      name: 'Nhà máy màn hình OLED',
      enterpriseId: ids.own,
      location: { kind: 'park', parkId: ids.park },
      type: 'production_business',
      landAreaHa: '12',
      investors: [{ investorId: ids.kr, share: '100' }],
      certificate: { date: '2023-04-03', registeredCapital: usd('80000000') },
    }),
    201,
  ).id;
});
afterAll(() => t.close());

describe('realised capital', () => {
  const url = () => `/api/projects/${ids.project}/realised-capital`;
  const body = (period: string, value: string, extra: Record<string, unknown> = {}) => ({
    period,
    amount: usd(value),
    source: 'Báo cáo tình hình thực hiện dự án',
    ...extra,
  });

  it('records ended periods in the certificate currency, each with an audit row, and lists them in order', async () => {
    ok(await post(bn, url(), body('2024', '12000000')));
    const list = ok(await post(bn, url(), body('2023-Q4', '3000000.50')));
    expect(list).toEqual({
      currency: 'USD',
      items: [
        {
          period: '2023-Q4',
          label: { vi: 'Quý IV/2023', en: 'Q4 2023' },
          from: '2023-10-01',
          to: '2023-12-31',
          amount: usd('3000000.5'),
          source: 'Báo cáo tình hình thực hiện dự án',
        },
        expect.objectContaining({ period: '2024', amount: usd('12000000') }),
      ],
      total: usd('15000000.5'),
    });
    expect(ok(await get(ownUser, url())).total).toEqual(usd('15000000.5'));
    const entries = (await auditOf(ids.project)).filter((e) => e.action === 'project.realised_capital.record');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ actor_label: 'bql.bn', before: null, after: { period: '2023-Q4' } });
  });

  it('refuses wrong currency, unfinished, overlapping and pre-issue periods with field errors', async () => {
    const vnd = failed(
      await post(bn, url(), { ...body('2025-Q1', '1'), amount: { value: '1', currency: 'VND' } }),
      422,
    );
    expect(vnd.fields?.['body.amount.currency']?.message).toMatch(/ghi bằng USD/);
    // The test clock is real time: next year has not ended.
    const nextYear = String(new Date().getUTCFullYear() + 1);
    expect(failed(await post(bn, url(), body(nextYear, '1')), 422).fields?.['body.period']?.message).toMatch(
      /chưa kết thúc/,
    );
    expect(failed(await post(bn, url(), body('2024-07', '1')), 422).fields?.['body.period']?.message).toMatch(
      /trùng thời gian với kỳ 2024/,
    );
    expect(failed(await post(bn, url(), body('2023-Q1', '1')), 422).fields?.['body.period']?.message).toMatch(
      /chưa được cấp/,
    );
    expect(failed(await post(bn, url(), body('2023-Q5', '1')), 400).fields).toHaveProperty('body.period');
    expect(failed(await post(bn, url(), body('2025', '-5')), 400).fields).toHaveProperty('body.amount.value');
  });

  it('replaces a period only when asked, and removes one, both audited', async () => {
    const again = failed(await post(bn, url(), body('2024', '13000000')), 409);
    expect(again.fields?.['body.period']?.message).toMatch(/đã ghi 12000000 USD/);
    const replaced = ok(await post(bn, url(), body('2024', '13000000', { replace: true })));
    expect(replaced.total).toEqual(usd('16000000.5'));
    const removed = ok(await del(bn, `${url()}/2023-Q4`));
    expect(removed.items.map((i: { period: string }) => i.period)).toEqual(['2024']);
    expect(failed(await del(bn, `${url()}/2023-Q4`), 404).code).toBe('NOT_FOUND');
    const entries = (await auditOf(ids.project)).filter((e) => e.action.startsWith('project.realised_capital'));
    expect(entries.at(-2)).toMatchObject({
      action: 'project.realised_capital.record',
      before: { period: '2024', amount: usd('12000000') },
      after: { period: '2024', amount: usd('13000000') },
    });
    expect(entries.at(-1)).toMatchObject({ action: 'project.realised_capital.remove', before: { period: '2023-Q4' } });
  });

  it('is out of reach of another Board and of the enterprise itself for writing', async () => {
    expect((await get(hp, url())).statusCode).toBe(403);
    expect((await post(hp, url(), body('2022', '1'))).statusCode).toBe(403);
    expect((await post(ownUser, url(), body('2022', '1'))).statusCode).toBe(403);
    expect((await del(hp, `${url()}/2024`)).statusCode).toBe(403);
    expect((await get(otherUser, url())).statusCode).toBe(403);
  });
});

describe('project edits', () => {
  it('renames and re-sectors with optimistic concurrency, audited; search follows the new name', async () => {
    const before = ok(await get(bn, `/api/projects/${ids.project}`));
    const after = ok(
      await patch(bn, `/api/projects/${ids.project}`, {
        updatedAt: before.updatedAt,
        name: 'Nhà máy màn hình OLED giai đoạn 2',
        sectors: ['2610', '2640', '2610'],
        objectives: 'Sản xuất màn hình OLED cho điện thoại',
      }),
    );
    expect(after).toMatchObject({
      name: 'Nhà máy màn hình OLED giai đoạn 2',
      sectors: ['2610', '2640'],
      objectives: 'Sản xuất màn hình OLED cho điện thoại',
    });
    expect(after.updatedAt).not.toBe(before.updatedAt);
    const [entry] = (await auditOf(ids.project)).filter((e) => e.action === 'project.update');
    expect(entry).toMatchObject({
      actor_label: 'bql.bn',
      before: { name: 'Nhà máy màn hình OLED', sectors: [] },
      after: { name: 'Nhà máy màn hình OLED giai đoạn 2', sectors: ['2610', '2640'] },
    });
    const found = ok(await get(bn, '/api/projects?q=man hinh oled giai doan'));
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([ids.project]);

    const stale = failed(
      await patch(bn, `/api/projects/${ids.project}`, { updatedAt: before.updatedAt, name: 'X' }),
      409,
    );
    expect(stale.fields).toHaveProperty('body.updatedAt');
    expect(
      failed(await patch(bn, `/api/projects/${ids.project}`, { updatedAt: after.updatedAt, name: ' ' }), 400).fields,
    ).toHaveProperty('body.name');
  });

  it('moves the project to another enterprise: the old one loses sight of it, the new one gains it', async () => {
    const current = ok(await get(bn, `/api/projects/${ids.project}`));
    const unknown = failed(
      await patch(bn, `/api/projects/${ids.project}`, {
        updatedAt: current.updatedAt,
        enterpriseId: '6f1c1e7a-0000-4000-8000-000000000000',
      }),
      400,
    );
    expect(unknown.fields?.['body.enterpriseId']?.message).toBe('Không tìm thấy doanh nghiệp này.');
    expect(
      (await patch(hp, `/api/projects/${ids.project}`, { updatedAt: current.updatedAt, name: 'Lấn tỉnh' })).statusCode,
    ).toBe(403);
    expect(
      (await patch(ownUser, `/api/projects/${ids.project}`, { updatedAt: current.updatedAt, name: 'Tự sửa' }))
        .statusCode,
    ).toBe(403);
    ok(await patch(bn, `/api/projects/${ids.project}`, { updatedAt: current.updatedAt, enterpriseId: ids.other }));
    expect((await get(ownUser, `/api/projects/${ids.project}`)).statusCode).toBe(403);
    const listed = ok(await get(otherUser, '/api/projects'));
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: ids.project,
        enterprise: { id: ids.other, taxCode: '2300555002', nameVi: 'Công ty CP Cơ khí Tiên Du' },
      }),
    ]);
  });

  it('lists the projects an investor holds on a date', async () => {
    const byInvestor = (id: string, asOf = '') =>
      get(bn, `/api/projects?investorId=${id}${asOf ? `&asOf=${asOf}` : ''}`).then((r) => ok(r).total as number);
    expect(await byInvestor(ids.kr)).toBe(1);
    expect(await byInvestor(ids.kr, '2023-01-01')).toBe(0);
    expect(await byInvestor(ids.vn)).toBe(0);
  });
});

describe('FDI/DDI preview', () => {
  it('shows what the investors imply, with the rule, the currency and the main partner', async () => {
    const p = ok(
      await post(bn, '/api/projects/origin', {
        date: '2025-03-01',
        investors: [
          { investorId: ids.vn, share: '70' },
          { investorId: ids.kr, share: '30' },
        ],
      }),
    );
    expect(p).toMatchObject({
      origin: { origin: 'FDI', foreignShare: '30', rule: { id: 'loi2020-art23-1' } },
      currency: 'USD',
      mainPartner: { country: 'KR', share: '30' },
    });
    expect(p.origin.reason.vi).toMatch(/nước ngoài/);
    const domestic = ok(
      await post(bn, '/api/projects/origin', { date: '2025-03-01', investors: [{ investorId: ids.vn, share: '100' }] }),
    );
    expect(domestic).toMatchObject({ origin: { origin: 'DDI' }, currency: 'VND', mainPartner: null });
    const short = failed(
      await post(bn, '/api/projects/origin', { date: '2025-03-01', investors: [{ investorId: ids.vn, share: '90' }] }),
      400,
    );
    expect(short.fields?.['body.investors']?.message).toMatch(/phải bằng 100%/);
    expect(
      (
        await post(ownUser, '/api/projects/origin', {
          date: '2025-03-01',
          investors: [{ investorId: ids.vn, share: '100' }],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('audit trail of a record', () => {
  it('shows a Board officer who changed what on a project of its province, with labels, newest first', async () => {
    const trail = ok(await get(bn, `/api/projects/${ids.project}/audit?pageSize=100`));
    const actions = trail.items.map((e: { action: string }) => e.action);
    expect(actions.at(-1)).toBe('project.create');
    expect(actions).toContain('project.update');
    expect(actions).toContain('project.realised_capital.remove');
    expect(trail.items[0].label.vi).toBeTruthy();
    const create = trail.items.at(-1);
    expect(create).toMatchObject({ actorLabel: 'bql.bn', label: { vi: 'Tạo dự án và cấp GCNĐKĐT' }, ip: null });
    expect(trail.total).toBe(actions.length);
  });

  it('follows the record’s scope: another Board, another enterprise and the administrator are refused', async () => {
    expect((await get(hp, `/api/projects/${ids.project}/audit`)).statusCode).toBe(403);
    expect((await get(ownUser, `/api/projects/${ids.project}/audit`)).statusCode).toBe(403);
    expect(ok(await get(otherUser, `/api/projects/${ids.project}/audit`)).total).toBeGreaterThan(0);
    expect((await get(admin, `/api/projects/${ids.project}/audit`)).statusCode).toBe(403);

    const own = ok(await get(ownUser, `/api/enterprises/${ids.own}/audit`));
    expect(own.items).toEqual([expect.objectContaining({ action: 'enterprise.create', actorLabel: 'system:test' })]);
    expect((await get(ownUser, `/api/enterprises/${ids.other}/audit`)).statusCode).toBe(403);
    expect((await get(hp, `/api/enterprises/${ids.own}/audit`)).statusCode).toBe(403);

    const investor = ok(await get(bn, `/api/investors/${ids.kr}/audit`));
    expect(investor.items[0]).toMatchObject({ action: 'investor.create', label: { vi: 'Tạo nhà đầu tư' } });
    expect((await get(ownUser, `/api/investors/${ids.kr}/audit`)).statusCode).toBe(403);
    expect((await get(bn, '/api/projects/6f1c1e7a-0000-4000-8000-000000000000/audit')).statusCode).toBe(404);
  });
});

describe('certificate events', () => {
  const event = (payload: Record<string, unknown>) => post(bn, `/api/projects/${ids.project}/events`, payload);

  it('refuses an adjustment that changes nothing', async () => {
    const none = failed(await event({ kind: 'adjusted', date: '2024-02-01', documentNo: '12/ĐC' }), 400);
    expect(none.fields?.['body.kind']?.message).toMatch(/ít nhất một nội dung/);
    const zero = failed(await event({ kind: 'adjusted', date: '2024-02-01', capitalDelta: usd('0') }), 400);
    expect(zero.fields).toHaveProperty('body.kind');
  });

  it('takes a raise in đồng only with a named State Bank rate, converted into the certificate’s dollars', async () => {
    const raise = { kind: 'adjusted', date: '2024-03-01', capitalDelta: { value: '48000000000', currency: 'VND' } };
    const refused = failed(await event(raise), 422);
    expect(refused.fields?.['body.capitalDelta']?.message).toMatch(/tỷ giá Ngân hàng Nhà nước/);
    const rate = ok(
      await post(ministry, '/api/exchange-rates', { from: 'USD', to: 'VND', rate: '24000', date: '2024-03-01' }),
      201,
    );
    const after = ok(await event({ ...raise, exchangeRateId: rate.id }), 201);
    expect(after.certificate.registeredCapital).toEqual(usd('82000000'));
    expect(after.events.at(-1)).toMatchObject({
      kind: 'adjusted',
      capital: { value: '48000000000', currency: 'VND' },
      exchangeRate: { id: rate.id, rate: '24000', date: '2024-03-01' },
    });
  });

  it('names the investors of each list in the timeline, and re-issues with a new certificate number', async () => {
    const changed = ok(
      await event({
        kind: 'adjusted',
        date: '2024-04-01',
        documentNo: '15/ĐC-BQL',
        investors: [
          { investorId: ids.kr, share: '60' },
          { investorId: ids.vn, share: '40' },
        ],
      }),
      201,
    );
    expect(changed.events[0].investors).toEqual([
      { investorId: ids.kr, share: '100', name: 'Samsung Display', nationality: 'KR' },
    ]);
    expect(changed.events.at(-1).investors).toEqual([
      { investorId: ids.kr, share: '60', name: 'Samsung Display', nationality: 'KR' },
      { investorId: ids.vn, share: '40', name: 'Công ty CP Đầu tư Kinh Bắc', nationality: 'VN' },
    ]);
    const reissued = ok(await event({ kind: 'reissued', date: '2024-05-02', certificateNo: '7531246890-R1' }), 201);
    expect(reissued.events.at(-1)).toMatchObject({ kind: 'reissued', certificateNo: '7531246890-R1' });
    expect(reissued.certificate.registeredCapital).toEqual(usd('82000000'));
  });
});
