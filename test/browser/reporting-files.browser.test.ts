import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, screenshot, signIn } from './harness';
import { ACCOUNTANT, apiSession, fileAccepted, recordRegistry } from './reporting-data';

/**
 * The report's files and the Board's later edit, in the browser: the enterprise's one-report Excel
 * upload only fills the form (nothing written until it saves), the browser's Back button on an
 * unsaved form asks first, the report prints as PDF, the Board's list exports to Excel with its
 * filters, and the Board edits an accepted report — a ×1000 figure must be confirmed with a
 * reason, and the lifecycle shows the values before and after.
 */
let offset = 0;
const setClock = (iso: string) => {
  offset = new Date(iso).getTime() - Date.now();
};
setClock('2026-04-06T02:00:00Z');
const app = appInBrowser({ clock: () => new Date(Date.now() + offset) });

const Q3 = '[data-testid=period-quarterly_implementation-2026-Q3]';
const value = (page: Page, key: string) => page.getByTestId(`field-${key}`).inputValue();

/** The Q3 template the form offers, filled as the accountant would (revenue in triệu đồng). */
async function filledTemplate(page: Page, exportUsd: string | number) {
  const href = (await page.getByTestId('report-template').getAttribute('href')) ?? '';
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await file.body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Báo cáo')!;
  const keys = sheet.getRow(5).values as unknown[];
  const set = (key: string, v: string | number) => {
    sheet.getRow(6).getCell(keys.indexOf(key)).value = v;
  };
  set('realisedCapital', '9.800');
  set('operating', 'Có');
  set('revenue', '46.200');
  set('exportUsd', exportUsd);
  set('importUsd', 845);
  set('budgetVnd', '2.150');
  set('workersDomestic', 321);
  set('workersForeign', 6);
  set('workersFemale', 145);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page.getByTestId('report-excel').locator('input[type=file]').setInputFiles({
    name: 'bao-cao-quy-3.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

describe('Báo cáo định kỳ: Excel, Back, PDF and the Board’s edit', () => {
  it('the upload fills the form only; Back asks; the Board edits the accepted report with a confirmed ×1000 figure', async () => {
    // ——— The enterprise's accepted history (Q1, Q2 2026), then the Q3 window ———
    const admin = await apiSession(app.server.url, app.server.accounts.admin);
    let board = await apiSession(app.server.url, app.server.accounts.board_officer);
    const { project } = await recordRegistry(board, admin);
    let filer = await apiSession(app.server.url, ACCOUNTANT);
    await fileAccepted(filer, board, project.id, '2026-Q1', '44500');
    setClock('2026-07-06T02:00:00Z');
    for (const s of [filer, board]) await s.close();
    board = await apiSession(app.server.url, app.server.accounts.board_officer);
    filer = await apiSession(app.server.url, ACCOUNTANT);
    await fileAccepted(filer, board, project.id, '2026-Q2', '47800');
    for (const s of [filer, board, admin]) await s.close();
    setClock('2026-10-05T02:00:00Z');
    filer = await apiSession(app.server.url, ACCOUNTANT);
    const q3Reports = async () =>
      (await filer.get<{ total: number }>('/api/reports?period=2026-Q3&typeId=quarterly_implementation')).total;

    // ——— The upload fills the form; a bad cell is marked on its field; nothing is written ———
    const ent = await openPage(app.browser, app.server.url);
    const { page } = ent;
    await signIn(ent, ACCOUNTANT, '/dang-nhap?next=/bao-cao-dinh-ky');
    await page.locator(`${Q3} [data-testid=report-create]`).click();
    await page.getByTestId('report-form').waitFor();
    await upload(page, await filledTemplate(page, 'một nghìn'));
    await expect.poll(() => value(page, 'revenue')).toBe('46.200');
    expect(await value(page, 'realisedCapital')).toBe('9.800');
    expect(await value(page, 'workersFemale')).toBe('145');
    expect(await value(page, 'exportUsd')).toBe('');
    const exportItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('field-exportUsd') });
    await expect
      .poll(() => exportItem.locator('.ant-form-item-explain-error').textContent())
      .toContain('"một nghìn" không phải là số');
    await page.waitForTimeout(2500); // longer than the autosave delay: a fill is not autosaved
    expect(page.url()).toContain('/bao-cao-dinh-ky/lap?');
    expect(await q3Reports()).toBe(0);
    await screenshot(page, 'reporting-excel-filled');

    // ——— Back on the unsaved form asks; staying keeps the figures, leaving drops them ———
    await page.goBack();
    const leave = page.locator('.ant-modal-confirm').filter({ hasText: 'Rời trang khi còn thay đổi chưa lưu?' });
    await leave.waitFor();
    expect(page.url()).toContain('/bao-cao-dinh-ky/lap?');
    await screenshot(page, 'reporting-back-guard');
    await leave.getByRole('button', { name: 'Ở lại' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(page.url()).toContain('/bao-cao-dinh-ky/lap?');
    expect(await value(page, 'revenue')).toBe('46.200');
    await page.goBack();
    await leave.waitFor();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('filer-reports-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/bao-cao-dinh-ky');
    expect(await q3Reports()).toBe(0);

    // ——— A corrected file fills the form; the accountant saves and submits it ———
    await page.locator(`${Q3} [data-testid=report-create]`).click();
    await page.getByTestId('report-form').waitFor();
    await upload(page, await filledTemplate(page, '1.310'));
    await expect.poll(() => value(page, 'exportUsd')).toBe('1.310');
    expect(await q3Reports()).toBe(0);
    await page.getByTestId('report-save').click();
    await page.waitForURL(/\/bao-cao-dinh-ky\/[0-9a-f-]{36}$/);
    expect(await q3Reports()).toBe(1);
    await page.getByTestId('report-submit').click();
    await page.getByTestId('submit-dialog').waitFor();
    await page.getByTestId('submit-checkbox').click();
    await page.getByTestId('submit-confirm').click();
    await page.getByTestId('filer-reports-page').waitFor();
    const code = (await page.locator(`${Q3} [data-testid=report-code]`).textContent()) ?? '';
    expect(code).toMatch(/^EZ_AIII1_\d+$/);

    // ——— The Board: the list exports with its filters; the report prints; accept, then edit ———
    const bo = await openPage(app.browser, app.server.url);
    await signIn(bo, app.server.accounts.board_officer, '/dang-nhap?next=/bao-cao-dinh-ky');
    await bo.page.getByTestId('inbox-page').waitFor();
    const exportHref = (await bo.page.getByTestId('reports-export').getAttribute('href')) ?? '';
    expect(exportHref).toMatch(/^\/api\/reports\.xlsx\?.*status=pending/);
    const listFile = await bo.page.request.get(exportHref);
    expect(listFile.status()).toBe(200);
    const listBook = new ExcelJS.Workbook();
    await listBook.xlsx.load((await listFile.body()) as unknown as ArrayBuffer);
    const listSheet = listBook.worksheets[0]!;
    expect(listSheet.getRow(5).getCell(2).value).toBe('Mã báo cáo');
    expect(listSheet.getRow(6).getCell(2).value).toBe(code);
    expect(listSheet.getRow(7).getCell(2).value).toBeNull();

    const row = bo.page.locator('[data-testid=inbox-table] tr.ant-table-row').filter({ hasText: code });
    await row.getByTestId('inbox-code').click();
    await bo.page.getByTestId('review-page').waitFor();
    const pdfHref = (await bo.page.getByTestId('report-print').getAttribute('href')) ?? '';
    const pdf = await bo.page.request.get(pdfHref);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const printed = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await pdf.body() }).toString('utf8');
    expect(printed).toContain(code);
    expect(printed).toContain('Nhà máy gia công cơ khí chính xác Quang Minh');
    expect(printed).toMatch(/Doanh thu trong kỳ\s+46\.200\s+triệu đồng/);
    await bo.page.getByTestId('review-accept').click();
    await bo.page.getByTestId('review-accept-ok').click();
    await expect.poll(() => bo.page.getByTestId('report-page-status').textContent()).toBe('Đã tiếp nhận');

    await bo.page.getByTestId('review-board-edit').click();
    const dialog = bo.page.locator('.ant-modal').filter({ has: bo.page.getByTestId('board-edit-reason') });
    await dialog.waitFor();
    expect(await dialog.getByTestId('field-budgetVnd').inputValue()).toBe('2.150');
    await dialog.getByTestId('field-budgetVnd').fill('2.150.000');
    await dialog.getByTestId('board-edit-reason').fill('Bổ sung khoản nộp thuế nhập khẩu theo biên bản kiểm tra');
    await dialog.getByTestId('board-edit-save').click();
    const warning = dialog.getByTestId('warning-budgetVnd');
    await warning.waitFor();
    expect(await warning.getAttribute('data-code')).toBe('scale_x1000');
    await screenshot(bo.page, 'reporting-board-edit-x1000');
    await dialog.getByTestId('confirm-budgetVnd').click();
    await dialog.getByTestId('confirm-reason-budgetVnd').fill('Đã đối chiếu chứng từ nộp thuế của Cục Hải quan');
    await dialog.getByTestId('board-edit-save').click();
    await bo.page.getByTestId('board-edit-reason').waitFor({ state: 'detached' });
    await expect.poll(() => bo.page.getByTestId('value-budgetVnd').textContent()).toContain('2.150.000');
    const lifecycle = bo.page.getByTestId('report-lifecycle');
    await expect.poll(() => lifecycle.textContent()).toContain('Ban Quản lý sửa báo cáo đã tiếp nhận');
    const text = (await lifecycle.textContent()) ?? '';
    expect(text).toContain('Lý do: Bổ sung khoản nộp thuế nhập khẩu theo biên bản kiểm tra');
    expect(text).toContain('Nộp ngân sách nhà nước: 2.150 → 2.150.000');
    expect(await bo.page.getByTestId('review-confirmation-budgetVnd').textContent()).toContain(
      'Đã đối chiếu chứng từ nộp thuế của Cục Hải quan',
    );
    await screenshot(bo.page, 'reporting-board-edited');
    expect([...ent.problems, ...bo.problems]).toEqual([]);
    await filer.close();
    await ent.context.close();
    await bo.context.close();
  });
});
