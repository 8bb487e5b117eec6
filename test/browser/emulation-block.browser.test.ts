import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, openPage, pickDate, screenshot, signIn, visit } from './harness';

/** A JSON call from the signed-in page, with its CSRF cookie (to prepare data the test is not about). */
async function call<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([method, url, body]) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('iza_csrf='))
          ?.split('=')[1] ?? '';
      const res = await fetch(url as string, {
        method: method as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    [method, url, body] as const,
  ) as Promise<T>;
}

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
    // The organiser may also set the roles by hand; the editor starts from the year's members.
    await ministry.page.getByTestId('members-edit').click();
    await expect.poll(() => ministry.page.locator('.ant-modal-wrap:visible tr.ant-table-row').count()).toBe(6);
    await screenshot(ministry.page, 'emulation-block-members-editor');
    await ministry.page.keyboard.press('Escape');

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
    // The Board registers itself as a collective for a title.
    const registration = board.page.getByTestId('registration-form');
    await registration.locator('.ant-select').first().click();
    await board.page.locator('.ant-select-item-option').filter({ hasText: 'Tập thể', visible: true }).first().click();
    await registration.locator('.ant-select').nth(1).click();
    await board.page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Tập thể lao động xuất sắc', visible: true })
      .first()
      .click();
    await registration.getByRole('button').click();
    await expect.poll(() => board.page.getByTestId('pact-panel').textContent()).toContain('Tập thể lao động xuất sắc');
    await pickDate(board.page, 'pact-sign-date', '05/03/2026');
    await board.page.getByTestId('pact-sign-place').fill('Hà Nội');
    await board.page.getByTestId('pact-sign').click();
    await expect
      .poll(() => board.page.locator('.ant-message').textContent())
      .toContain('5 thành viên chưa đăng ký chỉ tiêu');
    await screenshot(board.page, 'emulation-block-pact');

    // Its own unit page: roles over the years, and its staff recorded with their position.
    await board.page.getByRole('tab', { name: 'Thành viên' }).click();
    await board.page.getByTestId('block-leader').getByRole('link').click();
    await board.page.getByTestId('emulation-unit').waitFor();
    // The day first: Enter in the picker submits the form.
    await pickDate(board.page, 'staff-from', '01/07/2025');
    await board.page.getByPlaceholder('Họ tên').fill('Lê Thu Hà');
    await board.page.getByPlaceholder('Chức vụ').fill('Chuyên viên Phòng Quản lý đầu tư');
    await board.page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await expect.poll(() => board.page.getByTestId('emulation-unit').textContent()).toContain('Lê Thu Hà');
    expect(await board.page.getByTestId('unit-memberships').textContent()).toContain('Khối trưởng');
    expect(await board.page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await screenshot(board.page, 'emulation-unit');

    await visit(board, '/thi-dua/cau-lac-bo');
    await board.page.getByTestId('emulation-club').waitFor();
    await expect.poll(() => board.page.locator('.ant-table-row').count()).toBe(19);
    await screenshot(board.page, 'emulation-club');
    expect(board.problems).toEqual([]);
  });

  it('shows a festival to the host Board, lets each Board enter its team, and publishes the results without signing in', async () => {
    const admin = await openPage(app.browser, app.server.url);
    await signIn(admin, app.server.accounts.admin);
    for (const [username, province] of [
      ['bql.haiphong', '31'],
      ['bql.quangninh', '22'],
    ] as const) {
      await call(admin.page, 'POST', '/api/users', {
        username,
        displayName: `Chuyên viên ${username}`,
        role: 'board_officer',
        provinceCode: province,
        password: 'IzaBql#2026-test',
      });
    }
    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, app.server.accounts.ministry);
    const blocks = await call<{ items: { id: string; code: string }[] }>(
      ministry.page,
      'GET',
      '/api/emulation/blocks?year=2025',
    );
    const dbsh = blocks.items.find((b) => b.code === 'khoi-dbsh')!.id;
    const block = await call<{ members: { unit: { id: string; code: string } }[] }>(
      ministry.page,
      'GET',
      `/api/emulation/blocks/${dbsh}?year=2025`,
    );
    const unit = (code: string) => block.members.find((m) => m.unit.code === code)!.unit.id;
    const { id } = await call<{ id: string }>(ministry.page, 'POST', `/api/emulation/blocks/${dbsh}/festivals`, {
      edition: 9,
      year: 2025,
      name: 'Hội thao Khối thi đua các Ban Quản lý Đồng bằng sông Hồng lần thứ IX',
      hostUnitId: unit('board:34:01'),
      nextHostUnitId: unit('board:34:31'),
      startsOn: '2025-10-16',
      endsOn: '2025-10-18',
      place: 'Hà Nội',
    });
    const events: string[] = [];
    for (const e of [
      { sport: 'Bóng đá', name: 'Bóng đá mini nam', gender: 'male', counts: true, pointsPerPlace: [10, 7, 5] },
      { sport: 'Kéo co', name: 'Kéo co hỗn hợp', gender: 'mixed', counts: true, pointsPerPlace: [10, 7, 5] },
      { sport: 'Văn nghệ', name: 'Văn nghệ', gender: 'mixed', counts: false, pointsPerPlace: [3, 2, 1] },
    ]) {
      events.push((await call<{ id: string }>(ministry.page, 'POST', `/api/emulation/festivals/${id}/events`, e)).id);
    }

    const board = await openPage(app.browser, app.server.url);
    await signIn(board, app.server.accounts.board_leader);
    await visit(board, `/thi-dua/hoi-thao/${id}`);
    await board.page.getByText('Đăng ký đội BQL Hà Nội').click();
    for (const account of ['bql.haiphong', 'bql.quangninh']) {
      const other = await openPage(app.browser, app.server.url);
      await signIn(other, { username: account, password: 'IzaBql#2026-test' });
      const code = account === 'bql.haiphong' ? 'board:34:31' : 'board:34:22';
      await call(other.page, 'POST', `/api/emulation/festivals/${id}/entries`, { unitId: unit(code) });
      await other.context.close();
    }
    const results = (eventId: string, places: [string, number][]) =>
      call(ministry.page, 'PUT', `/api/emulation/festivals/${id}/events/${eventId}/results`, {
        results: places.map(([code, place]) => ({ unitId: unit(code), place })),
      });
    await results(events[0]!, [
      ['board:34:31', 1],
      ['board:34:01', 2],
      ['board:34:22', 3],
    ]);
    await results(events[1]!, [
      ['board:34:01', 1],
      ['board:34:22', 2],
      ['board:34:31', 3],
    ]);
    // Quảng Ninh wins the arts, which do not count: it stays third overall.
    await results(events[2]!, [
      ['board:34:22', 1],
      ['board:34:31', 2],
      ['board:34:01', 3],
    ]);
    await board.page.reload();
    const standings = board.page.locator('[data-testid=festival-standings] tr.ant-table-row');
    await expect.poll(() => standings.count()).toBe(3);
    await screenshot(board.page, 'emulation-festival');

    // The host awards the prizes from the ranking and the results, with a fair-play prize of its choosing.
    await board.page.getByTestId('award-prizes').click();
    const prizeModal = board.page.locator('.ant-modal').filter({ hasText: 'Giải riêng' });
    await prizeModal.getByText('Thêm giải riêng').click();
    await prizeModal.locator('.ant-select').last().click();
    await board.page.locator('.ant-select-item-option').filter({ hasText: 'Quảng Ninh' }).click();
    await prizeModal.getByRole('button', { name: 'Trao giải theo kết quả hiện tại' }).click();
    const prizes = board.page.locator('[data-testid=festival-prizes] tr.ant-table-row');
    await expect.poll(() => prizes.count()).toBe(3 + 9 + 1);
    expect(await prizes.nth(0).textContent()).toContain('Giải Nhất toàn đoàn');
    expect(await prizes.nth(0).textContent()).toContain('Hà Nội');
    expect(await prizes.nth(12).textContent()).toContain('Giải Phong cách');
    expect(await prizes.nth(12).textContent()).toContain('Quảng Ninh');
    await prizeModal.waitFor({ state: 'hidden' });
    await screenshot(board.page, 'emulation-festival-prizes');

    const visitor = await openPage(app.browser, app.server.url);
    await visit(visitor, `/hoi-thao/${id}`);
    const open = visitor.page.locator('[data-testid=festival-standings] tr.ant-table-row');
    await expect.poll(() => open.count()).toBe(3);
    expect(await open.nth(0).textContent()).toContain('Hà Nội');
    expect(await open.nth(0).textContent()).toContain('17');
    expect(await open.nth(2).textContent()).toContain('Quảng Ninh');
    expect(await visitor.page.getByTestId('festival-events').textContent()).toContain('Không tính');
    const openPrizes = visitor.page.locator('[data-testid=festival-prizes] tr.ant-table-row');
    await expect.poll(() => openPrizes.count()).toBe(13);
    expect(await openPrizes.nth(2).textContent()).toContain('Giải Ba toàn đoàn');
    await screenshot(visitor.page, 'emulation-festival-public');
    expect([...board.problems, ...visitor.problems, ...ministry.problems]).toEqual([]);
  });
});
