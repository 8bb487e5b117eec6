/**
 * When and how a demo report went through its lifecycle (draft → pending → accepted, sometimes a
 * revision request, a reopened period or a ×1000 unit slip), as dated events by the enterprise and
 * the Board. Pure: drawn from the report's own random stream. Nothing happens on or after
 * `today` (events stop the day before), so the current period shows reports in every state.
 */
import { fromDayNumber, localDayStartMs, MS_PER_MINUTE, toDayNumber } from '../../kernel/calendar/local-time';
import type { ReportingWindow } from '../../modules/reporting/period-state';
import type { Rng } from './random';

export type DemoReportStatus = 'draft' | 'pending' | 'accepted' | 'revision_requested';
export type DemoReportAction = 'create' | 'submit' | 'resubmit' | 'accept' | 'request_revision';

/** How the period stands for the demo: its window still open, the latest closed one, or older. */
export type PeriodStanding = 'open' | 'recent' | 'old';

/** The shares of each fate, by standing: almost all accepted, the recent period less settled. */
export const FATES = {
  old: { missing: 0.004, late: 0.012, revised: 0.02 },
  recent: { missing: 0.025, draft: 0.015, late: 0.02, pending: 0.06, revision: 0.02, implausible: 0.012 },
  open: { draft: 0.35, revision: 0.02, implausible: 0.012 },
} as const;

export type Plan = {
  status: DemoReportStatus | null;
  created: Date;
  steps: { at: Date; action: DemoReportAction; by: 'enterprise' | 'board' }[];
  firstSubmittedAt: Date | null;
  acceptedAt: Date | null;
  /** Filed after the deadline, through a period the Board reopened. */
  reopening: { on: string; until: string } | null;
  /** The figure slipped ×1000: 'pending' (confirmed, awaiting the Board), 'revision' (sent back), 'fixed' (corrected, accepted). */
  slip: 'pending' | 'revision' | 'fixed' | null;
};

/** The fate whose share `u` (uniform in [0, 1)) falls in, in the order given; past them all, accepted. */
function fateOf<K extends string>(shares: Readonly<Record<K, number>>, u: number): K | 'accepted' {
  let edge = 0;
  for (const [fate, share] of Object.entries(shares) as [K, number][]) {
    edge += share;
    if (u < edge) return fate;
  }
  return 'accepted';
}

/** An instant in office hours (08:00–16:59, Hà Nội) on a day number. */
const at = (day: number, rng: Rng) => new Date(localDayStartMs(day) + rng.int(8 * 60, 17 * 60 - 1) * MS_PER_MINUTE);

/**
 * The plan of one report, or a plan with a null status when the enterprise never filed.
 * `todayDay` is the loader's Hà Nội date as a day number; the window comes from the reporting schedules.
 */
export type WindowDays = { open: number; deadline: number };
export const windowDays = (w: ReportingWindow): WindowDays => ({
  open: toDayNumber(w.opensOn),
  deadline: toDayNumber(w.deadline),
});

export function planReport(rng: Rng, window: WindowDays, standing: PeriodStanding, todayDay: number): Plan {
  const { open, deadline } = window;
  const last = todayDay - 1;
  const none: Plan = {
    status: null,
    created: at(open, rng),
    steps: [],
    firstSubmittedAt: null,
    acceptedAt: null,
    reopening: null,
    slip: null,
  };
  if (last < open) return none;
  const u = rng.next();
  const steps: Plan['steps'] = [];
  const lastInWindow = Math.min(deadline, last);
  const createDay = rng.int(open, Math.max(open, lastInWindow - 1));
  const created = at(createDay, rng);
  steps.push({ at: created, action: 'create', by: 'enterprise' });
  const plan = (status: DemoReportStatus | null, extra: Partial<Plan> = {}): Plan => ({
    ...none,
    status,
    created,
    steps,
    firstSubmittedAt: steps.find((s) => s.action === 'submit')?.at ?? null,
    acceptedAt: steps.find((s) => s.action === 'accept')?.at ?? null,
    ...extra,
  });
  /** A step on `day`, after the previous one (a few minutes later when both fall on the same day). */
  const step = (day: number, action: DemoReportAction, by: 'enterprise' | 'board') => {
    const previous = steps.at(-1)!.at.getTime();
    const time = at(day, rng).getTime();
    steps.push({ at: new Date(time > previous ? time : previous + rng.int(5, 90) * MS_PER_MINUTE), action, by });
    return day;
  };
  /** Submitted on `day`; accepted some days later if that day has come, else still pending. */
  const submitThenAccept = (day: number, acceptBy: number, slip: Plan['slip'] = null) => {
    step(day, 'submit', 'enterprise');
    const accept = Math.min(acceptBy, day + rng.int(0, 4));
    if (accept > last || accept < day) return plan('pending', { slip });
    step(accept, 'accept', 'board');
    return plan('accepted', { slip });
  };
  const submitDay = () => rng.int(createDay, Math.max(createDay, lastInWindow));

  if (standing === 'open') {
    const f = FATES.open;
    // Most file in the last days of the window: a day drawn towards the deadline.
    const day = createDay + Math.floor((deadline - createDay + 1) * rng.next() ** 0.6);
    if (day > last) return rng.chance(f.draft) ? plan('draft') : none;
    if (u < f.implausible) {
      step(day, 'submit', 'enterprise');
      return plan('pending', { slip: 'pending' });
    }
    if (u < f.implausible + f.revision && day + 1 <= last) {
      step(day, 'submit', 'enterprise');
      step(day + 1, 'request_revision', 'board');
      return plan('revision_requested');
    }
    return submitThenAccept(day, last);
  }

  const lateFile = (acceptUntil: number) => {
    const reopenedOn = Math.min(last, deadline + rng.int(5, 45));
    if (reopenedOn <= deadline) return null;
    const until = reopenedOn + rng.int(10, 30);
    const day = Math.min(last, reopenedOn + rng.int(1, until - reopenedOn));
    if (day <= deadline) return null;
    const reopening = { on: fromDayNumber(reopenedOn), until: fromDayNumber(until) };
    return { ...submitThenAccept(day, acceptUntil), reopening };
  };

  if (standing === 'recent') {
    const fate = fateOf(FATES.recent, u);
    if (fate === 'missing') return none;
    if (fate === 'draft') return plan('draft');
    if (fate === 'late') return lateFile(rng.chance(0.5) ? last : 0) ?? plan('draft');
    const day = submitDay();
    if (fate === 'accepted') return submitThenAccept(day, deadline);
    step(day, 'submit', 'enterprise');
    if (fate === 'pending') return plan('pending');
    // A ×1000 figure, confirmed by the enterprise to get past the warning: awaiting the Board, or sent back.
    if (fate === 'implausible' && rng.chance(0.6)) return plan('pending', { slip: 'pending' });
    step(Math.min(last, day + rng.int(1, 6)), 'request_revision', 'board');
    return plan('revision_requested', { slip: fate === 'implausible' ? 'revision' : null });
  }

  const f = FATES.old;
  if (u < f.missing) return none;
  if (u < f.missing + f.late) return lateFile(last) ?? submitThenAccept(submitDay(), deadline);
  const day = submitDay();
  if (u < f.missing + f.late + f.revised) {
    // Sent back once, fixed and accepted; one in six was a ×1000 slip the Board caught.
    step(day, 'submit', 'enterprise');
    const asked = step(day + rng.int(0, 2), 'request_revision', 'board');
    const again = step(asked + rng.int(1, 4), 'resubmit', 'enterprise');
    step(again + rng.int(0, 2), 'accept', 'board');
    return plan('accepted', { slip: rng.chance(1 / 6) ? 'fixed' : null });
  }
  return submitThenAccept(day, deadline);
}
