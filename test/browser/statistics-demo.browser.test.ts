import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { seedDemo } from '../../src/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { launchBrowser, openPage, screenshot, signIn, visit } from './harness';

/**
 * The forms page on the demo country (a tenth of the national scale), as a Board officer and the
 * ministry see it: the screenshots are looked at, and every form of the quarter must compute and
 * draw without an error.
 */
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
const account = (role: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
  return { username: a.username, password: a.password };
};

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
  });
  await seedDemo(app, database.db, { scale: 0.1, seed: 7, modules: false });
  // The demo country carries no State Bank rates; the forms that convert need one by the period's end.
  await app.services.investment.addExchangeRate(systemActor('test'), {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2026-09-30',
    source: 'NHNN tỷ giá trung tâm',
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

describe('forms page on the demo country', () => {
  it('draws every form of the last quarter for Hà Nội, and the country for the ministry', async () => {
    const tab = await openPage(browser, url);
    const { page } = tab;
    await signIn(tab, account('board_officer'));
    await visit(tab, '/bieu-mau-thong-ke?period=2026-Q3&form=2101');
    try {
      await page.getByTestId('form-table').waitFor({ timeout: 60_000 });
    } finally {
      await screenshot(page, 'statistics-demo-first');
    }
    await screenshot(page, 'statistics-demo-2101-hanoi');
    const codes = await page
      .locator('[data-testid^=form-item-]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('form-item-'.length)));
    expect(codes.length).toBeGreaterThan(1);
    const failed: string[] = [];
    for (const code of codes) {
      await page.getByTestId(`form-item-${code}`).click();
      const viewer = page.getByTestId('form-viewer');
      await expect.poll(() => viewer.textContent(), { timeout: 30_000 }).toContain(`${code}.H.QLKKT`);
      const drawn = viewer.locator('[data-testid=form-table], .ant-alert-error').first();
      await drawn.waitFor({ timeout: 60_000 });
      if ((await drawn.getAttribute('data-testid')) !== 'form-table')
        failed.push(`${code}: ${await drawn.textContent()}`);
      await screenshot(page, `statistics-demo-${code}-hanoi`);
    }
    expect(failed).toEqual([]);
    expect(tab.problems).toEqual([]);

    const ministry = await openPage(browser, url);
    await signIn(ministry, account('ministry'));
    await visit(ministry, '/bieu-mau-thong-ke?period=2026-Q3&form=2101');
    await ministry.page.getByTestId('form-table').waitFor({ timeout: 60_000 });
    await screenshot(ministry.page, 'statistics-demo-2101-country');
    expect(ministry.problems).toEqual([]);
  }, 600_000);

  it("pages the country's list of projects in KKTs a hundred rows at a time, the total the same on every page", async () => {
    const tab = await openPage(browser, url);
    const { page } = tab;
    await signIn(tab, account('ministry'));
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/statistics/forms/2113?')) asked.push(r.url());
    });
    await visit(tab, '/bieu-mau-thong-ke?period=2025&form=2113');
    const section = page.getByTestId('form-section-projects');
    await section.waitFor({ timeout: 60_000 });
    const firstCell = () =>
      section.locator('.ant-table-tbody tr.ant-table-row').first().locator('td').first().textContent();
    const totalRow = () => page.getByTestId('form-total-row').textContent();
    await expect.poll(firstCell).toBe('1');
    await screenshot(page, 'statistics-demo-2113-country-page-1');
    // The pager is drawn beside the section's table, in its wrapper.
    const pager = page.getByTestId('form-viewer').locator('.ant-pagination');
    const shown = await pager.locator('.ant-pagination-total-text').textContent();
    const all = Number(/trong ([\d.]+)/.exec(shown ?? '')?.[1]?.replace(/\./g, ''));
    expect(shown).toContain('Dòng 1–100 trong');
    expect(all).toBeGreaterThan(100);
    expect(await section.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(100);
    const total = await totalRow();

    await pager.locator('.ant-pagination-item-2').click();
    await expect.poll(firstCell).toBe('101');
    expect(page.url()).toContain('page=2');
    expect(await section.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(Math.min(100, all - 100));
    expect(await totalRow()).toBe(total);
    // The browser asked the server for pages, never for the whole list.
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const u of asked) expect(u).toContain('pageSize=100');
    await screenshot(page, 'statistics-demo-2113-country-page-2');
    expect(tab.problems).toEqual([]);
  }, 300_000);
});
