/**
 * How complete a park's infrastructure is (Biểu 2103 col. 14, "Mức độ hoàn thiện hạ tầng", 0–100 %),
 * a dated series like the land: a value holds from its date until the next one; a value on the
 * same day is replaced. The Board or the developer reports it, as for land (`park_land:update`).
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { FieldErrors } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { InfrastructureProgressBody, LandValueOut, ParkDetail } from '../contract';
import { industrialParks, parkInfrastructureProgress } from '../schema';
import { getPark, readParkRow } from './get-park';
import { addField, decimalText, futureDate, parkTarget, rulesFailed, todayOf, type ZonesDeps } from './shared';

type ProgressRow = typeof parkInfrastructureProgress.$inferSelect;

const progressOut = (r: ProgressRow): LandValueOut => ({
  date: r.asOf,
  value: decimalText(r.completionPct) ?? '0',
  source: r.source,
});

/** Every recorded completion value of the parks in `ids`, by date. */
export async function loadProgress(db: DbOrTx, ids: readonly string[]): Promise<Map<string, LandValueOut[]>> {
  const out = new Map<string, LandValueOut[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(parkInfrastructureProgress)
    .where(inArray(parkInfrastructureProgress.parkId, [...ids]))
    .orderBy(asc(parkInfrastructureProgress.asOf));
  for (const r of rows) out.set(r.parkId, [...(out.get(r.parkId) ?? []), progressOut(r)]);
  return out;
}

export async function recordInfrastructureProgress(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  body: InfrastructureProgressBody,
): Promise<ParkDetail> {
  authorize(actor, 'park_land:update');
  const park = await readParkRow(deps, parkId);
  authorize(actor, 'park_land:update', await parkTarget(deps.geo, park));
  const fields: FieldErrors = {};
  const late = futureDate(body.asOf, todayOf(deps), 'Ngày của số liệu', 'The date of the value');
  if (late) addField(fields, 'body.asOf', late);
  if (Object.keys(fields).length) {
    throw rulesFailed(fields, {
      vi: 'Không ghi được mức độ hoàn thiện hạ tầng',
      en: 'The infrastructure completion cannot be recorded',
    });
  }

  await inTransaction(deps.db, async (tx) => {
    await tx
      .select({ id: industrialParks.id })
      .from(industrialParks)
      .where(eq(industrialParks.id, parkId))
      .for('update');
    const [existing] = (
      await tx.select().from(parkInfrastructureProgress).where(eq(parkInfrastructureProgress.parkId, parkId))
    ).filter((r) => r.asOf === body.asOf);
    const row = {
      id: existing?.id ?? randomUUID(),
      parkId,
      asOf: body.asOf,
      completionPct: decimalText(body.completionPct) ?? body.completionPct,
      source: body.source,
    };
    await tx
      .insert(parkInfrastructureProgress)
      .values(row)
      .onConflictDoUpdate({
        target: [parkInfrastructureProgress.parkId, parkInfrastructureProgress.asOf],
        set: { completionPct: row.completionPct, source: row.source },
      });
    await recordAudit(tx, actor, {
      action: 'park.infrastructure_progress.record',
      entityType: 'industrial_park',
      entityId: parkId,
      before: existing ? progressOut(existing) : null,
      after: progressOut(row as ProgressRow),
    });
  });
  return getPark(deps, actor, parkId);
}
