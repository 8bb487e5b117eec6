/**
 * The one-stop KPIs' input and output. A dossier is summarised by what the counters need: who
 * handles it, how it came in, and its timeline (the due date in force from each moment on, the
 * pauses, the end). The due-date history lets a past period be counted as it stood at its end
 * (a dossier restarted after the period still counts late on the period's last day if it was).
 */
import type { Timeliness } from '../clock';

export type KpiChannel = 'online' | 'in_person' | 'post';
/**
 * How a dossier left the desk: decided ('finished', with timeliness), returned to the applicant
 * without a decision (refused after appraisal, "trả lại"), withdrawn by the applicant (portal
 * code 7) or stopped by the agency (code 8).
 */
export type KpiOutcome = 'finished' | 'returned' | 'withdrawn' | 'stopped';

export type KpiRef = { id: string; name: string };

export type KpiDossier = {
  procedure: KpiRef;
  unit: KpiRef;
  officer: KpiRef | null;
  channel: KpiChannel;
  receivedAt: Date;
  /** The due date-time in force from `from` on, in time order (receipt, restarts, the extension). */
  dueHistory: { from: Date; dueAt: Date }[];
  /** Supplement, consultation or payment waits; `to` null while still paused. */
  pauses: { from: Date; to: Date | null }[];
  end: { at: Date; outcome: KpiOutcome; timeliness: Timeliness | null } | null;
  /** Working days the dossier's clock ran (pauses excluded) and the limit allowed, once decided. */
  processingDays: number | null;
  limitDays: number | null;
  extended: boolean;
  supplemented: boolean;
};

export type KpiGroupBy = 'procedure' | 'unit' | 'officer' | 'channel';

export type KpiCounters = {
  receivedInPeriod: number;
  carriedOver: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPost: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProgressOnTime: number;
  inProgressLate: number;
  pausedOnTime: number;
  pausedLate: number;
  returned: number;
  withdrawn: number;
  stopped: number;
  extended: number;
  supplemented: number;
};

export type KpiFigures = KpiCounters & {
  /** received in the period + carried over: what the desk had to handle. */
  handled: number;
  finished: number;
  /** (early + on time) / finished; null with nothing finished. */
  onTimeRate: number | null;
  averageProcessingDays: number | null;
  averageLimitDays: number | null;
};

export type KpiRow = { key: string; name: string } & KpiFigures;

/**
 * Decision 766/QĐ-TTg indicators that the one-stop records can measure. The group weights are
 * the Decision's (progress 20 points [V]; online services 12 [S, a secondary split]); the points
 * are the rate times the weight, an estimate until the Decision's own sub-indicator scoring is
 * encoded. Groups the records cannot measure (publicity, digitisation, online payment,
 * satisfaction) are listed with `rate: null`.
 */
export type Kpi766Indicator = {
  key: 'progress' | 'online' | 'publicity' | 'digitisation' | 'payment' | 'satisfaction';
  maxPoints: number;
  rate: number | null;
  points: number | null;
};

export type KpiResult = {
  from: string;
  to: string;
  groupBy: KpiGroupBy;
  rows: KpiRow[];
  total: KpiFigures;
  indicators766: Kpi766Indicator[];
};
