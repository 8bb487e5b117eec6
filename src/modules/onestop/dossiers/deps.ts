/**
 * What the dossier use cases share: their dependencies, the row ↔ lifecycle view mapping and the
 * clock of one dossier on the stored working calendar.
 */
import { asc, eq } from 'drizzle-orm';
import { localDateOf, type WorkingCalendar } from '../../../kernel/calendar';
import { AppError, notFound } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Db, DbOrTx } from '../../../platform/db/client';
import { type ClockReading, type ClockRules, computeClock, DEFAULT_CLOCK_RULES } from '../clock';
import type { ProcedureField, ProcedureVersion } from '../contract';
import { procedureVersions } from '../schema';
import { clockEventsOf } from './clock-events';
import type { DossierEventView, DossierView } from './lifecycle';
import type { ResultWriter } from './registry-results';
import { dossierEvents, dossiers } from './schema';
import type { BoardUnit, DossierAction, DossierChannel, DossierState } from './states';

export type DossierRow = typeof dossiers.$inferSelect;
export type EventRow = typeof dossierEvents.$inferSelect;

export type DossierDeps = {
  db: Db;
  clock: () => Date;
  calendar: { workingCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> };
  /** Whether a province code is a province on that day (geo). */
  provinceInForce: (code: string, date: string) => Promise<boolean | null>;
  /** Called before a writing transaction that may reach the registry (loads what reads outside it). */
  beforeRegistryWrite: () => Promise<unknown>;
  /** Registry writers per procedure field: investment certificates now, eco certification later. */
  resultWriters: Partial<Record<ProcedureField, ResultWriter>>;
};

export const yearOf = (d: Date) => Number(localDateOf(d).slice(0, 4));

/** The working calendar for the years a dossier's clock can touch (a year before, two after). */
export async function calendarAround(deps: DossierDeps, instants: Date[]): Promise<WorkingCalendar> {
  const years = instants.map(yearOf);
  return deps.calendar.workingCalendar(Math.min(...years) - 1, Math.max(...years) + 2);
}

/** Board roles see their province's dossiers; enterprises their own; the ministry all. */
export function assertCanRead(actor: Actor, row: Pick<DossierRow, 'provinceCode' | 'applicantEnterpriseId'>) {
  authorize(actor, 'dossier:read');
  if (actor.kind !== 'user') return;
  const own =
    actor.role === 'enterprise'
      ? actor.scope.enterpriseId !== null && actor.scope.enterpriseId === row.applicantEnterpriseId
      : actor.role === 'ministry' || actor.scope.provinceCode === row.provinceCode;
  // Not found rather than forbidden: a code must not reveal another applicant's dossier.
  if (!own) throw notFound('hồ sơ', 'Dossier');
}

export async function loadDossier(tx: DbOrTx, id: string, lock = false): Promise<DossierRow> {
  const q = tx.select().from(dossiers).where(eq(dossiers.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('hồ sơ', 'Dossier');
  return row;
}

export async function loadEvents(tx: DbOrTx, id: string): Promise<EventRow[]> {
  return tx.select().from(dossierEvents).where(eq(dossierEvents.dossierId, id)).orderBy(asc(dossierEvents.seq));
}

export async function loadVersion(tx: DbOrTx, id: string): Promise<{ version: number; definition: ProcedureVersion }> {
  const [row] = await tx
    .select({ version: procedureVersions.version, definition: procedureVersions.definition })
    .from(procedureVersions)
    .where(eq(procedureVersions.id, id));
  if (!row) throw notFound('phiên bản thủ tục', 'Procedure version');
  return { version: row.version, definition: row.definition as ProcedureVersion };
}

export const eventView = (e: EventRow): DossierEventView => ({
  seq: e.seq,
  type: e.type as DossierAction,
  at: e.at,
  fromState: e.fromState as DossierState | null,
  toState: e.toState as DossierState,
  payload: e.payload as Record<string, unknown>,
});

export const lifecycleView = (row: DossierRow, events: EventRow[]): DossierView => ({
  state: row.state as DossierState,
  channel: row.channel as DossierChannel,
  applicantEnterpriseId: row.applicantEnterpriseId,
  officerId: row.officerId,
  unit: row.unit as BoardUnit,
  currentStep: row.currentStep,
  receivedAt: row.receivedAt,
  dueAt: row.dueAt,
  extensions: row.extensions,
  events: events.map(eventView),
});

/** The case of the version a dossier follows (its limit and steps). */
export function caseOf(v: ProcedureVersion, caseKey: string) {
  const c = v.cases.find((x) => x.key === caseKey);
  if (!c) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Thủ tục không có trường hợp "${caseKey}".`,
      `The procedure has no case "${caseKey}".`,
      { 'body.caseKey': { message: 'Trường hợp không hợp lệ.', messageEn: 'Unknown case.' } },
    );
  }
  return { ...c, steps: c.steps ?? v.steps };
}

/** Paper dossiers reach the unit the next morning after 15:00; online ones are handed over electronically. */
export const rulesFor = (channel: string): ClockRules =>
  channel === 'online' ? { ...DEFAULT_CLOCK_RULES, receiptCutoff: null } : DEFAULT_CLOCK_RULES;

/** The dossier's legal clock now, or null before receipt. */
export function clockOf(
  row: Pick<DossierRow, 'channel' | 'caseKey' | 'resumeMode'>,
  version: ProcedureVersion,
  events: DossierEventView[],
  now: Date,
  calendar: WorkingCalendar,
): ClockReading | null {
  const clockEvents = clockEventsOf(events, row.resumeMode as 'restart' | 'shift');
  if (clockEvents.length === 0) return null;
  const c = caseOf(version, row.caseKey);
  const limit = row.channel === 'online' ? (c.onlineLimit ?? c.limit) : c.limit;
  return computeClock({ limit, events: clockEvents, now, calendar, rules: rulesFor(row.channel) });
}
