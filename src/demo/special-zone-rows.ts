/**
 * A demo special zone as the rows of `special_zones`, its dated statuses and areas, and its
 * central wastewater plant's records (`special_zone_wastewater`), the way the zones service
 * writes them (one status and one plant record a day, one value per measure and day).
 */
import { randomUUID } from 'node:crypto';
import type { DemoSpecialZone } from './country/special-zones';
import { uuidOf } from './country-rows';

const lastPerKey = <T>(rows: readonly T[], key: (r: T) => string): T[] => [
  ...new Map(rows.map((r) => [key(r), r])).values(),
];

export function specialZoneRows(s: DemoSpecialZone, at: Date) {
  const id = uuidOf(s.id);
  return {
    zone: {
      id,
      zoneId: uuidOf(s.zoneId),
      code: s.code,
      name: s.name,
      kind: s.kind,
      decisionNo: s.decision.number,
      decisionDate: s.decision.date,
      decisionAuthority: s.decision.issuer,
      planDecisionNo: s.planDecision?.number ?? null,
      planDecisionDate: s.planDecision?.date ?? null,
      createdAt: at,
      updatedAt: at,
    },
    statuses: lastPerKey(s.statuses, (r) => r.date).map((r) => ({
      id: randomUUID(),
      specialZoneId: id,
      date: r.date,
      status: r.status,
      decisionNo: r.decisionNo,
      source: r.source,
    })),
    areas: lastPerKey(s.areas, (a) => `${a.measure}|${a.date}`).map((a) => ({
      id: randomUUID(),
      specialZoneId: id,
      measure: a.measure,
      asOf: a.date,
      valueHa: a.value,
      source: a.source,
    })),
    wastewater: lastPerKey(s.wastewater, (r) => r.date).map((r) => ({
      id: randomUUID(),
      specialZoneId: id,
      date: r.date,
      status: r.status,
      designCapacity: r.designCapacity ?? null,
      operatingCapacity: r.operatingCapacity ?? null,
      source: r.source,
    })),
  };
}
