import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../src/platform/auth/contract';
import { appInBrowser, choose, openPage, screenshot, signIn, type TestPage } from './harness';

const app = appInBrowser();

async function call(tab: TestPage, method: 'GET' | 'POST', url: string, data?: unknown) {
  const csrf = (await tab.context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  return tab.context.request.fetch(`${app.server.url}${url}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: { [CSRF_HEADER]: csrf },
  });
}
async function postAs(tab: TestPage, url: string, data: unknown) {
  const res = await call(tab, 'POST', url, data);
  if (!res.ok()) throw new Error(`${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

describe('Tổng quan of an infrastructure developer with several parks', () => {
  it('shows all its parks by default, one park when picked, and the server refuses another developer’s park', async () => {
    // The Hà Nội Board records the developer, its two parks and a third park of someone else, one FDI project each.
    const board = await openPage(app.browser, app.server.url);
    await signIn(board, app.server.accounts.board_officer);
    const enterprise = await postAs(board, '/api/enterprises', {
      taxCode: '0101234567',
      nameVi: 'Công ty CP Phát triển hạ tầng Thăng Long',
      adminUnitId: '34:01',
      sectors: [],
    });
    const investor = await postAs(board, '/api/investors', {
      kind: 'organisation',
      name: 'Canon Inc.',
      nationality: 'JP',
    });
    const park = async (
      code: string,
      name: string,
      developerEnterpriseId: string | null,
      usd: string,
      projectCode: string,
    ) => {
      const p = await postAs(board, '/api/parks', {
        code,
        name,
        kinds: [],
        adminUnitId: '34:01',
        ...(developerEnterpriseId ? { developerEnterpriseId } : {}),
      });
      await postAs(board, '/api/projects', {
        projectCode,
        name: `Nhà máy tại ${name}`,
        location: { kind: 'park', parkId: p.id },
        type: 'production_business',
        landAreaHa: '10',
        sectors: ['2610'],
        investors: [{ investorId: investor.id, share: '100' }],
        certificate: { date: '2025-04-10', registeredCapital: { value: usd, currency: 'USD' } },
      });
      return p.id;
    };
    await park('KCN-TL1', 'KCN Thăng Long I', enterprise.id, '30000000', '1234500001');
    await park('KCN-TL2', 'KCN Thăng Long II', enterprise.id, '50000000', '1234500002');
    const other = await park('KCN-QO', 'KCN Quang Minh', null, '70000000', '1234500003');
    await board.context.close();

    // The administrator gives the developer's staff an account acting for it.
    const admin = await openPage(app.browser, app.server.url);
    await signIn(admin, app.server.accounts.admin);
    const account = { username: 'cdt.thanglong', password: 'CdtThangLong#2026' };
    await postAs(admin, '/api/users', {
      ...account,
      displayName: 'Vũ Minh Đức (Hạ tầng Thăng Long)',
      role: 'developer',
      enterpriseId: enterprise.id,
    });
    await admin.context.close();

    const t = await openPage(app.browser, app.server.url);
    const { page, problems } = t;
    await signIn(t, account);
    await page.goto('/tong-quan?ky=2025');
    await page.getByTestId('dashboard-page').waitFor();
    const title = page.getByTestId('dashboard-page').locator('h3');
    await expect.poll(() => title.textContent()).toContain('KCN Thăng Long I, KCN Thăng Long II');
    const count = page.getByTestId('key-valid.FDI.count');
    await expect.poll(() => count.textContent()).toContain('2');
    await expect.poll(() => page.getByTestId('key-valid.FDI.capital').textContent()).toContain('80,00');
    await screenshot(page, 'insights-developer-all-parks');

    // The picker offers only its own parks.
    await page.getByTestId('dashboard-park').click();
    const options = page.locator('.ant-select-item-option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['Tất cả KCN của tôi', 'KCN Thăng Long I', 'KCN Thăng Long II']);
    await page.keyboard.press('Escape');
    await choose(page, 'dashboard-park', 'KCN Thăng Long II');
    await expect.poll(() => page.url()).toContain('kcn=');
    await expect.poll(() => title.textContent()).toMatch(/– KCN Thăng Long II$/);
    await expect.poll(() => page.getByTestId('key-valid.FDI.capital').textContent()).toContain('50,00');
    await screenshot(page, 'insights-developer-one-park');

    // A briefing is of provinces: the developer is pointed back to its parks' dashboard.
    await page.goto('/ban-tin');
    await page.getByTestId('briefing-no-sets').waitFor();
    await page.getByTestId('briefing-no-sets').getByRole('link').click();
    await page.getByTestId('dashboard-park').waitFor();

    // Another park is refused by the server, whatever the address says.
    const res = await call(t, 'GET', `/api/insights/dashboard?period=2025&park=${other}`);
    expect(res.status()).toBe(403);
    expect(problems).toEqual([]);
  });
});
