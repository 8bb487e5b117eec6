import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../../kernel/errors';
import { foldVietnamese } from '../../../kernel/text';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed, type Target } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { MovePersonBody, NewStaffBody, UnitDetail, UnitList, UnitListQuery } from '../contract';
import { emulationBlocks, emulationMemberships, emulationPeople, emulationPositions, emulationUnits } from '../schema';
import { type EmulationDeps, loadUnitRefs, provinceOfUnit, toUnitRef } from './common';

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function unitTarget(deps: EmulationDeps, tx: DbOrTx, id: string) {
  const [unit] = await tx.select().from(emulationUnits).where(eq(emulationUnits.id, id));
  if (!unit) throw notFound('đơn vị', 'unit');
  const parent = unit.parentId
    ? ((await tx.select().from(emulationUnits).where(eq(emulationUnits.id, unit.parentId)))[0] ?? null)
    : null;
  const province = await provinceOfUnit(deps, unit, parent);
  const target: Target = {
    kind: 'emulation',
    provinceCodes: province ? [province] : [],
    ministryOrganised: unit.kind === 'ministry_department',
  };
  return { unit, parent, province, target };
}

/** Units for pickers: names are public knowledge, so any emulation reader may search them. */
export async function listUnits(
  deps: EmulationDeps,
  actor: Actor,
  q: z.infer<typeof UnitListQuery>,
): Promise<UnitList> {
  authorize(actor, 'emulation:read');
  const conditions = [
    q.kind ? eq(emulationUnits.kind, q.kind) : undefined,
    q.on
      ? and(lte(emulationUnits.validFrom, q.on), or(isNull(emulationUnits.validTo), gte(emulationUnits.validTo, q.on)))
      : undefined,
  ];
  const rows = await deps.db
    .select()
    .from(emulationUnits)
    .where(and(...conditions))
    .orderBy(asc(emulationUnits.kind), asc(emulationUnits.name));
  const needle = q.q ? foldVietnamese(q.q) : null;
  const hits = needle ? rows.filter((r) => foldVietnamese(`${r.name} ${r.shortName}`).includes(needle)) : rows;
  const refs = await loadUnitRefs(
    deps,
    deps.db,
    hits.map((r) => r.id),
  );
  return {
    items: hits.map((r) => ({ ...refs.get(r.id)!, validFrom: r.validFrom, validTo: r.validTo })),
  };
}

/** A unit's page: its lineage, its place in every block year by year, and its staff over time. */
export async function getUnit(deps: EmulationDeps, actor: Actor, id: string): Promise<UnitDetail> {
  const db = deps.db;
  const { unit, parent, province, target } = await unitTarget(deps, db, id);
  authorize(actor, 'emulation:read', target);
  const predecessors = await db.select().from(emulationUnits).where(eq(emulationUnits.successorId, id));
  const memberships = await db
    .select({
      blockId: emulationMemberships.blockId,
      blockName: emulationBlocks.name,
      year: emulationMemberships.year,
      role: emulationMemberships.role,
    })
    .from(emulationMemberships)
    .innerJoin(emulationBlocks, eq(emulationBlocks.id, emulationMemberships.blockId))
    .where(eq(emulationMemberships.unitId, id))
    .orderBy(desc(emulationMemberships.year), asc(emulationBlocks.name));
  const staff = await db
    .select({ p: emulationPositions, person: emulationPeople })
    .from(emulationPositions)
    .innerJoin(emulationPeople, eq(emulationPeople.id, emulationPositions.personId))
    .where(eq(emulationPositions.unitId, id))
    .orderBy(sql`${emulationPositions.validTo} is not null`, desc(emulationPositions.validFrom));
  const refs = await loadUnitRefs(deps, db, [
    ...(unit.successorId ? [unit.successorId] : []),
    ...predecessors.map((p) => p.id),
    ...(parent ? [parent.id] : []),
  ]);
  return {
    ...toUnitRef(unit, province),
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    parent: parent ? (refs.get(parent.id) ?? null) : null,
    successor: unit.successorId ? (refs.get(unit.successorId) ?? null) : null,
    predecessors: predecessors.map((p) => refs.get(p.id)!).filter(Boolean),
    memberships: memberships.map((m) => ({ ...m, role: m.role as UnitDetail['memberships'][number]['role'] })),
    staff: staff.map(({ p, person }) => ({
      id: p.id,
      personId: person.id,
      fullName: person.fullName,
      gender: person.gender as 'female' | 'male' | null,
      birthYear: person.birthYear,
      title: p.title,
      validFrom: p.validFrom,
      validTo: p.validTo,
    })),
    canManage: isAllowed(actor, 'emulation:manage', target),
  };
}

/** A Board records a staff member and the position they hold from a day. */
export async function addStaff(deps: EmulationDeps, actor: Actor, unitId: string, body: NewStaffBody) {
  return inTransaction(deps.db, async (tx) => {
    const { unit, target } = await unitTarget(deps, tx, unitId);
    authorize(actor, 'emulation:manage', target);
    if (body.validFrom < unit.validFrom || (unit.validTo !== null && body.validFrom > unit.validTo))
      throw unprocessable('Đơn vị không tồn tại vào ngày này.', 'The unit did not exist on that day.', {
        validFrom: { message: 'Ngoài thời gian tồn tại của đơn vị.', messageEn: "Outside the unit's existence." },
      });
    const personId = randomUUID();
    const person = {
      id: personId,
      fullName: body.fullName,
      gender: body.gender ?? null,
      birthYear: body.birthYear ?? null,
    };
    await tx.insert(emulationPeople).values(person);
    const position = { id: randomUUID(), personId, unitId, title: body.title, validFrom: body.validFrom };
    await tx.insert(emulationPositions).values(position);
    await recordAudit(tx, actor, {
      action: 'emulation.staff.add',
      entityType: 'emulation_person',
      entityId: personId,
      after: { ...person, position },
    });
    return { id: personId };
  });
}

/** A transfer or promotion: the current position ends the day before the new one starts (history kept). */
export async function movePerson(deps: EmulationDeps, actor: Actor, personId: string, body: MovePersonBody) {
  return inTransaction(deps.db, async (tx) => {
    const [current] = await tx
      .select()
      .from(emulationPositions)
      .where(and(eq(emulationPositions.personId, personId), isNull(emulationPositions.validTo)));
    if (!current) throw notFound('chức vụ hiện tại của người này', "this person's current position");
    // Both the unit left and the unit joined must be in the actor's scope.
    authorize(actor, 'emulation:manage', (await unitTarget(deps, tx, current.unitId)).target);
    authorize(actor, 'emulation:manage', (await unitTarget(deps, tx, body.unitId)).target);
    if (body.validFrom <= current.validFrom)
      throw unprocessable(
        'Ngày mới phải sau ngày bắt đầu chức vụ hiện tại.',
        'The new position must start after the current one.',
        {
          validFrom: { message: `Phải sau ${current.validFrom}.`, messageEn: `Must be after ${current.validFrom}.` },
        },
      );
    await tx
      .update(emulationPositions)
      .set({ validTo: dayBefore(body.validFrom), updatedAt: sql`now()` })
      .where(eq(emulationPositions.id, current.id));
    const next = { id: randomUUID(), personId, unitId: body.unitId, title: body.title, validFrom: body.validFrom };
    await tx.insert(emulationPositions).values(next);
    await recordAudit(tx, actor, {
      action: 'emulation.staff.move',
      entityType: 'emulation_person',
      entityId: personId,
      before: current,
      after: next,
    });
    return { ok: true as const };
  });
}
