/**
 * A dossier row and its events as the KPIs read them: the due date in force over time (receipt,
 * a restart or shift after a supplement, the extension), the supplement pauses, how it ended, and
 * the time it took in the unit of its limit (working days, or days for limits in "ngày"), pauses
 * excluded. A decision to refuse after appraisal counts as returned ("trả lại"), not as finished.
 * Pure given the working calendar.
 */
import type { OfficeHours, WorkingCalendar } from '../../../kernel/calendar';
import { officeDayMinutes, type TimeLimit, timelinessByDate } from '../clock';
import type { ProcedureVersion } from '../contract';
import { BOARD_UNIT_LABELS, type BoardUnit } from '../dossiers/states';
import type { DossierEventRecord, DossierRecord } from '../tracking/dossier-reads';
import type { KpiChannel, KpiDossier, KpiOutcome } from './types';

const DAY_MS = 86_400_000;

const isoDate = (v: unknown): Date | null =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;

/** The time limit that applies to the dossier: its case's, the online one for online dossiers. */
export function limitOf(row: DossierRecord, version: ProcedureVersion): TimeLimit | null {
  const c = version.cases.find((x) => x.key === row.caseKey) ?? version.cases[0];
  if (!c) return null;
  return row.channel === 'online' && c.onlineLimit ? c.onlineLimit : c.limit;
}

/** A limit in its own day unit: working days (hours as a share of the office day) or calendar days. */
export function limitInDays(limit: TimeLimit, office: OfficeHours): number {
  switch (limit.unit) {
    case 'working_day':
    case 'calendar_day':
      return limit.amount;
    case 'working_hour':
      return (limit.amount * 60) / officeDayMinutes(office);
    case 'same_day':
      return 1;
  }
}

export function dueHistoryOf(row: DossierRecord, events: readonly DossierEventRecord[]) {
  const history: { from: Date; dueAt: Date }[] = [];
  const push = (from: Date, dueAt: Date | null) => {
    if (dueAt && history[history.length - 1]?.dueAt.getTime() !== dueAt.getTime()) history.push({ from, dueAt });
  };
  if (row.receivedAt) push(row.receivedAt, row.originalDueAt ?? row.dueAt);
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    if (e.type === 'extend') push(e.at, isoDate(p.newDueAt));
    else push(e.at, isoDate(p.dueAt));
  }
  // Rows whose events carry no due dates still end on the due date in force now.
  const last = history[history.length - 1];
  if (row.dueAt && last && last.dueAt.getTime() !== row.dueAt.getTime()) {
    const changed = [...events].reverse().find((e) => e.type === 'extend' || e.type === 'supply');
    push(changed?.at ?? last.from, row.dueAt);
  }
  return history;
}

export function pausesOf(events: readonly DossierEventRecord[]): { from: Date; to: Date | null }[] {
  const pauses: { from: Date; to: Date | null }[] = [];
  for (const e of events) {
    if (e.type === 'request_supplement') pauses.push({ from: e.at, to: null });
    else if (e.type === 'supply' && e.fromState === 'supplement_in_process') {
      const open = pauses[pauses.length - 1];
      if (open && open.to === null) open.to = e.at;
    }
  }
  return pauses;
}

function endOf(row: DossierRecord, events: readonly DossierEventRecord[]): KpiDossier['end'] {
  const lastAt = events[events.length - 1]?.at ?? row.updatedAt;
  const at = row.finishedAt ?? lastAt;
  switch (row.state) {
    case 'decided':
    case 'returned': {
      if (row.result === 'refused') return { at, outcome: 'returned', timeliness: null };
      const timeliness =
        (row.timeliness as 'early' | 'on_time' | 'late' | null) ?? (row.dueAt ? timelinessByDate(at, row.dueAt) : null);
      return { at, outcome: 'finished', timeliness };
    }
    case 'withdrawn':
    case 'stopped':
      return { at, outcome: row.state as KpiOutcome, timeliness: null };
    default:
      return null;
  }
}

/** Null for a dossier never received (submitted online, refused or incomplete at the desk): no clock, no KPI. */
export function kpiDossierOf(
  row: DossierRecord,
  events: readonly DossierEventRecord[],
  version: ProcedureVersion,
  officerNames: ReadonlyMap<string, string>,
  calendar: WorkingCalendar,
  office: OfficeHours,
): KpiDossier | null {
  if (!row.receivedAt) return null;
  const assigned = [...events].reverse().find((e) => e.type === 'assign');
  const officerId =
    row.officerId ?? ((assigned?.payload as Record<string, unknown> | undefined)?.officerId as string) ?? null;
  const pauses = pausesOf(events);
  const end = endOf(row, events);
  const limit = limitOf(row, version);
  let processingDays: number | null = null;
  if (end?.outcome === 'finished' && limit) {
    if (limit.unit === 'calendar_day') {
      const paused = pauses.reduce((s, p) => s + ((p.to ?? end.at).getTime() - p.from.getTime()), 0);
      processingDays = (end.at.getTime() - row.receivedAt.getTime() - paused) / DAY_MS;
    } else {
      const paused = pauses.reduce((s, p) => s + calendar.workingMinutesBetween(p.from, p.to ?? end.at, office), 0);
      const minutes = calendar.workingMinutesBetween(row.receivedAt, end.at, office) - paused;
      processingDays = Math.max(0, minutes) / officeDayMinutes(office);
    }
  }
  return {
    procedure: { id: row.procedureCode, name: version.nameVi },
    unit: { id: row.unit, name: BOARD_UNIT_LABELS[row.unit as BoardUnit]?.vi ?? row.unit },
    officer: officerId ? { id: officerId, name: officerNames.get(officerId) ?? officerId } : null,
    channel: row.channel as KpiChannel,
    receivedAt: row.receivedAt,
    dueHistory: dueHistoryOf(row, events),
    pauses,
    end,
    processingDays,
    limitDays: end?.outcome === 'finished' && limit ? limitInDays(limit, office) : null,
    extended: row.extensions > 0,
    supplemented: events.some((e) => e.type === 'request_supplement'),
  };
}
