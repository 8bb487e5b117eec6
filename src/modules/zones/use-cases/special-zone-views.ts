/** A KKT's special zones read from the database and shown as of a date. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { SpecialZoneOut } from '../contract-special-zones';
import { landAsOf } from '../park-land';
import { specialZoneAreas, specialZoneStatuses, specialZones, specialZoneWastewater } from '../schema';
import {
  type SpecialZoneKind,
  type SpecialZoneMeasure,
  type SpecialZoneStatus,
  specialZoneStatusAsOf,
} from '../special-zone-rules';
import { type PlantStatus, plantAsOf } from '../wastewater';
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
  const [statuses, areas, plants] = await Promise.all([
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
    db
      .select()
      .from(specialZoneWastewater)
      .where(inArray(specialZoneWastewater.specialZoneId, ids))
      .orderBy(asc(specialZoneWastewater.date)),
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
    const records = plants
      .filter((w) => w.specialZoneId === r.id)
      .map((w) => ({
        date: w.date,
        status: w.status as PlantStatus,
        designCapacity: decimalText(w.designCapacity),
        operatingCapacity: decimalText(w.operatingCapacity),
        source: w.source,
      }));
    const plant = plantAsOf(
      {
        id: r.id,
        parkId: r.zoneId,
        records: records.map((w) => ({
          date: w.date,
          status: w.status,
          ...(w.designCapacity !== null ? { designCapacity: w.designCapacity } : {}),
          ...(w.operatingCapacity !== null ? { operatingCapacity: w.operatingCapacity } : {}),
          source: w.source,
        })),
      },
      asOf,
    );
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
      wastewater: {
        asOf: plant
          ? {
              status: plant.status,
              since: plant.since,
              designCapacity: plant.designCapacity ?? null,
              operatingCapacity: plant.operatingCapacity ?? null,
            }
          : null,
        records,
      },
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
