import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_ACCOUNTS } from '../../src/demo/accounts';
import { seedDemo } from '../../src/demo/seed';
import type { UserActor } from '../../src/platform/auth/actor';
import { systemActor } from '../../src/platform/auth/actor';
import { users } from '../../src/platform/auth/schema';
import { projectRoot } from '../../src/platform/config';
import { type Db, openPglite } from '../../src/platform/db/client';
import { prepareTemplate } from '../support/template';
import { choose, launchBrowser, openPage, screenshot, signIn, type TestPage, visit } from './harness';

/**
 * An IRC through the one-stop shop in the browser: the enterprise submits online, the desk asks
 * for a supplement, the enterprise supplies it, the desk receives, the leader assigns and decides
 * with the certificate's contents, the project appears in the investment registry and in the
 * Board's Biểu 2101 of the quarter at once, the desk returns the result, and a visitor who is not
 * signed in tracks the dossier as finished ahead of time.
 * The server's clock runs from Monday 2/3/2026 09:00 (Hà Nội).
 */
const started = Date.now();
const DAY = 86_400_000;
/** Days the clock is set back while the earlier dossiers of the queue are received. */
let back = 0;
const clock = () => new Date(Date.parse('2026-03-02T02:00:00Z') - back * DAY + Date.now() - started);
const system = systemActor('test');
let url: string;
let app: Awaited<ReturnType<typeof createApp>>;
let stop: () => Promise<void>;
let browser: Browser;
const ENTERPRISE = { username: 'dn.dientu', password: 'Mat-khau-thu-2026' };
const officerName = DEMO_ACCOUNTS.find((x) => x.role === 'board_officer')!.displayName;
/** Board actors for the dossiers set up through the services, and the adjusted project. */
let deskActor: UserActor;
let leaderActor: UserActor;
const fixture = {} as { enterpriseId: string; projectId: string; parkId: string };
const account = (role: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
  return { username: a.username, password: a.password };
};

beforeAll(async () => {
  const database = await openPglite();
  await prepareTemplate(database);
  app = await createApp({
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
  const park = await app.services.zones.createPark(system, {
    code: 'HN-QUANGMINH',
    name: 'KCN Quang Minh',
    kinds: [],
    adminUnitId: '63:01',
    developerEnterpriseId: null,
  });
  const investor = await inv.createInvestor(system, {
    kind: 'organisation',
    name: 'Samsung Electro-Mechanics',
    nationality: 'KR',
  });
  fixture.enterpriseId = ent.id;
  fixture.parkId = park.id;
  // A certificate issued in 2025 (outside the quarter Biểu 2101 is checked for), adjusted through the desk.
  fixture.projectId = (
    await inv.createProject(system, {
      projectCode: 'HN-SAOMAI-02',
      sectors: [],
      name: 'Nhà máy bo mạch Sao Mai',
      enterpriseId: ent.id,
      location: { kind: 'park', parkId: park.id },
      type: 'production_business',
      landAreaHa: '2',
      investors: [{ investorId: investor.id, share: '100' }],
      certificate: {
        date: '2025-06-16',
        certificateNo: '0123450001',
        registeredCapital: { value: '12000000', currency: 'USD' },
      },
    })
  ).id;
  await app.services.auth.createUser(system, {
    username: ENTERPRISE.username,
    displayName: 'Phạm Văn Hùng (Sao Mai)',
    role: 'enterprise',
    password: ENTERPRISE.password,
    provinceCode: null,
    enterpriseId: ent.id,
  });
  await earlierDossiers(app, database.db);
  // Biểu 2101 shows FDI capital also in tỷ đồng: a State Bank rate by the quarter's end.
  await inv.addExchangeRate(system, {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2026-01-02',
    source: 'NHNN tỷ giá trung tâm',
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

/**
 * A realistic queue before the test's dossier: labour dossiers received weeks ago (late), last
 * week (due soon) and this morning, some assigned, one waiting for a supplement.
 */
async function earlierDossiers(app: Awaited<ReturnType<typeof createApp>>, db: Db) {
  const actorOf = async (username: string): Promise<UserActor> => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    return {
      kind: 'user',
      id: u!.id,
      username,
      displayName: u!.displayName,
      role: u!.role as UserActor['role'],
      scope: { provinceCode: u!.scopeProvinceCode, enterpriseId: null },
      locale: 'vi',
    };
  };
  const desk = await actorOf(account('board_officer').username);
  const leader = await actorOf(account('board_leader').username);
  deskActor = desk;
  leaderActor = leader;
  const dossiers = app.services.onestop.dossiers;
  const people = ['Kim Min-jun', 'Tanaka Hiroshi', 'Nguyễn Thị Mai (đại diện)', 'Lee Seung-woo', 'Wang Wei'];
  const plan = [
    { back: 28, code: '1.014199.H05', caseKey: 'grant', assign: true },
    { back: 28, code: 'BQL-LD-04', caseKey: 'grant', assign: false },
    { back: 4, code: '1.014200.H05', caseKey: 'grant', assign: true },
    { back: 7, code: 'BQL-LD-03', caseKey: 'grant', assign: true, supplement: true },
    { back: 0, code: '1.014199.H05', caseKey: 'grant', assign: false },
  ];
  for (const [i, p] of plan.entries()) {
    back = p.back;
    const d = await dossiers.receiveAtDesk(desk, {
      channel: 'in_person',
      outcome: 'receive',
      procedureCode: p.code,
      caseKey: p.caseKey,
      subject: `Giấy phép lao động cho ${people[i]}`,
      applicant: { name: people[i]!, idNumber: `M${7000 + i}` },
    });
    if (p.assign) await dossiers.transition(leader, d.id, { action: 'assign', officerId: desk.id });
    if (p.supplement) {
      await dossiers.transition(desk, d.id, {
        action: 'request_supplement',
        reason: 'Bổ sung giấy chứng nhận sức khỏe',
      });
    }
  }
  back = 0;
}

/**
 * Clicks an action button of the dossier page, fills the modal with `fill`, confirms, and waits
 * for the server's answer and the new state. It first waits until the page shows the dossier in
 * `from`: right after a navigation the button may belong to data still loading, and a click then
 * would act on a page about to redraw (the CI failure at the desk's receipt left the state
 * unchanged with no message). A refusal or a form that sends nothing fails with its reason.
 */
async function act(tab: TestPage, action: string, state: string, fill?: () => Promise<void>, from?: string) {
  const { page } = tab;
  if (from) await expect.poll(() => page.getByTestId('dossier-state').first().textContent()).toBe(from);
  await page.getByTestId(`action-${action}`).click();
  await page.locator('#action-confirm').waitFor();
  if (fill) await fill();
  const answer = page
    .waitForResponse((r) => r.url().includes('/transitions') && r.request().method() === 'POST')
    .catch(async () => {
      const problems = await page.locator('.ant-form-item-explain-error').allTextContents();
      throw new Error(`"${action}" sent no request${problems.length ? `: ${problems.join('; ')}` : ''}`);
    });
  await page.locator('#action-confirm').click();
  const response = await answer;
  if (response.status() !== 200) throw new Error(`"${action}" refused: ${response.status()} ${await response.text()}`);
  await expect.poll(() => page.getByTestId('dossier-state').first().textContent(), { timeout: 20_000 }).toBe(state);
}

describe('an IRC dossier from online submission to the registry', () => {
  // One retry: the run failed once in CI at the desk's receipt (the state stayed unchanged) and
  // passed on every local run; the message check above names the cause if it happens again.
  it('runs through the desk and writes the certificate', { retry: 1 }, async () => {
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
    await act(
      desk,
      'request_supplement_at_receipt',
      'Yêu cầu bổ sung khi tiếp nhận',
      () => desk.page.getByTestId('action-reason').fill('Bổ sung bản sao hộ chiếu của người đại diện theo pháp luật'),
      'Mới nộp trực tuyến, chờ tiếp nhận',
    );

    await visit(enterprise, dossierPath);
    await act(enterprise, 'supply', 'Mới nộp trực tuyến, chờ tiếp nhận', undefined, 'Yêu cầu bổ sung khi tiếp nhận');

    await visit(desk, dossierPath);
    await act(desk, 'receive', 'Đã tiếp nhận, chờ phân công', undefined, 'Mới nộp trực tuyến, chờ tiếp nhận');
    await desk.page.getByTestId('dossier-clock').getByText('12/03/2026 17:00:00').waitFor();
    await screenshot(desk.page, 'onestop-dossier-received');

    const leader = await openPage(browser, url);
    await signIn(leader, account('board_leader'));
    await visit(leader, dossierPath);
    await act(
      leader,
      'assign',
      'Đang xử lý',
      () => choose(leader.page, 'action-officer', officerName),
      'Đã tiếp nhận, chờ phân công',
    );
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
    await expect.poll(() => l.locator('.ant-modal-wrap:visible').count()).toBe(0);
    expect(await l.getByTestId('dossier-state').first().textContent()).toBe('Đã có kết quả, chờ trả');
    await screenshot(l, 'onestop-dossier-decided');
    await l.getByTestId('dossier-registry').locator('a').click();
    await l.waitForURL((u) => u.pathname.startsWith('/du-an/'));
    await l.getByText('HN-SAOMAI-01').first().waitFor();
    // The certificate's history names the dossier it came from.
    await expect.poll(() => l.getByTestId('timeline-source').textContent()).toBe(`Theo hồ sơ một cửa ${code}`);

    // The quarter's Biểu 2101 of the Board counts the new FDI capital (25 triệu USD) without retyping.
    await visit(leader, '/bieu-mau-thong-ke?period=2026-Q1&form=2101');
    await expect
      .poll(() => l.getByTestId('cell-FDI-FDI:new:amount-outside').textContent(), { timeout: 20_000 })
      .toBe('25');

    await visit(desk, '/ho-so');
    await desk.page.getByTestId('dossier-scope').getByText('Cả Ban').click();
    await desk.page.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    await screenshot(desk.page, 'onestop-dossier-queue');

    // The desk hands the result back; the public page shows it finished ahead of its appointment.
    await visit(desk, dossierPath);
    await act(desk, 'return_result', 'Đã trả kết quả', undefined, 'Đã có kết quả, chờ trả');
    const visitor = await openPage(browser, url);
    await visit(visitor, `/tra-cuu-ho-so/${code}`);
    await visitor.page.getByTestId('tracking-result').waitFor();
    expect(await visitor.page.getByTestId('tracking-status').textContent()).toBe('Đã trả kết quả');
    expect(await visitor.page.getByTestId('tracking-timeliness').textContent()).toBe('Trước hạn');

    for (const tab of [enterprise, desk, leader, visitor]) expect(tab.problems).toEqual([]);
  });

  it('adjusts a certificate through the desk: the project changes in the registry', async () => {
    const dossiers = app.services.onestop.dossiers;
    const d = await dossiers.receiveAtDesk(deskActor, {
      channel: 'in_person',
      outcome: 'receive',
      procedureCode: 'BQL-DT-02',
      caseKey: 'no_policy_change',
      subject: 'Đề nghị điều chỉnh vốn đầu tư và tiến độ dự án Nhà máy bo mạch Sao Mai',
      applicant: { name: 'Công ty TNHH Điện tử Sao Mai' },
      applicantEnterpriseId: fixture.enterpriseId,
    });
    await dossiers.transition(leaderActor, d.id, { action: 'assign', officerId: deskActor.id });

    const leader = await openPage(browser, url);
    await signIn(leader, account('board_leader'));
    await visit(leader, `/ho-so/${d.id}`);
    const l = leader.page;
    await act(
      leader,
      'decide',
      'Đã có kết quả, chờ trả',
      async () => {
        await l.getByTestId('decide-certificate-no').fill('0123450001');
        await choose(l, 'decide-project', /HN-SAOMAI-02/, 'SAOMAI-02');
        await l
          .locator('[data-testid=decide-capital-delta] input, input[data-testid=decide-capital-delta]')
          .first()
          .fill('5000000');
        await l.getByTestId('decide-schedule').fill('Hoàn thành xây dựng và đi vào hoạt động trong quý IV/2027');
        await screenshot(l, 'onestop-dossier-adjust-form');
      },
      'Đang xử lý',
    );
    await l.getByTestId('dossier-registry').locator('a').click();
    await l.waitForURL((u) => u.pathname === `/du-an/${fixture.projectId}`);
    // 12 triệu USD issued in 2025 + 5 triệu USD by the adjustment.
    await expect.poll(() => l.getByTestId('registered-capital').textContent()).toContain('17.000.000');
    const adjusted = l.getByTestId('timeline-adjusted');
    await expect.poll(() => adjusted.getByTestId('timeline-source').textContent()).toBe(`Theo hồ sơ một cửa ${d.code}`);
    await screenshot(l, 'onestop-dossier-adjusted-project');
    expect(leader.problems).toEqual([]);
  });

  it('certifies an eco-industrial park by the decision and revokes it on the scorecard', async () => {
    const dossiers = app.services.onestop.dossiers;
    const d = await dossiers.receiveAtDesk(deskActor, {
      channel: 'in_person',
      outcome: 'receive',
      procedureCode: 'BQL-ST-01',
      caseKey: 'certify',
      subject: 'Đề nghị chứng nhận KCN Quang Minh là khu công nghiệp sinh thái',
      applicant: { name: 'Công ty CP Đầu tư hạ tầng KCN Quang Minh' },
    });
    await dossiers.transition(leaderActor, d.id, { action: 'assign', officerId: deskActor.id });

    const leader = await openPage(browser, url);
    await signIn(leader, account('board_leader'));
    await visit(leader, `/ho-so/${d.id}`);
    const l = leader.page;
    await act(
      leader,
      'decide',
      'Đã có kết quả, chờ trả',
      async () => {
        await l.getByTestId('decide-certificate-no').fill('01/GCN-KCNST');
        await choose(l, 'decide-eco-park', /Quang Minh/, 'Quang');
      },
      'Đang xử lý',
    );
    await l.getByTestId('dossier-registry').locator('a').click();
    await l.waitForURL((u) => u.pathname === '/khu-sinh-thai/danh-gia');
    const badge = l.getByTestId('eco-certificates');
    await expect.poll(() => badge.getByTestId('eco-cert-status').textContent()).toBe('KCN sinh thái · Còn hiệu lực');
    expect(await badge.getByRole('link').textContent()).toBe(`Hồ sơ ${d.code}`);
    await screenshot(l, 'eco-scorecard-certified');

    await badge.getByTestId('eco-cert-revoke').click();
    const dialog = l.locator('.ant-modal').filter({ visible: true });
    // The browser's own date is not the server's (the test clock): type the revocation day.
    await dialog.locator('.ant-picker input').fill('02/03/2026');
    await dialog.locator('.ant-picker input').press('Enter');
    await dialog.locator('textarea').fill('Không duy trì liên kết cộng sinh theo Điều 37 Nghị định 35/2022/NĐ-CP');
    await l.locator('#eco-cert-revoke-confirm').click();
    await expect.poll(() => badge.getByTestId('eco-cert-status').textContent()).toBe('KCN sinh thái · Đã thu hồi');
    await screenshot(l, 'eco-scorecard-revoked');
    expect(leader.problems).toEqual([]);
  });
});
