import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, screenshot, signIn, visit } from './harness';

// The server's clock runs from Friday 13/2/2026 15:30 (Hà Nội), the last afternoon before Tết Bính Ngọ.
const started = Date.now();
const app = appInBrowser({ clock: () => new Date(Date.parse('2026-02-13T08:30:00Z') + Date.now() - started) });

const rows = '[data-testid=procedure-table] tr.ant-table-row';

describe('Thủ tục hành chính (public procedure catalogue)', () => {
  it('lets a signed-out visitor search a procedure without accents, open it and read its limit and steps', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await visit(tab, '/thu-tuc');
    await expect.poll(() => page.locator(rows).count()).toBe(13);
    expect(await page.getByTestId('sign-in-link').count()).toBe(1);
    expect(await page.getByTestId('nav-thu-tuc').textContent()).toBe('Thủ tục hành chính');
    await screenshot(page, 'onestop-catalogue');

    await page.getByTestId('procedure-search').fill('giay phep lao dong cho nguoi nuoc ngoai');
    await page.waitForURL((url) => url.searchParams.get('q') === 'giay phep lao dong cho nguoi nuoc ngoai');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    const row = page.locator(rows).first();
    expect(await row.textContent()).toContain('1.014199.H05');
    expect(await row.textContent()).toContain('10 ngày làm việc');
    await screenshot(page, 'onestop-catalogue-search');

    await page.getByTestId('procedure-1.014199.H05').click();
    await page.waitForURL((url) => url.pathname === '/thu-tuc/1.014199.H05');
    expect(await page.getByTestId('procedure-name').textContent()).toBe(
      'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    );
    expect(await page.getByTestId('procedure-limit').textContent()).toBe('10 ngày làm việc');
    const cases = (await page.getByTestId('procedure-cases').textContent()) ?? '';
    expect(cases).toContain('Không đủ điều kiện');
    expect(cases).toContain('3 ngày làm việc');
    expect(cases).toContain('Quyết định 1513/QĐ-UBND');
    const steps = (await page.getByTestId('procedure-steps').textContent()) ?? '';
    expect(steps).toContain('Bước 1: Tiếp nhận, kiểm tra hồ sơ');
    expect(steps).toContain('0,5 ngày làm việc');
    expect(steps).toContain('Bước 4: Trả kết quả');
    // The refusal case has its own, shorter steps.
    expect(steps).toContain('Trường hợp: Không đủ điều kiện (trả lời bằng văn bản)');
    expect(steps).toContain('Bước 2: Xem xét, lập văn bản trả lời nêu rõ lý do');
    // Paper after 15:00: from Mon 23/2 07:00 (Tết 16–20/2), 10 working days; online has no cut-off.
    const appointment = page.getByTestId('appointment-grant');
    await expect.poll(() => appointment.textContent()).toContain('Trực tiếp, bưu chính: 06/03/2026 17:00');
    expect(await appointment.textContent()).toMatch(/Trực tuyến: 06\/03\/2026 15:3\d/);
    expect(await page.getByTestId('appointment-refuse').textContent()).toContain('25/02/2026 17:00');
    expect(await page.getByTestId('procedure-documents').textContent()).toContain('Giấy chứng nhận sức khỏe');
    expect(await page.getByTestId('procedure-legal-basis').textContent()).toContain('Quyết định 886/QĐ-BNV');
    await screenshot(page, 'onestop-procedure-work-permit');

    // In English the catalogue's own text follows; the legal references stay Vietnamese.
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('procedure-limit').textContent()).toBe('10 working days');
    expect(await page.getByTestId('procedure-name').textContent()).toBe('Work permit for a foreign worker');
    expect(await page.getByTestId('procedure-steps').textContent()).toContain('Step 1: Receive, check and pass');
    await screenshot(page, 'onestop-procedure-work-permit-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the eco-industrial-park procedure with its 3-working-day, 15-day and 40-day rules', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await visit(tab, '/thu-tuc?q=khu%20cong%20nghiep%20sinh%20thai');
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    await page.getByTestId('procedure-BQL-ST-01').click();
    await page.waitForURL((url) => url.pathname === '/thu-tuc/BQL-ST-01');
    expect(await page.getByTestId('procedure-limit').textContent()).toBe('40 ngày');
    expect(await page.getByTestId('procedure-code').textContent()).toBe('2.002728.H38');
    const steps = (await page.getByTestId('procedure-steps').textContent()) ?? '';
    expect(steps).toMatch(/Bước 1: Gửi hồ sơ lấy ý kiến.*3 ngày làm việc/);
    expect(steps).toMatch(/Bước 2: Các bộ có ý kiến.*15 ngày/);
    expect(await page.getByTestId('procedure-unverified').textContent()).toContain('2.002728.H38');
    await screenshot(page, 'onestop-procedure-eco-park');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the catalogue in the menu for a signed-in officer', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await page.getByTestId('nav-thu-tuc').click();
    await page.waitForURL((url) => url.pathname === '/thu-tuc');
    await expect.poll(() => page.locator(rows).count()).toBe(13);
    expect(problems).toEqual([]);
    await context.close();
  });
});
