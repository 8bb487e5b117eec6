/**
 * A park's centralised wastewater plants: added with their first record, investment edited with
 * optimistic locking, and dated status/capacity records validated over the plant's whole history
 * by the pure rules (wastewater.ts). Written by the park's Board or its developer, like land.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { ParkDetail } from '../contract';
import type { CreatePlantBody, PlantRecordBody, UpdatePlantBody } from '../contract-wastewater';
import { wastewaterPlantRecords, wastewaterPlants } from '../schema';
import { validatePlant } from '../wastewater';
import { getPark, readParkRow } from './get-park';
import { byDateThenStatus, type PlantRow, type RecordRow, toRule } from './plant-views';
import {
  addField,
  decimalText,
  emptyToNull,
  futureDate,
  nextUpdatedAt,
  parkTarget,
  rulesFailed,
  staleRecord,
  todayOf,
  type ZonesDeps,
} from './shared';

function recordValues(plantId: string, body: PlantRecordBody, id: string = randomUUID()): RecordRow {
  return {
    id,
    plantId,
    date: body.date,
    status: body.status,
    designCapacity: decimalText(body.designCapacity),
    operatingCapacity: decimalText(body.operatingCapacity),
    source: body.source,
  };
}

const issueKey = (i: { code: string; message: string }) => `${i.code}|${i.message}`;

/**
 * The problems the new record brings to the plant's history (problems already stored are not
 * this write's fault), as field errors under `prefix`; a record dated after today too.
 */
export function checkRecords(
  before: readonly RecordRow[],
  after: readonly RecordRow[],
  row: RecordRow,
  today: string,
  prefix: string,
): FieldErrors {
  const fields: FieldErrors = {};
  const known = new Set(
    validatePlant({ id: row.plantId, parkId: '', records: before.map(toRule) })
      .filter((i) => i.severity === 'error')
      .map(issueKey),
  );
  const issues = validatePlant({ id: row.plantId, parkId: '', records: after.map(toRule) }).filter(
    (i) => i.severity === 'error' && !known.has(issueKey(i)),
  );
  for (const i of issues) addField(fields, `${prefix}.${i.field ?? 'status'}`, i);
  const late = futureDate(row.date, today, 'Ngày của số liệu', 'The date of the record');
  if (late) addField(fields, `${prefix}.date`, late);
  return fields;
}

const plantAuditView = (p: PlantRow) => ({
  plantId: p.id,
  name: p.name,
  investment:
    p.investmentAmount === null ? null : { value: decimalText(p.investmentAmount), currency: p.investmentCurrency },
  updatedAt: p.updatedAt,
});

const recordAuditView = (r: RecordRow) => ({ plantId: r.plantId, ...toRule(r) });

async function authorizeFor(deps: ZonesDeps, actor: Actor, parkId: string) {
  authorize(actor, 'park_land:update');
  const park = await readParkRow(deps, parkId);
  authorize(actor, 'park_land:update', await parkTarget(deps.geo, park));
}

/** Adds a plant to a park with its first record (and investment, if known). */
export async function createPlant(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  body: CreatePlantBody,
): Promise<ParkDetail> {
  await authorizeFor(deps, actor, parkId);
  const id = randomUUID();
  const row = recordValues(id, body.record);
  const fields = checkRecords([], [row], row, todayOf(deps), 'body.record');
  if (Object.keys(fields).length) {
    throw rulesFailed(fields, { vi: 'Không ghi được nhà máy xử lý nước thải', en: 'The plant cannot be recorded' });
  }
  const now = deps.clock();
  await inTransaction(deps.db, async (tx) => {
    const [plant] = await tx
      .insert(wastewaterPlants)
      .values({
        id,
        parkId,
        name: emptyToNull(body.name),
        investmentAmount: body.investment ? decimalText(body.investment.value) : null,
        investmentCurrency: body.investment?.currency ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(wastewaterPlantRecords).values(row);
    await recordAudit(tx, actor, {
      action: 'park.wastewater_plant.create',
      entityType: 'industrial_park',
      entityId: parkId,
      after: { ...plantAuditView(plant!), record: recordAuditView(row) },
    });
  });
  return getPark(deps, actor, parkId);
}

async function lockPlant(tx: DbOrTx, parkId: string, plantId: string): Promise<PlantRow> {
  const [plant] = await tx
    .select()
    .from(wastewaterPlants)
    .where(and(eq(wastewaterPlants.id, plantId), eq(wastewaterPlants.parkId, parkId)))
    .for('update');
  if (!plant) throw notFound('nhà máy xử lý nước thải của KCN này', 'Wastewater plant of this park');
  return plant;
}

/** Renames a plant or sets its investment; `updatedAt` must be the one read. */
export async function updatePlant(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  plantId: string,
  body: UpdatePlantBody,
): Promise<ParkDetail> {
  await authorizeFor(deps, actor, parkId);
  await inTransaction(deps.db, async (tx) => {
    const before = await lockPlant(tx, parkId, plantId);
    if (before.updatedAt.getTime() !== Date.parse(body.updatedAt)) {
      throw staleRecord('Nhà máy xử lý nước thải', 'wastewater plant');
    }
    const changes: Partial<PlantRow> = {};
    if (body.name !== undefined && emptyToNull(body.name) !== before.name) changes.name = emptyToNull(body.name);
    if (body.investment !== undefined) {
      const amount = body.investment ? decimalText(body.investment.value) : null;
      const currency = body.investment?.currency ?? null;
      if (amount !== decimalText(before.investmentAmount) || currency !== before.investmentCurrency) {
        Object.assign(changes, { investmentAmount: amount, investmentCurrency: currency });
      }
    }
    if (Object.keys(changes).length === 0) return;
    const [after] = await tx
      .update(wastewaterPlants)
      .set({ ...changes, updatedAt: nextUpdatedAt(before.updatedAt, deps.clock) })
      .where(eq(wastewaterPlants.id, plantId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'park.wastewater_plant.update',
      entityType: 'industrial_park',
      entityId: parkId,
      before: plantAuditView(before),
      after: plantAuditView(after!),
    });
  });
  return getPark(deps, actor, parkId);
}

/** Records a plant's status and capacities from a date on (same day and status: replaced). */
export async function recordPlant(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  plantId: string,
  body: PlantRecordBody,
): Promise<ParkDetail> {
  await authorizeFor(deps, actor, parkId);
  const today = todayOf(deps);
  await inTransaction(deps.db, async (tx) => {
    await lockPlant(tx, parkId, plantId);
    const stored = await tx.select().from(wastewaterPlantRecords).where(eq(wastewaterPlantRecords.plantId, plantId));
    stored.sort(byDateThenStatus);
    const existing = stored.find((r) => r.date === body.date && r.status === body.status) ?? null;
    const row = recordValues(plantId, body, existing?.id);
    const after = [...stored.filter((r) => r !== existing), row].sort(byDateThenStatus);
    const fields = checkRecords(stored, after, row, today, 'body');
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, { vi: 'Không ghi được số liệu nhà máy', en: 'The plant record cannot be saved' });
    }
    await tx
      .insert(wastewaterPlantRecords)
      .values(row)
      .onConflictDoUpdate({
        target: [wastewaterPlantRecords.plantId, wastewaterPlantRecords.date, wastewaterPlantRecords.status],
        set: { designCapacity: row.designCapacity, operatingCapacity: row.operatingCapacity, source: row.source },
      });
    await recordAudit(tx, actor, {
      action: 'park.wastewater_plant.record',
      entityType: 'industrial_park',
      entityId: parkId,
      before: existing ? recordAuditView(existing) : null,
      after: recordAuditView(row),
    });
  });
  return getPark(deps, actor, parkId);
}
