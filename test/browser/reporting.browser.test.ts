import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FormTable } from '../../src/modules/statistics/contract';
import { appInBrowser, openPage, pickDate, screenshot, signIn, type TestPage, visit } from './harness';
import { ACCOUNTANT, apiSession, fileAccepted, quarterFigures, recordRegistry } from './reporting-data';

/**
 * The server's clock, moved by the test: Q1 and Q2 2026 are filed and accepted inside their
 * windows (the enterprise's history), then the browser works inside the Q3 window (1–10/10/2026).
 * It runs on from each setting, so events keep their order.
 */
let offset = 0;
const setClock = (iso: string) => {
  offset = new Date(iso).getTime() - Date.now();
};
setClock('2026-04-06T02:00:00Z');
const app = appInBrowser({ clock: () => new Date(Date.now() + offset) });

const Q3 = '[data-testid=period-quarterly_implementation-2026-Q3]';

async function field(page: Page, key: string, value: string) {
  const input = page.getByTestId(`field-${key}`);
  await input.fill(value);
}

async function waitSaved(page: Page) {
  await expect.poll(() => page.getByTestId('autosave-state').textContent()).toMatch(/^Đã lưu nháp lúc \d{2}:\d{2}/);
}

async function submitWithCheckbox(page: Page) {
  await page.getByTestId('report-submit').click();
  await page.getByTestId('submit-dialog').waitFor();
  expect(await page.getByTestId('submit-confirm').isDisabled()).toBe(true);
  expect(await page.getByTestId('submit-dialog').textContent()).toContain(
    'Tôi đã kiểm tra toàn bộ thông tin đã nhập và xác nhận thông tin là chính xác',
  );
  await page.getByTestId('submit-checkbox').click();
  await page.getByTestId('submit-confirm').click();
  await page.getByTestId('filer-reports-page').waitFor();
}

const q3Status = (tab: TestPage) => tab.page.locator(`${Q3} [data-testid=report-status]`).first();

describe('Báo cáo định kỳ (enterprise periodic reports)', () => {
  it('an enterprise files Q3 online, a ×1000 revenue is caught, the Board asks for a revision, then accepts', async () => {
    // ——— History: the enterprise's Q1 and Q2 reports, filed and accepted in their windows ———
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

    // ——— The enterprise's list: Q3 open, Q1/Q2 accepted, Q4 not yet due ———
    const ent = await openPage(app.browser, app.server.url);
    const { page } = ent;
    await signIn(ent, ACCOUNTANT, '/dang-nhap?next=/bao-cao-dinh-ky');
    await page.getByTestId('filer-reports-page').waitFor();
    await page.locator(Q3).waitFor();
    expect(await page.locator(`${Q3} [data-testid=period-state]`).textContent()).toBe('Trong thời hạn');
    expect(await page.locator(`${Q3} .ant-collapse-header`).textContent()).toContain(
      'Thời hạn: 01/10/2026 – 10/10/2026',
    );
    const q4 = page.locator('[data-testid=period-quarterly_implementation-2026-Q4]');
    expect(await q4.locator('[data-testid=period-state]').textContent()).toBe('Chưa tới hạn');
    const q2 = page.locator('[data-testid=period-quarterly_implementation-2026-Q2]');
    expect(await q2.locator('[data-testid=period-state]').textContent()).toBe('Qua kỳ báo cáo');
    await q2.locator('.ant-collapse-header').click();
    await expect.poll(() => q2.getByTestId('report-status').textContent()).toBe('Đã tiếp nhận');
    await page.waitForTimeout(400); // the panel's opening animation
    await screenshot(page, 'reporting-filer-list');

    // ——— The form: revenue typed in nghìn đồng instead of triệu đồng (×1000) ———
    await page.locator(`${Q3} [data-testid=report-create]`).click();
    await page.getByTestId('report-form').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toContain('Quý III/2026');
    await page.getByTestId('field-operating').getByText('Có').click();
    await field(page, 'realisedCapital', '9.800');
    await field(page, 'revenue', '46.200.000');
    await field(page, 'exportUsd', '1.310');
    await field(page, 'importUsd', '845');
    await field(page, 'budgetVnd', '2.150');
    await field(page, 'workersDomestic', '321');
    await field(page, 'workersForeign', '6');
    await field(page, 'workersFemale', '145');
    await waitSaved(page);
    await page.waitForURL(/\/bao-cao-dinh-ky\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('report-page-status').textContent()).toBe('Lưu nháp');

    await page.getByTestId('report-submit').click();
    const warning = page.getByTestId('warning-revenue');
    await warning.waitFor();
    expect(await warning.getAttribute('data-code')).toBe('scale_x1000');
    expect(await warning.textContent()).toMatch(/1\.000 lần mức dự kiến \([\d.]+ – [\d.]+ triệu đồng/);
    expect(await page.getByTestId('warning-summary').textContent()).toContain(
      'Doanh thu trong kỳ: 46.200.000 triệu đồng',
    );
    expect(await page.getByTestId('submit-dialog').count()).toBe(0);
    await screenshot(page, 'reporting-form-x1000');
    // Ticking the confirmation without a reason still does not submit.
    await page.getByTestId('confirm-revenue').click();
    await page.getByTestId('report-submit').click();
    expect(await page.getByTestId('submit-dialog').count()).toBe(0);
    await page.getByTestId('confirm-reason-revenue').fill('Doanh thu gồm hợp đồng xuất khẩu lớn');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('submit-dialog').waitFor();
    expect(await page.getByTestId('submit-dialog').textContent()).toContain('46.200.000 triệu đồng');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => page.getByTestId('submit-dialog').count()).toBe(0);
    // The accountant sees the unit slip and corrects it instead.
    await field(page, 'revenue', '46.200');
    await expect.poll(() => page.getByTestId('warning-revenue').count()).toBe(0);
    await waitSaved(page);
    await screenshot(page, 'reporting-form');
    await submitWithCheckbox(page);
    await expect.poll(() => q3Status(ent).textContent()).toBe('Chờ duyệt');
    const code = (await page.locator(`${Q3} [data-testid=report-code]`).textContent()) ?? '';
    expect(code).toMatch(/^EZ_AIII1_\d+$/);

    // ——— The Board: inbox, review, revision request ———
    const bo = await openPage(app.browser, app.server.url);
    await signIn(bo, app.server.accounts.board_officer, '/dang-nhap?next=/bao-cao-dinh-ky');
    await bo.page.getByTestId('inbox-page').waitFor();
    const inboxRow = bo.page.locator('[data-testid=inbox-table] tr.ant-table-row').filter({ hasText: code });
    await inboxRow.waitFor();
    expect(await inboxRow.getByTestId('inbox-status').textContent()).toBe('Chờ duyệt');
    await expect.poll(() => bo.page.getByTestId('inbox-card-pending').textContent()).toContain('1');
    await expect.poll(() => bo.page.getByTestId('inbox-card-accepted').textContent()).toContain('2');
    await screenshot(bo.page, 'reporting-board-inbox');
    await inboxRow.getByTestId('inbox-code').click();
    await bo.page.getByTestId('review-page').waitFor();
    expect(await bo.page.getByTestId('value-revenue').textContent()).toBe('46.200');
    await screenshot(bo.page, 'reporting-board-review');
    await bo.page.getByTestId('review-revision').click();
    await bo.page
      .getByTestId('revision-reason-input')
      .fill('Số lao động nước ngoài chưa khớp với giấy phép lao động đã cấp');
    await bo.page.getByTestId('revision-fields').click();
    await bo.page.locator('.ant-select-item-option').filter({ hasText: 'Số lao động nước ngoài' }).click();
    await bo.page.keyboard.press('Escape');
    await bo.page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await bo.page.getByTestId('revision-field-workersForeign').fill('Đã cấp 8 giấy phép lao động trong quý III');
    await screenshot(bo.page, 'reporting-board-revision');
    await bo.page.getByTestId('revision-send').click();
    await expect.poll(() => bo.page.getByTestId('report-page-status').textContent()).toBe('Yêu cầu chỉnh sửa');

    // ——— The enterprise fixes the field and resubmits ———
    await visit(ent, '/bao-cao-dinh-ky');
    await expect.poll(() => q3Status(ent).textContent()).toBe('Yêu cầu chỉnh sửa');
    await page.locator(`${Q3} [data-testid=report-edit]`).click();
    await page.getByTestId('revision-banner').waitFor();
    expect(await page.getByTestId('revision-reason').textContent()).toBe(
      'Số lao động nước ngoài chưa khớp với giấy phép lao động đã cấp',
    );
    expect(await page.getByTestId('field-reason-workersForeign').textContent()).toContain('Đã cấp 8 giấy phép');
    expect(await page.getByTestId('report-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('report-save').isDisabled()).toBe(true);
    await screenshot(page, 'reporting-form-revision');
    await field(page, 'workersForeign', '8');
    await waitSaved(page);
    await expect.poll(() => page.getByTestId('report-submit').isDisabled()).toBe(false);
    await submitWithCheckbox(page);
    await expect.poll(() => q3Status(ent).textContent()).toBe('Chờ duyệt');

    // ——— The Board accepts; its Biểu 2104 for Q3 moves by exactly this report ———
    const forms = await apiSession(app.server.url, app.server.accounts.board_officer);
    const total2104 = async () => {
      const form = await forms.get<FormTable>('/api/statistics/forms/2104?period=2026-Q3');
      const cells = form.sections[0]!.total!.cells;
      return (key: string) => Number(cells[key]?.value ?? 0);
    };
    const was = await total2104();
    await bo.page.reload();
    await bo.page.getByTestId('review-page').waitFor();
    expect(await bo.page.getByTestId('value-workersForeign').textContent()).toBe('8');
    await bo.page.getByTestId('review-accept').click();
    await bo.page.getByTestId('review-accept-ok').click();
    await expect.poll(() => bo.page.getByTestId('report-page-status').textContent()).toBe('Đã tiếp nhận');
    const lifecycle = bo.page.getByTestId('report-lifecycle');
    await expect
      .poll(() => lifecycle.textContent())
      .toMatch(
        /Tiếp nhận — Lê Thu Hà \(Chuyên viên BQL Hà Nội\) – Chuyên viên Ban Quản lý.*Nộp lại sau chỉnh sửa — Nguyễn Thu Trang/s,
      );
    const text = (await lifecycle.textContent()) ?? '';
    expect(text).toMatch(
      /Yêu cầu chỉnh sửa — Lê Thu Hà.*Lý do: Số lao động nước ngoài chưa khớp.*Nộp báo cáo — Nguyễn Thu Trang.*Lập báo cáo — Nguyễn Thu Trang \(Kế toán trưởng\) – Doanh nghiệp/s,
    );
    expect(text).toMatch(/Số lao động nước ngoài: 6 → 8/);
    expect(text).toMatch(/\d{2}\/10\/2026 \d{2}:\d{2}/);
    await screenshot(bo.page, 'reporting-board-accepted');
    // In-period columns add the report (46.200 triệu đồng = 46,2 tỷ đồng; 1.310 and 845 nghìn USD;
    // 2.150 triệu đồng); workers are a stock: Q3's 321 + 8 replace Q2's 318 + 6.
    const now = await total2104();
    const moved = (key: string) => Math.round((now(key) - was(key)) * 1e5) / 1e5;
    expect(moved('DDI:revenue')).toBe(46.2);
    expect(moved('DDI:export')).toBe(1.31);
    expect(moved('DDI:import')).toBe(0.85); // 0,845 triệu USD printed to 2 decimals
    expect(moved('DDI:budget')).toBe(2.15);
    expect([was('workers:domestic'), now('workers:domestic')]).toEqual([318, 321]);
    expect([was('workers:foreign'), now('workers:foreign')]).toEqual([6, 8]);
    expect(moved('FDI:revenue')).toBe(0);
    await forms.close();

    await visit(ent, '/bao-cao-dinh-ky');
    await expect.poll(() => q3Status(ent).textContent()).toBe('Đã tiếp nhận');
    expect([...ent.problems, ...bo.problems]).toEqual([]);
    await ent.context.close();
    await bo.context.close();
  });

  it('the Board sees who has not reported, exports the list and reopens a past quarter for one project', async () => {
    // A second project of the same enterprise that never reported for Q2 2026 (closed on 10/07).
    const board = await apiSession(app.server.url, app.server.accounts.board_officer);
    const parks = await board.get<{ items: { id: string }[] }>('/api/parks?q=KCN-QM-BC');
    const enterprises = await board.get<{ items: { id: string }[] }>('/api/enterprises?q=0107778899');
    const investors = await board.get<{ items: { id: string }[] }>('/api/investors?q=Tong cong ty Co khi Ha Noi');
    await board.send('POST', '/api/projects', {
      projectCode: '5432109877',
      name: 'Xưởng mạ và sơn tĩnh điện Quang Minh',
      enterpriseId: enterprises.items[0]!.id,
      location: { kind: 'park', parkId: parks.items[0]!.id },
      type: 'production_business',
      sectors: ['2592'],
      landAreaHa: '1.2',
      investors: [{ investorId: investors.items[0]!.id, share: '100' }],
      certificate: { date: '2025-03-10', registeredCapital: { value: '60000000000', currency: 'VND' } },
    });
    await board.close();

    const bo = await openPage(app.browser, app.server.url);
    const { page } = bo;
    await signIn(
      bo,
      app.server.accounts.board_officer,
      '/dang-nhap?next=/bao-cao-dinh-ky/tinh-hinh-nop?typeId=quarterly_implementation%26period=2026-Q2',
    );
    await page.getByTestId('completeness-page').waitFor();
    await expect.poll(() => page.getByTestId('complete-expected').textContent()).toContain('2');
    expect(await page.getByTestId('complete-onTime').textContent()).toContain('1');
    expect(await page.getByTestId('complete-missing').textContent()).toContain('1');
    expect(await page.getByTestId('complete-accepted').textContent()).toContain('1');
    const missingRow = page.locator('[data-testid=missing-table] tr.ant-table-row');
    await expect.poll(() => missingRow.count()).toBe(1);
    expect(await missingRow.first().textContent()).toContain('Xưởng mạ và sơn tĩnh điện Quang Minh');
    expect(await missingRow.first().textContent()).toContain('Chưa lập');
    const href = (await page.getByTestId('missing-export').getAttribute('href')) ?? '';
    expect(href).toContain('/api/reports/missing.xlsx?');
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'reporting-board-completeness');

    await missingRow.first().getByTestId('missing-reopen').click();
    // The day first: Enter in the picker submits the form, refused while the reason is empty.
    await pickDate(page, 'reopen-until', '20/10/2026');
    await page.getByText('Hãy ghi lý do mở lại kỳ báo cáo').waitFor();
    await page.getByTestId('reopen-reason').fill('Doanh nghiệp mới được cấp tài khoản, chưa kịp nộp báo cáo quý II');
    await screenshot(page, 'reporting-board-reopen');
    await page.getByTestId('reopen-send').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Đã mở lại kỳ báo cáo');

    // The enterprise may now create the Q2 report of that project, and sees until when.
    const ent = await openPage(app.browser, app.server.url);
    await signIn(ent, ACCOUNTANT, '/dang-nhap?next=/bao-cao-dinh-ky');
    const q2 = ent.page.locator('[data-testid=period-quarterly_implementation-2026-Q2]');
    await q2.waitFor();
    const row = q2.locator('tr.ant-table-row').filter({ hasText: 'Xưởng mạ và sơn tĩnh điện' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ban Quản lý mở lại kỳ đến hết 20/10/2026');
    expect(await row.getByTestId('report-create').count()).toBe(1);
    const other = q2.locator('tr.ant-table-row').filter({ hasText: 'Nhà máy gia công' });
    expect(await other.getByTestId('report-create').count()).toBe(0);
    await screenshot(ent.page, 'reporting-filer-reopened');
    expect([...bo.problems, ...ent.problems]).toEqual([]);
    await bo.context.close();
    await ent.context.close();
  });

  it('the ministry reads every report and the completeness by province, without Board actions', async () => {
    const mi = await openPage(app.browser, app.server.url);
    const { page } = mi;
    await signIn(mi, app.server.accounts.ministry, '/dang-nhap?next=/bao-cao-dinh-ky?status=all');
    await page.getByTestId('inbox-page').waitFor();
    const rows = page.locator('[data-testid=inbox-table] tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.first().getByTestId('inbox-code').click();
    await page.getByTestId('review-page').waitFor();
    expect(await page.getByTestId('review-accept').count()).toBe(0);
    expect(await page.getByTestId('review-revision').count()).toBe(0);
    await visit(mi, '/bao-cao-dinh-ky/tinh-hinh-nop?typeId=quarterly_implementation&period=2026-Q3');
    const byProvince = page
      .locator('[data-testid=complete-by-province] tr.ant-table-row')
      .filter({ hasText: 'Hà Nội' });
    await byProvince.waitFor();
    expect(await page.getByTestId('complete-park').count()).toBe(0);
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await screenshot(page, 'reporting-ministry-completeness');
    expect(mi.problems).toEqual([]);
    await mi.context.close();
  });

  it('a Board files a period by Excel: the template, a file with a wrong cell refused by row and column, then the good file', async () => {
    const bo = await openPage(app.browser, app.server.url);
    const { page } = bo;
    await signIn(bo, app.server.accounts.board_officer, '/dang-nhap?next=/bao-cao-dinh-ky/nhap-excel');
    await page.getByTestId('batch-page').waitFor();
    await expect.poll(() => page.getByTestId('batch-period').textContent()).toContain('Quý III/2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-template').click()]);
    const template = fs.readFileSync(await download.path());

    // The accepted project's row is left out (its report cannot be overwritten); the other is filled.
    const fill = async (workersDomestic: string | number) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(template as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Báo cáo')!;
      const keys = (sheet.getRow(5).values as unknown[]).map((v) => String(v ?? ''));
      const col = (key: string) => keys.indexOf(key);
      sheet.eachRow((row, n) => {
        if (n < 6) return;
        const code = String(row.getCell(col('projectCode')).value ?? '');
        if (code === '5432109876') row.getCell(col('projectCode')).value = null;
        if (code !== '5432109877') return;
        const figures: Record<string, string | number> = {
          realisedCapital: 1200,
          operating: 'Có',
          revenue: 5400,
          exportUsd: 0,
          importUsd: 150,
          budgetVnd: 260,
          workersDomestic,
          workersForeign: 0,
          workersFemale: 22,
        };
        for (const [k, v] of Object.entries(figures)) row.getCell(col(k)).value = v;
      });
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const upload = async (name: string, data: Buffer) =>
      page.locator('.ant-upload-drag input[type=file]').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: data,
      });

    await upload('bao-cao-quy-3-co-loi.xlsx', await fill('ba mươi'));
    await page.getByTestId('import-rejected').waitFor();
    const problem = page.locator('[data-testid=import-problems] tr.ant-table-row').first();
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Số lao động Việt Nam');
    await screenshot(page, 'reporting-board-batch-errors');

    await upload('bao-cao-quy-3.xlsx', await fill(64));
    await page.getByTestId('batch-done').waitFor();
    const done = page.locator('[data-testid=batch-result] tr.ant-table-row');
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.first().textContent()).toContain('5432109877');
    expect(await done.first().textContent()).toContain('Lưu nháp');
    await screenshot(page, 'reporting-board-batch');
    expect(bo.problems).toEqual([]);
    await bo.context.close();
  });

  it('the enterprise meets a cross-field error on its field, the leave guard, submit from the list and deleting a draft', async () => {
    const ent = await openPage(app.browser, app.server.url);
    const { page } = ent;
    await signIn(ent, ACCOUNTANT, '/dang-nhap?next=/bao-cao-dinh-ky');
    // The Board's Excel import left a Q3 draft for the second project.
    const row = page.locator(`${Q3} tr.ant-table-row`).filter({ hasText: 'Xưởng mạ và sơn tĩnh điện' });
    await expect.poll(() => row.getByTestId('report-status').textContent()).toBe('Lưu nháp');
    await row.getByTestId('report-edit').click();
    await page.getByTestId('report-form').waitFor();
    expect(await page.getByTestId('field-workersDomestic').inputValue()).toBe('64');

    // More women than workers: the server's check puts its message on the field.
    await field(page, 'workersFemale', '90');
    // Leaving before the autosave asks first.
    await page.getByTestId('nav-du-an').click();
    await page.getByTestId('leave-confirm').waitFor();
    await page.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toContain('/bao-cao-dinh-ky/');
    await waitSaved(page);
    await page.getByTestId('report-submit').click();
    const error = page.locator('.ant-form-item').filter({ has: page.getByTestId('field-workersFemale') });
    await expect.poll(() => error.locator('.ant-form-item-explain-error').textContent()).toMatch(/lao động nữ/i);
    expect(await page.getByTestId('submit-dialog').count()).toBe(0);
    await screenshot(page, 'reporting-form-field-error');
    await field(page, 'workersFemale', '22');
    await waitSaved(page);
    await page.getByTestId('report-cancel').click();

    // "Nộp báo cáo" from the list opens the form and goes straight to the confirmation.
    await row.getByTestId('report-submit-from-list').click();
    await page.getByTestId('submit-dialog').waitFor();
    await page.getByTestId('submit-checkbox').click();
    await page.getByTestId('submit-confirm').click();
    await page.getByTestId('filer-reports-page').waitFor();
    await expect.poll(() => row.getByTestId('report-status').textContent()).toBe('Chờ duyệt');

    // A draft never submitted can be deleted (the reopened Q2 of the second project).
    const q2 = page.locator('[data-testid=period-quarterly_implementation-2026-Q2]');
    const q2row = q2.locator('tr.ant-table-row').filter({ hasText: 'Xưởng mạ và sơn tĩnh điện' });
    await q2row.getByTestId('report-create').click();
    await page.getByTestId('report-form').waitFor();
    await field(page, 'workersDomestic', '60');
    await waitSaved(page);
    await page.getByTestId('report-cancel').click();
    await expect.poll(() => q2row.getByTestId('report-status').textContent()).toBe('Lưu nháp');
    await q2row.getByTestId('report-delete').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => q2row.getByTestId('report-create').count()).toBe(1);
    expect(ent.problems).toEqual([]);
    await ent.context.close();
  });

  it('a figure the enterprise confirmed despite the ×1000 warning stands out on the Board’s review page', async () => {
    // Q4 2025 reopened for the first project; the enterprise confirms a revenue 1,000× its history.
    const board = await apiSession(app.server.url, app.server.accounts.board_officer);
    const filer = await apiSession(app.server.url, ACCOUNTANT);
    const projects = await board.get<{ items: { id: string }[] }>('/api/projects?q=5432109876');
    const projectId = projects.items[0]!.id;
    await board.send('POST', '/api/reports/reopenings', {
      typeId: 'quarterly_implementation',
      period: '2025-Q4',
      projectId,
      reason: 'Bổ sung báo cáo quý IV/2025 còn thiếu',
      openUntil: '2026-10-31',
    });
    const created = await filer.send<{ id: string; updatedAt: string; code: string }>('POST', '/api/reports', {
      typeId: 'quarterly_implementation',
      period: '2025-Q4',
      projectId,
      values: quarterFigures('45100000'),
    });
    await filer.send('POST', `/api/reports/${created.id}/submit`, {
      updatedAt: created.updatedAt,
      confirmations: [
        {
          field: 'revenue',
          code: 'scale_x1000',
          reason: 'Đúng: doanh thu tính cả hợp đồng bán dây chuyền 45 nghìn tỷ',
        },
      ],
    });
    await filer.close();
    await board.close();

    const bo = await openPage(app.browser, app.server.url);
    const { page } = bo;
    await signIn(bo, app.server.accounts.board_officer, `/dang-nhap?next=/bao-cao-dinh-ky/${created.id}`);
    await page.getByTestId('review-page').waitFor();
    expect(await page.getByTestId('value-revenue').textContent()).toBe('45.100.000');
    expect(await page.getByTestId('review-confirmation-revenue').textContent()).toContain(
      'Gấp khoảng 1.000 lần mức dự kiến — Lý do: Đúng: doanh thu tính cả hợp đồng',
    );
    const card = page.getByTestId('confirmation-revenue');
    expect(await card.textContent()).toContain('Doanh thu trong kỳ: 45.100.000');
    expect(await card.textContent()).toContain('Nguyễn Thu Trang');
    await screenshot(page, 'reporting-board-review-confirmed');
    expect(bo.problems).toEqual([]);
    await bo.context.close();
  });
});
