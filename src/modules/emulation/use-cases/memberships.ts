import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { conflict, type FieldErrors, unprocessable } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { ConferenceDayBody, SetMembersBody } from '../contract';
import { conferenceHost } from '../rotation';
import { emulationBlockYears, emulationMemberships, emulationUnits } from '../schema';
import { nextYear } from './block-detail';
import { type BlockContext, blockContext, contextTarget } from './blocks';
import type { EmulationDeps } from './common';

const yearStart = (y: number) => `${y}-01-01`;
const yearEnd = (y: number) => `${y}-12-31`;

/** The checks a year's member list must pass; field errors name the offending row. */
async function checkMembers(tx: Tx, ctx: BlockContext, body: SetMembersBody) {
  const fields: FieldErrors = {};
  const leaders = body.members.filter((m) => m.role === 'leader').length;
  const deputies = body.members.filter((m) => m.role === 'deputy').length;
  if (leaders !== 1) {
    fields.members = {
      message: 'Mỗi năm khối có đúng một khối trưởng.',
      messageEn: 'A block has exactly one leader a year.',
    };
  } else if (deputies > 1) {
    fields.members = {
      message: 'Mỗi năm khối có nhiều nhất một khối phó.',
      messageEn: 'A block has one deputy a year at most.',
    };
  }
  const ids = body.members.map((m) => m.unitId);
  if (new Set(ids).size !== ids.length) {
    fields.members = { message: 'Một đơn vị được ghi hai lần.', messageEn: 'A unit is listed twice.' };
  }
  const units = new Map(
    (await tx.select().from(emulationUnits).where(inArray(emulationUnits.id, ids))).map((u) => [u.id, u]),
  );
  const wanted = ctx.block.memberKind === 'enterprises' ? 'enterprise' : 'board';
  body.members.forEach((m, i) => {
    const u = units.get(m.unitId);
    const at = `members.${i}.unitId`;
    if (!u) fields[at] = { message: 'Không có đơn vị này.', messageEn: 'No such unit.' };
    else if (u.kind !== wanted)
      fields[at] = {
        message: `${u.shortName} không phải là ${wanted === 'board' ? 'Ban Quản lý' : 'doanh nghiệp'}.`,
        messageEn: `${u.shortName} is not ${wanted === 'board' ? 'a Board' : 'an enterprise'}.`,
      };
    else if (u.validFrom > yearEnd(ctx.year) || (u.validTo !== null && u.validTo < yearStart(ctx.year)))
      fields[at] = {
        message: `${u.shortName} không tồn tại trong năm ${ctx.year}.`,
        messageEn: `${u.shortName} did not exist in ${ctx.year}.`,
      };
    if (m.joinedOn && m.leftOn && m.leftOn < m.joinedOn)
      fields[`members.${i}.leftOn`] = { message: 'Ngày rời khối trước ngày vào.', messageEn: 'Left before joining.' };
    for (const [key, d] of [
      ['joinedOn', m.joinedOn],
      ['leftOn', m.leftOn],
    ] as const) {
      if (d && !d.startsWith(`${ctx.year}-`))
        fields[`members.${i}.${key}`] = {
          message: `Ngày phải trong năm ${ctx.year}.`,
          messageEn: `The date must be in ${ctx.year}.`,
        };
    }
  });
  if (Object.keys(fields).length)
    throw unprocessable('Danh sách thành viên chưa hợp lệ.', 'The member list is not valid.', fields);
}

async function writeYear(
  tx: Tx,
  ctx: BlockContext,
  year: number,
  rows: SetMembersBody['members'],
  basis?: string | null,
) {
  await tx
    .delete(emulationMemberships)
    .where(and(eq(emulationMemberships.blockId, ctx.block.id), eq(emulationMemberships.year, year)));
  await tx.insert(emulationMemberships).values(
    rows.map((m) => ({
      id: randomUUID(),
      blockId: ctx.block.id,
      unitId: m.unitId,
      year,
      role: m.role,
      joinedOn: m.joinedOn ?? null,
      leftOn: m.leftOn ?? null,
    })),
  );
  if (basis !== undefined) {
    await tx
      .insert(emulationBlockYears)
      .values({ id: randomUUID(), blockId: ctx.block.id, year, rotationBasis: basis })
      .onConflictDoUpdate({
        target: [emulationBlockYears.blockId, emulationBlockYears.year],
        set: { rotationBasis: basis, updatedAt: sql`now()` },
      });
  }
}

/** The organiser sets a year's members and roles by hand (a decision of the block overrides the rule). */
export async function setMembers(deps: EmulationDeps, actor: Actor, id: string, year: number, body: SetMembersBody) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, id, year, 'emulation:manage');
    await checkMembers(tx, ctx, body);
    await writeYear(tx, ctx, year, body.members, body.rotationBasis);
    await recordAudit(tx, actor, {
      action: 'emulation.members.set',
      entityType: 'emulation_block',
      entityId: id,
      before: { year, members: ctx.members.map((m) => ({ unitId: m.unitId, role: m.role })) },
      after: { year, members: body.members, rotationBasis: body.rotationBasis ?? null },
    });
    return { ok: true as const };
  });
}

/** Opens next year from this one by the rotation rule; refused when next year already has members. */
export async function rotateYear(deps: EmulationDeps, actor: Actor, id: string, year: number) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, id, year, 'emulation:manage');
    if (ctx.members.length === 0)
      throw unprocessable(`Năm ${year} chưa có thành viên để luân phiên.`, `${year} has no members to rotate from.`);
    const [taken] = await tx
      .select({ id: emulationMemberships.id })
      .from(emulationMemberships)
      .where(and(eq(emulationMemberships.blockId, id), eq(emulationMemberships.year, year + 1)))
      .limit(1);
    if (taken) throw conflict(`Năm ${year + 1} đã có danh sách thành viên.`, `${year + 1} already has its members.`);
    const next = await nextYear(deps, tx, ctx);
    const rows = next.order.map((unitId) => ({
      unitId,
      role:
        unitId === next.roles.leader
          ? ('leader' as const)
          : unitId === next.roles.deputy
            ? ('deputy' as const)
            : ('member' as const),
    }));
    const basis = `Luân phiên theo quy tắc của khối từ năm ${year}: khối phó lên khối trưởng, đơn vị kế tiếp làm khối phó.`;
    await writeYear(tx, ctx, next.year, rows, basis);
    await recordAudit(tx, actor, {
      action: 'emulation.rotation',
      entityType: 'emulation_block',
      entityId: id,
      before: { year, leader: ctx.members.find((m) => m.role === 'leader')?.unitId ?? null },
      after: { year: next.year, ...next.roles, members: next.order.length },
    });
    return { year: next.year, leader: next.roles.leader, deputy: next.roles.deputy };
  });
}

/** The year's leader records its year-end conference (it hosts it unless the block chose another host). */
export async function setConferenceDay(
  deps: EmulationDeps,
  actor: Actor,
  id: string,
  year: number,
  body: ConferenceDayBody,
) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, id, year);
    if (!isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser')))
      authorize(actor, 'emulation:lead', contextTarget(ctx, 'leader'));
    const leader = ctx.members.find((m) => m.role === 'leader')?.unitId ?? null;
    if (body.hostUnitId && !ctx.members.some((m) => m.unitId === body.hostUnitId))
      throw unprocessable('Đơn vị đăng cai phải là thành viên của khối.', 'The host must be a member.', {
        hostUnitId: { message: 'Không phải thành viên năm này.', messageEn: 'Not a member this year.' },
      });
    const host = conferenceHost({ leader, deputy: null }, body.hostUnitId ?? null);
    const values = {
      conferenceOn: body.conferenceOn,
      conferencePlace: body.conferencePlace,
      conferenceHostUnitId: host,
    };
    const [before] = await tx
      .select()
      .from(emulationBlockYears)
      .where(and(eq(emulationBlockYears.blockId, id), eq(emulationBlockYears.year, year)));
    await tx
      .insert(emulationBlockYears)
      .values({ id: randomUUID(), blockId: id, year, ...values })
      .onConflictDoUpdate({
        target: [emulationBlockYears.blockId, emulationBlockYears.year],
        set: { ...values, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'emulation.conference_day',
      entityType: 'emulation_block',
      entityId: id,
      before: before ?? null,
      after: { year, ...values },
    });
    return { ok: true as const };
  });
}
