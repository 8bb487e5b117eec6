import { eq } from 'drizzle-orm';
import { type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { foldVietnamese, type ParkDetail, type UpdateParkBody } from '../contract';
import { normalizeParkKinds, type ParkKind } from '../location-class';
import { industrialParks } from '../schema';
import { checkParkFields, codeTaken, developerUnknown, type ParkPlace } from './create-park';
import { getPark, readParkRow } from './get-park';
import { parkAuditView } from './park-views';
import {
  emptyToNull,
  inputFailed,
  isViolation,
  nextUpdatedAt,
  numberOrNull,
  parkTarget,
  staleRecord,
  type ZonesDeps,
} from './shared';

const given = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);

/**
 * Changes a park's descriptive fields. `updatedAt` must be the one read (409 otherwise); a park
 * moved to another unit or developer must stay in the caller's scope.
 */
export async function updatePark(deps: ZonesDeps, actor: Actor, id: string, body: UpdateParkBody): Promise<ParkDetail> {
  authorize(actor, 'zone:manage');
  const before = await readParkRow(deps, id);
  authorize(actor, 'zone:manage', await parkTarget(deps.geo, before));

  const next = {
    code: given(body.code, before.code),
    name: given(body.name, before.name),
    kinds: given(body.kinds, before.kinds),
    specialisedSector:
      body.specialisedSector === undefined ? before.specialisedSector : emptyToNull(body.specialisedSector),
    parentZoneId: given(body.parentZoneId, before.parentZoneId),
    adminUnitId: given(body.adminUnitId, before.adminUnitId),
    commune: body.commune === undefined ? before.commune : emptyToNull(body.commune),
    developerEnterpriseId: given(body.developerEnterpriseId, before.developerEnterpriseId),
    landLeaseTermYears: given(body.landLeaseTermYears, before.landLeaseTermYears),
    lon: given(body.lon, numberOrNull(before.lon)),
    lat: given(body.lat, numberOrNull(before.lat)),
  };
  const place: ParkPlace = next;
  const fields: FieldErrors = {};
  await checkParkFields(deps, place, fields);
  if (Object.keys(fields).length) throw inputFailed(fields);
  if (next.adminUnitId !== before.adminUnitId || next.developerEnterpriseId !== before.developerEnterpriseId) {
    authorize(actor, 'zone:manage', await parkTarget(deps.geo, next));
  }

  const kinds = normalizeParkKinds(next.kinds as ParkKind[]);
  const changes: Partial<typeof industrialParks.$inferInsert> = {};
  if (next.code !== before.code) changes.code = next.code;
  if (next.name !== before.name) Object.assign(changes, { name: next.name, nameSearch: foldVietnamese(next.name) });
  if (kinds.join() !== before.kinds.join()) changes.kinds = kinds;
  if (next.specialisedSector !== before.specialisedSector) changes.specialisedSector = next.specialisedSector;
  if (next.parentZoneId !== before.parentZoneId) changes.parentZoneId = next.parentZoneId;
  if (next.adminUnitId !== before.adminUnitId) changes.adminUnitId = next.adminUnitId;
  if (next.commune !== before.commune) changes.commune = next.commune;
  if (next.developerEnterpriseId !== before.developerEnterpriseId) {
    changes.developerEnterpriseId = next.developerEnterpriseId;
  }
  if (next.landLeaseTermYears !== before.landLeaseTermYears) changes.landLeaseTermYears = next.landLeaseTermYears;
  if (next.lon !== numberOrNull(before.lon)) changes.lon = next.lon === null ? null : String(next.lon);
  if (next.lat !== numberOrNull(before.lat)) changes.lat = next.lat === null ? null : String(next.lat);

  try {
    await inTransaction(deps.db, async (tx) => {
      const [locked] = await tx.select().from(industrialParks).where(eq(industrialParks.id, id)).for('update');
      if (!locked) throw notFound('khu công nghiệp', 'Industrial park');
      if (locked.updatedAt.getTime() !== Date.parse(body.updatedAt)) throw staleRecord('Khu công nghiệp', 'park');
      if (Object.keys(changes).length === 0) return;
      const [after] = await tx
        .update(industrialParks)
        .set({ ...changes, updatedAt: nextUpdatedAt(locked.updatedAt, deps.clock) })
        .where(eq(industrialParks.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'park.update',
        entityType: 'industrial_park',
        entityId: id,
        before: parkAuditView(locked),
        after: parkAuditView(after!),
      });
    });
  } catch (e) {
    if (isViolation(e, '23505', 'industrial_parks_code_unique')) {
      throw codeTaken(next.code, { vi: 'khu công nghiệp', en: 'park' });
    }
    if (isViolation(e, '23503', 'industrial_parks_developer_fk')) throw developerUnknown();
    throw e;
  }
  return getPark(deps, actor, id);
}
