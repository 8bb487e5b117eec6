import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { todayInVietnam } from '../../kernel/format';
import type { SubmissionChanges, SubmissionDetail } from './contract-workflow';
import { fakeParkForm } from './fake-forms.fixture';
import { type Client, ok, seedRegistry, statisticsHttp, system } from './statistics-harness.fixture';

/**
 * "Who changed what since the form was frozen" names every edit behind the province's figures,
 * including those by the enterprises themselves (their reports, their own details) and edits of
 * the investors of its projects, each with the account's name, role and organisation; an
 * enterprise with nothing in the province stays out.
 */
let t: TestContext;
let h: Awaited<ReturnType<typeof statisticsHttp>>;
let officer: Client;
let enterpriseUser: Session;
let board: Session;
const ids = {} as Record<'ent' | 'other' | 'samsung' | 'project', string>;

beforeAll(async () => {
  t = await createTestContext();
  const seeded = await seedRegistry(t);
  const inv = t.app.services.investment;
  const enterprise = async (taxCode: string, nameVi: string, adminUnitId: string) =>
    (await inv.createEnterprise(system, { taxCode, nameVi, adminUnitId, sectors: ['26'] })).id;
  ids.ent = await enterprise('2300007771', 'Công ty Điện tử Yên Phong', '63:27');
  ids.other = await enterprise('0100007772', 'Công ty Hà Nội không liên quan', '63:01');
  ids.samsung = (await inv.createInvestor(system, { kind: 'organisation', name: 'Samsung', nationality: 'KR' })).id;
  ids.project = (
    await inv.createProject(system, {
      projectCode: 'STAT-CH-1',
      name: 'Dự án linh kiện',
      enterpriseId: ids.ent,
      location: { kind: 'park', parkId: seeded.parks.yenPhong },
      type: 'production_business',
      sectors: ['2610'],
      landAreaHa: '5',
      investors: [{ investorId: ids.samsung, share: '100' }],
      certificate: { date: '2026-02-10', registeredCapital: { value: '2000000', currency: 'USD' } },
    })
  ).id;
  h = await statisticsHttp(t, [fakeParkForm('2104')]);
  officer = await h.as('ch.bn.cv', 'board_officer', { provinceCode: '24' });
  await t.addUser('ch.dn', 'enterprise', { enterpriseId: ids.ent });
  await t.addUser('ch.bn.rep', 'board_officer', { provinceCode: '24' });
  enterpriseUser = await t.signIn('ch.dn');
  board = await t.signIn('ch.bn.rep');
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const call = (who: Session, method: string, url: string, payload?: unknown) =>
  who.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
const inDays = (n: number) =>
  new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the edits behind a frozen form', () => {
  it('lists the enterprises’ own edits and their investors’ with who, role and organisation', async () => {
    const frozen: SubmissionDetail = ok(
      await officer.post('/api/statistics/forms/2104/submissions', { period: '2026-Q1' }),
      201,
    );

    // The enterprise files a report for a closed quarter the Board reopened for it.
    const reopen = { typeId: 'quarterly_implementation', period: '2026-Q3', projectId: ids.project };
    ok(
      await call(board, 'POST', '/api/reports/reopenings', { ...reopen, reason: 'Bổ sung', openUntil: inDays(7) }),
      201,
    );
    const report = ok(
      await call(enterpriseUser, 'POST', '/api/reports', { ...reopen, values: { realisedCapital: '250' } }),
      201,
    );
    // It keeps its own address current.
    const mine = ok(await call(enterpriseUser, 'GET', `/api/enterprises/${ids.ent}`));
    ok(
      await call(enterpriseUser, 'PATCH', `/api/enterprises/${ids.ent}/contact`, {
        updatedAt: mine.updatedAt,
        address: 'Lô A1, KCN Yên Phong',
      }),
    );
    // The Board corrects the project's investor (its nationality decides the FDI partner).
    const investor = ok(await call(board, 'GET', `/api/investors/${ids.samsung}`));
    ok(
      await call(board, 'PATCH', `/api/investors/${ids.samsung}`, { updatedAt: investor.updatedAt, nationality: 'JP' }),
    );
    // An enterprise with nothing in the province changes too: not the form's business.
    const other = await t.app.services.investment.getEnterprise(system, ids.other);
    await t.app.services.investment.updateEnterpriseContact(system, ids.other, {
      updatedAt: other.updatedAt,
      address: 'Hà Nội',
    });

    const changes: SubmissionChanges = ok(await officer.get(`/api/statistics/submissions/${frozen.id}/changes`));
    const rows = changes.registryChanges.map((c) => [
      c.action,
      c.entityType,
      c.entityId,
      c.actorName,
      c.actorRole,
      c.actorOrganisation,
    ]);
    expect(rows).toEqual([
      [
        'investor.update',
        'investor',
        ids.samsung,
        'Người dùng ch.bn.rep',
        'board_officer',
        'Ban Quản lý các KCN, KKT – Tỉnh Bắc Ninh',
      ],
      [
        'enterprise.update_contact',
        'enterprise',
        ids.ent,
        'Người dùng ch.dn',
        'enterprise',
        'Công ty Điện tử Yên Phong',
      ],
      ['report.create', 'report', report.id, 'Người dùng ch.dn', 'enterprise', 'Công ty Điện tử Yên Phong'],
    ]);
    expect(changes.registryChanges[1]!.actionLabel.vi).not.toBe('enterprise.update_contact');
    expect(changes.registryChangesTruncated).toBe(false);
  });

  it('names the system as its audit label, without an account', async () => {
    const frozen: SubmissionDetail = ok(
      await officer.post('/api/statistics/forms/2104/submissions', { period: '2026-Q1' }),
      201,
    );
    const inv = t.app.services.investment;
    const current = await inv.getEnterprise(system, ids.ent);
    await inv.updateEnterprise(system, ids.ent, { updatedAt: current.updatedAt, nameVi: 'Công ty Điện tử YP' });
    const changes: SubmissionChanges = ok(await officer.get(`/api/statistics/submissions/${frozen.id}/changes`));
    expect(changes.registryChanges.map((c) => [c.action, c.actorLabel, c.actorName, c.actorOrganisation])).toEqual([
      ['enterprise.update', 'system:test', null, null],
    ]);
  });
});
