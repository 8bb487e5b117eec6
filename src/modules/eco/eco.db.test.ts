import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { Deal, Listing, ScorecardOut } from './contract';

/**
 * The eco module through the API: who may list, see and facilitate; confidentiality (a "Board
 * only" offer is invisible to other enterprises, in lists, reads and suggestions); ranked
 * suggestions with reasons; a deal to operating that raises the park's ENV.1; impact sums and the
 * matcher's precision; RECP totals feeding the RECP share.
 */
let t: TestContext;
const now = new Date('2026-06-15T09:00:00+07:00');
const system = systemActor('test');
const s = {} as Record<'dn' | 'hp' | 'ministry' | 'e1' | 'e2' | 'e3' | 'e4', Session>;
const ids = {} as Record<'e1' | 'e2' | 'e3' | 'e4' | 'parkA' | 'parkB' | 'parkC' | 'investor', string>;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}
const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });

const offerBody = (over: Record<string, unknown> = {}) => ({
  side: 'offer',
  enterpriseId: ids.e1,
  parkId: ids.parkA,
  resource: 'material',
  title: 'Tro bay lò hơi',
  ewcCode: '100102',
  description: 'Tro bay từ lò hơi đốt than',
  quantity: '50',
  unit: 't',
  frequency: 'month',
  availableFrom: '2026-01-01',
  confidentiality: 'public',
  ...over,
});
const needBody = (enterpriseId: string, parkId: string, over: Record<string, unknown> = {}) => ({
  side: 'need',
  enterpriseId,
  parkId,
  resource: 'material',
  title: 'Phụ gia cho gạch không nung',
  ewcCode: '100102',
  quantity: '400',
  unit: 't',
  frequency: 'year',
  availableFrom: '2026-03-01',
  confidentiality: 'public',
  ...over,
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string, unit: string) =>
    (await inv.createEnterprise(system, { taxCode, nameVi, adminUnitId: unit, sectors: ['23'] })).id;
  ids.e1 = await enterprise('3600000001', 'Công ty Nhiệt điện Đồng Nai', '63:75');
  ids.e2 = await enterprise('3600000002', 'Công ty Gạch Biên Hòa', '63:75');
  ids.e3 = await enterprise('3600000003', 'Công ty Xi măng Nhơn Trạch', '63:75');
  ids.e4 = await enterprise('0200000004', 'Công ty Vật liệu Hải Phòng', '63:31');
  const park = async (code: string, unit: string, lon: number, lat: number) =>
    (
      await t.app.services.zones.createPark(system, {
        code,
        name: `KCN ${code}`,
        kinds: ['eco'],
        adminUnitId: unit,
        lon: String(lon),
        lat: String(lat),
        firstEvent: {
          kind: 'established',
          date: '2015-01-01',
          act: 'establishment_decision',
          area: '400',
          decision: { number: `QĐ-${code}`, date: '2015-01-01' },
        },
      } as never)
    ).id;
  ids.parkA = await park('AMATA-T', '63:75', 106.86, 10.95);
  ids.parkB = await park('NT-T', '63:75', 106.95, 10.72);
  ids.parkC = await park('DEEPC-T', '63:31', 106.75, 20.83);
  await t.app.services.zones.recordLandValue(system, ids.parkA, {
    measure: 'industrial',
    asOf: '2015-01-01',
    value: '280',
    source: 'QH 1/500',
  });
  ids.investor = (
    await inv.createInvestor(system, { kind: 'organisation', name: 'Amata Corp', nationality: 'TH' } as never)
  ).id;
  let n = 0;
  const project = async (enterpriseId: string, parkId: string) => {
    n += 1;
    await inv.createProject(system, {
      projectCode: `ECO-${n}`,
      name: `Dự án ${n}`,
      enterpriseId,
      location: { kind: 'park', parkId },
      type: 'production_business',
      sectors: ['2395'],
      landAreaHa: '5',
      investors: [{ investorId: ids.investor, share: '100' }],
      certificate: { date: '2020-01-15', registeredCapital: { value: '1000000', currency: 'USD' } },
    } as never);
  };
  await project(ids.e1, ids.parkA);
  await project(ids.e2, ids.parkA);
  await project(ids.e3, ids.parkB);
  await project(ids.e4, ids.parkC);
  await t.addUser('bql.dn', 'board_officer', { provinceCode: '75' });
  await t.addUser('bql.hp', 'board_officer', { provinceCode: '31' });
  await t.addUser('bo.tc', 'ministry');
  for (const k of ['e1', 'e2', 'e3', 'e4'] as const) await t.addUser(`dn.${k}`, 'enterprise', { enterpriseId: ids[k] });
  s.dn = await t.signIn('bql.dn');
  s.hp = await t.signIn('bql.hp');
  s.ministry = await t.signIn('bo.tc');
  for (const k of ['e1', 'e2', 'e3', 'e4'] as const) s[k] = await t.signIn(`dn.${k}`);
});
afterAll(() => t.close());

const listed = async (who: Session, q = '') =>
  ok<{ items: Listing[] }>(await call(who, 'GET', `/api/eco/listings${q}`));

describe('listing', () => {
  it('lets an enterprise list for itself in a park where it has a project, and nowhere else', async () => {
    const created = ok<Listing>(await call(s.e1, 'POST', '/api/eco/listings', offerBody()), 201);
    expect(created).toMatchObject({
      enterpriseName: 'Công ty Nhiệt điện Đồng Nai',
      parkName: 'KCN AMATA-T',
      ewcDisplay: '10 01 02',
      canEdit: true,
      hazardous: false,
    });
    expect((await call(s.e1, 'POST', '/api/eco/listings', offerBody({ enterpriseId: ids.e2 }))).statusCode).toBe(403);
    const elsewhere = await call(s.e1, 'POST', '/api/eco/listings', offerBody({ parkId: ids.parkC }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields['body.parkId'].message).toContain('không có dự án');
    const bad = await call(s.e1, 'POST', '/api/eco/listings', offerBody({ ewcCode: '999999', quantity: '0' }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('body.quantity');
    expect((await call(s.hp, 'POST', '/api/eco/listings', offerBody())).statusCode).toBe(403);
    ok(await call(s.dn, 'POST', '/api/eco/listings', needBody(ids.e2, ids.parkA)), 201);
  });

  it('marks an offer hazardous when its code is', async () => {
    const acid = ok<Listing>(
      await call(
        s.e1,
        'POST',
        '/api/eco/listings',
        offerBody({ title: 'Axit thải', ewcCode: '060101', description: 'axit sunfuric thải' }),
      ),
      201,
    );
    expect(acid).toMatchObject({ hazardous: true, ewcDisplay: '06 01 01*' });
  });
});

describe('confidentiality', () => {
  let boardOnly: Listing;
  let partners: Listing;
  beforeAll(async () => {
    boardOnly = ok<Listing>(
      await call(
        s.e1,
        'POST',
        '/api/eco/listings',
        offerBody({ title: 'Xỉ đáy lò (mật)', ewcCode: '100101', confidentiality: 'board' }),
      ),
      201,
    );
    partners = ok<Listing>(
      await call(
        s.e1,
        'POST',
        '/api/eco/listings',
        offerBody({
          title: 'Thạch cao FGD',
          ewcCode: '100105',
          confidentiality: 'partners',
          partnerEnterpriseIds: [ids.e3],
        }),
      ),
      201,
    );
  });
  it('hides a Board-only offer from other enterprises and other provinces, through the API too', async () => {
    const seen = (items: Listing[]) => items.map((l) => l.id);
    expect(seen((await listed(s.e2)).items)).not.toContain(boardOnly.id);
    expect((await call(s.e2, 'GET', `/api/eco/listings/${boardOnly.id}`)).statusCode).toBe(404);
    expect((await call(s.hp, 'GET', `/api/eco/listings/${boardOnly.id}`)).statusCode).toBe(404);
    expect(seen((await listed(s.dn)).items)).toContain(boardOnly.id);
    expect(seen((await listed(s.ministry)).items)).toContain(boardOnly.id);
    expect(seen((await listed(s.e1)).items)).toContain(boardOnly.id);
  });
  it('shows a named-partner offer to its partners only, without the partner list', async () => {
    const forPartner = ok<Listing>(await call(s.e3, 'GET', `/api/eco/listings/${partners.id}`));
    expect(forPartner.partnerEnterpriseIds).toEqual([]);
    expect((await call(s.e2, 'GET', `/api/eco/listings/${partners.id}`)).statusCode).toBe(404);
    expect(ok<Listing>(await call(s.e1, 'GET', `/api/eco/listings/${partners.id}`)).partnerEnterpriseIds).toEqual([
      ids.e3,
    ]);
  });
  it('never suggests a hidden offer', async () => {
    const need = ok<Listing>(
      await call(
        s.e2,
        'POST',
        '/api/eco/listings',
        needBody(ids.e2, ids.parkA, { title: 'Xỉ đáy lò', ewcCode: '100101' }),
      ),
      201,
    );
    const forE2 = ok(await call(s.e2, 'GET', `/api/eco/listings/${need.id}/suggestions`));
    expect(forE2.items.map((x: { counterpart: Listing }) => x.counterpart.id)).not.toContain(boardOnly.id);
    const forBoard = ok(await call(s.dn, 'GET', `/api/eco/listings/${need.id}/suggestions`));
    expect(forBoard.items[0].counterpart.id).toBe(boardOnly.id);
  });
});

describe('suggestions, deals and impact', () => {
  let offer: Listing;
  let deal: Deal;
  it('ranks needs for an offer with reasons: the exact code beats the sub-chapter, nearer beats farther', async () => {
    offer = ok<Listing>(
      await call(
        s.e1,
        'POST',
        '/api/eco/listings',
        offerBody({ title: 'Sắt thép vụn', ewcCode: '191202', description: 'phế liệu sắt từ phân loại' }),
      ),
      201,
    );
    ok(
      await call(
        s.e3,
        'POST',
        '/api/eco/listings',
        needBody(ids.e3, ids.parkB, { title: 'Thép vụn cho lò điện', ewcCode: '191202' }),
      ),
      201,
    );
    ok(
      await call(
        s.e4,
        'POST',
        '/api/eco/listings',
        needBody(ids.e4, ids.parkC, { title: 'Thép vụn tái chế', ewcCode: '191202' }),
      ),
      201,
    );
    ok(
      await call(
        s.e2,
        'POST',
        '/api/eco/listings',
        needBody(ids.e2, ids.parkA, { title: 'Kim loại màu vụn', ewcCode: '191203' }),
      ),
      201,
    );
    const res = ok(await call(s.dn, 'GET', `/api/eco/listings/${offer.id}/suggestions`));
    const names = res.items.map(
      (x: { counterpart: Listing }) => `${x.counterpart.enterpriseName}|${x.counterpart.ewcCode}`,
    );
    expect(names.slice(0, 3)).toEqual([
      'Công ty Xi măng Nhơn Trạch|191202',
      'Công ty Gạch Biên Hòa|191203',
      'Công ty Vật liệu Hải Phòng|191202',
    ]);
    expect(res.items[0].reasons[0].vi).toBe('Cùng mã chất thải 19 12 02');
    expect(res.items[0].reasons[2].vi).toMatch(/^Cách \d+ km \(đường chim bay\), cùng tỉnh$/);
    expect(res.items[2].reasons[2].vi).toMatch(/khác tỉnh$/);
    expect(res.items[2].distanceKm).toBeGreaterThan(1000);
    const second = res.items[1];
    expect(second.reasons.map((r: { vi: string }) => r.vi)).toEqual([
      'Cùng phân nhóm chất thải 19 12',
      'Cung 600 t/năm, cầu 400 t/năm: đáp ứng 100% nhu cầu',
      'Cùng khu công nghiệp',
    ]);
    expect(second.impact.tonnesDiverted).toBe(400);
  });

  it('lets the Board of the province facilitate a deal to operating, and no one else', async () => {
    const res = ok(await call(s.dn, 'GET', `/api/eco/listings/${offer.id}/suggestions`));
    const needId = res.items[1].counterpart.id;
    expect((await call(s.e1, 'POST', '/api/eco/deals', { offerId: offer.id, needId })).statusCode).toBe(403);
    deal = ok<Deal>(await call(s.dn, 'POST', '/api/eco/deals', { offerId: offer.id, needId, note: 'Gợi ý số 1' }), 201);
    expect(deal).toMatchObject({ status: 'proposed', nextStatuses: ['contacted', 'ended'] });
    expect((await call(s.dn, 'POST', '/api/eco/deals', { offerId: offer.id, needId })).statusCode).toBe(409);
    const bad = await call(s.dn, 'POST', `/api/eco/deals/${deal.id}/status`, {
      status: 'operating',
      date: '2026-06-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await call(s.hp, 'POST', `/api/eco/deals/${deal.id}/status`, { status: 'contacted', date: '2026-06-01' }))
        .statusCode,
    ).toBe(404);
    for (const [status, date] of [
      ['contacted', '2026-06-15'],
      ['agreed', '2026-06-15'],
      ['operating', '2026-06-15'],
    ] as const)
      deal = ok<Deal>(
        await call(s.dn, 'POST', `/api/eco/deals/${deal.id}/status`, { status, date, note: `bước ${status}` }),
      );
    expect(deal.events.map((e) => e.status)).toEqual(['proposed', 'contacted', 'agreed', 'operating']);
    expect(ok(await call(s.e1, 'GET', `/api/eco/deals/${deal.id}`)).canFacilitate).toBe(false);
    expect((await call(s.e4, 'GET', `/api/eco/deals/${deal.id}`)).statusCode).toBe(404);
  });

  it('sums impact per park and year and measures the precision', async () => {
    ok(
      await call(s.dn, 'PUT', `/api/eco/deals/${deal.id}/impact`, {
        year: 2026,
        tonnesDiverted: '300',
        waterM3: '0',
        energyMwh: '0',
        costSavedMillionVnd: '120.5',
        source: 'Biên bản giao nhận',
      }),
    );
    expect(
      (
        await call(s.dn, 'PUT', `/api/eco/deals/${deal.id}/impact`, {
          year: 2025,
          tonnesDiverted: '1',
          waterM3: '0',
          energyMwh: '0',
          costSavedMillionVnd: '0',
          source: 'x',
        })
      ).statusCode,
    ).toBe(400);
    const sum = ok(await call(s.ministry, 'GET', '/api/eco/impact'));
    const row = sum.rows.find((r: { parkId: string; year: number }) => r.parkId === ids.parkA && r.year === 2026);
    expect(row).toMatchObject({ links: 1, tonnesDiverted: '300', costSavedMillionVnd: '120.5', tco2e: '140.1' });
    expect(sum.precision).toEqual({ proposed: 1, reachedAgreed: 1, reachedOperating: 1, share: 1 });
    expect(ok(await call(s.hp, 'GET', '/api/eco/impact')).rows).toEqual([]);
  });

  it('counts the operating deal as the park’s ENV.1 link, live', async () => {
    const card = ok<ScorecardOut>(await call(s.dn, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?year=2026`));
    const env1 = card.requirements.find((r) => r.id === 'ENV.1')!;
    expect(env1).toMatchObject({ status: 'met', value: 1, source: 'live' });
    expect(env1.trend.map((x) => [x.year, x.status])).toEqual([
      [2023, 'not_met'],
      [2024, 'not_met'],
      [2025, 'not_met'],
      [2026, 'met'],
    ]);
  });
});

describe('scorecard, declarations and RECP', () => {
  it('scores RECP share from the register, land from the zones, and declared answers', async () => {
    const recp = {
      enterpriseId: ids.e1,
      parkId: ids.parkA,
      type: 'energy',
      title: 'Biến tần cho quạt lò hơi',
      startedOn: '2025-05-01',
      savedKwh: '850000',
      savedM3: '0',
      savedTonnes: '0',
      savedTco2e: '560.3',
      costSavedMillionVnd: '1530',
      evidence: 'Báo cáo kiểm toán năng lượng 2025',
    };
    ok(await call(s.e1, 'POST', '/api/eco/recp', recp), 201);
    expect((await call(s.e2, 'POST', '/api/eco/recp', recp)).statusCode).toBe(403);
    const list = ok(await call(s.dn, 'GET', `/api/eco/recp?parkId=${ids.parkA}`));
    expect(list.totals.map((x: { year: number; savedKwh: string }) => [x.year, x.savedKwh])).toEqual([
      [2026, '850000'],
      [2025, '850000'],
    ]);
    expect(ok(await call(s.e2, 'GET', '/api/eco/recp')).items).toEqual([]);

    ok(
      await call(s.dn, 'PUT', `/api/eco/parks/${ids.parkA}/declarations`, {
        measure: 'wastewater_reuse_share',
        year: 2026,
        value: 12,
        evidence: 'Số liệu quan trắc NMXLNT 2026',
      }),
    );
    expect(
      (
        await call(s.hp, 'PUT', `/api/eco/parks/${ids.parkA}/declarations`, {
          measure: 'ghg_programme',
          year: 2026,
          value: true,
          evidence: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(s.dn, 'PUT', `/api/eco/parks/${ids.parkA}/declarations`, {
          measure: 'made_up',
          year: 2026,
          value: true,
          evidence: 'x',
        })
      ).statusCode,
    ).toBe(400);

    const card = ok<ScorecardOut>(await call(s.dn, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?year=2026`));
    const by = (id: string) => card.requirements.find((r) => r.id === id)!;
    expect(by('ENV.2')).toMatchObject({ status: 'met', value: 50, source: 'live' });
    expect(by('ENV.3')).toMatchObject({ status: 'met', value: 12, source: 'declared' });
    expect(by('ENV.4')).toMatchObject({ status: 'unknown' });
    expect(card.ruleSet).toMatchObject({ id: 'vn-eco-park', version: 2 });
    const old = ok<ScorecardOut>(await call(s.dn, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?year=2024`));
    expect(old.ruleSet.version).toBe(1);
    expect(old.requirements.find((r) => r.id === 'LAND.1')).toMatchObject({ status: 'met', value: 30, source: 'live' });
    expect(old.requirements.find((r) => r.id === 'ENV.2')).toMatchObject({ status: 'not_met', value: 0, gap: 20 });
    const eip = ok<ScorecardOut>(
      await call(s.ministry, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?ruleSet=eip-framework&year=2026`),
    );
    expect(eip.requirements.find((r) => r.id === 'EIP.ENV.1')?.status).toBe('met');
    expect((await call(s.e1, 'GET', `/api/eco/parks/${ids.parkA}/scorecard`)).statusCode).toBe(403);
    expect((await call(s.hp, 'GET', `/api/eco/parks/${ids.parkA}/scorecard`)).statusCode).toBe(403);
  });

  it('keeps an action plan per gap', async () => {
    const action = ok(
      await call(s.dn, 'POST', `/api/eco/parks/${ids.parkA}/actions`, {
        ruleSet: 'vn-eco-park',
        requirementId: 'ENV.4',
        title: 'Lập kế hoạch kiểm kê khí nhà kính',
        owner: 'Phòng Môi trường',
        dueOn: '2026-03-31',
      }),
      201,
    );
    expect(action).toMatchObject({ status: 'open', overdue: true });
    const done = ok(
      await call(s.dn, 'PUT', `/api/eco/actions/${action.id}`, {
        title: action.title,
        owner: action.owner,
        dueOn: action.dueOn,
        status: 'done',
        note: 'Đã ban hành',
      }),
    );
    expect(done.overdue).toBe(false);
    const card = ok<ScorecardOut>(await call(s.dn, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?year=2026`));
    expect(card.requirements.find((r) => r.id === 'ENV.4')!.actions).toHaveLength(1);
    expect(
      (
        await call(s.dn, 'POST', `/api/eco/parks/${ids.parkA}/actions`, {
          ruleSet: 'vn-eco-park',
          requirementId: 'NOPE',
          title: 'x',
          owner: 'y',
          dueOn: '2026-12-31',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('scope of the remaining endpoints', () => {
  it('lets only the owner or its Board edit or close a listing', async () => {
    const mine = ok<Listing>(
      await call(s.e1, 'POST', '/api/eco/listings', offerBody({ title: 'Giấy vụn', ewcCode: '150101' })),
      201,
    );
    expect((await call(s.e2, 'PUT', `/api/eco/listings/${mine.id}`, offerBody({ title: 'Đổi tên' }))).statusCode).toBe(
      403,
    );
    expect((await call(s.hp, 'PUT', `/api/eco/listings/${mine.id}/status`, { status: 'closed' })).statusCode).toBe(403);
    const bad = await call(s.e1, 'PUT', `/api/eco/listings/${mine.id}`, { ...offerBody(), side: 'need' });
    expect(bad.statusCode).toBe(400);
    const renamed = ok<Listing>(
      await call(
        s.e1,
        'PUT',
        `/api/eco/listings/${mine.id}`,
        offerBody({ title: 'Giấy vụn loại 2', ewcCode: '150101' }),
      ),
    );
    expect(renamed.title).toBe('Giấy vụn loại 2');
    const closed = ok<Listing>(await call(s.dn, 'PUT', `/api/eco/listings/${mine.id}/status`, { status: 'closed' }));
    expect(closed.status).toBe('closed');
    expect((await listed(s.e2)).items.map((l) => l.id)).not.toContain(mine.id);
    expect((await listed(s.e2, '?status=all')).items.map((l) => l.id)).toContain(mine.id);
  });

  it('finds listings by code prefix and by words without accents', async () => {
    const byCode = await listed(s.ministry, '?side=offer&code=1912');
    expect(byCode.items.map((l) => l.ewcCode)).toEqual(['191202']);
    const byWords = await listed(s.ministry, '?q=sat%20thep');
    expect(byWords.items.map((l) => l.title)).toContain('Sắt thép vụn');
  });

  it('lets Boards add substitution pairs and everyone in the exchange read them', async () => {
    const pair = { offerCode: '1001', needCode: '1013', note: 'Tro bay thay một phần clinker' };
    expect((await call(s.e1, 'POST', '/api/eco/substitutions', pair)).statusCode).toBe(403);
    ok(await call(s.dn, 'POST', '/api/eco/substitutions', pair), 201);
    expect((await call(s.hp, 'POST', '/api/eco/substitutions', pair)).statusCode).toBe(409);
    expect(ok(await call(s.e4, 'GET', '/api/eco/substitutions')).items).toHaveLength(1);
  });

  it('offers each caller only the parks it may list in', async () => {
    const parks = async (who: Session, id: string) =>
      ok(await call(who, 'GET', `/api/eco/enterprise-parks?enterpriseId=${id}`));
    expect((await parks(s.e1, ids.e1)).items.map((p: { id: string }) => p.id)).toEqual([ids.parkA]);
    expect((await parks(s.e1, ids.e2)).items).toEqual([]);
    expect((await parks(s.dn, ids.e3)).items.map((p: { id: string }) => p.id)).toEqual([ids.parkB]);
    expect((await parks(s.hp, ids.e3)).items).toEqual([]);
    expect((await call(s.ministry, 'GET', `/api/eco/enterprise-parks?enterpriseId=${ids.e1}`)).statusCode).toBe(403);
  });

  it('keeps a park’s actions to its own Board', async () => {
    const card = ok<ScorecardOut>(await call(s.dn, 'GET', `/api/eco/parks/${ids.parkA}/scorecard?year=2026`));
    const action = card.requirements.find((r) => r.id === 'ENV.4')!.actions[0]!;
    const body = { title: action.title, owner: action.owner, dueOn: action.dueOn, status: 'open', note: '' };
    expect((await call(s.hp, 'PUT', `/api/eco/actions/${action.id}`, body)).statusCode).toBe(403);
    expect((await call(s.e1, 'PUT', `/api/eco/actions/${action.id}`, body)).statusCode).toBe(403);
  });
});
