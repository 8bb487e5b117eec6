import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { seedDemo } from '../../src/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { projectRoot } from '../../src/platform/config';
import { openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { choose, launchBrowser, openPage, screenshot, signIn, type TestPage, visit } from './harness';

/**
 * An IRC through the one-stop shop in the browser: the enterprise submits online, the desk asks
 * for a supplement, the enterprise supplies it, the desk receives, the leader assigns and decides
 * with the certificate's contents, and the project appears in the investment registry.
 * The server's clock runs from Monday 2/3/2026 09:00 (Hà Nội).
 */
const started = Date.now();
const clock = () => new Date(Date.parse('2026-03-02T02:00:00Z') + Date.now() - started);
const system = systemActor('test');
let url: string;
let stop: () => Promise<void>;
let browser: Browser;
const ENTERPRISE = { username: 'dn.dientu', password: 'Mat-khau-thu-2026' };
const officerName = DEMO_ACCOUNTS.find((x) => x.role === 'board_officer')!.displayName;
const account = (role: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
  return { username: a.username, password: a.password };
};

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  const app = await createApp({
    database,
    config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: path.join(projectRoot, 'dist', 'web') },
    clock,
  });
  await seedDemo(app, database.db, { country: false });
  const inv = app.services.investment;
  const ent = await inv.createEnterprise(system, {
    taxCode: '0109000001',
    nameVi: 'Công ty TNHH Điện tử Sao Mai',
    adminUnitId: '63:01',
    sectors: [],
    legalRepresentative: 'Phạm Văn Hùng',
  });
  await app.services.zones.createPark(system, {
    code: 'HN-QUANGMINH',
    name: 'KCN Quang Minh',
    kinds: [],
    adminUnitId: '63:01',
    developerEnterpriseId: null,
  });
  await inv.createInvestor(system, { kind: 'organisation', name: 'Samsung Electro-Mechanics', nationality: 'KR' });
  await app.services.auth.createUser(system, {
    username: ENTERPRISE.username,
    displayName: 'Phạm Văn Hùng (Sao Mai)',
    role: 'enterprise',
    password: ENTERPRISE.password,
    provinceCode: null,
    enterpriseId: ent.id,
  });
  url = await app.http.listen({ port: 0, host: '127.0.0.1' });
  stop = async () => {
    await app.http.close();
    await database.close();
  };
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

/** Clicks an action button of the dossier page, fills the modal with `fill`, confirms, waits for the state. */
async function act(tab: TestPage, action: string, state: string, fill?: () => Promise<void>) {
  const { page } = tab;
  await page.getByTestId(`action-${action}`).click();
  if (fill) await fill();
  await page.locator('#action-confirm').click();
  await expect.poll(() => page.getByTestId('dossier-state').first().textContent(), { timeout: 20_000 }).toBe(state);
}

describe('an IRC dossier from online submission to the registry', () => {
  it('runs through the desk and writes the certificate', async () => {
    const enterprise = await openPage(browser, url);
    await signIn(enterprise, ENTERPRISE);
    await visit(enterprise, '/ho-so');
    const e = enterprise.page;
    await e.getByTestId('dossier-submit-open').click();
    await choose(e, 'dossier-province', 'Hà Nội', 'ha noi');
    await choose(e, 'dossier-procedure', /BQL-DT-01/, 'BQL-DT-01');
    await choose(e, 'dossier-case', 'Dự án đủ điều kiện cấp');
    await e.getByTestId('dossier-subject').fill('Đề nghị cấp Giấy chứng nhận đăng ký đầu tư dự án nhà máy linh kiện');
    await e.getByTestId('dossier-applicant').fill('Công ty TNHH Điện tử Sao Mai');
    await e.locator('#dossier-submit').click();
    await e.getByTestId('dossier-page').waitFor();
    const code = (await e.getByTestId('dossier-title').textContent())!;
    expect(code).toMatch(/^BQL01-260302-\d{4}$/);
    expect(await e.getByTestId('dossier-state').textContent()).toBe('Mới nộp trực tuyến, chờ tiếp nhận');
    const dossierPath = new URL(e.url()).pathname;

    const desk = await openPage(browser, url);
    await signIn(desk, account('board_officer'));
    await visit(desk, '/ho-so');
    await desk.page.getByTestId('dossier-scope').getByText('Cả Ban').click();
    await desk.page.getByTestId('dossier-code').filter({ hasText: code }).click();
    await desk.page.getByTestId('dossier-page').waitFor();
    await act(desk, 'request_supplement_at_receipt', 'Yêu cầu bổ sung khi tiếp nhận', () =>
      desk.page.getByTestId('action-reason').fill('Bổ sung bản sao hộ chiếu của người đại diện theo pháp luật'),
    );

    await visit(enterprise, dossierPath);
    await act(enterprise, 'supply', 'Mới nộp trực tuyến, chờ tiếp nhận');

    await visit(desk, dossierPath);
    await act(desk, 'receive', 'Đã tiếp nhận, chờ phân công');
    await desk.page.getByTestId('dossier-clock').getByText('12/03/2026 17:00:00').waitFor();
    await screenshot(desk.page, 'onestop-dossier-received');

    const leader = await openPage(browser, url);
    await signIn(leader, account('board_leader'));
    await visit(leader, dossierPath);
    await act(leader, 'assign', 'Đang xử lý', () => choose(leader.page, 'action-officer', officerName));
    const l = leader.page;
    await l.getByTestId('action-decide').click();
    await l.getByTestId('decide-certificate-no').fill('0123456789');
    await l.getByTestId('decide-project-code').fill('HN-SAOMAI-01');
    await l.getByTestId('decide-project-name').fill('Nhà máy linh kiện điện tử Sao Mai');
    await choose(l, 'decide-park', /Quang Minh/, 'Quang');
    await choose(l, 'decide-investor', /Samsung/, 'Samsung');
    await l.locator('[data-testid=decide-land] input, input[data-testid=decide-land]').first().fill('3,5');
    await l.locator('[data-testid=decide-capital] input, input[data-testid=decide-capital]').first().fill('25000000');
    await l.locator('#action-confirm').click();
    await l.getByTestId('dossier-registry').waitFor();
    await l.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    expect(await l.getByTestId('dossier-state').first().textContent()).toBe('Đã có kết quả, chờ trả');
    await screenshot(l, 'onestop-dossier-decided');
    await l.getByTestId('dossier-registry').locator('a').click();
    await l.waitForURL((u) => u.pathname.startsWith('/du-an/'));
    await l.getByText('HN-SAOMAI-01').first().waitFor();

    await visit(desk, '/ho-so');
    await desk.page.getByTestId('dossier-scope').getByText('Cả Ban').click();
    await desk.page.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    await screenshot(desk.page, 'onestop-dossier-queue');
    for (const tab of [enterprise, desk, leader]) expect(tab.problems).toEqual([]);
  });
});
