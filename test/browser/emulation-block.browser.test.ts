import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, pickDate, screenshot, signIn, visit } from './harness';

// The server's clock runs from 2 March 2026, before the Red River Delta block signs its pact.
const started = Date.now();
const app = appInBrowser({ clock: () => new Date(Date.parse('2026-03-02T02:00:00Z') + Date.now() - started) });

const memberRows = '[data-testid=block-members] tr.ant-table-row';

describe('Khối thi đua (emulation block page)', () => {
  it('lets the ministry open the year by rotation and the leading Board draft the pact, register and try to sign', async () => {
    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, app.server.accounts.ministry);
    await visit(ministry, '/thi-dua');
    const blocks = ministry.page.locator('[data-testid=emulation-blocks] tr.ant-table-row');
    await expect.poll(() => blocks.count()).toBe(7);
    await screenshot(ministry.page, 'emulation-blocks-ministry');

    await ministry.page.getByText('Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh Đồng bằng sông Hồng').click();
    await ministry.page.waitForURL((url) => url.pathname.startsWith('/thi-dua/khoi/'));
    // 2026 has no members yet: the rule proposes Hà Nội to lead and Quảng Ninh as deputy.
    const proposal = ministry.page.getByTestId('rotation-proposal');
    await expect.poll(() => proposal.textContent()).toContain('khối trưởng BQL Hà Nội, khối phó BQL Quảng Ninh');
    await ministry.page.getByTestId('rotate').click();
    await ministry.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => ministry.page.locator(memberRows).count()).toBe(6);
    expect(await ministry.page.getByTestId('block-leader').textContent()).toContain('thành phố Hà Nội');
    await screenshot(ministry.page, 'emulation-block-members');

    await ministry.page.getByRole('tab', { name: 'Lịch sử luân phiên' }).click();
    const history = ministry.page.locator('[data-testid=rotation-history] tr.ant-table-row');
    await expect.poll(() => history.count()).toBe(5);
    const years = await history.locator('td:first-child').allTextContents();
    expect(years).toEqual(['2026', '2025', '2023', '2022', '2020']);
    expect(await history.nth(3).textContent()).toContain('Hải Phòng');
    await screenshot(ministry.page, 'emulation-block-history');
    expect(ministry.problems).toEqual([]);

    const board = await openPage(app.browser, app.server.url);
    await signIn(board, app.server.accounts.board_leader);
    await visit(board, '/thi-dua');
    const mine = board.page.locator('[data-testid=emulation-blocks] tr.ant-table-row');
    await expect.poll(() => mine.count()).toBe(2);
    expect(await mine.first().textContent()).toContain('Đơn vị bạn là khối trưởng');
    await board.page.getByText('Khối thi đua Ban Quản lý các KCN, KCX, KKT các tỉnh Đồng bằng sông Hồng').click();
    await board.page.getByRole('tab', { name: 'Giao ước' }).click();
    await board.page
      .getByTestId('pact-content')
      .fill('Các Ban thành viên thi đua hoàn thành xuất sắc nhiệm vụ năm 2026.');
    await board.page.getByTestId('pact-save').click();
    const pactRows = board.page.locator('[data-testid=pact-members] tr.ant-table-row');
    await expect.poll(() => pactRows.count()).toBe(6);
    // Only its own row has the form: a Board registers its own targets.
    expect(await board.page.getByTestId('pact-targets-input').count()).toBe(1);
    await board.page
      .getByTestId('pact-targets-input')
      .fill('Thu hút 1.500 triệu USD vốn đầu tư\nGiải quyết 100% hồ sơ đúng hạn');
    await board.page.getByTestId('pact-targets-save').click();
    await expect.poll(() => pactRows.first().textContent()).toContain('Giải quyết 100% hồ sơ đúng hạn');
    await pickDate(board.page, 'pact-sign-date', '05/03/2026');
    await board.page.getByTestId('pact-sign-place').fill('Hà Nội');
    await board.page.getByTestId('pact-sign').click();
    await expect
      .poll(() => board.page.locator('.ant-message').textContent())
      .toContain('5 thành viên chưa đăng ký chỉ tiêu');
    await screenshot(board.page, 'emulation-block-pact');

    await visit(board, '/thi-dua/cau-lac-bo');
    await board.page.getByTestId('emulation-club').waitFor();
    await expect.poll(() => board.page.locator('.ant-table-row').count()).toBe(19);
    await screenshot(board.page, 'emulation-club');
    expect(board.problems).toEqual([]);
  });
});
