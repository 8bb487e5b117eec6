import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { conflict, notFound, unprocessable } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { emulationPeople, emulationPositions } from '../schema';
import { type BlockContext, blockContext, contextTarget } from '../use-cases/blocks';
import { blockTarget, type EmulationDeps } from '../use-cases/common';
import type { AthleteBody, EventBody, FestivalBody, ResultsBody } from './contract';
import { canRunFestival, type FestivalRow, festivalRow } from './read';
import {
  emulationFestivalAthletes,
  emulationFestivalEntries,
  emulationFestivalEvents,
  emulationFestivalResults,
  emulationFestivals,
} from './schema';
import { fitsAgeClass } from './standings';

const members = (ctx: BlockContext) => new Set(ctx.members.filter((m) => m.leftOn === null).map((m) => m.unitId));
const notMember = (field: string) =>
  unprocessable('Đơn vị không phải thành viên của khối trong năm.', 'Not a member of the block that year.', {
    [field]: { message: 'Không phải thành viên.', messageEn: 'Not a member.' },
  });

/** The organiser records an edition; its host (and the next host) are members of the block that year. */
export async function createFestival(deps: EmulationDeps, actor: Actor, blockId: string, body: FestivalBody) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, body.year);
    authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
    if (!members(ctx).has(body.hostUnitId)) throw notMember('hostUnitId');
    if (body.startsOn.slice(0, 4) !== String(body.year))
      throw unprocessable('Ngày khai mạc không thuộc năm của hội thao.', 'The first day is not in the festival year.', {
        startsOn: { message: `Phải trong năm ${body.year}.`, messageEn: `Must be in ${body.year}.` },
      });
    const [clash] = await tx
      .select({ id: emulationFestivals.id })
      .from(emulationFestivals)
      .where(and(eq(emulationFestivals.blockId, blockId), eq(emulationFestivals.edition, body.edition)));
    if (clash)
      throw conflict(`Đã có hội thao lần thứ ${body.edition}.`, `Festival no. ${body.edition} already exists.`);
    const id = randomUUID();
    const row = { id, blockId, ...body, nextHostUnitId: body.nextHostUnitId ?? null, place: body.place ?? null };
    await tx.insert(emulationFestivals).values(row);
    await recordAudit(tx, actor, {
      action: 'emulation.festival.create',
      entityType: 'emulation_festival',
      entityId: id,
      after: row,
    });
    return { id };
  });
}

export async function runContext(deps: EmulationDeps, tx: Tx, actor: Actor, id: string) {
  const row = await festivalRow(tx, id);
  const ctx = await blockContext(deps, tx, actor, row.blockId, row.year);
  if (!(await canRunFestival(deps, tx, actor, ctx, row.hostUnitId)))
    authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
  return { row, ctx };
}

export async function addEvent(deps: EmulationDeps, actor: Actor, id: string, body: EventBody) {
  return inTransaction(deps.db, async (tx) => {
    const { row } = await runContext(deps, tx, actor, id);
    if (body.scheduledOn && (body.scheduledOn < row.startsOn || body.scheduledOn > row.endsOn))
      throw unprocessable('Ngày thi đấu ngoài thời gian hội thao.', 'The day is outside the festival.', {
        scheduledOn: { message: 'Ngoài thời gian hội thao.', messageEn: 'Outside the festival.' },
      });
    const eventId = randomUUID();
    const values = {
      id: eventId,
      festivalId: id,
      ...body,
      ageClass: body.ageClass ?? null,
      scheduledOn: body.scheduledOn ?? null,
      venue: body.venue ?? null,
    };
    await tx.insert(emulationFestivalEvents).values(values);
    await recordAudit(tx, actor, {
      action: 'emulation.festival.event',
      entityType: 'emulation_festival',
      entityId: id,
      after: values,
    });
    return { id: eventId };
  });
}

async function memberContext(deps: EmulationDeps, tx: Tx, actor: Actor, id: string, unitId: string) {
  const row = await festivalRow(tx, id);
  const ctx = await blockContext(deps, tx, actor, row.blockId, row.year);
  if (!members(ctx).has(unitId)) throw notMember('unitId');
  authorize(actor, 'emulation:register', blockTarget('none', [ctx.units.get(unitId)?.provinceCode]));
  return { row, ctx };
}

/** A member enters its own team. */
export async function enterTeam(deps: EmulationDeps, actor: Actor, id: string, unitId: string) {
  return inTransaction(deps.db, async (tx) => {
    await memberContext(deps, tx, actor, id, unitId);
    const entryId = randomUUID();
    const inserted = await tx
      .insert(emulationFestivalEntries)
      .values({ id: entryId, festivalId: id, unitId })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) throw conflict('Đơn vị đã đăng ký đội.', 'The unit has already entered a team.');
    await recordAudit(tx, actor, {
      action: 'emulation.festival.entry',
      entityType: 'emulation_festival',
      entityId: id,
      after: { unitId },
    });
    return { id: entryId };
  });
}

/** Why an athlete may not compete: not the unit's staff on the first day, wrong gender or age class. */
async function eligibility(
  tx: Tx,
  row: FestivalRow,
  unitId: string,
  personId: string,
  event: typeof emulationFestivalEvents.$inferSelect,
) {
  const [person] = await tx.select().from(emulationPeople).where(eq(emulationPeople.id, personId));
  if (!person) throw notFound('cán bộ', 'person');
  const [staff] = await tx
    .select({ id: emulationPositions.id })
    .from(emulationPositions)
    .where(
      and(
        eq(emulationPositions.personId, personId),
        eq(emulationPositions.unitId, unitId),
        lte(emulationPositions.validFrom, row.startsOn),
        or(isNull(emulationPositions.validTo), gte(emulationPositions.validTo, row.startsOn)),
      ),
    );
  if (!staff)
    return ['Không phải cán bộ của đơn vị vào ngày khai mạc.', "Not the unit's staff on the first day."] as const;
  if (event.gender !== 'mixed' && person.gender !== event.gender)
    return [
      `Nội dung dành cho ${event.gender === 'male' ? 'nam' : 'nữ'}.`,
      `The event is for ${event.gender === 'male' ? 'men' : 'women'}.`,
    ] as const;
  const fits = fitsAgeClass(event.ageClass, person.birthYear, row.year);
  if (fits === null)
    return ['Chưa có năm sinh để kiểm tra hạng tuổi.', 'No birth year to check the age class.'] as const;
  if (!fits) return [`Không thuộc hạng tuổi ${event.ageClass}.`, `Outside the ${event.ageClass} age class.`] as const;
  return null;
}

export async function addAthlete(deps: EmulationDeps, actor: Actor, id: string, body: AthleteBody) {
  return inTransaction(deps.db, async (tx) => {
    const { row } = await memberContext(deps, tx, actor, id, body.unitId);
    const [entry] = await tx
      .select()
      .from(emulationFestivalEntries)
      .where(and(eq(emulationFestivalEntries.festivalId, id), eq(emulationFestivalEntries.unitId, body.unitId)));
    if (!entry) throw notFound('đội của đơn vị', "the unit's team");
    const [event] = await tx
      .select()
      .from(emulationFestivalEvents)
      .where(and(eq(emulationFestivalEvents.id, body.eventId), eq(emulationFestivalEvents.festivalId, id)));
    if (!event) throw notFound('nội dung thi đấu', 'event');
    const refused = await eligibility(tx, row, body.unitId, body.personId, event);
    if (refused)
      throw unprocessable(refused[0], refused[1], { personId: { message: refused[0], messageEn: refused[1] } });
    const inserted = await tx
      .insert(emulationFestivalAthletes)
      .values({ id: randomUUID(), entryId: entry.id, eventId: event.id, personId: body.personId })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length)
      throw conflict('Vận động viên đã đăng ký nội dung này.', 'The athlete is already entered in this event.');
    await recordAudit(tx, actor, {
      action: 'emulation.festival.athlete',
      entityType: 'emulation_festival',
      entityId: id,
      after: body,
    });
    return { id: inserted[0]!.id };
  });
}

/** The organiser or host records an event's places (replacing earlier ones); every team must have entered. */
export async function recordResults(deps: EmulationDeps, actor: Actor, id: string, eventId: string, body: ResultsBody) {
  return inTransaction(deps.db, async (tx) => {
    await runContext(deps, tx, actor, id);
    const [event] = await tx
      .select()
      .from(emulationFestivalEvents)
      .where(and(eq(emulationFestivalEvents.id, eventId), eq(emulationFestivalEvents.festivalId, id)));
    if (!event) throw notFound('nội dung thi đấu', 'event');
    const entries = body.results.length
      ? await tx
          .select()
          .from(emulationFestivalEntries)
          .where(
            and(
              eq(emulationFestivalEntries.festivalId, id),
              inArray(
                emulationFestivalEntries.unitId,
                body.results.map((r) => r.unitId),
              ),
            ),
          )
      : [];
    const entryOf = new Map(entries.map((e) => [e.unitId, e.id]));
    const fields = Object.fromEntries(
      body.results
        .map((r, i) => [i, r] as const)
        .filter(([, r]) => !entryOf.has(r.unitId))
        .map(([i]) => [
          `results.${i}.unitId`,
          { message: 'Đơn vị chưa đăng ký đội.', messageEn: 'The unit has no team.' },
        ]),
    );
    if (new Set(body.results.map((r) => r.unitId)).size !== body.results.length)
      fields.results = { message: 'Một đội được ghi hai lần.', messageEn: 'A team is listed twice.' };
    if (Object.keys(fields).length) throw unprocessable('Kết quả chưa hợp lệ.', 'The results are not valid.', fields);
    const before = await tx
      .select()
      .from(emulationFestivalResults)
      .where(eq(emulationFestivalResults.eventId, eventId));
    await tx.delete(emulationFestivalResults).where(eq(emulationFestivalResults.eventId, eventId));
    if (body.results.length)
      await tx
        .insert(emulationFestivalResults)
        .values(
          body.results.map((r) => ({ id: randomUUID(), eventId, entryId: entryOf.get(r.unitId)!, place: r.place })),
        );
    await recordAudit(tx, actor, {
      action: 'emulation.festival.results',
      entityType: 'emulation_festival',
      entityId: id,
      before,
      after: { eventId, ...body },
    });
    return { ok: true as const };
  });
}
