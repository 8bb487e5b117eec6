import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FieldErrors } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { LandValueBody, ParkDetail } from '../contract';
import { LAND_MEASURE_LABELS, validateParkLand } from '../park-land';
import { industrialParks, parkLandValues } from '../schema';
import { getPark, readParkRow } from './get-park';
import { buildLand, type LandRow, landRowToValue, loadHistories, rowToEvent } from './park-history';
import { newLandIssues } from './record-park-event';
import {
  addField,
  decimalText,
  futureDate,
  issueFields,
  parkTarget,
  rulesFailed,
  todayOf,
  type ZonesDeps,
} from './shared';

/**
 * Sets a park's planned, established, industrial-service or leased land from a date on (a value
 * on the same date is replaced). The series must keep leased ≤ industrial ≤ established.
 * `park_land:update`: the park's Board, or its developer.
 */
export async function recordLandValue(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  body: LandValueBody,
): Promise<ParkDetail> {
  authorize(actor, 'park_land:update');
  const park = await readParkRow(deps, parkId);
  authorize(actor, 'park_land:update', await parkTarget(deps.geo, park));
  const today = todayOf(deps);

  await inTransaction(deps.db, async (tx) => {
    await tx
      .select({ id: industrialParks.id })
      .from(industrialParks)
      .where(eq(industrialParks.id, parkId))
      .for('update');
    const stored = (await loadHistories(tx, [parkId])).get(parkId) ?? { events: [], land: [] };
    const events = stored.events.map(rowToEvent);
    const fields: FieldErrors = {};
    const late = futureDate(body.asOf, today, 'Ngày của số liệu', 'The date of the value');
    if (late) addField(fields, 'body.asOf', late);
    if (body.measure === 'established' && events.some((e) => e.kind === 'established')) {
      addField(fields, 'body.measure', {
        message:
          'Diện tích thành lập của KCN lấy từ các sự kiện (thành lập, điều chỉnh tăng/giảm diện tích): hãy ghi sự kiện điều chỉnh.',
        messageEn:
          'The park’s established area comes from its lifecycle (establishment, area changes): record an area change instead.',
      });
    }

    const existing = stored.land.find((r) => r.measure === body.measure && r.asOf === body.asOf) ?? null;
    const row: LandRow = {
      id: existing?.id ?? randomUUID(),
      parkId,
      measure: body.measure,
      asOf: body.asOf,
      valueHa: decimalText(body.value) ?? body.value,
      source: body.source,
    };
    const issues = newLandIssues(
      validateParkLand(buildLand(stored.land, events)),
      validateParkLand(buildLand([...stored.land.filter((r) => r !== existing), row], events)),
    );
    issueFields(fields, issues, 'body', (f) => (f === 'date' ? 'asOf' : f === 'source' ? 'source' : 'value'));
    if (Object.keys(fields).length) {
      const m = LAND_MEASURE_LABELS[body.measure];
      throw rulesFailed(fields, { vi: `Không ghi được ${m.vi.toLowerCase()}`, en: `${m.en} cannot be recorded` });
    }

    await tx
      .insert(parkLandValues)
      .values(row)
      .onConflictDoUpdate({
        target: [parkLandValues.parkId, parkLandValues.measure, parkLandValues.asOf],
        set: { valueHa: row.valueHa, source: row.source },
      });
    await recordAudit(tx, actor, {
      action: 'park.land_value.record',
      entityType: 'industrial_park',
      entityId: parkId,
      before: existing ? { measure: existing.measure, ...landRowToValue(existing) } : null,
      after: { measure: row.measure, ...landRowToValue(row) },
    });
  });
  return getPark(deps, actor, parkId);
}
