import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { loadDemoDossiers } from '../../src/demo/onestop/load-dossiers';
import { seedDemo } from '../../src/demo/seed';
import { dossiers } from '../../src/modules/onestop/dossiers/schema';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { launchBrowser, openPage, screenshot, signIn, visit } from './harness';

/**
 * The one-stop desk's public tracking page (signed out) and its KPI dashboard (a Board officer),
 * on demo dossiers drawn on the legal clock; the server's clock runs from 26/11/2026 10:00.
 */
const started = Date.now();
const clock = () => new Date(Date.parse('2026-11-26T03:00:00Z') + Date.now() - started);
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
let returned: { code: string; timeliness: string | null };
let open: { code: string };

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
    clock,
  });
  await seedDemo(app, database.db, { country: false });
  await loadDemoDossiers(app, database.db, {
    now: clock(),
    provinces: [
      { code: '01', count: 700 },
      { code: '79', count: 100 },
    ],
  });
  const first = async (state: string) =>
    (
      await database.db
        .select()
        .from(dossiers)
        .where(and(eq(dossiers.state, state), eq(dossiers.provinceCode, '01')))
        .orderBy(asc(dossiers.code))
        .limit(1)
    )[0]!;
  returned = await first('returned');
  open = await first('in_process');
  url = await app.http.listen({ port: 0, host: '127.0.0.1' });
  stop = async () => {
    await app.http.close();
    await database.close();
  };
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

const officer = () => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === 'board_officer')!;
  return { username: a.username, password: a.password };
};

describe('one-stop desk', () => {
  it('lets anyone track a dossier by its code, signed out', async () => {
    const tab = await openPage(browser, url);
    const { page, problems } = tab;
    await visit(tab, '/tra-cuu-ho-so');
    expect(await page.getByTestId('sign-in-link').count()).toBe(1);
    await page.getByTestId('tracking-input').fill(returned.code.toLowerCase());
    await page.getByTestId('tracking-search').click();
    await page.waitForURL((u) => u.pathname === `/tra-cuu-ho-so/${returned.code}`);
    await page.getByTestId('tracking-result').waitFor();
    const text = (await page.getByTestId('tracking-result').textContent()) ?? '';
    expect(text).toContain(returned.code);
    expect(text).toContain('Đã trả kết quả');
    expect(text).toContain('Cổng Dịch vụ công quốc gia: 10');
    expect(text).toContain('Ban Quản lý các khu công nghiệp Hà Nội');
    const label = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' }[returned.timeliness ?? 'on_time'];
    expect(await page.getByTestId('tracking-timeliness').textContent()).toBe(label);
    await screenshot(page, 'onestop-tracking-returned');

    await visit(tab, `/tra-cuu-ho-so/${open.code}`);
    await page.getByTestId('tracking-result').waitFor();
    expect(await page.getByTestId('tracking-status').textContent()).toBe('Đang xử lý');
    await screenshot(page, 'onestop-tracking-open');

    await visit(tab, '/tra-cuu-ho-so/BQL01-260101-9999');
    await page.getByTestId('tracking-error').waitFor();
    expect(await page.getByTestId('tracking-error').textContent()).toContain(
      'Không tìm thấy hồ sơ có mã BQL01-260101-9999',
    );
    await screenshot(page, 'onestop-tracking-not-found');
    // The 404 of the unknown code is the page's answer, not a console problem.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it("shows a Board officer its province's KPIs with filters", async () => {
    const tab = await openPage(browser, url);
    const { page, problems } = tab;
    await signIn(tab, officer());
    expect(await page.getByTestId('nav-chi-so-mot-cua').count()).toBe(1);
    await visit(tab, '/chi-so-mot-cua?tu=2025-12-01&den=2026-11-25');
    await page.getByTestId('kpi-table').waitFor();
    expect(await page.getByTestId('kpi-dashboard').textContent()).toContain('Hà Nội');
    expect(await page.getByTestId('kpi-rate').textContent()).toMatch(/\d+,\d%|\d+%/);
    expect(await page.locator('[data-testid=kpi-table] tr.ant-table-row').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('kpi-766').textContent()).toContain('/ 20 điểm');
    expect(await page.getByTestId('kpi-export').getAttribute('href')).toBe(
      '/api/onestop/kpis.xlsx?from=2025-12-01&to=2026-11-25&groupBy=procedure',
    );
    await screenshot(page, 'onestop-kpi-procedure');
    await page.getByTestId('kpi-group').getByText('Cán bộ').click();
    await page.waitForURL((u) => u.searchParams.get('theo') === 'officer');
    await expect
      .poll(async () => (await page.getByTestId('kpi-table').textContent()) ?? '')
      .toContain('Trần Thị Thu Hà');
    await screenshot(page, 'onestop-kpi-officer');
    expect(problems).toEqual([]);
  });
});
