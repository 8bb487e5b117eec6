import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError, type FieldErrors } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { type CreateParkBody, foldVietnamese, type ParkDetail } from '../contract';
import { normalizeParkKinds, type ParkKind, validateParkKinds } from '../location-class';
import { foldParkEvents } from '../park-lifecycle';
import { economicZones, industrialParks, parkEvents } from '../schema';
import { getPark } from './get-park';
import { bodyToEvent, eventRowValues, rowToEventOut } from './park-history';
import { NO_STATUS, parkAuditView } from './park-views';
import { checkNewEvent } from './record-park-event';
import {
  addField,
  emptyToNull,
  inputFailed,
  isViolation,
  parkTarget,
  rulesFailed,
  todayOf,
  type ZonesDeps,
} from './shared';

export type ParkPlace = {
  kinds: readonly string[];
  specialisedSector: string | null;
  adminUnitId: string;
  parentZoneId: string | null;
  lon: number | null;
  lat: number | null;
};

/** Kinds, coordinates given in pairs, a unit geo knows, a zone of the register: field errors. */
export async function checkParkFields(deps: ZonesDeps, v: ParkPlace, fields: FieldErrors): Promise<void> {
  for (const i of validateParkKinds(v.kinds, v.specialisedSector ?? undefined)) {
    addField(fields, i.field === 'specialisedSector' ? 'body.specialisedSector' : `body.kinds.${i.index}`, i);
  }
  if ((v.lon === null) !== (v.lat === null)) {
    addField(fields, v.lon === null ? 'body.lon' : 'body.lat', {
      message: 'Cần cả kinh độ và vĩ độ, hoặc bỏ trống cả hai.',
      messageEn: 'Give both longitude and latitude, or neither.',
    });
  }
  if (!(await unitExists(deps, v.adminUnitId))) {
    addField(fields, 'body.adminUnitId', {
      message: `Không có đơn vị hành chính mã "${v.adminUnitId}".`,
      messageEn: `There is no administrative unit "${v.adminUnitId}".`,
    });
  }
  if (v.parentZoneId) {
    const [zone] = await deps.db
      .select({ id: economicZones.id })
      .from(economicZones)
      .where(eq(economicZones.id, v.parentZoneId));
    if (!zone) {
      addField(fields, 'body.parentZoneId', {
        message: 'Không có khu kinh tế này trong danh mục.',
        messageEn: 'This economic zone is not in the register.',
      });
    }
  }
}

export const unitExists = async (deps: ZonesDeps, id: string) => (await deps.geo.getIndex()).unit(id) !== null;

export const codeTaken = (code: string, what: { vi: string; en: string }) => {
  const m = {
    message: `Mã "${code}" đã được dùng cho ${what.vi} khác.`,
    messageEn: `The code "${code}" is already used by another ${what.en}.`,
  };
  return new AppError('CONFLICT', m.message, m.messageEn, { 'body.code': m });
};

export const developerUnknown = () =>
  inputFailed({
    'body.developerEnterpriseId': {
      message: 'Không có doanh nghiệp này trong danh mục doanh nghiệp.',
      messageEn: 'This enterprise is not in the register.',
    },
  });

/** Records a park (and, optionally, its first lifecycle event) in one audited transaction. */
export async function createPark(deps: ZonesDeps, actor: Actor, body: CreateParkBody): Promise<ParkDetail> {
  authorize(actor, 'zone:manage');
  const developerEnterpriseId = body.developerEnterpriseId ?? null;
  // The scope comes first: a Board learns nothing about a park it may not record.
  if (await unitExists(deps, body.adminUnitId)) {
    authorize(
      actor,
      'zone:manage',
      await parkTarget(deps.geo, { adminUnitId: body.adminUnitId, developerEnterpriseId }),
    );
  }
  const place: ParkPlace = {
    kinds: body.kinds,
    specialisedSector: emptyToNull(body.specialisedSector),
    adminUnitId: body.adminUnitId,
    parentZoneId: body.parentZoneId ?? null,
    lon: body.lon ?? null,
    lat: body.lat ?? null,
  };
  const fields: FieldErrors = {};
  await checkParkFields(deps, place, fields);
  const inputBad = Object.keys(fields).length > 0;
  const events = body.firstEvent
    ? checkNewEvent([], bodyToEvent(body.firstEvent), todayOf(deps), fields, 'body.firstEvent')
    : [];
  // Every problem at once: with a malformed field the event's problems ride along in the 400.
  if (inputBad) throw inputFailed(fields);
  if (Object.keys(fields).length) {
    throw rulesFailed(fields, { vi: 'Sự kiện đầu tiên không hợp lệ', en: 'The first event is not valid' });
  }

  const id = randomUUID();
  const now = deps.clock();
  const state = foldParkEvents(events);
  try {
    await inTransaction(deps.db, async (tx) => {
      const [row] = await tx
        .insert(industrialParks)
        .values({
          id,
          code: body.code,
          name: body.name,
          nameSearch: foldVietnamese(body.name),
          kinds: normalizeParkKinds(body.kinds as ParkKind[]),
          specialisedSector: place.specialisedSector,
          parentZoneId: place.parentZoneId,
          adminUnitId: body.adminUnitId,
          commune: emptyToNull(body.commune),
          developerEnterpriseId,
          landLeaseTermYears: body.landLeaseTermYears ?? null,
          lon: place.lon === null ? null : String(place.lon),
          lat: place.lat === null ? null : String(place.lat),
          statusCache: state?.status ?? NO_STATUS,
          statusSinceCache: state?.since ?? null,
          createdAt: now,
          updatedAt: now,
        })
        // Two Boards racing for one code: the unique index decides, the loser gets 409.
        .onConflictDoNothing({ target: industrialParks.code })
        .returning();
      if (!row) throw codeTaken(body.code, { vi: 'khu công nghiệp', en: 'park' });
      const first = events[0]
        ? (
            await tx
              .insert(parkEvents)
              .values(eventRowValues(id, 1, randomUUID(), events[0]))
              .returning()
          )[0]
        : undefined;
      await recordAudit(tx, actor, {
        action: 'park.create',
        entityType: 'industrial_park',
        entityId: id,
        after: { ...parkAuditView(row), firstEvent: first ? rowToEventOut(first) : null },
      });
    });
  } catch (e) {
    if (isViolation(e, '23503', 'industrial_parks_developer_fk')) throw developerUnknown();
    throw e;
  }
  return getPark(deps, actor, id);
}
