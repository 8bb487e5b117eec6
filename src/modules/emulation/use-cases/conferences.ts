import { randomUUID } from 'node:crypto';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { conflict, notFound, unprocessable } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import { type Actor, actorLabel } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { conclusionsPdf, conferenceHeading } from '../conclusions-pdf';
import type { ConferenceBody, ConferenceList, ConferenceView } from '../contract-cycle';
import { emulationConferences, emulationUnits } from '../schema';
import { type BlockContext, blockContext, contextTarget, currentYear } from './blocks';
import { blockTarget, type EmulationDeps, loadUnitRefs } from './common';

type ConferenceRow = typeof emulationConferences.$inferSelect;

/** The organiser edits any conference; the host Board edits the one it hosts. */
async function canEdit(deps: EmulationDeps, tx: DbOrTx, actor: Actor, ctx: BlockContext, hostUnitId: string | null) {
  if (isAllowed(actor, 'emulation:manage', contextTarget(ctx, 'organiser'))) return true;
  if (!hostUnitId) return false;
  const host = (await loadUnitRefs(deps, tx, [hostUnitId])).get(hostUnitId);
  return isAllowed(actor, 'emulation:lead', blockTarget('none', [host?.provinceCode]));
}

async function toView(deps: EmulationDeps, tx: DbOrTx, actor: Actor, ctx: BlockContext, rows: ConferenceRow[]) {
  const hosts = await loadUnitRefs(
    deps,
    tx,
    rows.map((r) => r.hostUnitId).filter((h): h is string => h !== null),
  );
  const views: ConferenceView[] = [];
  for (const r of rows) {
    views.push({
      id: r.id,
      blockId: r.blockId,
      edition: r.edition,
      year: r.year,
      hostUnitId: r.hostUnitId,
      host: r.hostUnitId ? (hosts.get(r.hostUnitId) ?? null) : null,
      heldOn: r.heldOn,
      place: r.place,
      title: r.title,
      agenda: r.agenda as ConferenceView['agenda'],
      attendees: r.attendees as ConferenceView['attendees'],
      documents: r.documents as ConferenceView['documents'],
      conclusions: r.conclusions,
      canEdit: await canEdit(deps, tx, actor, ctx, r.hostUnitId),
    });
  }
  return views;
}

export async function listConferences(deps: EmulationDeps, actor: Actor, blockId: string): Promise<ConferenceList> {
  const ctx = await blockContext(deps, deps.db, actor, blockId, currentYear(deps));
  const rows = await deps.db
    .select()
    .from(emulationConferences)
    .where(eq(emulationConferences.blockId, blockId))
    .orderBy(desc(emulationConferences.heldOn));
  return { blockName: ctx.block.name, items: await toView(deps, deps.db, actor, ctx, rows) };
}

async function checkBody(tx: DbOrTx, blockId: string, body: ConferenceBody, exceptId?: string) {
  if (body.edition) {
    const [clash] = await tx
      .select({ id: emulationConferences.id })
      .from(emulationConferences)
      .where(
        and(
          eq(emulationConferences.blockId, blockId),
          eq(emulationConferences.edition, body.edition),
          exceptId ? ne(emulationConferences.id, exceptId) : undefined,
        ),
      );
    if (clash)
      throw conflict(`Đã có hội nghị lần thứ ${body.edition}.`, `Conference no. ${body.edition} already exists.`);
  }
  const year = Number(body.heldOn.slice(0, 4));
  if (year < body.year || year > body.year + 1)
    throw unprocessable('Ngày họp không khớp năm của hội nghị.', "The date does not fit the conference's year.", {
      heldOn: {
        message: `Phải trong năm ${body.year} hoặc đầu năm sau.`,
        messageEn: `Must be in ${body.year} or early the next year.`,
      },
    });
  if (body.hostUnitId) {
    const [host] = await tx
      .select({ id: emulationUnits.id })
      .from(emulationUnits)
      .where(eq(emulationUnits.id, body.hostUnitId));
    if (!host)
      throw unprocessable('Không có đơn vị đăng cai này.', 'No such host unit.', {
        hostUnitId: { message: 'Không có đơn vị này.', messageEn: 'No such unit.' },
      });
  }
}

const rowOf = (body: ConferenceBody) => ({
  edition: body.edition ?? null,
  year: body.year,
  hostUnitId: body.hostUnitId ?? null,
  heldOn: body.heldOn,
  place: body.place ?? null,
  title: body.title,
  agenda: body.agenda,
  attendees: body.attendees,
  documents: body.documents,
  conclusions: body.conclusions ?? null,
});

/** The organiser records a conference (the Club's numbered ones, or a block's year-end conference). */
export async function createConference(deps: EmulationDeps, actor: Actor, blockId: string, body: ConferenceBody) {
  return inTransaction(deps.db, async (tx) => {
    const ctx = await blockContext(deps, tx, actor, blockId, body.year);
    if (!(await canEdit(deps, tx, actor, ctx, body.hostUnitId ?? null)))
      authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
    await checkBody(tx, blockId, body);
    const id = randomUUID();
    await tx.insert(emulationConferences).values({ id, blockId, ...rowOf(body) });
    await recordAudit(tx, actor, {
      action: 'emulation.conference.create',
      entityType: 'emulation_conference',
      entityId: id,
      after: rowOf(body),
    });
    return { id };
  });
}

async function loadConference(deps: EmulationDeps, tx: DbOrTx, actor: Actor, id: string) {
  const [row] = await tx.select().from(emulationConferences).where(eq(emulationConferences.id, id));
  if (!row) throw notFound('hội nghị', 'conference');
  const ctx = await blockContext(deps, tx, actor, row.blockId, row.year);
  return { row, ctx };
}

export async function updateConference(deps: EmulationDeps, actor: Actor, id: string, body: ConferenceBody) {
  return inTransaction(deps.db, async (tx) => {
    const { row, ctx } = await loadConference(deps, tx, actor, id);
    if (!(await canEdit(deps, tx, actor, ctx, row.hostUnitId)))
      authorize(actor, 'emulation:manage', contextTarget(ctx, 'organiser'));
    await checkBody(tx, row.blockId, body, id);
    await tx
      .update(emulationConferences)
      .set({ ...rowOf(body), updatedAt: sql`now()` })
      .where(eq(emulationConferences.id, id));
    await recordAudit(tx, actor, {
      action: 'emulation.conference.update',
      entityType: 'emulation_conference',
      entityId: id,
      before: row,
      after: rowOf(body),
    });
    return { ok: true as const };
  });
}

export async function conclusionsFile(deps: EmulationDeps, actor: Actor, id: string) {
  const { row, ctx } = await loadConference(deps, deps.db, actor, id);
  const [view] = await toView(deps, deps.db, actor, ctx, [row]);
  const data = await conclusionsPdf(ctx.block.name, view!, { at: deps.clock(), by: actorLabel(actor) });
  return { fileName: `Ket luan ${conferenceHeading(view!)} ${row.heldOn}.pdf`, data };
}
