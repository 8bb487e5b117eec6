import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, choose, openPage, screenshot, signIn, visit } from './harness';

const app = appInBrowser();

const rows = '[data-testid=users-table] tr.ant-table-row';
const NEW_OFFICER = { username: 'bql.hanoi.mai', password: 'MatKhauMai2026' };

/** The validation message under a form field. */
const fieldError = (page: Page, testId: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');

async function openUsers(page: Page) {
  await page.getByTestId('nav-nguoi-dung').click();
  await page.waitForURL((url) => url.pathname === '/quan-tri/nguoi-dung');
  await page.locator(rows).first().waitFor();
}

describe('Người dùng (user administration)', () => {
  it('an administrator adds a Board officer for Hà Nội, who can then sign in', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.admin);
    await openUsers(page);
    // the demo accounts are listed with their role and scope
    const demoOfficer = page.locator(rows).filter({ hasText: app.server.accounts.board_officer.username });
    await expect.poll(() => demoOfficer.first().textContent()).toContain('01 · Thành phố Hà Nội');
    expect(await demoOfficer.first().textContent()).toContain('Chuyên viên Ban Quản lý');

    await page.getByTestId('user-add').click();
    await page.getByTestId('user-username').fill(NEW_OFFICER.username);
    await page.getByTestId('user-displayName').fill('Vũ Thị Mai (Chuyên viên BQL Hà Nội)');
    await page.getByTestId('user-email').fill('mai.vt@hanoi.gov.vn');
    await choose(page, 'user-role', 'Chuyên viên Ban Quản lý');
    // the province field appears for Board roles, with the 34 provinces in force
    await choose(page, 'user-province', '01 · Thành phố Hà Nội', 'ha noi');
    await page.getByTestId('user-password').fill(NEW_OFFICER.password);
    await page.getByTestId('user-password-confirm').fill(NEW_OFFICER.password);
    await screenshot(page, 'users-add-form');
    await page.getByTestId('user-submit').click();

    const created = page.locator(rows).filter({ hasText: NEW_OFFICER.username });
    await created.waitFor();
    await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
    const text = await created.textContent();
    expect(text).toContain('Vũ Thị Mai');
    expect(text).toContain('01 · Thành phố Hà Nội');
    expect(text).toContain('Đang hoạt động');
    await screenshot(page, 'users-list');
    expect(problems).toEqual([]);
    await context.close();

    const officerTab = await openPage(app.browser, app.server.url);
    await signIn(officerTab, NEW_OFFICER);
    await officerTab.page.getByTestId('account-menu').click();
    await expect.poll(() => officerTab.page.getByTestId('account-role').textContent()).toBe('Chuyên viên Ban Quản lý');
    // not an administrator: no menu entry, and the page is refused
    expect(await officerTab.page.getByTestId('nav-nguoi-dung').count()).toBe(0);
    await visit(officerTab, '/quan-tri/nguoi-dung');
    await officerTab.page.getByTestId('forbidden').waitFor();
    await officerTab.context.close();
  });

  it('shows the Vietnamese error on the username field when the name is taken', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.admin);
    await openUsers(page);

    await page.getByTestId('user-add').click();
    const taken = app.server.accounts.board_officer.username;
    await page.getByTestId('user-username').fill(taken);
    await page.getByTestId('user-displayName').fill('Người trùng tên');
    await choose(page, 'user-role', 'Doanh nghiệp');
    // no province for an enterprise user
    expect(await page.getByTestId('user-province').count()).toBe(0);
    await page.getByTestId('user-password').fill('MatKhauTrung2026');
    await page.getByTestId('user-password-confirm').fill('MatKhauTrung2026');
    await page.getByTestId('user-submit').click();

    const error = fieldError(page, 'user-username');
    await expect.poll(() => error.textContent()).toBe(`Tên đăng nhập "${taken}" đã có người dùng.`);
    // the drawer stays open with what was typed
    expect(await page.getByTestId('user-displayName').inputValue()).toBe('Người trùng tên');
    await screenshot(page, 'users-duplicate');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('unlocks a locked account, and reloads the form when someone else saved first', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    const target = app.server.accounts.enterprise.username;
    for (let i = 0; i < 5; i++) {
      await page.request.post('/api/auth/sign-in', { data: { username: target, password: `sai-mat-khau-${i}` } });
    }
    await signIn(tab, app.server.accounts.admin);
    await openUsers(page);
    const row = page.locator(rows).filter({ hasText: target });
    await expect.poll(() => row.textContent()).toMatch(/Tạm khóa đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await screenshot(page, 'users-locked');
    await row.getByTestId('user-unlock').click();
    await expect.poll(() => row.textContent()).toContain('Đang hoạt động');
    expect(await row.getByTestId('user-unlock').count()).toBe(0);

    // The administrator opens the edit form; meanwhile another administrator renames the user.
    await row.getByTestId('user-edit').click();
    const name = page.getByTestId('user-displayName');
    await expect.poll(() => name.inputValue()).toContain('Đỗ Thị Lan');
    const list = await page.request.get(`/api/users?q=${target}`);
    const current = (await list.json()).items[0] as { id: string; updatedAt: string };
    const csrf = (await context.cookies()).find((c) => c.name === 'iza_csrf')!.value;
    const other = await page.request.patch(`/api/users/${current.id}`, {
      data: { updatedAt: current.updatedAt, displayName: 'Đỗ Thị Lan (đã đổi)' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(other.status()).toBe(200);

    await name.fill('Đỗ Lan');
    await page.getByTestId('user-submit').click();
    const error = page.getByTestId('user-form-error');
    await expect.poll(() => error.textContent()).toContain('Người dùng đã được người khác sửa. Hãy tải lại.');
    await expect.poll(() => name.inputValue()).toBe('Đỗ Thị Lan (đã đổi)');
    await screenshot(page, 'users-edit-conflict');
    // Saving again now starts from the other version, and goes through.
    await name.fill('Đỗ Lan');
    await page.getByTestId('user-submit').click();
    await expect.poll(() => row.textContent()).toContain('Đỗ Lan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resets a password (typed twice) in English, and the user signs in with it', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.admin);
    await page.getByTestId('lang-switch').getByText('EN').click();
    await openUsers(page);
    await expect.poll(() => page.getByTestId('users-page').locator('h3').textContent()).toBe('Users');
    const target = app.server.accounts.developer.username;
    const row = page.locator(rows).filter({ hasText: target });
    await expect.poll(() => row.textContent()).toContain('Infrastructure developer');
    await row.getByTestId('user-reset-password').click();
    await page.getByTestId('reset-password').fill('MatKhauCapLai2026');
    await page.getByTestId('reset-password-confirm').fill('MatKhauCapLai2027');
    await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
    await expect.poll(() => fieldError(page, 'reset-password-confirm').textContent()).toBe('The two passwords differ.');
    await page.getByTestId('reset-password-confirm').fill('MatKhauCapLai2026');
    await screenshot(page, 'users-reset-password-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
    await page.getByText(`A new password is set for ${target}.`).waitFor();
    // back to Vietnamese for the other tests' account
    await page.getByTestId('lang-switch').getByText('VI').click();
    expect(problems).toEqual([]);
    await context.close();

    const userTab = await openPage(app.browser, app.server.url);
    await signIn(userTab, { username: target, password: 'MatKhauCapLai2026' });
    await userTab.context.close();
  });
});
