import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, screenshot, signIn, type TestPage, visit } from './harness';

const app = appInBrowser();

/** A write through the API with the browser's session (cookie and CSRF header), for the test's own data. */
async function apiPost(tab: TestPage, url: string, data: unknown): Promise<{ id: string }> {
  const cookies = await tab.context.cookies();
  const csrf = cookies.find((c) => c.name === 'iza_csrf')?.value ?? '';
  const res = await tab.page.request.post(url, { data, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

const FORM_URL = '/bieu-mau-thong-ke?period=2026-Q3&form=2101';
const NEW_FDI_OUTSIDE = 'cell-FDI-FDI:new:amount-outside';

async function project(tab: TestPage, code: string, parkId: string, investorId: string, usd: string, date: string) {
  return apiPost(tab, '/api/projects', {
    projectCode: code,
    name: `Nhà máy ${code}`,
    enterpriseId: null,
    location: { kind: 'park', parkId },
    type: 'production_business',
    landAreaHa: '5',
    investors: [{ investorId, share: '100' }],
    certificate: { date, registeredCapital: { value: usd, currency: 'USD' } },
  });
}

const panelStatus = (page: Page, status: string) => page.getByTestId('workflow-panel').getByTestId(`status-${status}`);

async function step(page: Page, action: string, reason?: string) {
  await page.getByTestId(`wf-${action}`).click();
  if (reason !== undefined) {
    await page.getByTestId('wf-reason').fill(reason);
    await page.locator('#wf-reason-ok').click();
  }
}

describe('Biểu mẫu thống kê (national forms)', () => {
  it('a Board opens 2101, a cell to its records, exports it, and sends it through leader and ministry', async () => {
    const officer = await openPage(app.browser, app.server.url);
    const { page } = officer;
    await signIn(officer, app.server.accounts.board_officer);
    const park = await apiPost(officer, '/api/parks', {
      code: 'KCN-BM-BR',
      name: 'KCN Bắc Thăng Long (thử)',
      kinds: [],
      adminUnitId: '63:01',
    });
    const investor = await apiPost(officer, '/api/investors', {
      kind: 'organisation',
      name: 'Canon Inc.',
      nationality: 'JP',
    });
    const p1 = await project(officer, 'BM-BR-1', park.id, investor.id, '12500000', '2026-08-10');
    await project(officer, 'BM-BR-2', park.id, investor.id, '3000000', '2026-09-02');

    // The form, computed live: two new FDI projects in a park outside any KKT, 15,5 triệu USD.
    await visit(officer, FORM_URL);
    const cell = page.getByTestId(NEW_FDI_OUTSIDE);
    await expect.poll(() => cell.textContent()).toBe('15,5');
    await expect.poll(() => page.getByTestId('form-item-2101').textContent()).toContain('Chưa lập');
    await screenshot(page, 'statistics-form-2101');

    // The cell opens to its records; the value recomputed from them agrees.
    await cell.click();
    const drawer = page.getByTestId('drill-drawer');
    await expect.poll(() => drawer.getByTestId('drill-recomputed').textContent()).toBe('15,5');
    await expect.poll(() => drawer.getByTestId('drill-table').textContent()).toContain('BM-BR-1');
    expect(await drawer.getByTestId('drill-table').textContent()).toContain('BM-BR-2');
    const links = await drawer
      .getByTestId('drill-record-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/du-an/${p1.id}`);
    await screenshot(page, 'statistics-drill');
    const drillFile = await page.request.get((await drawer.getByTestId('drill-download').getAttribute('href'))!);
    expect(drillFile.status()).toBe(200);
    await page.keyboard.press('Escape');

    // Exports: the same figures in Excel and Word.
    const xlsx = await page.request.get((await page.getByTestId('export-xlsx').getAttribute('href'))!);
    expect(xlsx.headers()['content-disposition']).toContain('EZ_2101HQLKKT_moi_2026-Q3_BQLKCN.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A4').value).toBe('Biểu 2101.H.QLKKT');
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng vốn đầu tư đăng ký mới' && row.getCell(2).value === 15.5) found = true;
    });
    expect(found).toBe(true);
    const docx = await page.request.get((await page.getByTestId('export-docx').getAttribute('href'))!);
    const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('THÀNH PHỐ HÀ NỘI');

    // Officer prepares (freezes) and submits.
    await step(page, 'prepare');
    await panelStatus(page, 'draft').waitFor();
    await step(page, 'submit');
    await panelStatus(page, 'pending').waitFor();

    // The leader approves and sends it to the ministry.
    const leader = await openPage(app.browser, app.server.url);
    await signIn(leader, app.server.accounts.board_leader);
    await visit(leader, FORM_URL);
    await step(leader.page, 'approve');
    await panelStatus(leader.page, 'sent').waitFor();

    // The ministry asks for a revision with a reason; the officer prepares version 2.
    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, app.server.accounts.ministry);
    await visit(ministry, `${FORM_URL}&province=01`);
    await step(ministry.page, 'request_revision', 'Đề nghị rà soát lại vốn đăng ký của dự án BM-BR-2');
    await panelStatus(ministry.page, 'revision_requested').waitFor();

    await page.reload();
    await expect
      .poll(() => page.getByTestId('workflow-panel').textContent())
      .toContain('Đề nghị rà soát lại vốn đăng ký');
    await step(page, 'prepare');
    await expect.poll(() => page.getByTestId('workflow-panel').textContent()).toContain('Phiên bản 2');
    await step(page, 'submit');
    await panelStatus(page, 'pending').waitFor();
    await leader.page.reload();
    await step(leader.page, 'approve');
    await panelStatus(leader.page, 'sent').waitFor();
    await ministry.page.reload();
    await step(ministry.page, 'accept');
    await panelStatus(ministry.page, 'accepted').waitFor();

    // The data change after acceptance: the accepted form shows the difference and who made it.
    await project(officer, 'BM-BR-3', park.id, investor.id, '1000000', '2026-09-20');
    await page.reload();
    await panelStatus(page, 'accepted').waitFor();
    await expect.poll(() => cell.textContent()).toBe('16,5');
    await page.getByTestId('compare-2').click();
    const changes = page.getByTestId('changes-view');
    await expect.poll(() => changes.getByTestId('changes-cells').textContent()).toContain('16,5');
    expect(await changes.getByTestId('changes-cells').textContent()).toContain('15,5');
    await expect.poll(() => changes.getByTestId('changes-registry').textContent()).toContain('bql.hanoi');
    // Full-page shots keep sticky table headers where the window was: take it from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'statistics-versions-diff');

    // The ministry's overview of the period.
    await ministry.page.getByTestId('tab-overview').click();
    const grid = ministry.page.getByTestId('overview-grid');
    await expect.poll(() => grid.getByTestId('overview-01-2101').textContent()).toContain('Đã tiếp nhận');
    await screenshot(ministry.page, 'statistics-overview');

    for (const tab of [officer, leader, ministry]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });
});
