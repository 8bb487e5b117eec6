/**
 * Writing use cases of dossiers: an enterprise submits online, the desk records a paper dossier
 * with its receipt outcome, and every transition after that. Each one locks the dossier row,
 * plans the transition with the pure lifecycle, appends the event, recomputes the clock from all
 * events, rewrites the cached dates and audits, in one transaction; a decision also writes the
 * registry in that transaction.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { localDateOf, type WorkingCalendar } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor, UserActor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Tx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { ProcedureField, ProcedureVersion } from '../contract';
import { procedures } from '../schema';
import { agencyCodeOf, allocateDossierCode } from './codes';
import type { ReceiveAtDeskBody, RegistryRequest, SubmitOnlineBody, TransitionBody } from './contract';
import {
  assertCanRead,
  calendarAround,
  caseOf,
  clockOf,
  type DossierDeps,
  type DossierRow,
  eventView,
  lifecycleView,
  loadDossier,
  loadEvents,
  loadVersion,
  rulesFor,
} from './deps';
import { type Command, planTransition } from './lifecycle';
import { assertBoardOfficer } from './officers';
import { REGISTRY_KIND_OF, type ResultRef } from './registry-results';
import { dossierEvents, dossiers } from './schema';
import type { DossierAction, DossierState } from './states';

type VersionLookup = (code: string, at: Date) => Promise<{ id: string; definition: ProcedureVersion }>;

const user = (actor: Actor): UserActor => {
  if (actor.kind !== 'user')
    throw new AppError('FORBIDDEN', 'Chỉ người dùng được thao tác hồ sơ.', 'Only users act on dossiers.');
  return actor;
};
const lifecycleActor = (a: UserActor) => ({ id: a.id, role: a.role, enterpriseId: a.scope.enterpriseId });

const fieldError = (key: string, vi: string, en: string) =>
  new AppError('VALIDATION_FAILED', vi, en, { [key]: { message: vi, messageEn: en } });

function toCommand(body: TransitionBody): Command {
  if (body.action === 'extend') return { ...body, newDueAt: new Date(body.newDueAt) };
  if (body.action === 'decide') return { action: 'decide', result: body.result, note: body.note };
  if (body.action === 'supply') return { action: 'supply', note: body.note ?? undefined };
  return body as Command;
}

export function dossierWrites(deps: DossierDeps, versionInForce: VersionLookup) {
  const { db, clock } = deps;

  /** Appends an event and rewrites the row's state, cached dates and clock, then audits. */
  async function writeEvent(
    tx: Tx,
    actor: UserActor,
    row: DossierRow,
    version: ProcedureVersion,
    ev: { type: DossierAction; to: DossierState; reason: string | null; payload: Record<string, unknown>; at: Date },
    patch: Partial<DossierRow>,
    auditBefore: unknown,
    calendar: WorkingCalendar,
  ): Promise<DossierRow> {
    const previous = await loadEvents(tx, row.id);
    const [stored] = await tx
      .insert(dossierEvents)
      .values({
        id: randomUUID(),
        dossierId: row.id,
        seq: previous.length + 1,
        type: ev.type,
        at: ev.at,
        actorId: actor.id,
        actorName: actor.displayName,
        actorRole: actor.role,
        fromState: auditBefore === null ? null : row.state,
        toState: ev.to,
        reason: ev.reason,
        payload: ev.payload,
      })
      .returning();
    const events = [...previous, stored!].map(eventView);
    const next = { ...row, ...patch, state: ev.to };
    const reading = clockOf(next, version, events, ev.at, calendar);
    const cached = reading
      ? {
          receivedAt: reading.receivedAt,
          dueAt: reading.dueAt,
          originalDueAt: reading.originalDueAt,
          pausedAt: reading.state === 'paused' ? (next.pausedAt ?? ev.at) : null,
          extensions: reading.extended ? 1 : 0,
          timeliness: reading.timeliness,
        }
      : {};
    const ends = ['refused_at_receipt', 'withdrawn', 'stopped', 'decided'].includes(ev.to);
    const [after] = await tx
      .update(dossiers)
      .set({
        ...patch,
        ...cached,
        state: ev.to,
        ...(ends ? { finishedAt: ev.at } : {}),
        ...(ev.to === 'returned' ? { returnedAt: ev.at } : {}),
        // The payload records the due date the event left, for the control slip and the book.
        updatedAt: ev.at.getTime() > row.updatedAt.getTime() ? ev.at : new Date(row.updatedAt.getTime() + 1),
      })
      .where(eq(dossiers.id, row.id))
      .returning();
    if (reading) {
      await tx
        .update(dossierEvents)
        .set({ payload: { ...ev.payload, dueAt: reading.dueAt.toISOString() } })
        .where(eq(dossierEvents.id, stored!.id));
    }
    await recordAudit(tx, actor, {
      action: `dossier.${ev.type}`,
      entityType: 'dossier',
      entityId: row.id,
      before: auditBefore,
      after: { code: after!.code, state: after!.state, dueAt: after!.dueAt, event: { ...stored, payload: ev.payload } },
    });
    return after!;
  }

  /** Creates the dossier row with its code in the transaction (the code counter is locked until commit). */
  async function createDossier(
    tx: Tx,
    input: {
      body: SubmitOnlineBody | ReceiveAtDeskBody;
      provinceCode: string;
      channel: 'online' | 'in_person' | 'post';
      enterpriseId: string | null;
      version: { id: string; definition: ProcedureVersion };
      at: Date;
    },
  ): Promise<DossierRow> {
    const { body, version, at } = input;
    const agency = agencyCodeOf(input.provinceCode);
    const code = await allocateDossierCode(tx, agency, at);
    const [row] = await tx
      .insert(dossiers)
      .values({
        id: randomUUID(),
        code,
        agencyCode: agency,
        provinceCode: input.provinceCode,
        procedureCode: body.procedureCode,
        procedureVersionId: version.id,
        caseKey: body.caseKey,
        resumeMode: version.definition.supplementResume ?? 'restart',
        subject: body.subject,
        applicantEnterpriseId: input.enterpriseId,
        applicantName: body.applicant.name,
        applicantIdNumber: body.applicant.idNumber ?? null,
        applicantPhone: body.applicant.phone ?? null,
        applicantEmail: body.applicant.email ?? null,
        applicantAddress: body.applicant.address ?? null,
        channel: input.channel,
        state: 'submitted',
        unit: 'one_stop',
        request: body.registry ?? {},
        submittedAt: input.channel === 'online' ? at : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .catch((e: unknown) => {
        if (String((e as { cause?: unknown }).cause ?? e).includes('dossiers_applicant_enterprise_fk')) {
          throw fieldError('body.applicantEnterpriseId', 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.');
        }
        throw e;
      });
    return row!;
  }

  async function prepare(body: SubmitOnlineBody | ReceiveAtDeskBody, at: Date) {
    const version = await versionInForce(body.procedureCode, at).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') {
        throw fieldError('body.procedureCode', 'Không có thủ tục này.', 'No such procedure.');
      }
      throw e;
    });
    caseOf(version.definition, body.caseKey);
    const kind = REGISTRY_KIND_OF[body.procedureCode];
    if (body.registry && body.registry.kind !== kind) {
      throw fieldError(
        'body.registry.kind',
        'Thông tin ghi vào sổ đăng ký không khớp với thủ tục.',
        'The registry details do not match the procedure.',
      );
    }
    return version;
  }

  return {
    writeEvent,

    /** An enterprise submits online to the Board of a province (state submitted, code allocated). */
    async submitOnline(actor: Actor, body: SubmitOnlineBody): Promise<DossierRow> {
      authorize(actor, 'dossier:submit');
      const a = user(actor);
      const enterpriseId = a.scope.enterpriseId;
      if (!enterpriseId)
        throw new AppError('FORBIDDEN', 'Tài khoản chưa gắn với doanh nghiệp.', 'The account has no enterprise.');
      const at = clock();
      if ((await deps.provinceInForce(body.provinceCode, localDateOf(at))) !== true) {
        throw fieldError('body.provinceCode', 'Không có tỉnh này.', 'No such province.');
      }
      const version = await prepare(body, at);
      if (!version.definition.channels.some((c) => c.startsWith('online'))) {
        throw fieldError(
          'body.procedureCode',
          'Thủ tục này không nhận hồ sơ trực tuyến.',
          'This procedure is not available online.',
        );
      }
      // Read before the transaction: on PGlite the one connection is the transaction's until it ends.
      const calendar = await calendarAround(deps, [at]);
      return inTransaction(db, async (tx) => {
        const row = await createDossier(tx, {
          body,
          provinceCode: body.provinceCode,
          channel: 'online',
          enterpriseId,
          version,
          at,
        });
        const ev = { type: 'submit_online' as const, to: 'submitted' as const, reason: null, payload: {}, at };
        return writeEvent(tx, a, row, version.definition, ev, {}, null, calendar);
      });
    },

    /** The desk records a paper dossier with its receipt outcome (Art. 17: received, supplement, refused). */
    async receiveAtDesk(actor: Actor, body: ReceiveAtDeskBody): Promise<DossierRow> {
      authorize(actor, 'dossier:process');
      const a = user(actor);
      const province = a.scope.provinceCode;
      if (!province) throw new AppError('FORBIDDEN', 'Tài khoản chưa gắn với tỉnh.', 'The account has no province.');
      const at = clock();
      const version = await prepare(body, at);
      const command: Command =
        body.outcome === 'receive'
          ? { action: 'receive' }
          : body.outcome === 'refuse'
            ? { action: 'refuse_at_receipt', reason: body.reason ?? '' }
            : { action: 'request_supplement_at_receipt', reason: body.reason ?? '' };
      // Read before the transaction: on PGlite the one connection is the transaction's until it ends.
      const calendar = await calendarAround(deps, [at]);
      return inTransaction(db, async (tx) => {
        const row = await createDossier(tx, {
          body,
          provinceCode: province,
          channel: body.channel,
          enterpriseId: body.applicantEnterpriseId ?? null,
          version,
          at,
        });
        return applyCommand(tx, a, row, version.definition, command, at, calendar, {}, true);
      });
    },

    /** Any later transition of a dossier. */
    async transition(actor: Actor, id: string, body: TransitionBody): Promise<DossierRow> {
      authorize(actor, 'dossier:act');
      const a = user(actor);
      const reachesRegistry = body.action === 'decide' && body.result === 'granted';
      if (reachesRegistry) await deps.beforeRegistryWrite();
      const at = clock();
      // Read before the transaction: on PGlite the one connection is the transaction's until it ends.
      const calendar = await calendarAround(deps, [at]);
      return inTransaction(db, async (tx) => {
        const row = await loadDossier(tx, id, true);
        assertCanRead(a, row);
        if (a.role !== 'enterprise') authorize(a, 'dossier:act', { kind: 'province', code: row.provinceCode });
        const { definition } = await loadVersion(tx, row.procedureVersionId);
        const extra =
          body.action === 'decide'
            ? {
                certificateNo: body.certificateNo ?? null,
                documentNo: body.documentNo ?? null,
                registry: body.registry ?? null,
              }
            : {};
        return applyCommand(tx, a, row, definition, toCommand(body), at, calendar, extra);
      });
    },
  };

  async function applyCommand(
    tx: Tx,
    actor: UserActor,
    row: DossierRow,
    version: ProcedureVersion,
    command: Command,
    at: Date,
    calendar: WorkingCalendar,
    extra: { certificateNo?: string | null; documentNo?: string | null; registry?: RegistryRequest | null },
    created = false,
  ): Promise<DossierRow> {
    const events = await loadEvents(tx, row.id);
    const view = lifecycleView(row, events);
    const plan = planTransition(view, command, lifecycleActor(actor), {
      now: at,
      calendar,
      rules: rulesFor(row.channel),
      steps: caseOf(version, row.caseKey).steps,
    });
    if (command.action === 'assign') await assertBoardOfficer(tx, command.officerId, row.provinceCode);
    const patch: Partial<DossierRow> = { ...plan.patch };
    const payload = { ...plan.payload };
    if (command.action === 'decide' && command.result === 'granted') {
      const given = Object.keys(row.request as object).length ? (row.request as RegistryRequest) : null;
      const request = extra.registry ?? given;
      if (extra.registry) patch.request = extra.registry;
      const writer = deps.resultWriters[await procedureField(tx, row.procedureCode)];
      if (writer) {
        const ref: ResultRef = await writer(tx, actor, {
          dossierId: row.id,
          dossierCode: row.code,
          procedureCode: row.procedureCode,
          version,
          provinceCode: row.provinceCode,
          applicantEnterpriseId: row.applicantEnterpriseId,
          day: localDateOf(at),
          certificateNo: extra.certificateNo ?? null,
          documentNo: extra.documentNo ?? null,
          request,
        });
        if (Object.keys(ref).length) {
          patch.resultRef = ref;
          payload.registry = ref;
        }
      }
    }
    // A dossier created at the desk has no state before its receipt outcome.
    const before = created ? null : { state: row.state, unit: row.unit, officerId: row.officerId, dueAt: row.dueAt };
    return writeEvent(
      tx,
      actor,
      row,
      version,
      { type: command.action, to: plan.to, reason: plan.reason, payload, at },
      patch,
      before,
      calendar,
    );
  }
}

/** The catalogue field of the dossier's procedure (which registry its result belongs to). */
async function procedureField(tx: Tx, code: string): Promise<ProcedureField> {
  const [p] = await tx.select({ field: procedures.field }).from(procedures).where(eq(procedures.code, code));
  return (p?.field ?? 'labour') as ProcedureField;
}
