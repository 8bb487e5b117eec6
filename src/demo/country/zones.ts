/**
 * The 44 economic zones (KKT) of the demo country: 18 coastal and 26 border-gate, placed in
 * provinces that have a coast or a land border (pre-2025 codes), each established by a Prime
 * Minister's decision with its land and water area and a general plan split by function.
 */
import type { KktAreaMeasure, KktFunctionalArea, KktLandRecord } from '../../modules/zones/kkt-land';
import type { KktType } from '../../modules/zones/location-class';
import { pointInUnit, successorOf } from './geography';
import { communeName, decisionNumber, PRIME_MINISTER, uniqueName } from './names';
import { dayOf, isoOf, pad, type Rng, rngFor, unitsToDecimal } from './random';
import type { DemoEconomicZone, DemoGeography } from './types';

/** Pre-2025 GSO codes of the provinces holding the zones (a province may hold several). */
const COASTAL_63 = [
  '22',
  '31',
  '34',
  '36',
  '38',
  '40',
  '42',
  '44',
  '45',
  '46',
  '49',
  '51',
  '52',
  '54',
  '56',
  '84',
  '91',
  '96',
];
const BORDER_GATE_63 = [
  '02',
  '04',
  '10',
  '11',
  '12',
  '14',
  '20',
  '22',
  '38',
  '40',
  '42',
  '44',
  '45',
  '49',
  '62',
  '64',
  '66',
  '67',
  '70',
  '72',
  '72',
  '80',
  '87',
  '89',
  '89',
  '91',
];

const ESTABLISHED_BETWEEN: Record<KktType, [string, string]> = {
  coastal: ['2003-01-01', '2016-12-31'],
  border_gate: ['1998-01-01', '2012-12-31'],
  specialised: ['2023-01-01', '2025-12-31'],
};

/** Shares of the general-plan area by function; `other` takes the remainder so the sum is exact. */
const PLAN_SHARES: readonly [KktFunctionalArea, number][] = [
  ['non_tariff_bonded', 0.03],
  ['export_processing_industrial', 0.2],
  ['tourism', 0.08],
  ['urban_residential', 0.14],
  ['administrative_other', 0.02],
];

const hundredths = (ha: number) => Math.max(1, Math.round(ha * 100));

function landRecord(
  rng: Rng,
  id: string,
  type: KktType,
  decision: DemoEconomicZone['decision'],
  totalH: number,
  reportDay: number,
): KktLandRecord {
  const planned = { date: decision.date, source: decision.number };
  const report = { date: isoOf(reportDay), source: `Báo cáo tình hình KKT năm ${isoOf(reportDay).slice(0, 4)}` };
  const areas: Record<string, Partial<Record<KktAreaMeasure, { date: string; value: string; source: string }[]>>> = {};
  let used = 0;
  for (const [area, share] of PLAN_SHARES) {
    const planH = Math.round(totalH * share * rng.range(0.7, 1.3));
    used += planH;
    const entry: Partial<Record<KktAreaMeasure, { date: string; value: string; source: string }[]>> = {
      general_plan: [{ ...planned, value: unitsToDecimal(planH, 2) }],
    };
    if (reportDay > dayOf(decision.date)) {
      const built = Math.floor(planH * rng.range(0.15, 0.6));
      entry.built = [{ ...report, value: unitsToDecimal(built, 2) }];
      if (area === 'export_processing_industrial') {
        entry.detailed_plan = [{ ...planned, value: unitsToDecimal(Math.floor(planH * rng.range(0.6, 0.95)), 2) }];
        entry.leased = [{ ...report, value: unitsToDecimal(Math.floor(built * rng.range(0.4, 0.9)), 2) }];
      }
    }
    areas[area] = entry;
  }
  areas.other = { general_plan: [{ ...planned, value: unitsToDecimal(totalH - used, 2) }] };
  if (reportDay > dayOf(decision.date)) {
    areas.unused = { current: [{ ...report, value: unitsToDecimal(Math.floor(totalH * rng.range(0.1, 0.3)), 2) }] };
  }
  const total = [{ ...planned, value: unitsToDecimal(totalH, 2) }];
  return {
    kktId: id,
    type,
    planDecisions: [decision],
    establishedArea: total,
    generalPlanArea: total,
    areas,
  };
}

/** The zones, in a fixed order (coastal first); KKT codes and names depend on the seed only. */
export function generateEconomicZones(seed: number, geo: DemoGeography, todayDay: number): DemoEconomicZone[] {
  const slots: [KktType, string][] = [
    ...COASTAL_63.map((c): [KktType, string] => ['coastal', c]),
    ...BORDER_GATE_63.map((c): [KktType, string] => ['border_gate', c]),
  ];
  const names = new Set<string>();
  const lastYearEnd = dayOf(`${Number(isoOf(todayDay).slice(0, 4)) - 1}-12-31`);
  return slots.map(([type, code63], i) => {
    const rng = rngFor(seed, 'kkt', i);
    const id63 = `63:${code63}`;
    const [from, to] = ESTABLISHED_BETWEEN[type];
    const day = rng.int(dayOf(from), Math.min(dayOf(to), todayDay));
    const decision = {
      number: decisionNumber(rng, 'TTg'),
      date: isoOf(day),
      issuer: PRIME_MINISTER,
    };
    const coastal = type === 'coastal';
    const landH = hundredths(Math.min(120_000, Math.max(3_000, rng.logNormal(coastal ? 35_000 : 28_000, 0.6))));
    const waterH = coastal ? hundredths(Math.min(80_000, Math.max(1_000, rng.logNormal(12_000, 0.8)))) : 0;
    const id = `kkt-${pad(i + 1, 2)}`;
    const name = uniqueName(rng, names, (p) => `${coastal ? 'KKT ven biển' : 'KKT cửa khẩu'} ${p}`);
    return {
      id,
      code: `KKT-${pad(i + 1, 2)}`,
      name,
      type,
      adminUnitId: successorOf(geo, id63),
      // Every zone is decided before 2017, so each has a pre-2025 unit.
      historicalAdminUnitId: id63,
      commune: communeName(rng, rng.chance(0.3)),
      point: pointInUnit(rng, geo, id63),
      decision,
      landAreaHa: unitsToDecimal(landH, 2),
      waterAreaHa: unitsToDecimal(waterH, 2),
      land: landRecord(rng, id, type, decision, landH + waterH, Math.max(day, Math.min(lastYearEnd, todayDay))),
    };
  });
}

/** The pre-2025 unit a zone was placed in. */
export function zoneUnit63(zone: DemoEconomicZone): string {
  if (zone.historicalAdminUnitId === null) throw new RangeError(`${zone.id} has no pre-2025 unit`);
  return zone.historicalAdminUnitId;
}
