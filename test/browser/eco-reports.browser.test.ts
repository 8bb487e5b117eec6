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
 * An eco-enterprise files its annual B.4 (Decree 35/2022 Art. 43.2): the registry's facts (its
 * RECP savings) arrive locked, it adds its production capacity and submits; the Board officer of
 * the province sees it waiting in the list and accepts it. The screenshots are looked at.
 */
const system = systemActor('test');
const firmUser = { username: 'dn.giay', password: 'Mat-khau-thu-2026' };
const board = { username: 'bql.hanoi', password: 'IzaBql#2026' };
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
const lastYear = new Date().getFullYear() - 1;

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
  });
  await seedDemo(app, database.db, { country: false });
  const { zones, investment, eco, auth } = app.services;
  const parkId = (
    await zones.createPark(system, {
      code: 'ECO-RP',
      name: 'KCN Sinh thái Phú Xuyên',
      kinds: ['eco'],
      adminUnitId: '63:01',
      lon: '105.92',
      lat: '20.72',
      firstEvent: {
        kind: 'established',
        date: '2012-01-01',
        act: 'establishment_decision',
        area: '250',
        decision: { number: 'QĐ-ECO-RP', date: '2012-01-01' },
      },
    } as never)
  ).id;
  const investor = (
    await investment.createInvestor(system, { kind: 'organisation', name: 'Công ty mẹ', nationality: 'VN' } as never)
  ).id;
  const firm = (
    await investment.createEnterprise(system, {
      taxCode: '0100000201',
      nameVi: 'Công ty Giấy Phú Xuyên',
      adminUnitId: '63:01',
      sectors: ['17'],
    })
  ).id;
  await investment.createProject(system, {
    projectCode: 'ECO-RP-1',
    name: 'Nhà máy giấy bao bì',
    enterpriseId: firm,
    location: { kind: 'park', parkId },
    type: 'production_business',
    sectors: ['1701'],
    landAreaHa: '6',
    investors: [{ investorId: investor, share: '100' }],
    certificate: { date: '2019-05-10', registeredCapital: { value: '90000000000', currency: 'VND' } },
  } as never);
  await eco.createRecp(system, {
    enterpriseId: firm,
    parkId,
    type: 'water',
    title: 'Tuần hoàn nước trắng máy xeo',
    startedOn: `${lastYear}-02-01`,
    savedKwh: '0',
    savedM3: '120000',
    savedTonnes: '0',
    savedTco2e: '0',
    costSavedMillionVnd: '960',
    evidence: 'Biên bản nghiệm thu hệ thống tuần hoàn',
  });
  await auth.createUser(system, { ...firmUser, displayName: 'Trần Thị Giấy', role: 'enterprise', enterpriseId: firm });
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

describe('Báo cáo doanh nghiệp sinh thái (Mẫu B.4)', () => {
  it('the enterprise files B.4 with locked registry figures and the Board accepts it', async () => {
    const firmTab = await openPage(browser, url);
    await signIn(firmTab, firmUser);
    const page = firmTab.page;
    await visit(firmTab, '/khu-sinh-thai?tab=reports');
    await page.getByTestId('ecorep-new').click();
    await choose(page, 'ecorep-form', 'Mẫu B.4');
    await choose(page, 'ecorep-park', 'KCN Sinh thái Phú Xuyên');
    await page.getByTestId('ecorep-create').click();
    await page.getByTestId('eco-report').waitFor();
    expect(await page.getByTestId('report-status').textContent()).toBe('Lưu nháp');
    // RECP savings from the register: locked, in vi-VN numbers.
    expect(await page.getByTestId('value-waterSaved').textContent()).toBe('120.000');
    expect(await page.getByTestId('value-waterCost').textContent()).toBe('960');
    expect(await page.getByTestId('value-enterpriseName').textContent()).toBe('Công ty Giấy Phú Xuyên');

    // Submitting without the production table is refused with the field marked.
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-error').waitFor();
    expect(await page.getByTestId('report-error').textContent()).toContain('Năng lực sản xuất');

    await page.getByTestId('add-row').click();
    await page.getByTestId('cell-product').fill('Giấy bao bì');
    await page.getByTestId('cell-designCapacity').fill('60000');
    await page.getByTestId('cell-output').fill('52000');
    await page.getByTestId('cell-energyUse').fill('31000');
    await page.getByTestId('cell-revenue').fill('780000');
    await page.getByTestId('input-electricityCo2').fill('12,5');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Chờ tiếp nhận');
    expect(await page.getByTestId('value-co2Total').textContent()).toBe('12,5');
    await screenshot(page, 'eco-report-b4-submitted');
    expect(firmTab.problems).toEqual([]);

    // The Board of Hà Nội accepts it from its list, reached from the periodic reports' pages.
    const boardTab = await openPage(browser, url);
    await signIn(boardTab, board);
    const bp = boardTab.page;
    await visit(boardTab, '/bao-cao-dinh-ky');
    await bp.getByTestId('receiver-nav').getByText('Báo cáo sinh thái (A.4, A.5, B.4, B.5)').click();
    await bp.getByTestId('eco-reports').waitFor();
    expect(new URL(bp.url()).search).toBe('?tab=reports');
    const row = bp.locator('[data-testid=eco-reports] tr.ant-table-row').filter({ hasText: 'Công ty Giấy Phú Xuyên' });
    expect(await row.textContent()).toContain('Chờ tiếp nhận');
    await screenshot(bp, 'eco-reports-board-list');
    await row.getByTestId('open-report-B.4').click();
    await bp.getByTestId('report-accept').click();
    await expect.poll(() => bp.getByTestId('report-status').textContent()).toBe('Đã tiếp nhận');
    await screenshot(bp, 'eco-report-b4-accepted');

    // The Board's overview: the park by its assessment status, the RECP trend by year.
    await visit(boardTab, '/khu-sinh-thai?tab=overview');
    const overview = bp.getByTestId('eco-overview');
    await expect.poll(() => overview.textContent()).toContain('KCN Sinh thái Phú Xuyên');
    expect(await overview.textContent()).toContain('120.000');
    await expect.poll(() => bp.getByTestId('eco-park-map').getAttribute('data-points')).toBe('1');
    await screenshot(bp, 'eco-overview');
    expect(boardTab.problems).toEqual([]);

    // The enterprise's eco page lists its RECP measure and its accepted B.4.
    await visit(firmTab, '/khu-sinh-thai');
    await page.getByTestId('open-enterprise-eco').click();
    const profile = page.getByTestId('enterprise-eco');
    await expect.poll(() => profile.textContent()).toContain('Công ty Giấy Phú Xuyên');
    await profile.getByRole('tab', { name: 'Báo cáo B.4, B.5' }).click();
    await expect.poll(() => profile.getByTestId('eco-reports').textContent()).toContain('Đã tiếp nhận');
    await screenshot(page, 'eco-enterprise-page');
    expect(firmTab.problems).toEqual([]);
  });
});
