import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, choose, openPage, pickDate, screenshot, signIn, type TestPage, visit } from './harness';

const app = appInBrowser();

/** A write through the API with the browser's session (cookie and CSRF header), for the test's own data. */
async function apiPost(tab: TestPage, url: string, data: unknown): Promise<{ id: string }> {
  const cookies = await tab.context.cookies();
  const csrf = cookies.find((c) => c.name === 'iza_csrf')?.value ?? '';
  const res = await tab.page.request.post(url, { data, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

const fieldError = (page: Page, testId: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');

describe('Dự án đầu tư (projects and certificates)', () => {
  it('a Board officer registers an FDI project with its certificate, raises its capital and sees both in the timeline', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    // The test's own registry data, through the API with the officer's session: a park in
    // Hà Nội, the enterprise carrying out the project and two investors.
    const park = await apiPost(tab, '/api/parks', {
      code: 'KCN-TL-BR',
      name: 'KCN Thăng Long (thử)',
      kinds: [],
      // Recorded in the unit of its time (Hà Nội before the 2025 reorganisation, same code after).
      adminUnitId: '63:01',
    });
    await apiPost(tab, '/api/enterprises', {
      taxCode: '0105550001',
      nameVi: 'Công ty TNHH Điện tử Thăng Long',
      adminUnitId: '34:01',
      sectors: ['2610'],
    });
    await apiPost(tab, '/api/investors', {
      kind: 'organisation',
      name: 'Samsung Electro-Mechanics',
      nationality: 'KR',
    });
    await apiPost(tab, '/api/investors', { kind: 'individual', name: 'Nguyễn Văn Bình', nationality: 'VN' });

    await visit(tab, '/du-an');
    await page.getByTestId('project-add').click();
    await page.getByTestId('project-code').fill('1234567890');
    await page.getByTestId('project-name').fill('Nhà máy linh kiện điện tử Thăng Long');
    await choose(page, 'project-park', 'KCN Thăng Long (thử)', 'thang long');
    await choose(page, 'project-enterprise', '0105550001', '0105550001');
    await page.getByTestId('project-land').fill('5,5');
    await choose(page, 'share-investor-0', 'Samsung Electro-Mechanics', 'samsung');
    await page.getByTestId('share-value-0').fill('70');
    await page.getByTestId('share-add').click();
    await choose(page, 'share-investor-1', 'Nguyễn Văn Bình', 'nguyen van binh');
    await page.getByTestId('share-value-1').fill('30');
    await pickDate(page, 'certificate-date', '15/03/2024');
    // Before saving, the form shows what the investors imply and picks the currency.
    const preview = page.getByTestId('origin-preview-title');
    await expect.poll(() => preview.textContent()).toBe('FDI — vốn đầu tư nước ngoài: vốn đăng ký ghi bằng USD');
    expect(await page.getByTestId('origin-preview').textContent()).toContain('Luật Đầu tư số 61/2020/QH14');
    expect(await page.getByTestId('certificate-currency').textContent()).toContain('USD');
    await page.getByTestId('certificate-capital').fill('10.000.000');
    // Choosing đồng for an FDI project is refused by the server, on the currency field.
    await choose(page, 'certificate-currency', 'VND');
    await page.getByTestId('project-submit').click();
    await expect
      .poll(() => fieldError(page, 'certificate-currency').textContent())
      .toMatch(/ghi vốn đăng ký bằng USD, không bằng VND/);
    await screenshot(page, 'projects-create-currency-error');
    await choose(page, 'certificate-currency', 'USD');
    await page.getByTestId('project-submit').click();

    await page.waitForURL(/\/du-an\/[0-9a-f-]{36}$/);
    await page.getByTestId('project-title').waitFor();
    expect(await page.getByTestId('project-title').textContent()).toBe('Nhà máy linh kiện điện tử Thăng Long');
    expect(await page.getByTestId('registered-capital').textContent()).toBe('10.000.000 USD');
    expect(await page.getByTestId('project-origin').textContent()).toContain('Đối tác chính: Hàn Quốc (70 %)');
    await expect.poll(() => page.getByTestId('place-link').first().textContent()).toBe('KCN Thăng Long (thử)');
    expect(await page.getByTestId('place-link').first().getAttribute('href')).toBe(`/khu-cong-nghiep/${park.id}`);

    // An adjustment: capital up by 5 million USD. The form states the currency rule.
    await page.getByTestId('event-add').click();
    expect(await page.getByTestId('event-currency-rule').textContent()).toContain('Giấy chứng nhận ghi vốn bằng USD');
    await pickDate(page, 'event-date', '20/06/2025');
    await page.getByTestId('event-document').fill('125/QĐ-BQL');
    await page.getByTestId('event-capital-delta').fill('5.000.000');
    // An amount in đồng would need a State Bank rate, and none was entered.
    await choose(page, 'event-capital-currency', 'VND');
    await expect.poll(() => page.getByTestId('event-rate').textContent()).toMatch(/Chưa có tỷ giá USD\/VND/);
    await choose(page, 'event-capital-currency', 'USD');
    await screenshot(page, 'projects-event-form');
    await page.getByTestId('event-submit').click();
    await page.locator('.ant-drawer-content-wrapper').first().waitFor({ state: 'hidden' });

    await expect.poll(() => page.getByTestId('registered-capital').textContent()).toBe('15.000.000 USD');
    const timeline = page.getByTestId('certificate-timeline');
    const issued = await timeline.getByTestId('timeline-issued').textContent();
    expect(issued).toContain('15/03/2024');
    expect(issued).toContain('Vốn đăng ký: 10.000.000 USD');
    expect(issued).toContain('Samsung Electro-Mechanics (KR) 70 %');
    const adjusted = await timeline.getByTestId('timeline-adjusted').textContent();
    expect(adjusted).toContain('20/06/2025');
    expect(adjusted).toContain('Văn bản số 125/QĐ-BQL');
    expect(adjusted).toContain('Vốn đăng ký thay đổi: +5.000.000 USD');
    // Realised capital of an ended period, in the certificate's currency.
    await page.getByTestId('realised-period').fill('2024');
    await page.getByTestId('realised-amount').fill('2.000.000');
    await page.getByTestId('realised-submit').click();
    await expect.poll(() => page.getByTestId('realised-total').textContent()).toBe('2.000.000 USD');
    expect(await page.getByTestId('realised-capital').textContent()).toContain('Năm 2024');

    // The audit trail names every write.
    await expect
      .poll(() => page.getByTestId('record-trail').textContent())
      .toMatch(/Ghi vốn thực hiện.*Ghi sự kiện GCNĐKĐT.*Tạo dự án và cấp GCNĐKĐT/s);
    await screenshot(page, 'projects-detail');

    // As of a day before the adjustment, the certificate has its first capital and the
    // adjustment is faded as later.
    await pickDate(page, 'project-asof', '01/01/2025');
    await expect.poll(() => page.getByTestId('registered-capital').textContent()).toBe('10.000.000 USD');
    expect(await timeline.getByTestId('timeline-adjusted').textContent()).toContain('sau ngày đang xem');
    expect(page.url()).toContain('asOf=2025-01-01');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds the project without diacritics and by filters kept in the URL, with the same query for Excel', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await visit(tab, '/du-an');
    const rows = page.locator('[data-testid=projects-table] tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByTestId('projects-search').locator('input').fill('linh kien dien tu thang long');
    await page.getByTestId('projects-search').locator('input').press('Enter');
    await expect.poll(() => page.url()).toContain('q=linh+kien+dien+tu+thang+long');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Nhà máy linh kiện điện tử Thăng Long');
    expect(await rows.first().textContent()).toContain('15.000.000 USD');

    await choose(page, 'projects-origin', 'DDI');
    await expect.poll(() => page.url()).toContain('origin=DDI');
    await expect.poll(() => rows.count()).toBe(0);
    await choose(page, 'projects-origin', 'FDI');
    await expect.poll(() => rows.count()).toBe(1);
    await choose(page, 'projects-partner', 'Hàn Quốc', 'han quoc');
    await expect.poll(() => page.url()).toContain('partnerCountry=KR');
    await expect.poll(() => rows.count()).toBe(1);
    const exportLink = page.getByTestId('projects-export');
    await expect.poll(() => exportLink.getAttribute('href')).toContain('partnerCountry=KR');
    const href = await exportLink.getAttribute('href');
    expect(href).toMatch(/^\/api\/projects\.xlsx\?/);
    expect(href).toContain('origin=FDI');
    expect(href).toContain('partnerCountry=KR');
    expect(href).toContain('q=linh+kien');
    await screenshot(page, 'projects-list-filtered');

    // The URL alone restores the list: a Bắc Ninh province filter as of 2024 (63-province list) finds nothing.
    await visit(tab, '/du-an?province=27&asOf=2024-06-30');
    await page.getByTestId('projects-table').waitFor();
    await expect.poll(() => page.locator('[data-testid=projects-table] .ant-empty').count()).toBe(1);
    await visit(tab, '/du-an?province=01&asOf=2024-06-30');
    await expect.poll(() => rows.count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
