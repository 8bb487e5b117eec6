import { describe, expect, it } from 'vitest';
import { appInBrowser, clickProvince, mapCenters, openPage, screenshot, visit } from './harness';

const app = appInBrowser();

const tableRows = '[data-testid=province-table] tr.ant-table-row';

describe('Địa bàn (map page)', () => {
  it('shows the 34 provinces on the map and in the table, with the boundary attribution, signed out', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await visit(tab, '/');
    await page.waitForURL((url) => url.pathname === '/dia-ban');
    const centers = await mapCenters(page, '34');
    expect(Object.keys(centers)).toHaveLength(34);
    await expect.poll(() => page.locator(tableRows).count()).toBe(34);
    expect(await page.getByTestId('attribution').textContent()).toBe(
      'Ranh giới: Open Development Mekong / Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam, CC BY-SA 4.0',
    );
    expect(await page.getByTestId('region-legend').textContent()).toContain('Đồng bằng sông Hồng');
    expect(await page.getByTestId('province-panel').getAttribute('data-empty')).toBe('true');

    // hovering a province tells where it came from
    const box = (await page.getByTestId('map').boundingBox())!;
    const [x, y] = centers['34:24']!;
    await page.mouse.move(box.x + x, box.y + y);
    await expect.poll(() => page.getByTestId('map').textContent()).toContain('Hợp thành từ: Bắc Giang, Bắc Ninh');
    await screenshot(page, 'map-34-hover');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to the 63 provinces and selects one by clicking it on the map', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await visit(tab, '/dia-ban');
    await mapCenters(page, '34');
    await page.getByTestId('edition-switch').click();
    expect(Object.keys(await mapCenters(page, '63'))).toHaveLength(63);
    await expect.poll(() => page.locator(tableRows).count()).toBe(63);

    // Hà Giang (02) went into the new Tuyên Quang (08) on 1 July 2025
    await clickProvince(page, '63:02');
    const panel = page.locator('[data-testid=province-panel][data-province-id="63:02"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Tỉnh Hà Giang');
    const lineage = page.getByTestId('province-lineage');
    await expect.poll(() => lineage.textContent()).toContain('Tỉnh Tuyên Quang');
    expect(await lineage.textContent()).toContain('Nghị quyết 202/2025/QH15');
    expect(await lineage.textContent()).toContain('01/07/2025');
    expect(await page.locator('tr[data-row-key="63:02"]').getAttribute('class')).toContain('iza-row-selected');
    expect(page.url()).toContain('tinh=63');
    await screenshot(page, 'map-63-selected');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('preselects a province from the address and selects another from the table', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context } = tab;
    await visit(tab, '/dia-ban?tinh=34:24');
    const panel = page.locator('[data-testid=province-panel][data-province-id="34:24"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Tỉnh Bắc Ninh');
    await expect.poll(() => page.getByTestId('province-lineage').textContent()).toContain('Tỉnh Bắc Giang');

    await page.locator('tr[data-row-key="34:01"]').click();
    await page.locator('[data-testid=province-panel][data-province-id="34:01"]').waitFor();
    expect(await page.getByTestId('province-panel').textContent()).toContain('Thành phố Hà Nội');
    await context.close();
  });
});
