import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../src/platform/auth/contract';
import { appInBrowser, choose, openPage, screenshot, signIn, type TestPage } from './harness';

const app = appInBrowser();

async function postAs(tab: TestPage, url: string, data: unknown) {
  const csrf = (await tab.context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const res = await tab.context.request.post(`${app.server.url}${url}`, { data, headers: { [CSRF_HEADER]: csrf } });
  if (!res.ok()) throw new Error(`${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

describe('Tổng quan and Bản tin tổng hợp', () => {
  it('the ministry opens the dashboard and a briefing, switches the map indicator and opens a figure’s records', async () => {
    // The Hà Nội Board records an operating park and an FDI project in 2025.
    const board = await openPage(app.browser, app.server.url);
    await signIn(board, app.server.accounts.board_officer);
    const decision = { number: '12/QĐ-UBND', date: '2025-02-01' };
    const park = await postAs(board, '/api/parks', {
      code: 'KCN-TL',
      name: 'KCN Thăng Long',
      kinds: [],
      adminUnitId: '34:01',
    });
    await postAs(board, `/api/parks/${park.id}/events`, {
      kind: 'established',
      act: 'irc',
      area: '274',
      date: '2025-02-01',
      decision,
    });
    await postAs(board, `/api/parks/${park.id}/events`, { kind: 'operating', date: '2025-03-01' });
    const investor = await postAs(board, '/api/investors', {
      kind: 'organisation',
      name: 'Canon Inc.',
      nationality: 'JP',
    });
    await postAs(board, '/api/projects', {
      projectCode: '1234567890',
      name: 'Nhà máy linh kiện Canon Thăng Long',
      location: { kind: 'park', parkId: park.id },
      type: 'production_business',
      landAreaHa: '12',
      sectors: ['2610'],
      investors: [{ investorId: investor.id, share: '100' }],
      certificate: { date: '2025-04-10', registeredCapital: { value: '85000000', currency: 'USD' } },
    });
    await board.context.close();

    const t = await openPage(app.browser, app.server.url);
    const { page, problems } = t;
    await signIn(t, app.server.accounts.ministry);
    await page.goto('/tong-quan?ky=2025');
    await page.getByTestId('dashboard-page').waitFor();
    const fdi = page.getByTestId('key-valid.FDI.capital');
    await expect.poll(() => fdi.textContent()).toContain('85,00');
    const map = page.getByTestId('insights-choropleth');
    await map.waitFor();
    expect(await map.getAttribute('data-edition')).toBe('34');
    await page.getByTestId('choropleth-indicator').getByText('Vốn FDI').click();
    await expect.poll(() => map.getAttribute('data-indicator')).toBe('valid.FDI.capital');
    await page.waitForTimeout(500);
    await screenshot(page, 'insights-dashboard');

    // Before 1 July 2025 the map has the 63 provinces.
    await choose(page, 'dashboard-period', 'Năm 2024');
    await expect.poll(() => page.getByTestId('insights-choropleth').getAttribute('data-edition')).toBe('63');
    await choose(page, 'dashboard-period', 'Năm 2025');
    await expect.poll(() => page.getByTestId('insights-choropleth').getAttribute('data-edition')).toBe('34');

    await fdi.click();
    const drawer = page.getByTestId('insights-drill');
    await expect.poll(() => drawer.textContent()).toContain('Nhà máy linh kiện Canon Thăng Long');
    await screenshot(page, 'insights-dashboard-drill');
    await page.keyboard.press('Escape');

    await page.goto('/ban-tin?pham-vi=group:north30-2025&ky=2025');
    await page.getByTestId('briefing-page').waitFor();
    const table = page.getByTestId('briefing-table');
    await expect.poll(() => page.getByTestId('briefing-page').textContent()).toContain('30 tỉnh, thành phía Bắc');
    await expect.poll(() => table.textContent()).toContain('Vốn đăng ký FDI lũy kế');
    await expect
      .poll(() => page.getByTestId('briefing-page').textContent())
      .toContain('1 KCN đã đi vào hoạt động với tổng diện tích 274,00 ha');
    await screenshot(page, 'insights-briefing');
    await page.getByTestId('figure-parks.operating.count').click();
    await expect.poll(() => page.getByTestId('insights-drill').textContent()).toContain('KCN Thăng Long');
    await page.getByTestId('insights-drill').getByRole('link', { name: 'KCN-TL' }).click();
    await expect.poll(() => page.url()).toContain(`/khu-cong-nghiep/${park.id}`);
    expect(problems).toEqual([]);
  });
});
