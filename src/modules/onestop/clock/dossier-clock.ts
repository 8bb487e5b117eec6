/**
 * The legal clock of one dossier: folds its events (received, steps, pauses, the extension, the
 * end) into due dates and elapsed / remaining office time. Pure: the caller passes the working
 * calendar, the rules and "now". The deadline clock was the main bug class of Vietnam's open-source
 * one-stop core (OpenCPS #354, #1080, #1254), hence one function, fed only by events.
 */
import { localDateOf, type WorkingCalendar } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import { clockStart, DEFAULT_CLOCK_RULES, nextOfficeInstant, officeDayMinutes, timelinessByDate } from './deadline';
import { createTimer, type Timer } from './timer';
import type { ClockEvent, ClockReading, ClockRules, ClockState, StepReading, TimeLimit, Timeliness } from './types';

export type ClockInput = {
  limit: TimeLimit;
  events: readonly ClockEvent[];
  now: Date;
  calendar: WorkingCalendar;
  rules?: Partial<ClockRules>;
};

type Step = { step: string; startedAt: Date; timer: Timer; finishedAt: Date | null };

const invalid = (vi: string, en: string) => new AppError('VALIDATION_FAILED', vi, en);
const wrongOrder = (type: string, state: string) =>
  invalid(
    `Sự kiện "${type}" không hợp lệ khi hồ sơ đang ở trạng thái "${state}".`,
    `Event "${type}" is not allowed while the dossier clock is "${state}".`,
  );

export function computeClock(input: ClockInput): ClockReading {
  const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, ...input.rules };
  const { calendar, limit, events, now } = input;
  const office = rules.officeHours;
  const dueSoonMinutes = rules.dueSoonMinutes ?? officeDayMinutes(office);

  const first = events[0];
  if (first?.type !== 'received') {
    throw invalid('Sự kiện đầu tiên phải là tiếp nhận hồ sơ.', 'The first event must be the receipt of the dossier.');
  }
  events.forEach((e, i) => {
    const previous = events[i - 1];
    if (Number.isNaN(e.at.getTime()) || (previous && e.at.getTime() < previous.at.getTime())) {
      throw invalid('Các sự kiện phải theo thứ tự thời gian.', 'Events must be in time order.');
    }
  });

  const receivedAt = first.at;
  const dossier = createTimer(calendar, office, limit, clockStart(calendar, receivedAt, rules));
  const originalDueAt = dossier.due;
  let state: ClockState = 'running';
  let restarts = 0;
  let extensionInTime: boolean | null = null;
  let endedAt: Date | null = null;
  const steps: Step[] = [];
  const openSteps = () => steps.filter((s) => s.finishedAt === null);

  for (const event of events.slice(1)) {
    if (state === 'finished' || state === 'stopped' || state === 'withdrawn') throw wrongOrder(event.type, state);
    switch (event.type) {
      case 'received':
        throw invalid('Hồ sơ chỉ được tiếp nhận một lần.', 'A dossier is received only once.');
      case 'step_started': {
        if (openSteps().some((s) => s.step === event.step)) {
          throw invalid(`Bước "${event.step}" đang được xử lý.`, `Step "${event.step}" is already open.`);
        }
        const timer = createTimer(calendar, office, event.budget, nextOfficeInstant(calendar, event.at, office));
        if (state === 'paused') timer.pause(event.at);
        steps.push({ step: event.step, startedAt: event.at, timer, finishedAt: null });
        break;
      }
      case 'step_finished': {
        const open = openSteps().find((s) => s.step === event.step);
        if (!open) throw invalid(`Bước "${event.step}" chưa bắt đầu.`, `Step "${event.step}" has not started.`);
        open.timer.stop(event.at);
        open.finishedAt = event.at;
        break;
      }
      case 'paused':
        if (state !== 'running') throw wrongOrder(event.type, state);
        dossier.pause(event.at);
        for (const s of openSteps()) s.timer.pause(event.at);
        state = 'paused';
        break;
      case 'resumed':
        if (state !== 'paused') throw wrongOrder(event.type, state);
        if (event.mode === 'restart') {
          dossier.restart(event.at, clockStart(calendar, event.at, rules));
          restarts++;
        } else {
          dossier.resumeShift(event.at, clockStart(calendar, event.at, rules));
        }
        // Step budgets are internal: waiting time is added back (OpenCPS v2 #1112).
        for (const s of openSteps()) s.timer.resumeShift(event.at, nextOfficeInstant(calendar, event.at, office));
        state = 'running';
        break;
      case 'extended': {
        if (extensionInTime !== null) {
          throw invalid(
            'Chỉ được gia hạn thời gian giải quyết một lần.',
            'The processing time may be extended only once.',
          );
        }
        if (event.newDueAt.getTime() <= dossier.due.getTime()) {
          throw invalid('Ngày hẹn mới phải sau ngày hẹn hiện tại.', 'The new due date must be after the current one.');
        }
        // Art. 19(9): the apology and extension request goes out at least one day before the due date.
        extensionInTime = calendar.workingDaysBetween(localDateOf(event.at), localDateOf(dossier.due)) >= 1;
        dossier.extendTo(event.newDueAt);
        break;
      }
      case 'stopped':
      case 'withdrawn':
      case 'finished':
        dossier.stop(event.at);
        for (const s of openSteps()) {
          s.timer.stop(event.at);
          if (event.type === 'finished') s.finishedAt = event.at;
        }
        state = event.type;
        endedAt = event.at;
        break;
    }
  }

  const reading = dossier.read(now);
  const timeliness: Timeliness | null = state === 'finished' && endedAt ? timelinessByDate(endedAt, dossier.due) : null;
  const stepReadings = steps.map((s) => readStep(s, now));
  const openReadings = stepReadings.filter((s) => s.finishedAt === null);
  const overdue =
    state === 'running'
      ? now.getTime() > dossier.due.getTime()
      : state === 'paused'
        ? reading.ref.getTime() > dossier.due.getTime()
        : timeliness === 'late';
  return {
    state,
    receivedAt,
    startedAt: dossier.startedAt,
    originalDueAt,
    dueAt: dossier.due,
    budgetMinutes: reading.budget,
    elapsedMinutes: reading.elapsed,
    remainingMinutes: reading.remaining,
    pausedMinutes: dossier.pausedTotal,
    restarts,
    extended: extensionInTime !== null,
    extensionInTime,
    dueSoon: state === 'running' && !overdue && reading.remaining <= dueSoonMinutes,
    overdue,
    endedAt,
    timeliness,
    currentStep: openReadings[openReadings.length - 1] ?? null,
    steps: stepReadings,
  };
}

function readStep(s: Step, now: Date): StepReading {
  const { elapsed, remaining, budget } = s.timer.read(now);
  return {
    step: s.step,
    startedAt: s.startedAt,
    dueAt: s.timer.due,
    budgetMinutes: budget,
    elapsedMinutes: elapsed,
    remainingMinutes: remaining,
    finishedAt: s.finishedAt,
    // Control slip (Phiếu kiểm soát): office time spent below the budget early, equal on time, above late.
    timeliness: s.finishedAt === null ? null : remaining > 0 ? 'early' : remaining === 0 ? 'on_time' : 'late',
  };
}
