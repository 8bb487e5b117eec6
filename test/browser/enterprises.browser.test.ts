import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, choose, openPage, screenshot, signIn, visit } from './harness';

const app = appInBrowser();

const fieldError = (page: Page, testId: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');

describe('Doanh nghiệp, nhà đầu tư, tỷ giá (enterprises, investors, rates)', () => {
  it('a Board officer adds an enterprise, edits it with a trail, and finds it by name or tax code', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await page.getByTestId('nav-doanh-nghiep').click();
    await page.getByTestId('enterprises-page').waitFor();

    await page.getByTestId('enterprise-add').click();
    await page.getByTestId('enterprise-taxcode').fill('0106660001');
    await page.getByTestId('enterprise-name').fill('Công ty Cổ phần Cơ khí Đông Anh');
    await page.getByTestId('enterprise-address').fill('Số 12 đường Cao Lỗ');
    await page.getByTestId('enterprise-commune').fill('Xã Đông Anh');
    await choose(page, 'enterprise-province', '01 · Thành phố Hà Nội', 'ha noi');
    await page.getByTestId('enterprise-representative').fill('Trần Quốc Việt');
    await screenshot(page, 'enterprises-add-form');
    await page.getByTestId('enterprise-submit').click();

    await page.waitForURL(/\/doanh-nghiep\/[0-9a-f-]{36}$/);
    await page.getByTestId('enterprise-title').waitFor();
    expect(await page.getByTestId('enterprise-title').textContent()).toBe('Công ty Cổ phần Cơ khí Đông Anh');
    const identity = page.getByTestId('enterprise-identity');
    expect(await identity.textContent()).toContain('Xã Đông Anh');
    expect(await identity.textContent()).toContain('Thành phố Hà Nội');
    await expect.poll(() => page.getByTestId('record-trail').textContent()).toContain('Tạo doanh nghiệp');

    await page.getByTestId('enterprise-edit').click();
    await page.getByTestId('enterprise-representative').fill('Nguyễn Thị Hồng');
    await page.getByTestId('enterprise-submit').click();
    await expect.poll(() => identity.textContent()).toContain('Nguyễn Thị Hồng');
    await expect.poll(() => page.getByTestId('record-trail').textContent()).toContain('Sửa doanh nghiệp');
    // The trail shows what changed.
    await page.getByTestId('record-trail').locator('.ant-table-row-expand-icon').first().click();
    await expect.poll(() => page.getByTestId('audit-change').first().textContent()).toContain('legalRepresentative');
    await screenshot(page, 'enterprises-detail');

    // The same tax code again: the Vietnamese message on the tax-code field.
    await visit(tab, '/doanh-nghiep');
    await page.getByTestId('enterprise-add').click();
    await page.getByTestId('enterprise-taxcode').fill('0106660001');
    await page.getByTestId('enterprise-name').fill('Trùng mã số thuế');
    await choose(page, 'enterprise-province', '01 · Thành phố Hà Nội', 'ha noi');
    await page.getByTestId('enterprise-submit').click();
    await expect
      .poll(() => fieldError(page, 'enterprise-taxcode').textContent())
      .toBe('Mã số thuế 0106660001 đã có doanh nghiệp khác.');
    await page.keyboard.press('Escape');

    const rows = page.locator('[data-testid=enterprises-table] tr.ant-table-row');
    const search = page.getByTestId('enterprises-search').locator('input');
    await search.fill('co khi dong anh');
    await search.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('0106660001');
    await search.fill('0106660001');
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('q=0106660001');
    await expect.poll(() => rows.count()).toBe(1);
    // The list re-reads its search box from the address after the previous search; a fill that
    // lands before that is overwritten, so search again until the address carries it.
    await expect
      .poll(async () => {
        if (!page.url().includes('q=khong')) {
          await search.fill('khong co doanh nghiep nay');
          await search.press('Enter');
        }
        return rows.count();
      })
      .toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('investors are added from their tab; rates are entered by the ministry and only read by Boards', async () => {
    const officer = await openPage(app.browser, app.server.url);
    await signIn(officer, app.server.accounts.board_officer);
    await visit(officer, '/doanh-nghiep');
    await officer.page.getByTestId('tab-investors').click();
    await officer.page.getByTestId('investors-page').waitFor();
    await officer.page.getByTestId('investor-add').click();
    await officer.page.getByTestId('investor-name').fill('Tập đoàn Mitsui');
    await choose(officer.page, 'investor-nationality', 'Nhật Bản', 'nhat ban');
    await officer.page.getByTestId('investor-submit').click();
    await officer.page.waitForURL(/\/doanh-nghiep\/nha-dau-tu\/[0-9a-f-]{36}$/);
    await expect.poll(() => officer.page.getByTestId('record-trail').textContent()).toContain('Tạo nhà đầu tư');
    await visit(officer, '/doanh-nghiep/nha-dau-tu?q=mitsui');
    const investorRows = officer.page.locator('[data-testid=investors-table] tr.ant-table-row');
    await expect.poll(() => investorRows.count()).toBe(1);
    expect(await investorRows.first().textContent()).toContain('Nhật Bản');

    await officer.page.getByTestId('tab-rates').click();
    await officer.page.getByTestId('rates-page').waitFor();
    expect(await officer.page.getByTestId('rate-submit').count()).toBe(0);
    expect(officer.problems).toEqual([]);
    await officer.context.close();

    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, app.server.accounts.ministry);
    await visit(ministry, '/doanh-nghiep/ty-gia');
    await ministry.page.getByTestId('rate-value').fill('25.450');
    const date = ministry.page
      .locator('input[data-testid=rate-date]')
      .or(ministry.page.getByTestId('rate-date').locator('input'))
      .first();
    await date.click();
    await date.fill('02/01/2025');
    await date.press('Enter');
    await ministry.page.getByTestId('rate-submit').click();
    const rateRows = ministry.page.locator('[data-testid=rates-table] tr.ant-table-row');
    await expect.poll(() => rateRows.first().textContent()).toContain('02/01/2025');
    expect(await rateRows.first().textContent()).toContain('25.450 VND');
    await screenshot(ministry.page, 'rates');
    expect(ministry.problems).toEqual([]);
    await ministry.context.close();
  });
});
