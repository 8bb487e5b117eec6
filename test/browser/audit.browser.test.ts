import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, screenshot, signIn, visit } from './harness';

const app = appInBrowser();

const rows = '[data-testid=audit-table] tr.ant-table-row';

describe('Nhật ký hệ thống (audit log)', () => {
  it('shows an administrator their own sign-in, with before and after', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.admin);
    await page.getByTestId('nav-nhat-ky').click();
    await page.waitForURL((url) => url.pathname === '/quan-tri/nhat-ky');
    await page.locator(rows).first().waitFor();

    const signInRow = page
      .locator(rows)
      .filter({ hasText: 'auth.sign_in' })
      .filter({ hasText: app.server.accounts.admin.username });
    await expect.poll(() => signInRow.count()).toBeGreaterThan(0);
    // the action is named in Vietnamese beside its code; times are shown as dd/mm/yyyy HH:mm:ss
    expect(await signInRow.first().textContent()).toContain('Đăng nhập');
    expect(await signInRow.first().textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
    await signInRow.first().locator('.ant-table-row-expand-icon').click();
    const change = page.getByTestId('audit-change');
    await change.waitFor();
    expect(await change.textContent()).toContain('Trước');
    expect(await change.textContent()).toContain('Sau');

    // the action filter goes to the server and comes back in the address
    await page.getByTestId('audit-action').fill('auth.sign_in');
    await page.getByTestId('audit-search').click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'auth.sign_in');
    await expect
      .poll(async () => {
        const actions = await page.locator(`${rows} td:nth-child(4)`).allTextContents();
        return actions.length > 0 && actions.every((a) => a.includes('auth.sign_in'));
      })
      .toBe(true);
    await screenshot(page, 'audit-admin');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows 403 to a signed-in user who is not an administrator, and no menu entry', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    expect(await page.getByTestId('nav-nhat-ky').count()).toBe(0);
    await visit(tab, '/quan-tri/nhat-ky');
    const forbidden = page.getByTestId('forbidden');
    await forbidden.waitFor();
    expect(await forbidden.textContent()).toContain('403');
    await screenshot(page, 'audit-forbidden');
    await context.close();
  });
});
