/**
 * Special zones inside a KKT (non-tariff, free-trade, bonded; Biểu 2112): recorded by the KKT's
 * Board, with dated status records (checked in order) and dated areas (leased ≤ industrial ≤
 * established on every date), each write audited on the KKT.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type {
  CreateSpecialZoneBody,
  SpecialZoneAreaBody,
  SpecialZoneStatusBody,
  UpdateSpecialZoneBody,
  ZoneDetail,
} from '../contract';
import { type LandValue, validateParkLand } from '../park-land';
import { specialZoneAreas, specialZoneStatuses, specialZones } from '../schema';
import { firstBadTransition, SPECIAL_ZONE_STATUS_LABELS, type SpecialZoneStatus } from '../special-zone-rules';
import { codeTaken } from './create-park';
import { getZone, readZoneRow, zoneTarget } from './economic-zones';
import { newLandIssues } from './record-park-event';
import {
  addField,
  decimalText,
  emptyToNull,
  futureDate,
  issueFields,
  isViolation,
  nextUpdatedAt,
  rulesFailed,
  staleRecord,
  todayOf,
  type ZonesDeps,
} from './shared';
import { type AreaRow, type SpecialZoneRow, type StatusRow, specialZoneAuditView } from './special-zone-views';

const SPECIAL = { vi: 'khu phi thuế quan, khu thương mại tự do, khu bảo thuế', en: 'special zone' };

async function authorizeFor(deps: ZonesDeps, actor: Actor, zoneId: string) {
  authorize(actor, 'zone:manage');
  const zone = await readZoneRow(deps, zoneId);
  authorize(actor, 'zone:manage', await zoneTarget(deps, zone));
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Problems of the status history once `row` is in it, as field errors under `prefix`. */
function checkStatuses(history: readonly StatusRow[], row: StatusRow, today: string, prefix: string): FieldErrors {
  const fields: FieldErrors = {};
  const all = [...history.filter((r) => r.date !== row.date), row].sort(byDate);
  const bad = firstBadTransition(all as { status: SpecialZoneStatus }[]);
  if (bad >= 0) {
    const [from, to] = [all[bad - 1]!, all[bad]!].map((r) => SPECIAL_ZONE_STATUS_LABELS[r.status as SpecialZoneStatus]);
    addField(fields, `${prefix}.status`, {
      message: `Khu không thể chuyển từ "${from!.vi}" sang "${to!.vi}" (ngày ${all[bad]!.date}).`,
      messageEn: `A zone cannot go from "${from!.en}" to "${to!.en}" (on ${all[bad]!.date}).`,
    });
  }
  const late = futureDate(row.date, today, 'Ngày của trạng thái', 'The status date');
  if (late) addField(fields, `${prefix}.date`, late);
  return fields;
}

const statusRow = (specialZoneId: string, body: SpecialZoneStatusBody, id: string = randomUUID()): StatusRow => ({
  id,
  specialZoneId,
  date: body.date,
  status: body.status,
  decisionNo: emptyToNull(body.decisionNo),
  source: body.source,
});

const fieldValues = (body: Partial<CreateSpecialZoneBody>) => {
  const v: Partial<SpecialZoneRow> = {};
  if (body.code !== undefined) v.code = body.code;
  if (body.name !== undefined) v.name = body.name;
  if (body.kind !== undefined) v.kind = body.kind;
  if (body.decisionNo !== undefined) v.decisionNo = emptyToNull(body.decisionNo);
  if (body.decisionDate !== undefined) v.decisionDate = body.decisionDate;
  if (body.decisionAuthority !== undefined) v.decisionAuthority = emptyToNull(body.decisionAuthority);
  if (body.planDecisionNo !== undefined) v.planDecisionNo = emptyToNull(body.planDecisionNo);
  if (body.planDecisionDate !== undefined) v.planDecisionDate = body.planDecisionDate;
  return v;
};

export async function createSpecialZone(
  deps: ZonesDeps,
  actor: Actor,
  zoneId: string,
  body: CreateSpecialZoneBody,
): Promise<ZoneDetail> {
  await authorizeFor(deps, actor, zoneId);
  const id = randomUUID();
  const status = body.status ? statusRow(id, body.status) : null;
  if (status) {
    const fields = checkStatuses([], status, todayOf(deps), 'body.status');
    if (Object.keys(fields).length)
      throw rulesFailed(fields, { vi: 'Không ghi được khu', en: 'The zone cannot be recorded' });
  }
  const now = deps.clock();
  const values = { ...fieldValues(body), id, zoneId, createdAt: now, updatedAt: now } as SpecialZoneRow;
  await inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .insert(specialZones)
      .values(values)
      .onConflictDoNothing({ target: specialZones.code })
      .returning();
    if (!row) throw codeTaken(body.code, SPECIAL);
    if (status) await tx.insert(specialZoneStatuses).values(status);
    await recordAudit(tx, actor, {
      action: 'zone.special_zone.create',
      entityType: 'economic_zone',
      entityId: zoneId,
      after: { ...specialZoneAuditView(row), status },
    });
  });
  return getZone(deps, actor, zoneId);
}

async function lockSpecialZone(tx: DbOrTx, zoneId: string, id: string): Promise<SpecialZoneRow> {
  const [row] = await tx
    .select()
    .from(specialZones)
    .where(and(eq(specialZones.id, id), eq(specialZones.zoneId, zoneId)))
    .for('update');
  if (!row) throw notFound('khu này trong khu kinh tế', 'Special zone of this economic zone');
  return row;
}

export async function updateSpecialZone(
  deps: ZonesDeps,
  actor: Actor,
  zoneId: string,
  id: string,
  body: UpdateSpecialZoneBody,
): Promise<ZoneDetail> {
  await authorizeFor(deps, actor, zoneId);
  const { updatedAt, ...rest } = body;
  try {
    await inTransaction(deps.db, async (tx) => {
      const before = await lockSpecialZone(tx, zoneId, id);
      if (before.updatedAt.getTime() !== Date.parse(updatedAt)) throw staleRecord('Khu', 'special zone');
      const changes = Object.fromEntries(
        Object.entries(fieldValues(rest)).filter(([k, v]) => before[k as keyof SpecialZoneRow] !== v),
      );
      if (Object.keys(changes).length === 0) return;
      const [after] = await tx
        .update(specialZones)
        .set({ ...changes, updatedAt: nextUpdatedAt(before.updatedAt, deps.clock) })
        .where(eq(specialZones.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'zone.special_zone.update',
        entityType: 'economic_zone',
        entityId: zoneId,
        before: specialZoneAuditView(before),
        after: specialZoneAuditView(after!),
      });
    });
  } catch (e) {
    if (isViolation(e, '23505', 'special_zones_code_unique')) throw codeTaken(body.code ?? '', SPECIAL);
    throw e;
  }
  return getZone(deps, actor, zoneId);
}

/** Records the status from a date on (a record of the same day is replaced). */
export async function recordSpecialZoneStatus(
  deps: ZonesDeps,
  actor: Actor,
  zoneId: string,
  id: string,
  body: SpecialZoneStatusBody,
): Promise<ZoneDetail> {
  await authorizeFor(deps, actor, zoneId);
  const today = todayOf(deps);
  await inTransaction(deps.db, async (tx) => {
    await lockSpecialZone(tx, zoneId, id);
    const history = await tx.select().from(specialZoneStatuses).where(eq(specialZoneStatuses.specialZoneId, id));
    const existing = history.find((r) => r.date === body.date) ?? null;
    const row = statusRow(id, body, existing?.id);
    const fields = checkStatuses(history, row, today, 'body');
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, { vi: 'Không ghi được trạng thái', en: 'The status cannot be recorded' });
    }
    await tx
      .insert(specialZoneStatuses)
      .values(row)
      .onConflictDoUpdate({
        target: [specialZoneStatuses.specialZoneId, specialZoneStatuses.date],
        set: { status: row.status, decisionNo: row.decisionNo, source: row.source },
      });
    await recordAudit(tx, actor, {
      action: 'zone.special_zone.status',
      entityType: 'economic_zone',
      entityId: zoneId,
      before: existing,
      after: row,
    });
  });
  return getZone(deps, actor, zoneId);
}

const asLand = (rows: readonly AreaRow[]) => {
  const series = (m: string): LandValue[] =>
    rows
      .filter((r) => r.measure === m)
      .map((r) => ({ date: r.asOf, value: decimalText(r.valueHa) ?? '0', source: r.source }))
      .sort(byDate);
  return { established: series('established'), industrial: series('industrial'), leased: series('leased') };
};

/** Sets an area from a date on (same day: replaced), keeping leased ≤ industrial ≤ established. */
export async function recordSpecialZoneArea(
  deps: ZonesDeps,
  actor: Actor,
  zoneId: string,
  id: string,
  body: SpecialZoneAreaBody,
): Promise<ZoneDetail> {
  await authorizeFor(deps, actor, zoneId);
  const today = todayOf(deps);
  await inTransaction(deps.db, async (tx) => {
    await lockSpecialZone(tx, zoneId, id);
    const stored = await tx.select().from(specialZoneAreas).where(eq(specialZoneAreas.specialZoneId, id));
    const existing = stored.find((r) => r.measure === body.measure && r.asOf === body.asOf) ?? null;
    const row: AreaRow = {
      id: existing?.id ?? randomUUID(),
      specialZoneId: id,
      measure: body.measure,
      asOf: body.asOf,
      valueHa: decimalText(body.value) ?? body.value,
      source: body.source,
    };
    const fields: FieldErrors = {};
    const issues = newLandIssues(
      validateParkLand(asLand(stored)),
      validateParkLand(asLand([...stored.filter((r) => r !== existing), row])),
    );
    issueFields(fields, issues, 'body', (f) => (f === 'date' ? 'asOf' : f === 'source' ? 'source' : 'value'));
    const late = futureDate(body.asOf, today, 'Ngày của số liệu', 'The date of the value');
    if (late) addField(fields, 'body.asOf', late);
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, { vi: 'Không ghi được diện tích', en: 'The area cannot be recorded' });
    }
    await tx
      .insert(specialZoneAreas)
      .values(row)
      .onConflictDoUpdate({
        target: [specialZoneAreas.specialZoneId, specialZoneAreas.measure, specialZoneAreas.asOf],
        set: { valueHa: row.valueHa, source: row.source },
      });
    await recordAudit(tx, actor, {
      action: 'zone.special_zone.area',
      entityType: 'economic_zone',
      entityId: zoneId,
      before: existing ? { ...existing, valueHa: decimalText(existing.valueHa) } : null,
      after: { ...row, valueHa: decimalText(row.valueHa) },
    });
  });
  return getZone(deps, actor, zoneId);
}
