/** A KKT's special zones read from the database and shown as of a date. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { SpecialZoneOut } from '../contract-special-zones';
import { landAsOf } from '../park-land';
import { specialZoneAreas, specialZoneStatuses, specialZones } from '../schema';
import {
  type SpecialZoneKind,
  type SpecialZoneMeasure,
  type SpecialZoneStatus,
  specialZoneStatusAsOf,
} from '../special-zone-rules';
import { decimalText } from './shared';

export type SpecialZoneRow = typeof specialZones.$inferSelect;
export type StatusRow = typeof specialZoneStatuses.$inferSelect;
export type AreaRow = typeof specialZoneAreas.$inferSelect;

export const specialZoneAuditView = (r: SpecialZoneRow) => ({
  specialZoneId: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  decisionNo: r.decisionNo,
  decisionDate: r.decisionDate,
  decisionAuthority: r.decisionAuthority,
  planDecisionNo: r.planDecisionNo,
  planDecisionDate: r.planDecisionDate,
  updatedAt: r.updatedAt,
});

/** The special zones of a KKT with their status and areas on `asOf` and their whole history. */
export async function specialZonesOf(db: DbOrTx, zoneId: string, asOf: string): Promise<SpecialZoneOut[]> {
  const rows = await db
    .select()
    .from(specialZones)
    .where(eq(specialZones.zoneId, zoneId))
    .orderBy(asc(specialZones.code));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [statuses, areas] = await Promise.all([
    db
      .select()
      .from(specialZoneStatuses)
      .where(inArray(specialZoneStatuses.specialZoneId, ids))
      .orderBy(asc(specialZoneStatuses.date)),
    db
      .select()
      .from(specialZoneAreas)
      .where(inArray(specialZoneAreas.specialZoneId, ids))
      .orderBy(asc(specialZoneAreas.asOf)),
  ]);
  return rows.map((r) => {
    const own = statuses
      .filter((s) => s.specialZoneId === r.id)
      .map((s) => ({
        date: s.date,
        status: s.status as SpecialZoneStatus,
        decisionNo: s.decisionNo,
        source: s.source,
      }));
    const history = areas
      .filter((a) => a.specialZoneId === r.id)
      .map((a) => ({
        measure: a.measure as SpecialZoneMeasure,
        date: a.asOf,
        value: decimalText(a.valueHa) ?? '0',
        source: a.source,
      }));
    const inForce = (m: SpecialZoneMeasure) => {
      const v = landAsOf(
        history.filter((h) => h.measure === m),
        asOf,
      );
      return v ? { date: v.date, value: v.value, source: v.source } : null;
    };
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as SpecialZoneKind,
      decisionNo: r.decisionNo,
      decisionDate: r.decisionDate,
      decisionAuthority: r.decisionAuthority,
      planDecisionNo: r.planDecisionNo,
      planDecisionDate: r.planDecisionDate,
      status: specialZoneStatusAsOf(own, asOf),
      areas: { established: inForce('established'), industrial: inForce('industrial'), leased: inForce('leased') },
      statuses: own,
      areaHistory: history,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
