import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillTemplate, type RowValues } from '../../src/modules/registry-io/fill-template';
import { IMPORT_DEFINITIONS } from '../../src/modules/registry-io/templates';
import { appInBrowser, openPage, screenshot, signIn } from './harness';

const app = appInBrowser();

/** Clicks a download link and returns the file it gives. */
async function download(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), data: fs.readFileSync(path) };
}

async function uploadFile(page: Page, name: string, data: Buffer) {
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: data,
  });
}

const enterprise = (i: number, province = '01 · Thành phố Hà Nội'): RowValues => ({
  taxCode: `0107${String(i).padStart(6, '0')}`,
  nameVi: `Công ty TNHH Cơ khí Chính xác Hà Nội số ${i}`,
  address: `Lô CN${i}, Khu công nghiệp Quang Minh`,
  province,
  representative: 'Phạm Minh Đức',
  sectors: '2592',
});

describe('Nhập dữ liệu Excel (Excel import)', () => {
  it('a Board officer downloads a template, uploads a file with errors and sees every one, then a correct file', async () => {
    const tab = await openPage(app.browser, app.server.url);
    const { page, context, problems } = tab;
    await signIn(tab, app.server.accounts.board_officer);
    await page.getByTestId('nav-nhap-du-lieu').click();
    await page.getByTestId('imports-page').waitFor();
    await page.getByTestId('import-kind-enterprises').click();
    await screenshot(page, 'imports-page');

    const template = await download(page, 'import-template');
    expect(template.name).toBe('mau-nhap-doanh-nghiep.xlsx');
    expect(template.data.subarray(0, 2).toString()).toBe('PK');

    // Row 4: a tax code of 9 digits; row 6: an enterprise of Bắc Ninh (outside the Board's province).
    const bad = await fillTemplate(template.data, IMPORT_DEFINITIONS.enterprises, {
      'Doanh nghiệp': [
        enterprise(1),
        { ...enterprise(2), taxCode: '010700000' },
        enterprise(3),
        enterprise(4, '24 · Tỉnh Bắc Ninh'),
      ],
    });
    await uploadFile(page, 'doanh-nghiep-co-loi.xlsx', bad);
    await page.getByTestId('import-rejected').waitFor();
    expect(await page.getByTestId('import-rejected').textContent()).toContain('doanh-nghiep-co-loi.xlsx');
    expect(await page.getByTestId('import-rejected').textContent()).toContain('Không ghi dữ liệu nào');
    const rows = page.locator('[data-testid=import-problems] tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Mã số thuế gồm 10 chữ số');
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe('4');
    expect(await rows.nth(0).locator('td').nth(2).textContent()).toBe('A');
    expect(await rows.nth(1).textContent()).toContain('Ngoài phạm vi của bạn');
    expect(await rows.nth(1).locator('td').nth(3).textContent()).toBe('Tỉnh, thành phố');
    await screenshot(page, 'imports-errors');
    const report = await download(page, 'import-problems-download');
    expect(report.name).toMatch(/^loi-nhap-enterprises-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(report.data.subarray(0, 2).toString()).toBe('PK');

    // Nothing was written: the enterprises list is still empty.
    const list = await page.request.get('/api/enterprises?q=co khi chinh xac');
    expect((await list.json()).total).toBe(0);

    await page.getByTestId('import-again').click();
    const good = await fillTemplate(template.data, IMPORT_DEFINITIONS.enterprises, {
      'Doanh nghiệp': Array.from({ length: 1500 }, (_, i) => enterprise(i + 1)),
    });
    await uploadFile(page, 'doanh-nghiep.xlsx', good);
    // The progress is shown while the server works (best effort: a fast import may finish first).
    const running = await page
      .getByTestId('import-running')
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (running) await screenshot(page, 'imports-progress');
    await page.getByTestId('import-succeeded').waitFor({ timeout: 60_000 });
    const text = await page.getByTestId('import-succeeded').textContent();
    expect(text).toContain('Đã nhập xong tệp doanh-nghiep.xlsx');
    expect(text).toContain('1.500 bản ghi đã được ghi');
    await screenshot(page, 'imports-success');
    const after = await page.request.get('/api/enterprises?q=co khi chinh xac&pageSize=1');
    expect((await after.json()).total).toBe(1500);

    // The result survives a reload (the job id is in the address).
    await page.reload();
    await page.getByTestId('import-succeeded').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is not offered to roles that cannot import', async () => {
    const tab = await openPage(app.browser, app.server.url);
    await signIn(tab, app.server.accounts.ministry);
    await tab.page.goto('/nhap-du-lieu');
    await tab.page.getByTestId('forbidden').waitFor();
    await tab.context.close();
  });
});
