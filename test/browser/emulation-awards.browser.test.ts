import { execFileSync } from 'node:child_process';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Account, appInBrowser, choose, openPage, pickDate, screenshot, signIn, visit } from './harness';

// The server's clock runs from 15 January 2026: the Red River Delta block closes its year 2025.
const started = Date.now();
const app = appInBrowser({ clock: () => new Date(Date.parse('2026-01-15T02:00:00Z') + Date.now() - started) });
const PASSWORD = 'Mat-khau-thu-2026!';

/** An antd InputNumber by test id, wherever antd puts the id (the input or its wrapper). */
const numberInput = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** An API client signed in as `account` in its own browser context (cookie and CSRF token). */
async function apiAs(
  account: Account,
): Promise<{ call: (method: string, url: string, data?: unknown) => Promise<unknown>; request: APIRequestContext }> {
  const context = await app.browser.newContext({ baseURL: app.server.url });
  const res = await context.request.post('/api/auth/sign-in', { data: account });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async (method: string, url: string, data?: unknown) => {
    const r = await context.request.fetch(url, {
      method,
      headers: { 'x-csrf-token': csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    expect(r.status(), `${method} ${url}: ${await r.text()}`).toBeLessThan(300);
    return r.headers()['content-type']?.includes('json') ? r.json() : r.body();
  };
  return { call, request: context.request };
}

const sheet = {
  groups: [
    {
      key: 'nhiem_vu',
      nameVi: 'Thực hiện nhiệm vụ chuyên môn',
      nameEn: 'Core duties',
      criteria: [
        {
          key: 'dau_tu',
          nameVi: 'Thu hút đầu tư vào KCN, KKT',
          nameEn: 'Investment attracted',
          maxPoints: 40,
          evidenceRequired: true,
        },
        {
          key: 'cchc',
          nameVi: 'Cải cách hành chính, một cửa',
          nameEn: 'Administrative reform',
          maxPoints: 30,
          evidenceRequired: false,
        },
      ],
    },
    {
      key: 'phong_trao',
      nameVi: 'Công tác thi đua, khen thưởng',
      nameEn: 'Emulation work',
      criteria: [
        {
          key: 'to_chuc',
          nameVi: 'Tổ chức phong trào thi đua',
          nameEn: 'Movements run',
          maxPoints: 30,
          evidenceRequired: false,
        },
      ],
    },
  ],
  bonuses: [
    { key: 'sang_kien', nameVi: 'Sáng kiến, mô hình mới', nameEn: 'Initiatives', maxPoints: 5, evidenceRequired: true },
  ],
  bonusCap: 5,
  penalties: [
    { key: 'cham_bao_cao', nameVi: 'Chậm báo cáo', nameEn: 'Late reports', maxPoints: 5, evidenceRequired: false },
  ],
  crossScoring: 'leader',
  tieBreaks: [{ kind: 'group', group: 'nhiem_vu' }, { kind: 'fewer_penalty' }],
};
const entries = (dau_tu: number, cchc: number, to_chuc: number, sang_kien = 0) => ({
  entries: [
    { line: 'dau_tu', points: dau_tu, evidence: ['Báo cáo thu hút đầu tư năm 2025'] },
    { line: 'cchc', points: cchc, evidence: [] },
    { line: 'to_chuc', points: to_chuc, evidence: [] },
    ...(sang_kien ? [{ line: 'sang_kien', points: sang_kien, evidence: ['Quyết định công nhận sáng kiến'] }] : []),
  ],
  submit: true,
});

describe('Chấm điểm, bỏ phiếu, khen thưởng (one block year)', () => {
  it('runs the Red River Delta block through 2025: self- and cross-scores, ranking, vote, proposal, decision, certificate', async () => {
    const accounts = app.server.accounts;
    const admin = await apiAs(accounts.admin);
    for (const [username, provinceCode] of [
      ['bql.haiphong', '31'],
      ['bql.bacninh', '24'],
    ] as const) {
      await admin.call('POST', '/api/users', {
        username,
        displayName: `Chuyên viên ${username}`,
        role: 'board_officer',
        provinceCode,
        password: PASSWORD,
      });
    }
    const ministryApi = await apiAs(accounts.ministry);
    const blocks = (await ministryApi.call('GET', '/api/emulation/blocks?year=2025')) as {
      items: { id: string; code: string }[];
    };
    const blockId = blocks.items.find((b) => b.code === 'khoi-dbsh')!.id;
    const detail = (await ministryApi.call('GET', `/api/emulation/blocks/${blockId}?year=2025`)) as {
      members: { unit: { id: string; code: string } }[];
    };
    const id = (code: string) => detail.members.find((m) => m.unit.code === code)!.unit.id;
    // The organiser's rotation for 2025: Hà Nội leads, Hải Phòng deputises.
    await ministryApi.call('PUT', `/api/emulation/blocks/${blockId}/years/2025/members`, {
      members: detail.members.map((m) => ({
        unitId: m.unit.id,
        role: m.unit.code === 'board:34:01' ? 'leader' : m.unit.code === 'board:34:31' ? 'deputy' : 'member',
      })),
      rotationBasis: 'Biên bản hội nghị khối năm 2024',
    });
    await ministryApi.call('PUT', `/api/emulation/blocks/${blockId}/years/2025/scoring/sheet`, {
      definition: sheet,
      basis: 'Quy chế khối, hội nghị tháng 12/2024',
    });
    const haiphong = await apiAs({ username: 'bql.haiphong', password: PASSWORD });
    const bacninh = await apiAs({ username: 'bql.bacninh', password: PASSWORD });
    const card = (unit: string, side: string) =>
      `/api/emulation/blocks/${blockId}/years/2025/scoring/cards/${unit}/${side}`;
    await haiphong.call('PUT', card(id('board:34:31'), 'self'), entries(36, 27, 26, 3));
    await bacninh.call('PUT', card(id('board:34:24'), 'self'), entries(38, 26, 25, 2));

    // Hà Nội, the leader, self-scores through the page.
    const board = await openPage(app.browser, app.server.url);
    await signIn(board, accounts.board_leader);
    await visit(board, `/thi-dua/khoi/${blockId}?nam=2025&tab=scoring`);
    await board.page.getByTestId('scoring-panel').waitFor();
    await board.page.getByTestId('self-BQL Hà Nội').click();
    for (const [line, points] of [
      ['dau_tu', '39'],
      ['cchc', '28'],
      ['to_chuc', '27'],
      ['sang_kien', '4'],
    ] as const) {
      await numberInput(board.page, `points-${line}`).fill(points);
    }
    await board.page.getByTestId('evidence-dau_tu').fill('Báo cáo số 12/BC-BQL; 45 dự án mới');
    await board.page.getByTestId('evidence-sang_kien').fill('QĐ 88/QĐ-BQL công nhận sáng kiến');
    await board.page.getByTestId('score-submit').click();
    await expect.poll(() => board.page.getByTestId('scoring-progress').textContent()).toContain('Tự chấm 3/');

    // The leader cross-scores Bắc Ninh on the page, one point lower on investment; the deputy scores the leader.
    await board.page.getByTestId('cross-BQL Bắc Ninh').click();
    await numberInput(board.page, 'points-dau_tu').fill('36');
    await board.page.getByTestId('score-submit').click();
    await board.page.getByTestId('resolve-BQL Bắc Ninh').waitFor();
    await ministryApi.call('GET', `/api/emulation/blocks/${blockId}/years/2025/scoring`);
    await (await apiAs(accounts.board_leader)).call('PUT', card(id('board:34:31'), 'cross'), entries(36, 27, 26, 3));
    await haiphong.call('PUT', card(id('board:34:01'), 'cross'), entries(39, 28, 27, 4));
    await board.page.getByTestId('resolve-BQL Bắc Ninh').click();
    const reason = board.page.locator('.ant-modal:visible input.ant-input').first();
    await reason.fill('Hai dự án chưa được cấp giấy chứng nhận trong năm');
    await board.page.locator('.ant-modal:visible .ant-btn-primary').click();
    const rows = board.page.locator('[data-testid=ranking] tr.ant-table-row');
    await expect.poll(() => rows.nth(2).textContent()).toContain('tỉnh Bắc Ninh');
    expect(await rows.nth(0).textContent()).toContain('Hà Nội');
    expect(await rows.nth(0).textContent()).toContain('98');
    await expect.poll(() => board.page.getByTestId('scoring-progress').textContent()).toContain('đã chốt 3/');
    await screenshot(board.page, 'emulation-scoring-ranking');

    // The vote and the proposal on the awards tab.
    await board.page.getByRole('tab', { name: 'Bỏ phiếu, khen thưởng' }).click();
    await board.page.getByTestId('new-ballot').click();
    await choose(board.page, 'ballot-title', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh');
    await pickDate(board.page, 'ballot-date', '12/01/2026');
    const candidate = board.page.locator('.ant-modal:visible .ant-table-row').filter({ hasText: 'thành phố Hà Nội' });
    await candidate.locator('.ant-checkbox-input').check();
    await numberInput(board.page, `yes-${id('board:34:01')}`).fill('6');
    await board.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(() => board.page.getByTestId('ballots').textContent()).toContain('Đạt');
    await board.page.getByTestId('new-proposal').click();
    await choose(board.page, 'proposal-title', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh');
    await choose(board.page, 'proposal-unit', 'thành phố Hà Nội');
    await choose(board.page, 'proposal-ballot', 'Cờ thi đua');
    await board.page.getByTestId('eligibility-co_thi_dua_bo_tinh').waitFor();
    expect(await board.page.getByTestId('eligibility-co_thi_dua_bo_tinh').textContent()).toContain(
      'Xếp hạng 1 trong khối',
    );
    await board.page.getByTestId('proposal-totrinh').fill('Tờ trình đề nghị tặng Cờ thi đua năm 2025');
    await board.page
      .getByTestId('proposal-achievement')
      .fill('Dẫn đầu phong trào thi đua năm 2025 của Khối thi đua các Ban Quản lý vùng Đồng bằng sông Hồng');
    await screenshot(board.page, 'emulation-proposal-form');
    await board.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(() => board.page.getByTestId('proposals').textContent()).toContain('Cần xem xét');
    expect(board.problems).toEqual([]);

    // The ministry records the decision and prints the flag.
    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, accounts.ministry);
    await visit(ministry, `/thi-dua/khoi/${blockId}?nam=2025&tab=awards`);
    await ministry.page.getByTestId('decide').click();
    await ministry.page.getByTestId('decision-number').fill('215/QĐ-BTC');
    await pickDate(ministry.page, 'decision-date', '02/02/2026');
    await ministry.page.getByTestId('decision-authority').fill('Bộ trưởng Bộ Tài chính');
    await ministry.page.getByTestId('decision-signer-title').fill('Bộ trưởng');
    await ministry.page.getByTestId('decision-signer').fill('Nguyễn Văn Thắng');
    await ministry.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await ministry.page.getByTestId('certificate').waitFor();
    await screenshot(ministry.page, 'emulation-awards-decided');
    const href = await ministry.page.getByTestId('certificate').getAttribute('href');
    const pdf = await ministry.context.request.get(href!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: await pdf.body() }).toString('utf8');
    expect(text).toContain('CỜ THI ĐUA');
    expect(text).toContain('Quyết định số 215/QĐ-BTC');

    // The unit's history and eligibility, one click from the ranking.
    await visit(ministry, `/thi-dua/don-vi/${id('board:34:01')}/khen-thuong`);
    await ministry.page.getByTestId('unit-years').waitFor();
    await expect
      .poll(() => ministry.page.getByTestId('unit-years').textContent())
      .toContain('Cờ thi đua cấp bộ, ban, ngành, tỉnh');
    await screenshot(ministry.page, 'emulation-unit-awards');
    await visit(ministry, '/thi-dua/so-khen-thuong');
    await expect.poll(() => ministry.page.getByTestId('award-register').textContent()).toContain('215/QĐ-BTC');
    expect(ministry.problems).toEqual([]);

    // Hà Nội's own Board completes its 2025 assessment on its unit page: the flag becomes eligible.
    await board.page.locator('[data-testid=proposals] a', { hasText: 'thành phố Hà Nội' }).first().click();
    await board.page.getByTestId('unit-awards').waitFor();
    const flag = board.page.getByTestId('eligibility-co_thi_dua_bo_tinh');
    await expect.poll(() => flag.textContent()).toContain('Cần xem xét');
    await choose(board.page, 'assessment-rating', 'Hoàn thành xuất sắc nhiệm vụ');
    await board.page.getByTestId('assessment-form').getByText('Có nhân tố mới, mô hình mới').first().click();
    await board.page.getByTestId('assessment-save').click();
    await expect.poll(() => flag.textContent()).toContain('Đủ điều kiện');
    await screenshot(board.page, 'emulation-unit-assessment');

    // An individual: a deputy head of division of Hà Nội's Board, assessed for 2025 without an LĐTT title yet.
    const leaderApi = await apiAs(accounts.board_leader);
    const person = (await leaderApi.call('POST', `/api/emulation/units/${id('board:34:01')}/staff`, {
      fullName: 'Nguyễn Thị Lan',
      gender: 'female',
      birthYear: 1986,
      title: 'Phó Trưởng phòng Quản lý đầu tư',
      validFrom: '2025-07-01',
    })) as { id: string };
    await leaderApi.call('PUT', '/api/emulation/assessments', {
      subject: { kind: 'individual', personId: person.id },
      year: 2025,
      rating: 'excellent',
      initiatives: [{ scope: 'grassroots', title: 'Số hóa hồ sơ dự án đầu tư' }],
      disciplines: [],
      attestations: [],
    });
    await visit(board, `/thi-dua/khoi/${blockId}?nam=2025&tab=awards`);
    await board.page.getByTestId('new-proposal').click();
    await board.page.getByTestId('proposal-kind').getByText('Cá nhân').click();
    await choose(board.page, 'proposal-title', 'Chiến sĩ thi đua cơ sở');
    await choose(board.page, 'proposal-unit', 'thành phố Hà Nội');
    await choose(board.page, 'proposal-person', 'Nguyễn Thị Lan — Phó Trưởng phòng Quản lý đầu tư (01/07/2025');
    // Before anyone signs: the unit's CSTĐCS quota cannot be counted while nobody there holds LĐTT for 2025.
    const cstdcs = board.page.getByTestId('eligibility-chien_si_thi_dua_co_so');
    await expect.poll(() => cstdcs.textContent()).toContain('Hạn mức 15%');
    expect(await cstdcs.textContent()).toContain('Cần xem xét');
    expect(await cstdcs.textContent()).toContain('chưa có số người đạt Lao động tiên tiến để tính');
    await screenshot(board.page, 'emulation-proposal-individual');
    await choose(board.page, 'proposal-title', 'Lao động tiên tiến');
    const ldtt = board.page.getByTestId('eligibility-lao_dong_tien_tien');
    await expect.poll(() => ldtt.textContent()).toContain('Cần xem xét');
    await board.page.getByTestId('proposal-achievement').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025');
    await board.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(() => board.page.getByTestId('proposals').textContent()).toContain('Nguyễn Thị Lan');
    expect(board.problems).toEqual([]);
  });

  it('the organiser issues a score sheet in the structured editor, checked before it is sent', async () => {
    const ministryApi = await apiAs(app.server.accounts.ministry);
    const blocks = (await ministryApi.call('GET', '/api/emulation/blocks?year=2025')) as {
      items: { id: string; code: string }[];
    };
    const blockId = blocks.items.find((b) => b.code === 'khoi-btb')!.id;
    const ministry = await openPage(app.browser, app.server.url);
    await signIn(ministry, app.server.accounts.ministry);
    await visit(ministry, `/thi-dua/khoi/${blockId}?nam=2025&tab=scoring`);
    await ministry.page.getByTestId('edit-sheet').click();
    const editor = ministry.page.getByTestId('sheet-editor');
    const group0 = editor.getByTestId('sheet-group-0');
    await group0.getByTestId('group-name').fill('Thực hiện nhiệm vụ chuyên môn');
    await group0.getByTestId('criteria-0-0').getByTestId('line-name').fill('Thu hút đầu tư vào KCN, KKT');
    await numberInput(ministry.page, 'line-max').first().fill('40');
    await group0.getByTestId('criteria-0-add').click();
    await group0.getByTestId('criteria-0-1').getByTestId('line-name').fill('Cải cách hành chính, một cửa');
    await group0
      .getByTestId('criteria-0-1')
      .locator('input[data-testid=line-max], [data-testid=line-max] input')
      .first()
      .fill('30');
    await editor.getByTestId('add-group').click();
    // The second group is left without a name: the editor refuses before anything is sent.
    await editor.getByTestId('sheet-group-1').getByTestId('line-name').fill('Tổ chức phong trào thi đua');
    await editor.getByTestId('bonuses-add').click();
    await editor.getByTestId('bonuses-0').getByTestId('line-name').fill('Sáng kiến, mô hình mới');
    await editor
      .getByTestId('bonuses-0')
      .locator('input[data-testid=line-max], [data-testid=line-max] input')
      .first()
      .fill('5');
    await editor.getByTestId('penalties-add').click();
    await editor.getByTestId('penalties-0').getByTestId('line-name').fill('Chậm gửi báo cáo');
    await numberInput(ministry.page, 'bonus-cap').fill('5');
    await editor.getByTestId('add-tie').click();
    await choose(ministry.page, 'tie-0', 'Thực hiện nhiệm vụ chuyên môn');
    await editor.getByTestId('add-tie').click();
    await choose(ministry.page, 'tie-1', 'Ít điểm trừ hơn');
    await editor.getByTestId('sheet-basis').fill('Quy chế hoạt động Khối thi đua, hội nghị tháng 12/2024');
    await ministry.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(() => editor.textContent()).toContain('còn 1 lỗi');
    await screenshot(ministry.page, 'emulation-sheet-editor-error');
    await editor.getByTestId('sheet-group-1').getByTestId('group-name').fill('Công tác thi đua, khen thưởng');
    await ministry.page.locator('.ant-modal:visible .ant-btn-primary').click();
    // 40 + 30 + 10 (the new criterion's default) + bonus 5 within the cap of 5.
    await expect
      .poll(() => ministry.page.getByTestId('scoring-panel').textContent())
      .toContain('Bảng chấm điểm phiên bản 1 · tối đa 85 điểm');
    const sheet = (await ministryApi.call('GET', `/api/emulation/blocks/${blockId}/years/2025/scoring`)) as {
      sheet: { definition: { groups: { nameVi: string; nameEn: string }[]; tieBreaks: { kind: string }[] } };
    };
    expect(sheet.sheet.definition.groups.map((g) => g.nameEn)).toEqual([
      'Thực hiện nhiệm vụ chuyên môn',
      'Công tác thi đua, khen thưởng',
    ]);
    expect(sheet.sheet.definition.tieBreaks.map((x) => x.kind)).toEqual(['group', 'fewer_penalty']);
    await ministry.page.getByTestId('edit-sheet').click();
    await screenshot(ministry.page, 'emulation-sheet-editor');
    expect(ministry.problems).toEqual([]);
  });
});
