import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer } from '../support/server';

/** Debian's Chromium, headless, with the flags measured to work on these machines (STACK-NOTES.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const SCREENSHOTS = path.resolve('test-results/browser');

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Messages the page should never produce: script errors and Content-Security-Policy refusals. */
  problems: string[];
}

/** A fresh context (no cookies, no localStorage) with a desktop-sized window. */
export async function openPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.setDefaultTimeout(20_000);
  return { context, page, problems };
}

/** Opens a page of the app and waits until React has drawn it; fails fast with the reason if it cannot start. */
export async function visit({ page, problems }: TestPage, path: string): Promise<void> {
  await page.goto(path);
  try {
    await page.locator('#root > *').first().waitFor({ timeout: 15_000 });
  } catch {
    throw new Error(`the web app did not start at ${path}: ${problems.join('; ') || 'no error reported'}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface Account {
  username: string;
  password: string;
}

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(tab: TestPage, account: Account, path = '/dang-nhap'): Promise<void> {
  const { page } = tab;
  await visit(tab, path);
  await page.getByTestId('sign-in-username').fill(account.username);
  await page.getByTestId('sign-in-password').fill(account.password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  await page.getByTestId('account-menu').waitFor();
}

type Centers = Record<string, [number, number]>;

/**
 * The pixel centres the map publishes on its container, once they stop moving (the layout can
 * still shift while the table below loads).
 */
export async function mapCenters(page: Page, edition: '34' | '63'): Promise<Centers> {
  const map = page.locator(`[data-testid=map][data-edition="${edition}"][data-centers]`);
  await map.waitFor();
  let previous = '';
  for (let i = 0; i < 20; i++) {
    const current = (await map.getAttribute('data-centers')) ?? '';
    if (current && current === previous) return JSON.parse(current) as Centers;
    previous = current;
    await page.waitForTimeout(250);
  }
  return JSON.parse(previous) as Centers;
}

/** Clicks the map canvas at the centre of a province (`63:02`). */
export async function clickProvince(page: Page, id: string): Promise<void> {
  const edition = id.startsWith('63:') ? '63' : '34';
  const centers = await mapCenters(page, edition);
  const point = centers[id];
  if (!point) throw new Error(`the map has no centre for ${id}`);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map is not visible');
  await page.mouse.click(box.x + point[0], box.y + point[1]);
}

/**
 * One server (fresh database, demo accounts, built web app) and one Chromium per test file,
 * started before its tests and stopped after them.
 */
export function appInBrowser(options: Parameters<typeof startTestServer>[0] = {}): {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
} {
  const app = {} as { server: Awaited<ReturnType<typeof startTestServer>>; browser: Browser };
  beforeAll(async () => {
    app.server = await startTestServer(options);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/**
 * Opens an antd Select by its test id, optionally types to filter, and clicks the option. A
 * single-select's list closes with an animation; until it has gone, its options still take clicks,
 * so under load the next `choose` could land on the closing list. Wait for it to close (a
 * multi-select's list stays open by design).
 */
export async function choose(page: Page, testId: string, option: string | RegExp, search?: string) {
  const select = page.getByTestId(testId);
  const multiple = await select.evaluate(
    (el) =>
      el.matches('.ant-select-multiple') ||
      !!el.closest('.ant-select-multiple') ||
      !!el.querySelector('.ant-select-multiple'),
  );
  await select.click();
  if (search) await page.keyboard.type(search);
  const target = page.locator('.ant-select-item-option').filter({ hasText: option, visible: true }).first();
  await target.click();
  if (multiple) return;
  // A click that lands while the list is still opening can be dropped, leaving it open: click again.
  const anyOpen = page.locator('.ant-select-item-option').filter({ visible: true }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await anyOpen.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch {
      if (await target.isVisible()) await target.click({ timeout: 2000 }).catch(() => undefined);
    }
  }
  await anyOpen.waitFor({ state: 'hidden' });
}

/**
 * Types a day (dd/mm/yyyy) into an antd DatePicker and confirms it. The page may still be settling
 * from the previous action (a reset re-renders the picker with today), so it types again until the
 * day stays.
 */
export async function pickDate(page: Page, testId: string, day: string) {
  const input = page.locator(`[data-testid=${testId}] input, input[data-testid=${testId}]`).first();
  await expect
    .poll(async () => {
      if ((await input.inputValue()) !== day) {
        await input.click();
        await input.fill(day);
        await input.press('Enter');
      }
      return input.inputValue();
    })
    .toBe(day);
}
