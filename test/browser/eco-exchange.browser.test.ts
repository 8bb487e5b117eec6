import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { seedDemo } from '../../src/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { choose, launchBrowser, openPage, screenshot, signIn, visit } from './harness';

/**
 * The symbiosis exchange end to end: a steel mill lists its scrap as an offer through the form; the
 * Board officer of Hà Nội opens its ranked matches (the same-code need in the same park first, each
 * with its reasons), proposes the deal and moves it to operating on the deal board; the park's
 * scorecard then counts one symbiosis link (ENV.1) from live data. The screenshots are looked at.
 */
const system = systemActor('test');
const mill = { username: 'dn.thep', password: 'Mat-khau-thu-2026' };
const board = { username: 'bql.hanoi', password: 'IzaBql#2026' };
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
const ids = {} as Record<'parkA' | 'parkB', string>;

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
  });
  await seedDemo(app, database.db, { country: false });
  const { zones, investment, eco, auth } = app.services;
  const park = async (code: string, name: string, lon: string, lat: string) =>
    (
      await zones.createPark(system, {
        code,
        name,
        kinds: ['eco'],
        adminUnitId: '63:01',
        lon,
        lat,
        firstEvent: {
          kind: 'established',
          date: '2010-01-01',
          act: 'establishment_decision',
          area: '300',
          decision: { number: `QĐ-${code}`, date: '2010-01-01' },
        },
      } as never)
    ).id;
  ids.parkA = await park('ECO-TT', 'KCN Thạch Thất – Quốc Oai', '105.58', '21.02');
  ids.parkB = await park('ECO-PN', 'KCN Phú Nghĩa', '105.65', '20.93');
  const investor = (
    await investment.createInvestor(system, { kind: 'organisation', name: 'Công ty mẹ', nationality: 'VN' } as never)
  ).id;
  const firm = async (taxCode: string, nameVi: string, parkId: string, n: number) => {
    const id = (await investment.createEnterprise(system, { taxCode, nameVi, adminUnitId: '63:01', sectors: ['24'] }))
      .id;
    await investment.createProject(system, {
      projectCode: `ECO-B-${n}`,
      name: `Nhà máy ${n}`,
      enterpriseId: id,
      location: { kind: 'park', parkId },
      type: 'production_business',
      sectors: ['2410'],
      landAreaHa: '4',
      investors: [{ investorId: investor, share: '100' }],
      certificate: { date: '2019-05-10', registeredCapital: { value: '50000000000', currency: 'VND' } },
    } as never);
    return id;
  };
  const steel = await firm('0100000101', 'Công ty Thép Thạch Thất', ids.parkA, 1);
  const foundry = await firm('0100000102', 'Công ty Đúc Quốc Oai', ids.parkA, 2);
  const alu = await firm('0100000103', 'Công ty Nhôm Phú Nghĩa', ids.parkB, 3);
  const need = (enterpriseId: string, parkId: string, title: string, ewcCode: string, quantity: string) =>
    eco.createListing(system, {
      side: 'need',
      enterpriseId,
      parkId,
      resource: 'material',
      title,
      ewcCode,
      description: '',
      hazardous: false,
      acceptsHazardous: false,
      quantity,
      unit: 't',
      frequency: 'year',
      qualityNotes: '',
      availableFrom: '2025-01-01',
      confidentiality: 'public',
      partnerEnterpriseIds: [],
    });
  await need(foundry, ids.parkA, 'Thép phế liệu cho lò cảm ứng', '191202', '500');
  await need(alu, ids.parkB, 'Kim loại màu vụn', '191203', '200');
  await auth.createUser(system, { ...mill, displayName: 'Nguyễn Văn Thép', role: 'enterprise', enterpriseId: steel });
  url = await app.http.listen({ port: 0, host: '127.0.0.1' });
  stop = async () => {
    await app.http.close();
    await database.close();
  };
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

describe('Sàn cộng sinh công nghiệp', () => {
  it('goes from a listed offer to an operating deal that the park scorecard counts', async () => {
    // The steel mill lists its scrap.
    const millTab = await openPage(browser, url);
    await signIn(millTab, mill);
    const page = millTab.page;
    await page.getByTestId('nav-khu-sinh-thai').click();
    await page.getByTestId('new-offer').click();
    await choose(page, 'listing-park', 'KCN Thạch Thất – Quốc Oai');
    await page.getByTestId('listing-title').fill('Sắt thép vụn sau cán');
    await choose(page, 'ewc-select', /19 12 02/, '191202');
    await page.getByTestId('listing-quantity').fill('40');
    await page.getByTestId('listing-save').click();
    const rows = page.locator('[data-testid=listing-table] tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Sắt thép vụn sau cán');
    expect(await rows.first().textContent()).toContain('40 t/tháng');
    await screenshot(page, 'eco-offer-listed');
    expect(millTab.problems).toEqual([]);

    // The Board officer opens its matches.
    const boardTab = await openPage(browser, url);
    await signIn(boardTab, board);
    const bp = boardTab.page;
    await visit(boardTab, '/khu-sinh-thai');
    await bp
      .locator('[data-testid=listing-table] tr.ant-table-row')
      .filter({ hasText: 'Sắt thép vụn sau cán' })
      .getByTestId('open-matches')
      .click();
    const suggestions = bp.getByTestId('suggestion');
    await expect.poll(() => suggestions.count()).toBe(2);
    const first = (await suggestions.first().textContent()) ?? '';
    expect(first).toContain('Công ty Đúc Quốc Oai');
    expect(first).toContain('Cùng mã chất thải 19 12 02');
    expect(first).toContain('Cùng khu công nghiệp');
    expect(first).toContain('Cung 480 t/năm, cầu 500 t/năm: đáp ứng 96% nhu cầu');
    const second = (await suggestions.nth(1).textContent()) ?? '';
    expect(second).toContain('Cùng phân nhóm chất thải 19 12');
    expect(second).toMatch(/Cách \d+ km \(đường chim bay\), cùng tỉnh/);
    await screenshot(bp, 'eco-matches');
    await suggestions.first().getByTestId('propose-deal').click();
    await expect.poll(() => suggestions.first().textContent()).toContain('Đã có giao dịch');

    // The deal board: proposed → contacted → agreed → operating.
    await visit(boardTab, '/khu-sinh-thai?tab=deals');
    const deal = bp.locator('[data-testid=deal-table] tr.ant-table-row').first();
    await deal.getByTestId('deal-status-proposed').waitFor();
    for (const status of ['contacted', 'agreed', 'operating']) {
      await deal.getByTestId(`move-${status}`).click();
      await bp.locator('#move-confirm').click();
      await deal.getByTestId(`deal-status-${status}`).waitFor();
    }
    await screenshot(bp, 'eco-deal-operating');

    // The park's scorecard counts the link.
    await visit(boardTab, `/khu-sinh-thai/danh-gia?park=${ids.parkA}`);
    await expect.poll(() => bp.getByTestId('status-ENV.1').textContent()).toBe('Đạt');
    expect(await bp.getByTestId('value-ENV.1').textContent()).toBe('1');
    await screenshot(bp, 'eco-scorecard');
    expect(boardTab.problems).toEqual([]);
  });
});
