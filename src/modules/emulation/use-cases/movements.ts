import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { MovementBody, MovementView } from '../contract-cycle';
import { emulationMovements } from '../schema';
import { blockContext, contextTarget, currentYear } from './blocks';
import type { EmulationDeps } from './common';

type MovementRow = typeof emulationMovements.$inferSelect;

/** Planned before its start, closed after its end (or its final review), running in between. */
export function movementState(
  m: Pick<MovementView, 'startsOn' | 'endsOn' | 'phases'>,
  today: string,
): MovementView['state'] {
  if (today < m.startsOn) return 'planned';
  const final = m.phases.find((p) => p.kind === 'final')?.on ?? null;
  const end = [m.endsOn, final].filter((d): d is string => d !== null).sort()[0] ?? null;
  return end !== null && today > end ? 'closed' : 'running';
}

const toView = (r: MovementRow, today: string): MovementView => {
  const phases = (r.phases as MovementView['phases']).slice().sort((a, b) => a.on.localeCompare(b.on));
  const base = {
    id: r.id,
    blockId: r.blockId,
    kind: r.kind as MovementView['kind'],
    name: r.name,
    authority: r.authority,
    decisionNo: r.decisionNo,
    decisionDate: r.decisionDate,
    goals: r.goals,
    scope: r.scope,
    criteria: r.criteria,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    phases,
  };
  return { ...base, state: movementState(base, today) };
};

const rowOf = (b: MovementBody) => ({
  kind: b.kind,
  name: b.name,
  authority: b.authority,
  decisionNo: b.decisionNo ?? null,
  decisionDate: b.decisionDate ?? null,
  goals: b.goals,
  scope: b.scope,
  criteria: b.criteria,
  startsOn: b.startsOn,
  endsOn: b.endsOn ?? null,
  phases: b.phases,
});

/** The movements launched in a block, newest first. */
export async function listMovements(deps: EmulationDeps, actor: Actor, blockId: string) {
  const ctx = await blockContext(deps, deps.db, actor, blockId, currentYear(deps));
  const rows = await deps.db
    .select()
    .from(emulationMovements)
    .where(eq(emulationMovements.blockId, blockId))
    .orderBy(desc(emulationMovements.startsOn));
  const today = todayInVietnam(deps.clock());
  return {
    items: rows.map((r) => toView(r, today)),
    canManage: isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser')),
  };
}

/** The organiser launches a movement in its block (Law 2022 Art. 17: goals, scope, criteria, time, phases). */
export async function createMovement(deps: EmulationDeps, actor: Actor, blockId: string, body: MovementBody) {
  return inTransaction(deps.db, async (tx) => {
    await blockContext(deps, tx, actor, blockId, Number(body.startsOn.slice(0, 4)), 'emulation:manage');
    const id = randomUUID();
    await tx.insert(emulationMovements).values({ id, blockId, ...rowOf(body) });
    await recordAudit(tx, actor, {
      action: 'emulation.movement.create',
      entityType: 'emulation_movement',
      entityId: id,
      after: rowOf(body),
    });
    return { id };
  });
}

export async function updateMovement(deps: EmulationDeps, actor: Actor, id: string, body: MovementBody) {
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx.select().from(emulationMovements).where(eq(emulationMovements.id, id));
    if (!row?.blockId) throw notFound('phong trào thi đua', 'movement');
    const ctx = await blockContext(deps, tx, actor, row.blockId, Number(row.startsOn.slice(0, 4)));
    authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
    await tx
      .update(emulationMovements)
      .set({ ...rowOf(body), updatedAt: sql`now()` })
      .where(eq(emulationMovements.id, id));
    await recordAudit(tx, actor, {
      action: 'emulation.movement.update',
      entityType: 'emulation_movement',
      entityId: id,
      before: row,
      after: rowOf(body),
    });
    return { ok: true as const };
  });
}
