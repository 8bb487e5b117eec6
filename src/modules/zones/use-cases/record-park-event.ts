import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FieldErrors } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { errorsOnly } from '../checks';
import type { ParkDetail, ParkEventBody } from '../contract';
import { type LandIssue, validateParkLand } from '../park-land';
import { foldParkEvents, type ParkEvent, validateParkEvents } from '../park-lifecycle';
import { industrialParks, parkEvents } from '../schema';
import { getPark, readParkRow } from './get-park';
import { bodyToEvent, buildLand, eventRowValues, loadHistories, rowToEvent, rowToEventOut } from './park-history';
import { NO_STATUS } from './park-views';
import { addField, futureDate, issueFields, parkTarget, rulesFailed, todayOf, type ZonesDeps } from './shared';

/**
 * Validates `event` as the next one after `history` (the rules read the whole history, the
 * problems of this event are reported under `prefix`), and returns the history with it.
 */
export function checkNewEvent(
  history: readonly ParkEvent[],
  event: ParkEvent,
  today: string,
  fields: FieldErrors,
  prefix: string,
): ParkEvent[] {
  const all = [...history, event];
  // Problems of earlier events were there before this write (the history was valid when stored).
  const issues = errorsOnly(validateParkEvents(all)).filter((i) => i.index === history.length);
  issueFields(fields, issues, prefix);
  const late = futureDate(event.date, today, 'Ngày của sự kiện', 'The event date');
  if (late) addField(fields, `${prefix}.date`, late);
  return all;
}

const landKey = (i: LandIssue) => `${i.series}|${i.code}|${i.message}`;

/** The land problems `after` has that `before` had not: what this write would break. */
export function newLandIssues(before: readonly LandIssue[], after: readonly LandIssue[]): LandIssue[] {
  const known = new Set(before.map(landKey));
  return errorsOnly(after).filter((i) => !known.has(landKey(i)));
}

/** Appends a lifecycle event (seq = last + 1) and rewrites the status cache from the fold. */
export async function recordParkEvent(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  body: ParkEventBody,
): Promise<ParkDetail> {
  authorize(actor, 'zone:manage');
  const park = await readParkRow(deps, parkId);
  authorize(actor, 'zone:manage', await parkTarget(deps.geo, park));
  const event = bodyToEvent(body);
  const today = todayOf(deps);

  await inTransaction(deps.db, async (tx) => {
    // One writer per park at a time, so seq and the validated history stay what was read.
    const [locked] = await tx.select().from(industrialParks).where(eq(industrialParks.id, parkId)).for('update');
    const stored = (await loadHistories(tx, [parkId])).get(parkId) ?? { events: [], land: [] };
    const history = stored.events.map(rowToEvent);
    const fields: FieldErrors = {};
    const all = checkNewEvent(history, event, today, fields, 'body');
    // An area that shrinks below the industrial-service land already recorded is refused too
    // (read once the event itself is sound: the land series needs its decision and areas).
    const changesArea =
      event.kind === 'established' || event.kind === 'area_increased' || event.kind === 'area_decreased';
    if (changesArea && Object.keys(fields).length === 0) {
      const issues = newLandIssues(
        validateParkLand(buildLand(stored.land, history)),
        validateParkLand(buildLand(stored.land, all)),
      );
      issueFields(fields, issues, 'body', () => (event.kind === 'established' ? 'area' : 'areaAfter'));
    }
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, { vi: 'Không ghi được sự kiện', en: 'The event cannot be recorded' });
    }

    const seq = stored.events.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
    const [row] = await tx
      .insert(parkEvents)
      .values(eventRowValues(parkId, seq, randomUUID(), event))
      .returning();
    const state = foldParkEvents(all);
    const cache = { statusCache: state?.status ?? NO_STATUS, statusSinceCache: state?.since ?? null };
    await tx.update(industrialParks).set(cache).where(eq(industrialParks.id, parkId));
    await recordAudit(tx, actor, {
      action: 'park.event.record',
      entityType: 'industrial_park',
      entityId: parkId,
      before: { status: locked?.statusCache ?? null, statusSince: locked?.statusSinceCache ?? null },
      after: { event: rowToEventOut(row!), status: cache.statusCache, statusSince: cache.statusSinceCache },
    });
  });
  return getPark(deps, actor, parkId);
}
