/**
 * The central wastewater plant of a special zone (Biểu 2112 cols 24–26): dated records of status
 * and capacities, checked over the whole history by the same rules as a park's plant
 * (wastewater.ts); written by the KKT's Board (`zone:manage`), audited on the KKT.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { ZoneDetail } from '../contract';
import type { PlantRecordBody } from '../contract-wastewater';
import { specialZones, specialZoneWastewater } from '../schema';
import { getZone, readZoneRow, zoneTarget } from './economic-zones';
import { byDateThenStatus, type RecordRow, toRule } from './plant-views';
import { decimalText, rulesFailed, todayOf, type ZonesDeps } from './shared';
import { checkRecords } from './wastewater-plants';

type Row = typeof specialZoneWastewater.$inferSelect;

/** As a plant record, so the park plant's rules apply unchanged. */
const asRecord = (r: Row): RecordRow => ({
  id: r.id,
  plantId: r.specialZoneId,
  date: r.date,
  status: r.status,
  designCapacity: r.designCapacity,
  operatingCapacity: r.operatingCapacity,
  source: r.source,
});

/** Records the plant's status and capacities from a date on (a record of the same day is replaced). */
export async function recordSpecialZoneWastewater(
  deps: ZonesDeps,
  actor: Actor,
  zoneId: string,
  id: string,
  body: PlantRecordBody,
): Promise<ZoneDetail> {
  authorize(actor, 'zone:manage');
  authorize(actor, 'zone:manage', await zoneTarget(deps, await readZoneRow(deps, zoneId)));
  const today = todayOf(deps);
  await inTransaction(deps.db, async (tx) => {
    const [zone] = await tx
      .select({ id: specialZones.id })
      .from(specialZones)
      .where(and(eq(specialZones.id, id), eq(specialZones.zoneId, zoneId)))
      .for('update');
    if (!zone) throw notFound('khu này trong khu kinh tế', 'Special zone of this economic zone');
    const stored = await tx.select().from(specialZoneWastewater).where(eq(specialZoneWastewater.specialZoneId, id));
    const existing = stored.find((r) => r.date === body.date) ?? null;
    const row: Row = {
      id: existing?.id ?? randomUUID(),
      specialZoneId: id,
      date: body.date,
      status: body.status,
      designCapacity: decimalText(body.designCapacity),
      operatingCapacity: decimalText(body.operatingCapacity),
      source: body.source,
    };
    const before = stored.map(asRecord).sort(byDateThenStatus);
    const after = [...stored.filter((r) => r !== existing), row].map(asRecord).sort(byDateThenStatus);
    const fields = checkRecords(before, after, asRecord(row), today, 'body');
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, { vi: 'Không ghi được số liệu nhà máy', en: 'The plant record cannot be saved' });
    }
    await tx
      .insert(specialZoneWastewater)
      .values(row)
      .onConflictDoUpdate({
        target: [specialZoneWastewater.specialZoneId, specialZoneWastewater.date],
        set: {
          status: row.status,
          designCapacity: row.designCapacity,
          operatingCapacity: row.operatingCapacity,
          source: row.source,
        },
      });
    await recordAudit(tx, actor, {
      action: 'zone.special_zone.wastewater',
      entityType: 'economic_zone',
      entityId: zoneId,
      before: existing ? { specialZoneId: id, ...toRule(asRecord(existing)) } : null,
      after: { specialZoneId: id, ...toRule(asRecord(row)) },
    });
  });
  return getZone(deps, actor, zoneId);
}
