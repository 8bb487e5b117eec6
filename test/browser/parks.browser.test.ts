import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../src/platform/auth/contract';
import { appInBrowser, choose, openPage, pickDate, screenshot, signIn, type TestPage } from './harness';

const app = appInBrowser();
const rows = '[data-testid=parks-table] tr.ant-table-row';

const fieldError = (page: Page, testId: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');

/** Records parks through the API with the browser's own session (cookie and CSRF token). */
async function postAs(tab: TestPage, url: string, data: unknown, method: 'post' | 'patch' = 'post') {
  const csrf = (await tab.context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const res = await tab.context.request[method](`${app.server.url}${url}`, { data, headers: { [CSRF_HEADER]: csrf } });
  if (!res.ok()) throw new Error(`${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string; updatedAt: string };
}

const decision = (number: string, date: string) => ({ number, date });

describe('Khu công nghiệp (parks)', () => {
  it('a Board officer creates a park, records an event and land, sees them in the timeline and on the map', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await page.getByTestId('nav-khu-cong-nghiep').click();
    await page.getByTestId('parks-page').waitFor();

    // The form: the Board's own province is proposed; the first event comes with it.
    await page.getByTestId('park-add').click();
    await page.getByTestId('park-code').fill('KCN-HN-THACH-THAT');
    await page.getByTestId('park-name').fill('KCN Thạch Thất – Quốc Oai');
    await expect.poll(() => page.getByTestId('park-unit').textContent()).toContain('Thành phố Hà Nội');
    await page.getByTestId('park-commune').fill('Xã Phùng Xá');
    await page.getByTestId('park-lon').fill('105,585');
    await page.getByTestId('park-lat').fill('21,035');
    await page.getByTestId('park-lease').fill('50');
    await page.getByTestId('park-first').getByText('Thành lập').click();
    await pickDate(page, 'event-date', '15/03/2021');
    await choose(page, 'event-act', 'Quyết định thành lập KCN');
    await page.getByTestId('event-area').fill('155,5');
    await page.getByTestId('event-decision-no').fill('1234/QĐ-UBND');
    await page.getByTestId('event-issuer').fill('UBND thành phố Hà Nội');
    await screenshot(page, 'parks-create-form');
    await page.getByTestId('park-submit').click();

    await page.getByTestId('park-profile').waitFor();
    expect(await page.getByTestId('park-title').textContent()).toBe('KCN Thạch Thất – Quốc Oai');
    expect(await page.getByTestId('park-status').first().textContent()).toContain('Đã thành lập');
    expect(await page.getByTestId('park-province-asof').textContent()).toContain('Thành phố Hà Nội (34:01)');
    expect(await page.getByTestId('land-established').textContent()).toBe('155,5 ha');
    const parkId = page.url().split('/').pop()!;

    // A lifecycle event: the park starts operating.
    await page.getByTestId('park-record-event').click();
    await choose(page, 'event-kind', 'Đi vào hoạt động');
    await pickDate(page, 'event-date', '01/06/2023');
    await page.getByTestId('event-decision-no').fill('88/TB-BQL');
    await page.getByTestId('event-submit').click();
    await page.getByTestId('event-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('park-status').first().textContent()).toContain('Đã đi vào hoạt động');

    // A land value: industrial-service land from a report.
    await page.getByTestId('park-record-land').click();
    await choose(page, 'land-measure', 'Diện tích đất công nghiệp, dịch vụ');
    await pickDate(page, 'land-date', '31/12/2023');
    await page.getByTestId('land-value').fill('112,25');
    await page.getByTestId('land-source').fill('Báo cáo tình hình KCN quý 4/2023');
    await page.getByTestId('land-submit').click();
    await page.getByTestId('land-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('land-industrial').textContent()).toBe('112,25 ha');
    await page.getByTestId('land-chart').waitFor();
    await screenshot(page, 'parks-profile');

    // Both are in the timeline, with their decision and source, in date order.
    await page.locator('.ant-tabs-tab').filter({ hasText: 'Diễn biến' }).click();
    const items = page.locator('[data-testid=timeline-item]');
    await expect.poll(() => items.count()).toBe(3);
    const texts = await items.allTextContents();
    expect(texts[0]).toContain('Thành lập');
    expect(texts[0]).toContain('Theo 1234/QĐ-UBND ngày 15/03/2021 — UBND thành phố Hà Nội');
    expect(texts[0]).toContain('diện tích 155,5 ha');
    expect(texts[1]).toContain('Đi vào hoạt động');
    expect(texts[1]).toContain('Theo 88/TB-BQL ngày 01/06/2023');
    expect(texts[2]).toContain('Diện tích đất công nghiệp, dịch vụ: 112,25 ha');
    expect(texts[2]).toContain('Báo cáo tình hình KCN quý 4/2023');
    await screenshot(page, 'parks-timeline');

    // As of 2022 the park was established, not yet operating; the later facts are greyed.
    await pickDate(page, 'park-as-of', '01/01/2022');
    await expect.poll(() => page.getByTestId('park-status').first().textContent()).toContain('Đã thành lập');
    expect(await page.getByText('sau ngày xem').count()).toBe(2);

    // The trail of edits shows the three writes, newest first.
    await page.locator('.ant-tabs-tab').filter({ hasText: 'Lịch sử chỉnh sửa' }).click();
    const trail = page.locator('[data-testid=trail-table] tr.ant-table-row');
    await expect.poll(() => trail.count()).toBe(3);
    expect(await trail.first().textContent()).toContain('Ghi số liệu đất của KCN');
    expect(await trail.last().textContent()).toContain('Tạo khu công nghiệp');

    // A centralised wastewater plant, then its operation; capacities are checked against each other.
    await page.getByTestId('park-as-of-today').click();
    await page.locator('.ant-tabs-tab').filter({ hasText: 'Xử lý nước thải' }).click();
    await page.getByTestId('plant-add').click();
    await page.getByTestId('plant-name').fill('Nhà máy XLNT tập trung số 1');
    await page.getByTestId('plant-investment').fill('120.000.000.000');
    await pickDate(page, 'plant-date', '01/02/2024');
    await choose(page, 'plant-status', 'Đang xây dựng');
    await page.getByTestId('plant-design').fill('4.000');
    await page.getByTestId('plant-source').fill('Báo cáo của chủ đầu tư');
    await page.getByTestId('plant-submit').click();
    await page.getByTestId('plant-modal').waitFor({ state: 'hidden' });
    const plant = page.locator('[data-testid=plants-table] tr.ant-table-row').first();
    await expect.poll(() => plant.textContent()).toContain('Đang xây dựng · từ 01/02/2024');
    expect(await plant.textContent()).toContain('120.000.000.000 VND');
    await page.getByTestId('plant-record').click();
    await pickDate(page, 'plant-date', '01/09/2025');
    await choose(page, 'plant-status', 'Đang hoạt động');
    await page.getByTestId('plant-operating').fill('5.000');
    await page.getByTestId('plant-source').fill('Biên bản nghiệm thu');
    await page.getByTestId('plant-submit').click();
    await expect.poll(() => fieldError(page, 'plant-operating').textContent()).toContain('lớn hơn công suất thiết kế');
    await page.getByTestId('plant-operating').fill('2.500');
    await page.getByTestId('plant-submit').click();
    await page.getByTestId('plant-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => plant.textContent()).toContain('Đang hoạt động · từ 01/09/2025');
    expect(await plant.textContent()).toContain('2.500 m³/ngày đêm');
    await screenshot(page, 'parks-wastewater');

    // The map: the park is a point of its status; clicking it opens the profile.
    await page.goto(`${app.server.url}/khu-cong-nghiep/ban-do`);
    const map = page.locator('[data-testid=points-map][data-points]');
    await map.waitFor();
    await expect.poll(async () => JSON.parse((await map.getAttribute('data-points')) ?? '{}')[parkId]).toBeTruthy();
    expect(await page.getByTestId('legend-operating').textContent()).toBe('1');
    await page.waitForTimeout(500);
    const point = JSON.parse((await map.getAttribute('data-points')) ?? '{}')[parkId] as [number, number];
    const box = (await page.getByTestId('points-canvas').boundingBox())!;
    await screenshot(page, 'parks-map');
    await page.mouse.click(box.x + point[0], box.y + point[1]);
    await page.waitForURL((url) => url.pathname === `/khu-cong-nghiep/${parkId}`);
    await page.getByTestId('park-profile').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the server’s field errors on the form fields', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer, '/dang-nhap?next=/khu-cong-nghiep');
    await page.getByTestId('parks-page').waitFor();
    await postAs(tab, '/api/parks', { code: 'KCN-TRUNG-MA', name: 'KCN Trùng mã', adminUnitId: '34:01' });
    await page.getByTestId('park-add').click();
    await page.getByTestId('park-code').fill('KCN-TRUNG-MA');
    await page.getByTestId('park-name').fill('KCN Khác');
    await page.getByTestId('park-lon').fill('105,8');
    await page.getByTestId('park-submit').click();
    // Both problems at once: the half coordinate first (400), then the taken code (409).
    await expect.poll(() => fieldError(page, 'park-lat').textContent()).toContain('Cần cả kinh độ và vĩ độ');
    await page.getByTestId('park-lat').fill('21,0');
    await page.getByTestId('park-submit').click();
    await expect.poll(() => fieldError(page, 'park-code').textContent()).toContain('đã được dùng');
    await screenshot(page, 'parks-form-errors');

    // Someone else saves while the form is open: the form says so and shows their version.
    const taken = await postAs(tab, '/api/parks', {
      code: 'KCN-HAI-NGUOI',
      name: 'KCN Hai người sửa',
      adminUnitId: '34:01',
    });
    await page.goto(`${app.server.url}/khu-cong-nghiep/${taken.id}`);
    await page.getByTestId('park-edit').click();
    await page.getByTestId('park-commune').fill('Xã Kim Anh');
    await postAs(
      tab,
      `/api/parks/${taken.id}`,
      { updatedAt: taken.updatedAt, name: 'KCN Hai người sửa (bản mới)' },
      'patch',
    );
    await page.getByTestId('park-submit').click();
    await expect.poll(() => page.getByTestId('park-form-error').textContent()).toContain('đã được người khác sửa');
    await expect.poll(() => page.getByTestId('park-name').inputValue()).toBe('KCN Hai người sửa (bản mới)');
    await page.getByTestId('park-commune').fill('Xã Kim Anh');
    await page.getByTestId('park-submit').click();
    await page.getByTestId('park-drawer').locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('park-identity').textContent()).toContain('Xã Kim Anh');
    expect(await page.getByTestId('park-title').textContent()).toBe('KCN Hai người sửa (bản mới)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters and searches the list, keeping the choices in the URL and in the Excel link', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer, '/dang-nhap?next=/khu-cong-nghiep');
    await page.getByTestId('parks-page').waitFor();
    const established = (date: string, area: string) => ({
      kind: 'established',
      date,
      act: 'establishment_decision',
      area,
      decision: decision(`QĐ-${date}`, date),
    });
    const thangLong = await postAs(tab, '/api/parks', {
      code: 'KCN-THANG-LONG',
      name: 'KCN Thăng Long',
      adminUnitId: '63:01',
      kinds: ['eco'],
      firstEvent: established('1997-11-01', '274'),
    });
    await postAs(tab, `/api/parks/${thangLong.id}/events`, { kind: 'operating', date: '2000-01-01' });
    await postAs(tab, '/api/parks', {
      code: 'KCN-QUANG-MINH',
      name: 'KCN Quang Minh',
      adminUnitId: '63:01',
      firstEvent: established('2001-06-01', '407'),
    });
    await postAs(tab, '/api/parks', {
      code: 'KCN-SOC-SON',
      name: 'KCN Sóc Sơn',
      adminUnitId: '34:01',
      firstEvent: { kind: 'planned', approved: true, date: '2025-09-01', decision: decision('QH-01', '2025-09-01') },
    });
    await page.reload();

    // Search without diacritics.
    await page.getByTestId('parks-search').locator('input').fill('thang long');
    await page.getByTestId('parks-search').locator('input').press('Enter');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    expect(await page.locator(rows).first().textContent()).toContain('KCN Thăng Long');
    expect(new URL(page.url()).searchParams.get('q')).toBe('thang long');

    // Status and kind on the date.
    await page.getByTestId('parks-reset').click();
    const listed = async () => (await page.locator(rows).allTextContents()).join('|');
    // The list settles on the new filter (the previous rows stay shown while it loads).
    const shows = (wanted: string, notWanted: string) => async () => {
      const text = await listed();
      return text.includes(wanted) && !text.includes(notWanted);
    };
    await choose(page, 'parks-status', 'Đã đi vào hoạt động');
    await expect.poll(shows('KCN Thăng Long', 'KCN Quang Minh')).toBe(true);
    for (const row of await page.locator(rows).allTextContents()) expect(row).toContain('Đã đi vào hoạt động');
    await choose(page, 'parks-status', 'Đã thành lập');
    await expect.poll(shows('KCN Quang Minh', 'KCN Thăng Long')).toBe(true);
    await page.getByTestId('parks-reset').click();
    await choose(page, 'parks-kind', 'KCN sinh thái');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    const href = await page.getByTestId('parks-export').getAttribute('href');
    expect(href).toMatch(/^\/api\/parks\.xlsx\?/);
    expect(new URLSearchParams(href!.split('?')[1]).get('kind')).toBe('eco');

    // In 1999 Thăng Long was established, not yet operating; Quang Minh, whose history begins
    // later, did not exist yet and is not listed.
    await page.getByTestId('parks-reset').click();
    await pickDate(page, 'as-of', '01/01/1999');
    const row = (name: string) => page.locator(rows).filter({ hasText: name });
    await expect.poll(() => row('KCN Thăng Long').textContent()).toContain('Đã thành lập · từ 01/11/1997');
    expect(await row('KCN Quang Minh').count()).toBe(0);
    await choose(page, 'parks-status', 'Đã thành lập');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    await choose(page, 'parks-province', '01 · Thành phố Hà Nội', 'ha noi');
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('01');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('1999-01-01');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    await screenshot(page, 'parks-list-filtered');

    // The URL alone gives the same list in a new tab.
    const again = await openPage(app.browser, app.server.url);
    await signIn(
      again,
      app.server.accounts.board_officer,
      `/dang-nhap?next=${encodeURIComponent('/khu-cong-nghiep?q=quang')}`,
    );
    await expect.poll(() => again.page.locator(rows).count()).toBe(1);
    expect(await again.page.locator(rows).first().textContent()).toContain('KCN Quang Minh');
    await again.context.close();
    expect(problems).toEqual([]);
    await context.close();
  });
});
