/**
 * Special zones of the demo's KKTs (Biểu 2112): a few per zone, as real general plans split a
 * coastal or border-gate KKT into a non-tariff zone, a port, a trade–industry area, tourism and
 * urban areas. Each is founded some years after its KKT, builds for a few years and, most of
 * them, operates; its land (established ≥ industrial-service ≥ leased) stays a small share of the
 * KKT's, and the industrial ones get a central wastewater plant once they build. Drawn from each
 * KKT's own stream, so nothing else in the country moves.
 */
import type { SpecialZoneKind, SpecialZoneMeasure, SpecialZoneStatus } from '../../modules/zones/special-zone-rules';
import type { PlantRecord } from '../../modules/zones/wastewater';
import { decisionNumber, issuerName, PRIME_MINISTER } from './names';
import { dayOf, isoOf, pad, type Rng, rngFor, unitsToDecimal, YEAR_DAYS } from './random';
import type { DemoEconomicZone } from './types';

export interface DemoSpecialZone {
  id: string;
  /** The KKT it lies in. */
  zoneId: string;
  code: string;
  name: string;
  kind: SpecialZoneKind;
  decision: { number: string; date: string; issuer: string };
  planDecision: { number: string; date: string } | null;
  statuses: { date: string; status: SpecialZoneStatus; decisionNo: string | null; source: string }[];
  areas: { measure: SpecialZoneMeasure; date: string; value: string; source: string }[];
  /** Its central wastewater plant's dated records (empty: none planned). */
  wastewater: PlantRecord[];
  /** Established land in hundredths of a hectare (sizes its infrastructure project). */
  establishedH: number;
  /** Days: founded, and operating (null while building). */
  foundedDay: number;
  operatingDay: number | null;
}

type Template = {
  code: string;
  label: string;
  kind: SpecialZoneKind;
  chance: number;
  /** Established land in ha: a range, and at most this share of the KKT's land. */
  ha: [number, number];
  /** Chance it gets a central wastewater plant. */
  plant: number;
};

const COASTAL: readonly Template[] = [
  { code: 'PTQ', label: 'Khu phi thuế quan', kind: 'non_tariff', chance: 0.7, ha: [80, 600], plant: 0.95 },
  { code: 'CANG', label: 'Khu cảng', kind: 'functional', chance: 0.9, ha: [150, 1500], plant: 0.8 },
  { code: 'LOG', label: 'Khu dịch vụ logistics', kind: 'functional', chance: 0.4, ha: [60, 400], plant: 0.7 },
  { code: 'DL', label: 'Khu du lịch', kind: 'functional', chance: 0.6, ha: [200, 2500], plant: 0.5 },
  { code: 'DT', label: 'Khu đô thị', kind: 'functional', chance: 0.6, ha: [300, 3000], plant: 0.6 },
];
const BORDER_GATE: readonly Template[] = [
  { code: 'CK', label: 'Khu cửa khẩu quốc tế', kind: 'functional', chance: 0.8, ha: [50, 400], plant: 0.5 },
  { code: 'PTQ', label: 'Khu phi thuế quan', kind: 'non_tariff', chance: 0.5, ha: [50, 400], plant: 0.9 },
  { code: 'TMCN', label: 'Khu thương mại – công nghiệp', kind: 'functional', chance: 0.7, ha: [100, 800], plant: 0.85 },
  { code: 'DT', label: 'Khu đô thị', kind: 'functional', chance: 0.4, ha: [150, 1200], plant: 0.5 },
];

const MAX_SHARE = 0.06;
const reportOf = (day: number) => `Báo cáo tình hình KKT năm ${isoOf(day).slice(0, 4)}`;
const tenth = (n: number) => Math.round(n / 10) * 10;

function plantRecords(rng: Rng, foundedDay: number, operatingDay: number | null, areaHa: number, todayDay: number) {
  // Functional zones are far less dense than industrial parks: a few m³ a day per hectare.
  const design = Math.min(15_000, Math.max(500, Math.round((areaHa * rng.range(3, 9)) / 100) * 100));
  const startDay = foundedDay + Math.round(rng.range(0.5, 2.5) * YEAR_DAYS);
  const records: PlantRecord[] = [];
  if (startDay > todayDay) {
    records.push({ date: isoOf(foundedDay), status: 'not_built', source: reportOf(foundedDay) });
    return records;
  }
  records.push({
    date: isoOf(startDay),
    status: 'under_construction',
    designCapacity: String(design),
    source: reportOf(startDay),
  });
  const runDay = Math.max(startDay, operatingDay ?? startDay) + Math.round(rng.range(0.5, 2) * YEAR_DAYS);
  if (operatingDay !== null && runDay <= todayDay) {
    records.push({
      date: isoOf(runDay),
      status: 'operating',
      designCapacity: String(design),
      operatingCapacity: String(tenth(design * rng.range(0.3, 0.85))),
      source: reportOf(runDay),
    });
  }
  return records;
}

/** The special zones of one KKT (`index` its place in the country's list), in a fixed order. */
export type ProvinceOf = (unitId: string) => { name: string; shortName: string };

export function specialZonesOf(
  seed: number,
  kkt: DemoEconomicZone,
  index: number,
  todayDay: number,
  provinceOf: ProvinceOf,
) {
  if (kkt.type === 'specialised') return [];
  const rng = rngFor(seed, 'special-zones', index);
  const templates = kkt.type === 'coastal' ? COASTAL : BORDER_GATE;
  const chosen = templates.filter((t) => rng.chance(t.chance));
  for (const t of templates) if (chosen.length < 2 && !chosen.includes(t)) chosen.push(t);
  const kktDay = dayOf(kkt.decision.date);
  const lastYearEnd = dayOf(`${Number(isoOf(todayDay).slice(0, 4)) - 1}-12-31`);
  const place = kkt.name.replace(/^KKT (ven biển|cửa khẩu) /, '');
  const kktHa = Number(kkt.landAreaHa);
  const out: DemoSpecialZone[] = [];
  chosen.forEach((t, k) => {
    const foundedDay = kktDay + Math.round(rng.range(0.5, 9) * YEAR_DAYS);
    if (foundedDay > todayDay - 90) return;
    const ha = Math.min(rng.range(t.ha[0], t.ha[1]), kktHa * MAX_SHARE);
    const establishedH = Math.max(1000, Math.round(ha * 100));
    const industrialH = Math.round(establishedH * rng.range(0.5, 0.8));
    const ptq = t.kind === 'non_tariff';
    const decision = {
      number: decisionNumber(rng, ptq ? 'TTg' : 'UBND'),
      date: isoOf(foundedDay),
      issuer: ptq ? PRIME_MINISTER : issuerName('UBND', provinceOf(kkt.adminUnitId)),
    };
    const planDay = foundedDay + rng.int(90, 540);
    const planDecision = planDay <= todayDay ? { number: decisionNumber(rng, 'UBND'), date: isoOf(planDay) } : null;
    // Most build in two to six years; some are held up for several more.
    const delay = rng.chance(0.15) ? rng.range(4, 9) : 0;
    const opDay = foundedDay + Math.round((rng.range(2, 6) + delay) * YEAR_DAYS);
    const operatingDay = opDay <= todayDay ? opDay : null;
    const statuses: DemoSpecialZone['statuses'] = [
      { date: decision.date, status: 'under_construction', decisionNo: decision.number, source: decision.number },
    ];
    if (operatingDay !== null) {
      statuses.push({
        date: isoOf(operatingDay),
        status: 'operating',
        decisionNo: null,
        source: reportOf(operatingDay),
      });
    }
    const areas: DemoSpecialZone['areas'] = [
      { measure: 'established', date: decision.date, value: unitsToDecimal(establishedH, 2), source: decision.number },
      { measure: 'industrial', date: decision.date, value: unitsToDecimal(industrialH, 2), source: decision.number },
    ];
    const reportDay = Math.min(lastYearEnd, todayDay);
    if (operatingDay !== null && reportDay > operatingDay) {
      const leasedH = Math.round(industrialH * rng.range(0.2, 0.85));
      areas.push({
        measure: 'leased',
        date: isoOf(reportDay),
        value: unitsToDecimal(leasedH, 2),
        source: reportOf(reportDay),
      });
    }
    const wastewater = rng.chance(t.plant)
      ? plantRecords(rng, foundedDay, operatingDay, establishedH / 100, todayDay)
      : [];
    out.push({
      id: `sz-${kkt.id}-${k + 1}`,
      zoneId: kkt.id,
      code: `${kkt.code}-${t.code}-${pad(k + 1, 2)}`,
      name: `${t.label} ${place}`,
      kind: t.kind,
      decision,
      planDecision,
      statuses,
      areas,
      wastewater,
      establishedH,
      foundedDay,
      operatingDay,
    });
  });
  return out;
}

/** Every special zone of the country, KKT by KKT. */
export function generateSpecialZones(
  seed: number,
  zones: readonly DemoEconomicZone[],
  todayDay: number,
  provinceOf: ProvinceOf,
): DemoSpecialZone[] {
  return zones.flatMap((z, i) => specialZonesOf(seed, z, i, todayDay, provinceOf));
}
