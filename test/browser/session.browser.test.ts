import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, screenshot, signIn, visit } from './harness';

const app = appInBrowser();

describe('sign-in', () => {
  it('sends a visitor to sign in, shows errors in the chosen language, then goes where they were going', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await visit(tab, '/quan-tri/nhat-ky');
    await page.waitForURL(
      (url) => url.pathname === '/dang-nhap' && url.searchParams.get('next') === '/quan-tri/nhat-ky',
    );

    await page.getByTestId('sign-in-username').fill(app.server.accounts.admin.username);
    await page.getByTestId('sign-in-password').fill('not-the-password-1');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    const vietnamese = await error.textContent();
    expect(vietnamese).toContain('Không đăng nhập được');
    await screenshot(page, 'sign-in-error-vi');

    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => error.textContent()).toContain('Could not sign in');
    expect(await error.textContent()).not.toBe(vietnamese);
    await page.getByTestId('lang-switch').getByText('VI').click();

    await page.getByTestId('sign-in-password').fill(app.server.accounts.admin.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/quan-tri/nhat-ky');
    await page.getByTestId('audit-page').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs out from the account menu', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await page.getByTestId('account-menu').click();
    await expect.poll(() => page.getByTestId('account-role').textContent()).toBe('Chuyên viên Ban Quản lý');
    await page.getByTestId('menu-sign-out').click();
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await context.close();
  });
});

describe('language', () => {
  it('switches to English and back, and the signed-in choice survives a reload and a new browser', async () => {
    const first = await openPage(app.browser, app.server.url);
    const { page } = first;
    await signIn(first, app.server.accounts.board_officer);
    const mapLink = page.getByTestId('nav-dia-ban');
    expect(await mapLink.textContent()).toBe('Địa bàn');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');

    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => mapLink.textContent()).toBe('Map');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'map-english');

    // kept on the server: wait for the save, then reload
    await expect
      .poll(async () => ((await (await page.request.get('/api/auth/me')).json()) as { locale: string }).locale)
      .toBe('en');
    await page.reload();
    await expect.poll(() => mapLink.textContent()).toBe('Map');

    // a new browser (no localStorage) gets the user's language after signing in
    const second = await openPage(app.browser, app.server.url);
    await signIn(second, app.server.accounts.board_officer);
    await expect.poll(() => second.page.getByTestId('nav-dia-ban').textContent()).toBe('Map');
    await second.context.close();

    await page.getByTestId('lang-switch').getByText('VI').click();
    await expect.poll(() => mapLink.textContent()).toBe('Địa bàn');
    await expect
      .poll(async () => ((await (await page.request.get('/api/auth/me')).json()) as { locale: string }).locale)
      .toBe('vi');
    await page.reload();
    await expect.poll(() => mapLink.textContent()).toBe('Địa bàn');
    expect(first.problems).toEqual([]);
    await first.context.close();
  });

  it("remembers a signed-out visitor's choice in the browser", async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context } = tab;
    await visit(tab, '/dia-ban');
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('nav-dia-ban').textContent()).toBe('Map');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-dia-ban').textContent()).toBe('Map');
    expect(await page.getByTestId('attribution').textContent()).toContain('Department of Survey and Mapping Vietnam');
    await context.close();
  });
});
