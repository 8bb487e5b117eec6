/**
 * Reading dossiers: the enterprise's own list, the Board's work queue (per officer, per unit, the
 * whole province for a leader) sorted by time left with due-soon / late flags, and one dossier in
 * full (events, documents, consultations, the actions the reader may take now).
 */
import { and, asc, desc, eq, ilike, inArray, isNull, not, or, type SQL } from 'drizzle-orm';
import { localDateOf, type WorkingCalendar } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import { escapeLike } from '../../../kernel/text';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { TimeLimit } from '../clock';
import { procedureVersions } from '../schema';
import type { ClockView, DocumentOut, DossierDetail, DossierList, DossierSummary } from './contract';
import {
  assertCanRead,
  calendarAround,
  caseOf,
  type DossierDeps,
  type DossierRow,
  eventView,
  lifecycleView,
  loadDossier,
  loadEvents,
  loadVersion,
  rulesFor,
} from './deps';
import { ALLOWED_FROM, type Command, openConsultations, planTransition } from './lifecycle';
import { namesOf } from './officers';
import { dossierDocuments, dossiers } from './schema';
import {
  type BoardUnit,
  DOSSIER_ACTION_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_STATE_LABELS,
  type DossierAction,
  type DossierChannel,
  type DossierResult,
  type DossierState,
  FINAL_STATES,
  portalStatusOf,
} from './states';

/** A working day of office time: under this much left, a running dossier is "due soon". */
const DUE_SOON_MINUTES = 8 * 60;

/** The clock of a row from its cached dates: cheap enough for a queue of hundreds. */
export function clockViewOf(row: DossierRow, now: Date, calendar: WorkingCalendar): ClockView {
  const open = row.dueAt !== null && row.finishedAt === null;
  const ref = row.pausedAt ?? now;
  const remaining = open ? Math.round(calendar.workingMinutesBetween(ref, row.dueAt!)) : null;
  const late = open ? ref.getTime() > row.dueAt!.getTime() : row.timeliness === 'late';
  return {
    dueAt: row.dueAt?.toISOString() ?? null,
    originalDueAt: row.originalDueAt?.toISOString() ?? null,
    remainingMinutes: remaining,
    paused: row.pausedAt !== null,
    dueSoon: open && row.pausedAt === null && !late && remaining! <= DUE_SOON_MINUTES,
    late,
    extended: row.extensions > 0,
    timeliness: row.timeliness as ClockView['timeliness'],
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function summaryOf(row: DossierRow, names: Map<string, string>, procName: string, clock: ClockView): DossierSummary {
  const state = row.state as DossierState;
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedureCode,
    procedureName: procName,
    subject: row.subject,
    applicantName: row.applicantName,
    applicantEnterpriseId: row.applicantEnterpriseId,
    provinceCode: row.provinceCode,
    channel: row.channel as DossierChannel,
    state,
    stateLabel: DOSSIER_STATE_LABELS[state],
    portal: portalStatusOf(state),
    unit: row.unit as BoardUnit,
    officerId: row.officerId,
    officerName: row.officerId ? (names.get(row.officerId) ?? null) : null,
    currentStep: row.currentStep,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    finishedAt: iso(row.finishedAt),
    result: row.result as DossierResult | null,
    clock,
  };
}

export function dossierReads(deps: DossierDeps) {
  const { db, clock } = deps;

  async function summaries(rows: DossierRow[]): Promise<DossierSummary[]> {
    const now = clock();
    const calendar = await calendarAround(deps, [now]);
    const officerIds = [...new Set(rows.map((r) => r.officerId).filter((x): x is string => x !== null))];
    const names = await namesOf(db, officerIds);
    const versionIds = [...new Set(rows.map((r) => r.procedureVersionId))];
    const versions = versionIds.length
      ? await db
          .select({ id: procedureVersions.id, nameVi: procedureVersions.nameVi })
          .from(procedureVersions)
          .where(inArray(procedureVersions.id, versionIds))
      : [];
    const procName = new Map(versions.map((v) => [v.id, v.nameVi]));
    return rows.map((r) =>
      summaryOf(r, names, procName.get(r.procedureVersionId) ?? r.procedureCode, clockViewOf(r, now, calendar)),
    );
  }

  /** Open first by time left (late at the top), then finished ones by newest. */
  const byTimeLeft = (a: DossierSummary, b: DossierSummary) => {
    const ka = a.clock.remainingMinutes ?? Number.POSITIVE_INFINITY;
    const kb = b.clock.remainingMinutes ?? Number.POSITIVE_INFINITY;
    return ka - kb || (b.submittedAt ?? b.receivedAt ?? '').localeCompare(a.submittedAt ?? a.receivedAt ?? '');
  };

  return {
    summaries,

    async list(
      actor: Actor,
      query: { mine?: 'true' | 'false'; unit?: BoardUnit; status?: 'open' | 'all'; q?: string },
    ): Promise<DossierList> {
      authorize(actor, 'dossier:read');
      if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Chỉ người dùng.', 'Users only.');
      const where: (SQL | undefined)[] = [];
      if (actor.role === 'enterprise') {
        if (!actor.scope.enterpriseId) return { items: [], counts: { open: 0, dueSoon: 0, late: 0 } };
        where.push(eq(dossiers.applicantEnterpriseId, actor.scope.enterpriseId));
      } else if (actor.role !== 'ministry') {
        where.push(eq(dossiers.provinceCode, actor.scope.provinceCode ?? '—'));
        // An officer's own queue by default; a leader sees the whole Board unless asking for "mine".
        const mine = query.mine ? query.mine === 'true' : actor.role === 'board_officer' && !query.unit;
        // Mine: assigned to me, plus the common pool of dossiers no one holds yet (to receive or assign).
        if (mine) {
          where.push(
            or(
              eq(dossiers.officerId, actor.id),
              and(
                isNull(dossiers.officerId),
                inArray(dossiers.state, ['submitted', 'supplement_at_receipt', 'received']),
              ),
            ),
          );
        }
      }
      if (query.unit) where.push(eq(dossiers.unit, query.unit));
      if ((query.status ?? 'open') === 'open') where.push(not(inArray(dossiers.state, [...FINAL_STATES])));
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        where.push(or(ilike(dossiers.code, like), ilike(dossiers.applicantName, like), ilike(dossiers.subject, like)));
      }
      const rows = await db
        .select()
        .from(dossiers)
        .where(and(...where))
        .orderBy(asc(dossiers.dueAt), desc(dossiers.createdAt))
        .limit(500);
      const items = (await summaries(rows)).sort(byTimeLeft);
      const open = items.filter((i) => !FINAL_STATES.includes(i.state));
      return {
        items,
        counts: {
          open: open.length,
          dueSoon: open.filter((i) => i.clock.dueSoon).length,
          late: open.filter((i) => i.clock.late && i.state !== 'decided').length,
        },
      };
    },

    async detail(actor: Actor, id: string): Promise<DossierDetail> {
      const row = await loadDossier(db, id);
      assertCanRead(actor, row);
      const events = await loadEvents(db, id);
      const { version, definition } = await loadVersion(db, row.procedureVersionId);
      const [summary] = await summaries([row]);
      const actorNames = events.map(eventView);
      const docs = await db
        .select({
          id: dossierDocuments.id,
          kind: dossierDocuments.kind,
          title: dossierDocuments.title,
          fileName: dossierDocuments.fileName,
          format: dossierDocuments.format,
          sizeBytes: dossierDocuments.sizeBytes,
          sha256: dossierDocuments.sha256,
          uploadedAt: dossierDocuments.uploadedAt,
        })
        .from(dossierDocuments)
        .where(eq(dossierDocuments.dossierId, id))
        .orderBy(asc(dossierDocuments.uploadedAt));
      const c = caseOf(definition, row.caseKey);
      const view = lifecycleView(row, events);
      const today = localDateOf(clock());
      return {
        ...summary!,
        caseKey: row.caseKey,
        procedureVersion: version,
        applicant: {
          name: row.applicantName,
          idNumber: row.applicantIdNumber,
          phone: row.applicantPhone,
          email: row.applicantEmail,
          address: row.applicantAddress,
        },
        resultNote: row.resultNote,
        resultRef: (row.resultRef as Record<string, unknown> | null) ?? null,
        registry: Object.keys(row.request as object).length ? (row.request as Record<string, unknown>) : null,
        steps: c.steps.map((s) => ({ key: s.key, nameVi: s.nameVi, nameEn: s.nameEn })),
        consultations: openConsultations(view).map((o) => ({
          seq: o.seq,
          body: o.body,
          deadline: o.deadline,
          late: o.deadline < today,
        })),
        events: events.map((e, i) => ({
          seq: e.seq,
          type: actorNames[i]!.type,
          label: DOSSIER_ACTION_LABELS[actorNames[i]!.type],
          at: e.at.toISOString(),
          actorName: e.actorName,
          actorRole: e.actorRole,
          fromState: actorNames[i]!.fromState,
          toState: actorNames[i]!.toState,
          reason: e.reason,
          payload: actorNames[i]!.payload,
        })),
        documents: docs.map((d): DocumentOut => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
        actions: await actionsFor(actor, row, view, c.steps),
      };
    },
  };

  /** The actions the reader could take now: allowed in the state and by role (rules are checked on the act). */
  async function actionsFor(
    actor: Actor,
    row: DossierRow,
    view: ReturnType<typeof lifecycleView>,
    steps: readonly { key: string; budget: TimeLimit }[],
  ): Promise<DossierAction[]> {
    if (actor.kind !== 'user') return [];
    const now = clock();
    const calendar = await calendarAround(deps, [now]);
    const who = { id: actor.id, role: actor.role, enterpriseId: actor.scope.enterpriseId };
    const probe: Record<string, Command> = {
      consultation_answered: {
        action: 'consultation_answered',
        consultationSeq: openConsultations(view)[0]?.seq ?? -1,
        answer: '-',
      },
      start_step: {
        action: 'start_step',
        step:
          steps.find((s) => !view.events.some((e) => e.type === 'finish_step' && e.payload.step === s.key))?.key ?? '',
      },
      finish_step: { action: 'finish_step', step: row.currentStep ?? '' },
    };
    return DOSSIER_ACTIONS.filter((a) => {
      if (a === 'submit_online' || !ALLOWED_FROM[a].includes(view.state)) return false;
      const cmd =
        probe[a] ??
        ({
          action: a,
          reason: '-',
          note: '-',
          unit: row.unit === 'one_stop' ? 'investment' : 'one_stop',
          officerId: '-',
          body: '-',
          deadline: '9999-12-31',
          question: '-',
          result: 'granted',
          newDueAt: new Date((row.dueAt?.getTime() ?? now.getTime()) + 7 * 86_400_000),
        } as unknown as Command);
      try {
        planTransition(view, cmd, who, { now, calendar, rules: rulesFor(row.channel), steps });
        return true;
      } catch (e) {
        // A refused rule (422: the notice period passed) hides the button; so do 403 and 409.
        return !(e instanceof AppError);
      }
    });
  }
}
