/**
 * Types of the legal clock of a one-stop dossier. Instants are JS `Date`s read in
 * Asia/Ho_Chi_Minh local time (UTC+7, no daylight saving); clock times are local `HH:MM`.
 */
import type { OfficeHours } from '../../../kernel/calendar';

/**
 * A published time limit (thời hạn giải quyết) of one case of a procedure. Working days and
 * working hours count only office time; calendar days ("ngày") count every day but end on a
 * working day; same-day procedures ("giải quyết trong ngày") are returned by the end of the office
 * day, or of the next working day when received after `cutoff` (Hà Nội procedure 2.000635:
 * "tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo").
 */
export type TimeLimit =
  | { unit: 'working_day' | 'working_hour' | 'calendar_day'; amount: number }
  | { unit: 'same_day'; cutoff: string };

export type ClockRules = {
  /** Office periods of the authority; default 07:00–11:30 and 13:30–17:00 (TD reference system). */
  officeHours: OfficeHours;
  /**
   * A paper dossier received after this local time reaches the processing unit the next working
   * morning (Decree 61/2018 Art. 18, "sau 15 giờ hàng ngày"), so its clock starts then. Null: only
   * office hours move the start.
   */
  receiptCutoff: string | null;
  /** Working minutes left under which an open clock is "due soon"; default one working day. */
  dueSoonMinutes?: number;
};

export type PauseReason = 'supplement' | 'consultation' | 'payment' | 'other';
/**
 * How the clock continues after a pause: 'restart' counts the whole limit again from the moment
 * the complete dossier is received (Decree 61/2018 Art. 19(4): "tính lại từ đầu"); 'shift' adds
 * the paused time to the due date (TD reference system, flag SuDungYeuCauBoSungTheoNghiDinh off).
 */
export type ResumeMode = 'restart' | 'shift';

export type ClockEvent =
  | { type: 'received'; at: Date }
  | { type: 'step_started'; at: Date; step: string; budget: TimeLimit }
  | { type: 'step_finished'; at: Date; step: string }
  | { type: 'paused'; at: Date; reason: PauseReason }
  | { type: 'resumed'; at: Date; mode: ResumeMode }
  /** The one allowed extension (Art. 19(9) "không quá một lần"), to the new appointment it states. */
  | { type: 'extended'; at: Date; newDueAt: Date }
  | { type: 'stopped'; at: Date }
  | { type: 'withdrawn'; at: Date }
  | { type: 'finished'; at: Date };

export type ClockState = 'running' | 'paused' | 'finished' | 'stopped' | 'withdrawn';
export type Timeliness = 'early' | 'on_time' | 'late';

export type StepReading = {
  step: string;
  startedAt: Date;
  dueAt: Date;
  budgetMinutes: number;
  elapsedMinutes: number;
  /** Working minutes to the step's due time; negative once late. */
  remainingMinutes: number;
  finishedAt: Date | null;
  /** Control slip rule (Phiếu kiểm soát): spent < budget early, = on time, > late. */
  timeliness: Timeliness | null;
};

export type ClockReading = {
  state: ClockState;
  receivedAt: Date;
  /** When the legal time started (or last restarted) to run. */
  startedAt: Date;
  /** The due date-time as first computed at receipt (the appointment on the receipt slip). */
  originalDueAt: Date;
  dueAt: Date;
  /** Office minutes the limit allows from `startedAt`, including the extension. */
  budgetMinutes: number;
  /** Office minutes the clock has run since `startedAt` (paused time excluded). */
  elapsedMinutes: number;
  /** Office minutes from now (or from the pause / the end) to the due time; negative when late. */
  remainingMinutes: number;
  /** Office minutes spent paused, over the whole dossier. */
  pausedMinutes: number;
  restarts: number;
  extended: boolean;
  /** Whether the extension was asked at least one working day before the due date it replaced. */
  extensionInTime: boolean | null;
  dueSoon: boolean;
  overdue: boolean;
  endedAt: Date | null;
  /** At finish only: compared at date granularity (Decision 766 progress indicator, TD code). */
  timeliness: Timeliness | null;
  currentStep: StepReading | null;
  steps: StepReading[];
};
