import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { notFound, unprocessable } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { RegistrationBody } from '../contract-cycle';
import { emulationPacts, emulationPositions, emulationRegistrations, emulationUnits } from '../schema';
import { blockContext } from './blocks';
import type { EmulationDeps } from './common';
import { memberTarget, openPact, refuseSigned, yearEndMembers } from './pacts';

/** A member registers one of its staff or collectives for a title (staff: working for it during the year). */
export async function addRegistration(
  deps: EmulationDeps,
  actor: Actor,
  blockId: string,
  year: number,
  body: RegistrationBody,
) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, year);
    if (!yearEndMembers(ctx).some((m) => m.unitId === body.unitId))
      throw notFound(`thành viên này trong năm ${year}`, `this member in ${year}`);
    authorize(actor, 'emulation:register', memberTarget(ctx, body.unitId));
    const pact = await openPact(tx, ctx);
    if (body.personId) {
      const [works] = await tx
        .select({ id: emulationPositions.id })
        .from(emulationPositions)
        .where(
          and(
            eq(emulationPositions.personId, body.personId),
            eq(emulationPositions.unitId, body.unitId),
            lte(emulationPositions.validFrom, `${year}-12-31`),
            or(isNull(emulationPositions.validTo), gte(emulationPositions.validTo, `${year}-01-01`)),
          ),
        );
      if (!works)
        throw unprocessable(
          'Người này không công tác tại đơn vị trong năm.',
          'This person did not work for the unit that year.',
          {
            personId: {
              message: 'Không phải cán bộ của đơn vị trong năm.',
              messageEn: "Not the unit's staff that year.",
            },
          },
        );
    }
    if (body.collectiveUnitId) {
      const [unit] = await tx.select().from(emulationUnits).where(eq(emulationUnits.id, body.collectiveUnitId));
      if (!unit || (unit.id !== body.unitId && unit.parentId !== body.unitId))
        throw unprocessable(
          'Tập thể phải là đơn vị hoặc phòng thuộc đơn vị.',
          'The collective must be the unit or one of its departments.',
          {
            collectiveUnitId: { message: 'Không thuộc đơn vị.', messageEn: 'Not part of the unit.' },
          },
        );
    }
    const id = randomUUID();
    const row = {
      id,
      pactId: pact.id,
      unitId: body.unitId,
      subjectKind: body.subjectKind,
      personId: body.personId ?? null,
      collectiveUnitId: body.collectiveUnitId ?? null,
      title: body.title,
    };
    await tx.insert(emulationRegistrations).values(row);
    await recordAudit(tx, actor, {
      action: 'emulation.registration.add',
      entityType: 'emulation_pact',
      entityId: pact.id,
      after: row,
    });
    return { id };
  });
}

export async function removeRegistration(deps: EmulationDeps, actor: Actor, id: string) {
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx.select().from(emulationRegistrations).where(eq(emulationRegistrations.id, id));
    if (!row) throw notFound('đăng ký danh hiệu', 'registration');
    const [pact] = await tx.select().from(emulationPacts).where(eq(emulationPacts.id, row.pactId));
    const ctx = await blockContext(deps, tx, actor, pact!.blockId, pact!.year);
    authorize(actor, 'emulation:register', memberTarget(ctx, row.unitId));
    refuseSigned(pact!);
    await tx.delete(emulationRegistrations).where(eq(emulationRegistrations.id, id));
    await recordAudit(tx, actor, {
      action: 'emulation.registration.remove',
      entityType: 'emulation_pact',
      entityId: pact!.id,
      before: row,
    });
    return { ok: true as const };
  });
}
