/**
 * The hand-built registry behind the project forms' tests, recorded through the services.
 *
 * Kinh tế (KKT): KKT-VB coastal in old Bắc Ninh (63:27); KKT-CK border-gate in old Bắc Giang (63:24).
 * Parks: P-OUT outside any KKT (63:27); P-VB inside KKT-VB (63:27); P-CK inside KKT-CK (63:24);
 * P-HP outside any KKT in Hải Phòng (63:31). Rate: 1 USD = 25,000 VND from 2025-06-01.
 *
 * Projects (production/business unless said), land 3 ha each unless said:
 *   F1 FDI (KR 100 %) P-OUT: issued 2025-01-15 USD 20 m; +5 m on 2025-05-10; operating since 2025-03-01.
 *   F2 FDI (KR 60 %, VN 40 %) P-VB: issued 2025-04-20 USD 12.5 m; operating since 2025-06-01.
 *   F3 FDI (JP 100 %) P-CK: issued 2024-03-01 USD 8 m; revoked on 2025-06-30 (the quarter's last day).
 *   F4 FDI (JP 100 %) P-CK: issued 2024-05-01 USD 3 m; revoked on 2025-07-01 (the day after); operating since 2024-09-01.
 *   F5 FDI (KR 50 %, JP 50 %) P-OUT: issued 2024-02-01 USD 4 m; −1 m on 2025-05-20 with land −1 ha.
 *   KB FDI (KR 100 %) KKT-CK outside parks: issued 2025-05-15 USD 2 m, land 5 ha; operating since 2025-06-10.
 *   D1 DDI (VN) P-OUT: issued 2024-11-01 VND 100 bn; −30 bn on 2025-04-01; operating since 2025-01-10.
 *   D2 DDI (VN) KKT-VB outside parks: issued 2025-04-05 VND 50 bn; terminated 2025-06-20 with 50 bn.
 *   D3 DDI (VN) P-CK: issued 2024-06-01 VND 40 bn; +10 bn on 2025-04-15 with land +2 ha.
 *   I1 infrastructure DDI (VN) P-OUT: issued 2020-01-01 VND 500 bn, land 100 ha.
 *   H1 FDI (KR) P-HP: issued 2025-05-01 USD 7 m (another province).
 * Reports (status accepted unless said):
 *   F1 2025-Q1: workers 90/4/50. F1 2025-Q2: revenue USD 1 m, export USD 0.8 m, import USD 0.3 m,
 *   budget VND 2.5 bn, workers 100/5/60. D1 2025-Q2: revenue VND 20 bn, export USD 0.1 m, import 0,
 *   budget VND 1 bn, workers 50/0/20. F2 2025-Q2 draft (never counted): revenue USD 999 m.
 *   KB 2025-Q2: revenue USD 0.2 m, export 0, import USD 0.05 m, budget VND 0.5 bn, workers 10/1/4.
 *   Realised capital: F1 2024 USD 2 m (not yet: issued 2025 — so F1 2025-Q1 USD 3 m), D1 2025-Q1 VND 10 bn.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/support/app';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import { realisedCapital, reports } from '../../../platform/db/schema';
import { inTransaction } from '../../../platform/db/transaction';

export const system = systemActor('test');
export type Ids = Record<string, string>;

const usd = (value: string) => ({ value, currency: 'USD' as const });
const vnd = (value: string) => ({ value, currency: 'VND' as const });

export async function buildDataset(t: TestContext): Promise<Ids> {
  const { zones, investment } = t.app.services;
  const ids: Ids = {};
  const zone = async (code: string, type: 'coastal' | 'border_gate', adminUnitId: string) =>
    (await zones.createZone(system, { code, name: `KKT ${code}`, type, adminUnitId })).id;
  ids['KKT-VB'] = await zone('KKT-VB', 'coastal', '63:27');
  ids['KKT-CK'] = await zone('KKT-CK', 'border_gate', '63:24');
  const park = async (code: string, adminUnitId: string, parentZoneId: string | null) =>
    (await zones.createPark(system, { code, name: `KCN ${code}`, kinds: [], adminUnitId, parentZoneId })).id;
  ids['P-OUT'] = await park('P-OUT', '63:27', null);
  ids['P-VB'] = await park('P-VB', '63:27', ids['KKT-VB']!);
  ids['P-CK'] = await park('P-CK', '63:24', ids['KKT-CK']!);
  ids['P-HP'] = await park('P-HP', '63:31', null);
  await investment.addExchangeRate(system, {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2025-06-01',
    source: 'SBV',
  });

  ids.enterprise = (
    await investment.createEnterprise(system, {
      taxCode: '0101234567',
      nameVi: 'Công ty Thử nghiệm',
      adminUnitId: '63:27',
      sectors: [],
    })
  ).id;
  const investor = async (name: string, nationality: string) =>
    (await investment.createInvestor(system, { kind: 'organisation', name, nationality })).id;
  const kr = await investor('Samsung Display', 'KR');
  const jp = await investor('Canon Inc', 'JP');
  const vn = await investor('Công ty CP Đông Á', 'VN');

  type Loc = { kind: 'park'; parkId: string } | { kind: 'zone'; zoneId: string };
  const project = async (
    code: string,
    location: Loc,
    investors: Array<{ investorId: string; share: string }>,
    date: string,
    capital: { value: string; currency: 'USD' | 'VND' },
    options: {
      land?: string;
      type?: 'infrastructure' | 'production_business';
      operation?: string;
      events?: Array<Record<string, unknown>>;
    } = {},
  ) => {
    const created = await investment.createProject(system, {
      projectCode: code,
      name: `Dự án ${code}`,
      enterpriseId: ids.enterprise!,
      location,
      type: options.type ?? 'production_business',
      sectors: [],
      landAreaHa: options.land ?? '3',
      ...(options.operation ? { operationStartedOn: options.operation } : {}),
      investors,
      certificate: { date, documentNo: `GCN-${code}`, registeredCapital: capital },
    });
    for (const e of options.events ?? []) {
      // biome-ignore lint/suspicious/noExplicitAny: test bodies are checked by the service
      await investment.recordCertificateEvent(system, created.id, e as any);
    }
    ids[code] = created.id;
  };
  const park_ = (k: string): Loc => ({ kind: 'park', parkId: ids[k]! });
  const zone_ = (k: string): Loc => ({ kind: 'zone', zoneId: ids[k]! });
  const only = (investorId: string) => [{ investorId, share: '100' }];

  await project('F1', park_('P-OUT'), only(kr), '2025-01-15', usd('20000000'), {
    operation: '2025-03-01',
    events: [{ kind: 'adjusted', date: '2025-05-10', capitalDelta: usd('5000000') }],
  });
  await project(
    'F2',
    park_('P-VB'),
    [
      { investorId: kr, share: '60' },
      { investorId: vn, share: '40' },
    ],
    '2025-04-20',
    usd('12500000'),
    {
      operation: '2025-06-01',
    },
  );
  await project('F3', park_('P-CK'), only(jp), '2024-03-01', usd('8000000'), {
    events: [{ kind: 'revoked', date: '2025-06-30', documentNo: '30/QĐ-BQL', capitalAtEnd: usd('8000000') }],
  });
  await project('F4', park_('P-CK'), only(jp), '2024-05-01', usd('3000000'), {
    operation: '2024-09-01',
    events: [{ kind: 'revoked', date: '2025-07-01', documentNo: '31/QĐ-BQL', capitalAtEnd: usd('3000000') }],
  });
  await project(
    'F5',
    park_('P-OUT'),
    [
      { investorId: kr, share: '50' },
      { investorId: jp, share: '50' },
    ],
    '2024-02-01',
    usd('4000000'),
    {
      events: [{ kind: 'adjusted', date: '2025-05-20', capitalDelta: usd('-1000000'), landAreaDeltaHa: '-1' }],
    },
  );
  await project('KB', zone_('KKT-CK'), only(kr), '2025-05-15', usd('2000000'), { land: '5', operation: '2025-06-10' });
  await project('D1', park_('P-OUT'), only(vn), '2024-11-01', vnd('100000000000'), {
    operation: '2025-01-10',
    events: [{ kind: 'adjusted', date: '2025-04-01', capitalDelta: vnd('-30000000000') }],
  });
  await project('D2', zone_('KKT-VB'), only(vn), '2025-04-05', vnd('50000000000'), {
    events: [{ kind: 'terminated', date: '2025-06-20', documentNo: '20/TB-BQL', capitalAtEnd: vnd('50000000000') }],
  });
  await project('D3', park_('P-CK'), only(vn), '2024-06-01', vnd('40000000000'), {
    events: [{ kind: 'adjusted', date: '2025-04-15', capitalDelta: vnd('10000000000'), landAreaDeltaHa: '2' }],
  });
  await project('I1', park_('P-OUT'), only(vn), '2020-01-01', vnd('500000000000'), {
    land: '100',
    type: 'infrastructure',
  });
  await project('H1', park_('P-HP'), only(kr), '2025-05-01', usd('7000000'));

  await addReports(t, ids);
  return ids;
}

type ReportInput = {
  project: string;
  period: string;
  status?: string;
  currency: 'USD' | 'VND';
  revenue?: string;
  exportUsd?: string;
  importUsd?: string;
  budgetVnd?: string;
  workers?: [number, number, number];
};

/** Reports are written as the reporting service stores them (its use cases are another module's). */
async function addReports(t: TestContext, ids: Ids) {
  const list: ReportInput[] = [
    { project: 'F1', period: '2025-Q1', currency: 'USD', workers: [90, 4, 50] },
    {
      project: 'F1',
      period: '2025-Q2',
      currency: 'USD',
      revenue: '1000000',
      exportUsd: '800000',
      importUsd: '300000',
      budgetVnd: '2500000000',
      workers: [100, 5, 60],
    },
    {
      project: 'D1',
      period: '2025-Q2',
      currency: 'VND',
      revenue: '20000000000',
      exportUsd: '100000',
      importUsd: '0',
      budgetVnd: '1000000000',
      workers: [50, 0, 20],
    },
    { project: 'F2', period: '2025-Q2', status: 'draft', currency: 'USD', revenue: '999000000', workers: [999, 9, 9] },
    {
      project: 'KB',
      period: '2025-Q2',
      currency: 'USD',
      revenue: '200000',
      exportUsd: '0',
      importUsd: '50000',
      budgetVnd: '500000000',
      workers: [10, 1, 4],
    },
  ];
  await inTransaction(t.database.db, async (tx) => {
    for (const r of list) {
      const projectId = ids[r.project]!;
      const status = r.status ?? 'accepted';
      await tx.insert(reports).values({
        id: randomUUID(),
        typeId: 'quarterly_implementation',
        formCode: 'A.III.1',
        typeVersion: 'test',
        period: r.period,
        projectId,
        enterpriseId: ids.enterprise!,
        status,
        everSubmitted: status !== 'draft',
        currency: r.currency,
        revenue: r.revenue ?? null,
        exportUsd: r.exportUsd ?? null,
        importUsd: r.importUsd ?? null,
        budgetVnd: r.budgetVnd ?? null,
        workersDomestic: r.workers?.[0] ?? null,
        workersForeign: r.workers?.[1] ?? null,
        workersFemale: r.workers?.[2] ?? null,
        operating: true,
      });
    }
    await tx.insert(realisedCapital).values([
      { projectId: ids.F1!, period: '2025-Q1', amount: '3000000', currency: 'USD', source: 'test' },
      { projectId: ids.D1!, period: '2025-Q1', amount: '10000000000', currency: 'VND', source: 'test' },
      { projectId: ids.D1!, period: '2025-Q3', amount: '5000000000', currency: 'VND', source: 'test' },
    ]);
    await recordAudit(tx, system, { action: 'reference.load', entityType: 'test', after: { reports: list.length } });
  });
  expect(list.length).toBe(5);
}
