/**
 * The hand-built registry behind the place forms' tests, recorded through the services.
 * The scope is the new Bắc Ninh (34:24) for 2024 periods: units 63:27 (old Bắc Ninh) and 63:24
 * (old Bắc Giang). Rate 1 USD = 25,000 VND from 2024-01-01.
 *
 * KKTs: KVB coastal (63:27), land 1,000 + water 200 ha, general plan by function 100 / 400 / 150 /
 *   300 / 50 / 150 (Σ 1,150 ≠ 1,200), detailed EPZ 350, built EPZ 200 and non-tariff 60, leased
 *   EPZ 120, unused 80; EPZ general plan becomes 500 on 2025-03-01 (after 2024).
 *   KCK border-gate (63:24), land 500: EPZ general plan 200, built 50, leased 30.
 *   KCB specialised (63:27), no areas. KHP coastal in Hải Phòng (63:31) for the country only.
 * Parks:
 *   P1 outside (63:27): plan QH-01 2005 (planned 600), established 2006-01-01 500 ha (QĐ-P1),
 *     construction 2007, operating 2008; industrial 350, leased 200, handed over 400; completion
 *     80 % (2020) then 95 % (2024-11-30); area increased 500 → 650 on 2024-11-15 (QĐ-TANG-P1);
 *     developer "Công ty Hạ tầng A"; infrastructure project I1 (DDI 500 bn, GCN-I1, realised 2023
 *     100 bn; 2025 50 bn after); its wastewater plant starts only on 2025-02-01 (USD 2 m).
 *   P2 in KVB (63:27): plan QH-02 2018 (planned 300), established 2019-06-01 250 ha, construction
 *     2020; industrial 180, leased 45; completion 40 %; area decreased 250 → 200 on 2024-12-31;
 *     infrastructure project I2 (FDI USD 30 m, Samsung Display KR, realised 2024-Q3 USD 5 m).
 *   P3 in KCK (63:24): established 2015-03-01 300 ha, operating 2017; industrial 200, leased 150;
 *     plant operating since 2018 (5,000 / 3,000 m³, VND 120 bn); area increased 300 → 320 on
 *     2025-01-02 (after 2024).
 *   P4 in KCB (63:27): in the approved plan only (QH-04, 2023-05-01, planned 400).
 *   P5 outside (63:24): in an unapproved plan only (2023).
 *   P6 outside (63:27): established 2010-05-01 120 ha, revoked 2024-10-10 (QĐ-TH-P6).
 *   P7 outside (63:27): established 2024-09-30 100 ha by an investment policy QĐ-P7 (the day
 *     before Q4), lease term 50 years.
 *   P8 outside (63:24): established 2012-01-01 80 ha, revoked 2024-09-30 (before Q4).
 *   P9 outside (63:31, Hải Phòng): established 2000, operating 2002, no plant.
 * Special zones (in KVB): SZ1 non-tariff, under construction 2012, operating 2015-06-01, land
 *   100 / 70 / 40, its plant building from 2014 and operating from 2016 (2,000 / 1,500 m³); SZ2
 *   bonded, under construction 2023-01-01, land 50 / 30, no plant.
 * Projects: S1 FDI (KR) in SZ1, USD 10 m 2020, operating 2021, realised 2022 USD 4 m; S2 DDI (VN)
 *   in SZ1, VND 80 bn 2023; S3 FDI in SZ2, USD 6 m 2024-02-01; S4 FDI in SZ1 USD 3 m 2019,
 *   revoked 2024-12-15; K1 DDI infrastructure in KVB outside parks, VND 200 bn 2021, land 50,
 *   operating 2023, realised 2023 60 bn; K2 FDI infrastructure in KCK, USD 15 m 2022, land 80.
 * Reports 2024-Q4 (accepted unless said): S1 revenue USD 2 m, export 1.5 m, import 0.5 m,
 *   budget VND 3 bn, workers 200/10; S2 revenue VND 5 bn, export 0, import USD 0.1 m, budget
 *   0.5 bn, workers 30/0; S3 pending (revenue USD 999 m, never counted); K1 revenue VND 10 bn,
 *   budget 1 bn, workers 40/2.
 */
import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../../../test/support/app';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import { realisedCapital, reports } from '../../../platform/db/schema';
import { inTransaction } from '../../../platform/db/transaction';
import type { ParkEventBody } from '../../zones/contract';

const system = systemActor('test');
export type Ids = Record<string, string>;

const decision = (number: string, date: string) => ({ number, date });
const est = (date: string, area: string, number: string, act = 'establishment_decision'): ParkEventBody =>
  ({ kind: 'established', date, area, act, decision: decision(number, date) }) as ParkEventBody;

export async function buildPlaces(t: TestContext): Promise<Ids> {
  const { zones, investment } = t.app.services;
  const ids: Ids = {};
  const kkt = async (code: string, type: 'coastal' | 'border_gate' | 'specialised', unit: string, extra = {}) =>
    (ids[code] = (await zones.createZone(system, { code, name: `KKT ${code}`, type, adminUnitId: unit, ...extra })).id);
  await kkt('KVB', 'coastal', '63:27', {
    decisionDate: '2010-01-01',
    generalPlanDecisionNo: 'QĐ-QHC-KVB',
    generalPlanDecisionDate: '2020-04-01',
    establishedLandHa: '1000',
    establishedWaterHa: '200',
  });
  await kkt('KCK', 'border_gate', '63:24', { decisionDate: '2012-01-01', establishedLandHa: '500' });
  await kkt('KCB', 'specialised', '63:27', { decisionDate: '2022-01-01' });
  await kkt('KHP', 'coastal', '63:31', { decisionDate: '2008-01-01', establishedLandHa: '900' });
  const area = (zone: string, a: string, measure: string, valueHa: string, asOf = '2020-01-01') =>
    zones.recordZoneArea(system, ids[zone]!, { area: a, measure, asOf, valueHa, source: 'QĐ' } as never);
  for (const [a, v] of [
    ['non_tariff_bonded', '100'],
    ['export_processing_industrial', '400'],
    ['tourism', '150'],
    ['urban_residential', '300'],
    ['administrative_other', '50'],
    ['other', '150'],
  ] as const) {
    await area('KVB', a, 'general_plan', v);
  }
  await area('KVB', 'export_processing_industrial', 'detailed_plan', '350');
  await area('KVB', 'export_processing_industrial', 'built', '200');
  await area('KVB', 'non_tariff_bonded', 'built', '60');
  await area('KVB', 'export_processing_industrial', 'leased', '120');
  await area('KVB', 'unused', 'current', '80');
  await area('KVB', 'export_processing_industrial', 'general_plan', '500', '2025-03-01');
  await area('KCK', 'export_processing_industrial', 'general_plan', '200');
  await area('KCK', 'export_processing_industrial', 'built', '50');
  await area('KCK', 'export_processing_industrial', 'leased', '30');

  ids.developer = (
    await investment.createEnterprise(system, {
      taxCode: '0109999999',
      nameVi: 'Công ty Hạ tầng A',
      adminUnitId: '63:27',
      sectors: [],
    })
  ).id;
  const park = async (code: string, unit: string, zone: string | null, events: ParkEventBody[], extra = {}) => {
    const [first, ...rest] = events;
    const p = await zones.createPark(system, {
      code,
      name: `KCN ${code}`,
      kinds: [],
      adminUnitId: unit,
      parentZoneId: zone ? ids[zone]! : null,
      commune: `Xã ${code}`,
      ...extra,
      ...(first ? { firstEvent: first } : {}),
    });
    for (const e of rest) await zones.recordParkEvent(system, p.id, e);
    ids[code] = p.id;
  };
  const land = (code: string, measure: string, asOf: string, value: string) =>
    zones.recordLandValue(system, ids[code]!, { measure, asOf, value, source: `BC ${asOf}` } as never);

  await park(
    'P1',
    '63:27',
    null,
    [
      { kind: 'planned', approved: true, date: '2005-01-01', decision: decision('QH-01', '2005-01-01') },
      est('2006-01-01', '500', 'QĐ-P1'),
      { kind: 'construction_started', date: '2007-01-01' },
      { kind: 'operating', date: '2008-01-01' },
      {
        kind: 'area_increased',
        date: '2024-11-15',
        areaBefore: '500',
        areaAfter: '650',
        decision: decision('QĐ-TANG-P1', '2024-11-15'),
      },
    ],
    { developerEnterpriseId: ids.developer, landLeaseTermYears: 50 },
  );
  await land('P1', 'planned', '2005-01-01', '600');
  await land('P1', 'industrial', '2008-01-01', '350');
  await land('P1', 'leased', '2020-01-01', '200');
  await land('P1', 'handed_over', '2007-01-01', '400');
  await zones.recordInfrastructureProgress(system, ids.P1!, { asOf: '2020-12-31', completionPct: '80', source: 'BC' });
  await zones.recordInfrastructureProgress(system, ids.P1!, { asOf: '2024-11-30', completionPct: '95', source: 'BC' });

  await park('P2', '63:27', 'KVB', [
    { kind: 'planned', approved: true, date: '2018-01-01', decision: decision('QH-02', '2018-01-01') },
    est('2019-06-01', '250', 'QĐ-P2'),
    { kind: 'construction_started', date: '2020-01-01' },
    {
      kind: 'area_decreased',
      date: '2024-12-31',
      areaBefore: '250',
      areaAfter: '200',
      decision: decision('QĐ-GIAM-P2', '2024-12-31'),
    },
  ]);
  await land('P2', 'planned', '2018-01-01', '300');
  await land('P2', 'industrial', '2020-01-01', '180');
  await land('P2', 'leased', '2022-01-01', '45');
  await zones.recordInfrastructureProgress(system, ids.P2!, { asOf: '2023-12-31', completionPct: '40', source: 'BC' });

  await park('P3', '63:24', 'KCK', [
    est('2015-03-01', '300', 'QĐ-P3'),
    { kind: 'operating', date: '2017-01-01' },
    {
      kind: 'area_increased',
      date: '2025-01-02',
      areaBefore: '300',
      areaAfter: '320',
      decision: decision('QĐ-TANG-P3', '2025-01-02'),
    },
  ]);
  await land('P3', 'industrial', '2017-01-01', '200');
  await land('P3', 'leased', '2019-01-01', '150');
  await zones.createPlant(system, ids.P3!, {
    name: 'Nhà máy XLNT P3',
    investment: { value: '120000000000', currency: 'VND' },
    record: { date: '2016-01-01', status: 'under_construction', designCapacity: '5000', source: 'BC' },
  } as never);
  const [plant3] = (await zones.getPark(system, ids.P3!)).wastewater;
  await zones.recordPlant(system, ids.P3!, plant3!.id, {
    date: '2018-01-01',
    status: 'operating',
    designCapacity: '5000',
    operatingCapacity: '3000',
    source: 'BC',
  });
  await zones.createPlant(system, ids.P1!, {
    name: 'Nhà máy XLNT P1',
    investment: { value: '2000000', currency: 'USD' },
    record: { date: '2025-02-01', status: 'under_construction', designCapacity: '4000', source: 'BC' },
  } as never);

  await park('P4', '63:27', 'KCB', [
    { kind: 'planned', approved: true, date: '2023-05-01', decision: decision('QH-04', '2023-05-01') },
  ]);
  await land('P4', 'planned', '2023-05-01', '400');
  await park('P5', '63:24', null, [{ kind: 'planned', approved: false, date: '2023-03-01' }]);
  await park('P6', '63:27', null, [
    est('2010-05-01', '120', 'QĐ-P6'),
    { kind: 'revoked', date: '2024-10-10', decision: decision('QĐ-TH-P6', '2024-10-10') },
  ]);
  await park('P7', '63:27', null, [est('2024-09-30', '100', 'QĐ-P7', 'investment_policy_with_investor')], {
    landLeaseTermYears: 50,
  });
  await park('P8', '63:24', null, [
    est('2012-01-01', '80', 'QĐ-P8'),
    { kind: 'revoked', date: '2024-09-30', decision: decision('QĐ-TH-P8', '2024-09-30') },
  ]);
  await park('P9', '63:31', null, [est('2000-01-01', '200', 'QĐ-P9'), { kind: 'operating', date: '2002-01-01' }]);

  const sz = async (code: string, kind: string, first: { date: string; status: string }) => {
    const detail = await zones.createSpecialZone(system, ids.KVB!, {
      code,
      name: `Khu ${code}`,
      kind,
      decisionNo: `QĐ-${code}`,
      planDecisionNo: `QH-${code}`,
      status: { ...first, source: 'QĐ' },
    } as never);
    ids[code] = detail.specialZones.find((z) => z.code === code)!.id;
  };
  await sz('SZ1', 'non_tariff', { date: '2012-01-01', status: 'under_construction' });
  await zones.recordSpecialZoneStatus(system, ids.KVB!, ids.SZ1!, {
    date: '2015-06-01',
    status: 'operating',
    source: 'QĐ',
  });
  await sz('SZ2', 'bonded', { date: '2023-01-01', status: 'under_construction' });
  const szArea = (code: string, measure: string, value: string) =>
    zones.recordSpecialZoneArea(system, ids.KVB!, ids[code]!, {
      measure,
      asOf: '2015-01-01',
      value,
      source: 'QĐ',
    } as never);
  await szArea('SZ1', 'established', '100');
  await szArea('SZ1', 'industrial', '70');
  await szArea('SZ1', 'leased', '40');
  await szArea('SZ2', 'established', '50');
  await szArea('SZ2', 'industrial', '30');
  const szPlant = (date: string, status: string, designCapacity: string, operatingCapacity?: string) =>
    zones.recordSpecialZoneWastewater(system, ids.KVB!, ids.SZ1!, {
      date,
      status,
      designCapacity,
      ...(operatingCapacity ? { operatingCapacity } : {}),
      source: 'BC',
    } as never);
  await szPlant('2014-01-01', 'under_construction', '2000');
  await szPlant('2016-01-01', 'operating', '2000', '1500');

  await buildProjects(t, ids);
  return ids;
}

async function buildProjects(t: TestContext, ids: Ids) {
  const { investment } = t.app.services;
  await investment.addExchangeRate(system, {
    from: 'USD',
    to: 'VND',
    rate: '25000',
    date: '2024-01-01',
    source: 'SBV',
  });
  const investor = async (name: string, nationality: string) =>
    (await investment.createInvestor(system, { kind: 'organisation', name, nationality })).id;
  const kr = await investor('Samsung Display', 'KR');
  const vn = await investor('Công ty CP Đông Á', 'VN');
  const project = async (
    code: string,
    location: Record<string, string>,
    investorId: string,
    date: string,
    capital: { value: string; currency: 'USD' | 'VND' },
    options: { type?: string; land?: string; operation?: string; specialZone?: string; events?: object[] } = {},
  ) => {
    const created = await investment.createProject(system, {
      projectCode: code,
      name: `Dự án ${code}`,
      enterpriseId: ids.developer!,
      location,
      type: options.type ?? 'production_business',
      sectors: [],
      landAreaHa: options.land ?? '3',
      ...(options.operation ? { operationStartedOn: options.operation } : {}),
      ...(options.specialZone ? { specialZoneId: ids[options.specialZone]! } : {}),
      investors: [{ investorId, share: '100' }],
      certificate: { date, documentNo: `GCN-${code}`, registeredCapital: capital },
    } as never);
    for (const e of options.events ?? []) await investment.recordCertificateEvent(system, created.id, e as never);
    ids[code] = created.id;
  };
  const usd = (value: string) => ({ value, currency: 'USD' as const });
  const vnd = (value: string) => ({ value, currency: 'VND' as const });
  const inPark = (p: string) => ({ kind: 'park', parkId: ids[p]! });
  const inZone = (z: string) => ({ kind: 'zone', zoneId: ids[z]! });
  const inSpecial = { kind: 'special_zone', zoneId: ids.KVB! };
  await project('I1', inPark('P1'), vn, '2006-01-01', vnd('500000000000'), { type: 'infrastructure', land: '500' });
  await project('I2', inPark('P2'), kr, '2019-06-01', usd('30000000'), { type: 'infrastructure', land: '250' });
  await project('S1', inSpecial, kr, '2020-01-01', usd('10000000'), { specialZone: 'SZ1', operation: '2021-01-01' });
  await project('S2', inSpecial, vn, '2023-01-01', vnd('80000000000'), { specialZone: 'SZ1' });
  await project('S3', inSpecial, kr, '2024-02-01', usd('6000000'), { specialZone: 'SZ2' });
  await project('S4', inSpecial, kr, '2019-01-01', usd('3000000'), {
    specialZone: 'SZ1',
    events: [{ kind: 'revoked', date: '2024-12-15', documentNo: '15/QĐ-BQL', capitalAtEnd: usd('3000000') }],
  });
  await project('K1', inZone('KVB'), vn, '2021-05-01', vnd('200000000000'), {
    type: 'infrastructure',
    land: '50',
    operation: '2023-01-01',
  });
  await project('K2', inZone('KCK'), kr, '2022-01-01', usd('15000000'), { type: 'infrastructure', land: '80' });

  const report = (project: string, status: string, currency: 'USD' | 'VND', f: Record<string, unknown>) => ({
    id: randomUUID(),
    typeId: 'quarterly_implementation',
    formCode: 'A.III.1',
    typeVersion: 'test',
    period: '2024-Q4',
    projectId: ids[project]!,
    enterpriseId: ids.developer!,
    status,
    everSubmitted: true,
    currency,
    operating: true,
    ...f,
  });
  await inTransaction(t.database.db, async (tx) => {
    await tx.insert(reports).values([
      report('S1', 'accepted', 'USD', {
        revenue: '2000000',
        exportUsd: '1500000',
        importUsd: '500000',
        budgetVnd: '3000000000',
        workersDomestic: 200,
        workersForeign: 10,
      }),
      report('S2', 'accepted', 'VND', {
        revenue: '5000000000',
        exportUsd: '0',
        importUsd: '100000',
        budgetVnd: '500000000',
        workersDomestic: 30,
        workersForeign: 0,
      }),
      report('S3', 'pending', 'USD', { revenue: '999000000', workersDomestic: 999, workersForeign: 99 }),
      report('K1', 'accepted', 'VND', {
        revenue: '10000000000',
        budgetVnd: '1000000000',
        workersDomestic: 40,
        workersForeign: 2,
      }),
    ]);
    await tx.insert(realisedCapital).values([
      { projectId: ids.I1!, period: '2023', amount: '100000000000', currency: 'VND', source: 'test' },
      { projectId: ids.I1!, period: '2025', amount: '50000000000', currency: 'VND', source: 'test' },
      { projectId: ids.I2!, period: '2024-Q3', amount: '5000000', currency: 'USD', source: 'test' },
      { projectId: ids.S1!, period: '2022', amount: '4000000', currency: 'USD', source: 'test' },
      { projectId: ids.K1!, period: '2023', amount: '60000000000', currency: 'VND', source: 'test' },
    ]);
    await recordAudit(tx, system, { action: 'reference.load', entityType: 'test', after: { reports: 4 } });
  });
}
