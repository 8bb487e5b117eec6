import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict, notFound, unprocessable } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx, Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { PactBody, PactView, SignBody, TargetsBody } from '../contract-cycle';
import { emulationPacts, emulationPactTargets, emulationPeople, emulationRegistrations } from '../schema';
import { type BlockContext, blockContext, contextTarget } from './blocks';
import { blockTarget, type EmulationDeps, loadUnitRefs } from './common';

const ROLE_ORDER = { leader: 0, deputy: 1, member: 2 } as const;
export const memberTarget = (ctx: BlockContext, unitId: string) =>
  blockTarget('none', [ctx.units.get(unitId)?.provinceCode]);
export const yearEndMembers = (ctx: BlockContext) => ctx.members.filter((m) => m.leftOn === null);

async function pactOf(tx: DbOrTx, blockId: string, year: number) {
  const [pact] = await tx
    .select()
    .from(emulationPacts)
    .where(and(eq(emulationPacts.blockId, blockId), eq(emulationPacts.year, year)));
  return pact ?? null;
}

export async function getPact(deps: EmulationDeps, actor: Actor, blockId: string, year: number): Promise<PactView> {
  const db = deps.db;
  const ctx = await blockContext(deps, db, actor, blockId, year);
  const pact = await pactOf(db, blockId, year);
  const targets = pact
    ? await db.select().from(emulationPactTargets).where(eq(emulationPactTargets.pactId, pact.id))
    : [];
  const regs = pact
    ? await db.select().from(emulationRegistrations).where(eq(emulationRegistrations.pactId, pact.id))
    : [];
  const people = regs.some((r) => r.personId)
    ? new Map(
        (
          await db
            .select()
            .from(emulationPeople)
            .where(
              inArray(
                emulationPeople.id,
                regs.map((r) => r.personId).filter((p): p is string => p !== null),
              ),
            )
        ).map((p) => [p.id, p.fullName]),
      )
    : new Map<string, string>();
  const refs = await loadUnitRefs(deps, db, [
    ...regs.map((r) => r.unitId),
    ...regs.map((r) => r.collectiveUnitId).filter((c): c is string => c !== null),
    ...(pact?.signedByUnitId ? [pact.signedByUnitId] : []),
  ]);
  const open = pact !== null && pact.signedOn === null;
  return {
    blockId,
    year,
    exists: pact !== null,
    content: pact?.content ?? null,
    signedOn: pact?.signedOn ?? null,
    signedPlace: pact?.signedPlace ?? null,
    signedBy: pact?.signedByUnitId ? (refs.get(pact.signedByUnitId) ?? null) : null,
    members: yearEndMembers(ctx)
      .sort(
        (a, b) =>
          ROLE_ORDER[a.role as keyof typeof ROLE_ORDER] - ROLE_ORDER[b.role as keyof typeof ROLE_ORDER] ||
          (ctx.units.get(a.unitId)?.code ?? '').localeCompare(ctx.units.get(b.unitId)?.code ?? ''),
      )
      .map((m) => {
        const t = targets.find((x) => x.unitId === m.unitId);
        return {
          unit: ctx.units.get(m.unitId)!,
          role: m.role as PactView['members'][number]['role'],
          registeredOn: t?.registeredOn ?? null,
          targets: (t?.targets ?? []) as PactView['members'][number]['targets'],
          canRegister: open && isAllowed(actor, 'emulation:register', memberTarget(ctx, m.unitId)),
        };
      }),
    registrations: regs.map((r) => ({
      id: r.id,
      unit: refs.get(r.unitId)!,
      subjectKind: r.subjectKind as 'individual' | 'collective',
      subjectName: r.personId ? (people.get(r.personId) ?? '') : (refs.get(r.collectiveUnitId!)?.name ?? ''),
      title: r.title as PactView['registrations'][number]['title'],
    })),
    canDraft: (pact === null || open) && canLead(actor, ctx),
    canSign: open && isAllowed(actor, 'emulation:lead', contextTarget(ctx, 'leader')),
  };
}

/** The year's leader drafts the pact; the organiser may too. */
function canLead(actor: Actor, ctx: BlockContext) {
  return (
    isAllowed(actor, 'emulation:lead', contextTarget(ctx, 'leader')) ||
    isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser'))
  );
}

export function refuseSigned(pact: { signedOn: string | null }) {
  if (pact.signedOn)
    throw conflict('Giao ước đã ký, không sửa được nữa.', 'The pact is signed and can no longer change.');
}

export async function openPact(tx: Tx, ctx: BlockContext) {
  const pact = await pactOf(tx, ctx.block.id, ctx.year);
  if (!pact) throw notFound(`giao ước năm ${ctx.year}`, `the ${ctx.year} pact`);
  refuseSigned(pact);
  return pact;
}

export async function draftPact(
  deps: EmulationDeps,
  actor: Actor,
  blockId: string,
  year: number,
  body: z.infer<typeof PactBody>,
) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, year);
    if (!canLead(actor, ctx)) authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
    if (ctx.members.length === 0)
      throw unprocessable(`Năm ${year} khối chưa có thành viên.`, `The block has no members in ${year}.`);
    const before = await pactOf(tx, blockId, year);
    if (before) refuseSigned(before);
    await tx
      .insert(emulationPacts)
      .values({ id: randomUUID(), blockId, year, content: body.content })
      .onConflictDoUpdate({
        target: [emulationPacts.blockId, emulationPacts.year],
        set: { content: body.content, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'emulation.pact.draft',
      entityType: 'emulation_block',
      entityId: blockId,
      before,
      after: { year, content: body.content },
    });
    return { ok: true as const };
  });
}

/** A member registers (or corrects) its own targets while the pact is open. */
export async function registerTargets(
  deps: EmulationDeps,
  actor: Actor,
  blockId: string,
  year: number,
  unitId: string,
  body: z.infer<typeof TargetsBody>,
) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, year);
    if (!yearEndMembers(ctx).some((m) => m.unitId === unitId))
      throw notFound(`thành viên này trong năm ${year}`, `this member in ${year}`);
    authorize(actor, 'emulation:register', memberTarget(ctx, unitId));
    const pact = await openPact(tx, ctx);
    const today = todayInVietnam(deps.clock());
    await tx
      .insert(emulationPactTargets)
      .values({ id: randomUUID(), pactId: pact.id, unitId, targets: body.targets, registeredOn: today })
      .onConflictDoUpdate({
        target: [emulationPactTargets.pactId, emulationPactTargets.unitId],
        set: { targets: body.targets, registeredOn: today, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'emulation.pact.targets',
      entityType: 'emulation_pact',
      entityId: pact.id,
      after: { unitId, targets: body.targets },
    });
    return { ok: true as const };
  });
}

/** The leader records the signing at the block meeting: every member at the year end must have registered. */
export async function signPact(
  deps: EmulationDeps,
  actor: Actor,
  blockId: string,
  year: number,
  body: z.infer<typeof SignBody>,
) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, year);
    authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
    const pact = await openPact(tx, ctx);
    const registered = new Set(
      (
        await tx
          .select({ unitId: emulationPactTargets.unitId })
          .from(emulationPactTargets)
          .where(eq(emulationPactTargets.pactId, pact.id))
      ).map((r) => r.unitId),
    );
    const missing = yearEndMembers(ctx)
      .filter((m) => !registered.has(m.unitId))
      .map((m) => ctx.units.get(m.unitId)!.shortName);
    if (missing.length)
      throw unprocessable(
        `Chưa ký được: ${missing.length} thành viên chưa đăng ký chỉ tiêu (${missing.join(', ')}).`,
        `Cannot sign yet: ${missing.length} member(s) have not registered targets (${missing.join(', ')}).`,
      );
    if (Number(body.signedOn.slice(0, 4)) > year)
      throw unprocessable(
        'Giao ước phải ký trong năm của nó hoặc trước đó.',
        'A pact is signed in its year or before.',
        {
          signedOn: { message: `Không sau năm ${year}.`, messageEn: `Not after ${year}.` },
        },
      );
    const leader = ctx.members.find((m) => m.role === 'leader')!.unitId;
    await tx
      .update(emulationPacts)
      .set({ signedOn: body.signedOn, signedPlace: body.signedPlace, signedByUnitId: leader, updatedAt: sql`now()` })
      .where(eq(emulationPacts.id, pact.id));
    await recordAudit(tx, actor, {
      action: 'emulation.pact.sign',
      entityType: 'emulation_pact',
      entityId: pact.id,
      after: { year, ...body, signedByUnitId: leader },
    });
    return { ok: true as const };
  });
}
