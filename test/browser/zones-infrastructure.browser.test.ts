import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { type DemoPark, generateDemoCountry } from '../../src/demo/country/index';
import { uuidOf } from '../../src/demo/country-rows';
import { seedDemo } from '../../src/demo/seed';
import { todayInVietnam } from '../../src/kernel/format';
import { systemActor } from '../../src/platform/auth/actor';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { choose, launchBrowser, openPage, pickDate, screenshot, signIn, visit } from './harness';

/**
 * The registry facts that were API-only, on the demo country (a twentieth of national scale): a
 * Board officer links a park to its infrastructure project through the picker and records its
 * infrastructure completion; the Board of a coastal province records a special zone's central
 * wastewater plant on the KKT page. The screenshots are looked at.
 */
const OPTIONS = { scale: 0.05, seed: 7, modules: false };
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
const country = generateDemoCountry({ ...OPTIONS, today: todayInVietnam(new Date()) });
const account = (role: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
  return { username: a.username, password: a.password };
};
// A Hà Nội park with its infrastructure project (the demo Board is Hà Nội's).
const park: DemoPark = country.parks.find((p) => p.adminUnitId === '34:01' && p.infrastructureProjectId)!;
const infraProject = [...country.projects].find((p) => p.id === park.infrastructureProjectId)!;
// A KKT with special zones, and a Board officer of its province.
const special = country.specialZones.find(
  (s) =>
    s.statuses.at(-1)?.status === 'operating' &&
    s.wastewater.at(-1)?.status !== 'not_built' &&
    s.wastewater.every((r) => r.date < '2026-10-15'),
)!;
const kkt = country.economicZones.find((z) => z.id === special.zoneId)!;
const coastalBoard = { username: 'bql.kkt', password: 'IzaBqlKkt#2026' };

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
  });
  await seedDemo(app, database.db, OPTIONS);
  await app.services.auth.createUser(systemActor('test'), {
    ...coastalBoard,
    displayName: 'Chuyên viên BQL KKT',
    role: 'board_officer',
    provinceCode: kkt.adminUnitId.slice(3),
  });
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

const tab = (page: Page, name: string) => page.locator('.ant-tabs-tab').filter({ hasText: name }).click();

describe('park infrastructure and special-zone plants', () => {
  it('a Board officer links the infrastructure project and records a completion %, and sees both', async () => {
    const t = await openPage(browser, url);
    const { page } = t;
    await signIn(t, account('board_officer'));
    const parkId = uuidOf(park.id);
    await visit(t, `/khu-cong-nghiep/${parkId}`);
    await page.getByTestId('park-profile').waitFor();
    await tab(page, 'Hạ tầng');
    const card = page.getByTestId('infra-project-card');
    // The demo links it; unlink it, so the link is made again through the picker.
    await expect.poll(() => card.textContent()).toContain(infraProject.name);
    await page.getByTestId('infra-project-unlink').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => card.textContent()).toContain('KCN chưa được gắn với dự án hạ tầng');
    const before = await page.getByTestId('progress-table').locator('tr.ant-table-row').count();

    await page.getByTestId('infra-project-link').click();
    await choose(page, 'infra-project-select', infraProject.code, infraProject.code.slice(0, 6));
    await page.getByTestId('infra-project-submit').click();
    await expect.poll(() => card.textContent()).toContain(infraProject.name);

    await page.getByTestId('progress-add').click();
    await pickDate(page, 'progress-date', '15/11/2026');
    await page.getByTestId('progress-value').fill('150');
    await page.getByTestId('progress-source').fill('Biên bản nghiệm thu hạ tầng KCN, tháng 11/2026');
    await page.getByTestId('progress-submit').click();
    await expect.poll(() => page.getByTestId('progress-modal').textContent()).toContain('từ 0 đến 100');
    await page.getByTestId('progress-value').fill('100');
    await page.getByTestId('progress-submit').click();
    const rows = page.getByTestId('progress-table').locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(before + 1);
    await expect.poll(() => rows.first().textContent()).toContain('15/11/2026');
    expect(await rows.first().textContent()).toContain('100 %');
    await expect.poll(() => page.getByTestId('progress-now').textContent()).toContain('100 %');
    await screenshot(page, 'zones-infrastructure-park');

    // The same value is on the timeline and in the API, as Biểu 2103 will read it.
    const after = await (await t.context.request.get(`${url}/api/parks/${parkId}`)).json();
    expect(after.infrastructureProjectId).toBe(uuidOf(infraProject.id));
    expect(after.infrastructure.at(-1)).toMatchObject({ date: '2026-11-15', value: '100' });

    // The project's page shows the charter capital its certificate states (Biểu 2115), on the card and per event.
    await page.getByTestId('infra-project-name').click();
    const charter = page.getByTestId('charter-capital');
    await expect.poll(() => charter.textContent()).toMatch(/^[\d.]+ (VND|USD)$/);
    await expect.poll(() => page.locator('body').textContent()).toContain('Vốn điều lệ:');
    await screenshot(page, 'zones-infrastructure-project');
    expect(t.problems).toEqual([]);
  }, 300_000);

  it('a KKT’s Board records a special zone’s wastewater plant and sees it with its history', async () => {
    const t = await openPage(browser, url);
    const { page } = t;
    await signIn(t, coastalBoard);
    await visit(t, `/khu-kinh-te/${uuidOf(kkt.id)}`);
    await page.getByTestId('zone-profile').waitFor();
    await tab(page, 'Khu chức năng');
    const row = page.locator('[data-testid=special-table] tr.ant-table-row').filter({ hasText: special.code });
    await expect.poll(() => row.textContent()).toContain(special.name);
    await row.getByTestId('szww-record').click();
    await pickDate(page, 'szww-date', '15/10/2026');
    await choose(page, 'szww-status', 'Đang hoạt động');
    await page.getByTestId('szww-design').fill('6.000');
    await page.getByTestId('szww-operating').fill('4.200');
    await page.getByTestId('szww-source').fill('Báo cáo môi trường quý III/2026');
    await page.getByTestId('szww-submit').click();
    const cell = page.getByTestId(`szww-${special.code}`);
    // The demo plant may already be operating: wait for the new capacities, not for the status.
    await expect.poll(() => cell.textContent()).toContain('6.000');
    expect(await cell.textContent()).toContain('4.200');
    expect(await cell.textContent()).toContain('Đang hoạt động');
    await row.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.locator('.ant-table-expanded-row').first().textContent()).toContain('15/10/2026');
    await screenshot(page, 'zones-infrastructure-special-zones');
    expect(t.problems).toEqual([]);
  }, 300_000);
});
