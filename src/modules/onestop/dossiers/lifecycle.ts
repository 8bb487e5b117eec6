/**
 * The dossier lifecycle as one pure function: given the dossier as it stands (with its events),
 * a command and who gives it, either the plan of the transition (new state, what changes, the
 * event's payload) or a bilingual refusal: 403 for the wrong person, 409 for an action the state
 * does not allow, 422 for a legal rule broken (the 3-working-day supplement notice, the one
 * extension at least one working day before the due date…). The service writes the plan.
 */
import { localDateOf, localInstant, parseClock, type WorkingCalendar } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import type { ClockRules, TimeLimit } from '../clock';
import { assertMayDo, type LifecycleActor } from './permissions';
import {
  BOARD_UNIT_LABELS,
  type BoardUnit,
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATE_LABELS,
  type DossierAction,
  type DossierChannel,
  type DossierResult,
  type DossierState,
} from './states';

export type DossierEventView = {
  seq: number;
  type: DossierAction;
  at: Date;
  fromState: DossierState | null;
  toState: DossierState;
  payload: Record<string, unknown>;
};

export type DossierView = {
  state: DossierState;
  channel: DossierChannel;
  applicantEnterpriseId: string | null;
  officerId: string | null;
  unit: BoardUnit;
  currentStep: string | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  extensions: number;
  events: readonly DossierEventView[];
};

export type Command =
  | { action: 'receive' }
  | { action: 'request_supplement_at_receipt'; reason: string }
  | { action: 'refuse_at_receipt'; reason: string }
  | { action: 'supply'; note?: string }
  | { action: 'transfer'; unit: BoardUnit }
  | { action: 'assign'; officerId: string }
  | { action: 'start_step'; step: string }
  | { action: 'finish_step'; step: string }
  | { action: 'consult'; body: string; deadline: string; question: string }
  | { action: 'consultation_answered'; consultationSeq: number; answer: string }
  | { action: 'request_supplement'; reason: string }
  | { action: 'extend'; newDueAt: Date; reason: string }
  | { action: 'stop'; reason: string }
  | { action: 'withdraw'; reason: string }
  | { action: 'decide'; result: DossierResult; note: string }
  | { action: 'return_result' };

export type LifecycleContext = {
  now: Date;
  calendar: WorkingCalendar;
  rules: ClockRules;
  /** The steps of the dossier's case in its procedure version, with their budgets. */
  steps: readonly { key: string; budget: TimeLimit }[];
};

export type Plan = {
  to: DossierState;
  reason: string | null;
  payload: Record<string, unknown>;
  /** Row fields the transition changes. */
  patch: Partial<{
    unit: BoardUnit;
    officerId: string | null;
    currentStep: string | null;
    result: DossierResult;
    resultNote: string;
  }>;
};

/** From which states each action may be taken (the rest answer 409). */
export const ALLOWED_FROM: Record<Exclude<DossierAction, 'submit_online'>, readonly DossierState[]> = {
  receive: ['submitted', 'supplement_at_receipt'],
  request_supplement_at_receipt: ['submitted'],
  refuse_at_receipt: ['submitted', 'supplement_at_receipt'],
  supply: ['supplement_at_receipt', 'supplement_in_process'],
  transfer: ['received', 'in_process'],
  assign: ['received', 'in_process'],
  start_step: ['in_process'],
  finish_step: ['in_process'],
  consult: ['in_process'],
  consultation_answered: ['in_process', 'supplement_in_process'],
  request_supplement: ['in_process'],
  extend: ['received', 'in_process'],
  stop: ['received', 'in_process', 'supplement_in_process'],
  withdraw: ['submitted', 'supplement_at_receipt', 'received', 'in_process', 'supplement_in_process'],
  decide: ['in_process'],
  return_result: ['decided'],
};

/** Working days after receipt within which a supplement may be asked during appraisal (Art. 19(4)). */
export const SUPPLEMENT_NOTICE_WORKING_DAYS = 3;

const conflict = (vi: string, en: string) => new AppError('CONFLICT', vi, en);
const rule = (vi: string, en: string, field?: string) =>
  new AppError('UNPROCESSABLE', vi, en, field ? { [field]: { message: vi, messageEn: en } } : undefined);
const required = (value: string | undefined, field: string) => {
  if (!value || value.trim() === '') {
    throw new AppError('VALIDATION_FAILED', 'Cần ghi rõ lý do.', 'A reason is required.', {
      [field]: { message: 'Cần ghi rõ lý do.', messageEn: 'A reason is required.' },
    });
  }
  return value.trim();
};

export const hasEvent = (d: Pick<DossierView, 'events'>, type: DossierAction) => d.events.some((e) => e.type === type);

/** Consultations asked and not yet answered, with their deadlines. */
export function openConsultations(d: Pick<DossierView, 'events'>) {
  const answered = new Set(
    d.events.filter((e) => e.type === 'consultation_answered').map((e) => e.payload.consultationSeq),
  );
  return d.events
    .filter((e) => e.type === 'consult' && !answered.has(e.seq))
    .map((e) => ({ seq: e.seq, body: String(e.payload.body), deadline: String(e.payload.deadline), at: e.at }));
}

/**
 * By when a unit must hand a paper dossier on (Art. 18): the same working day when it came before
 * the cut-off, else the end of the next working day's first office period ("đầu giờ").
 */
export function handoverDueBy(since: Date, calendar: WorkingCalendar, rules: ClockRules): Date {
  const office = rules.officeHours;
  const last = office[office.length - 1]!;
  const first = office[0]!;
  const day = localDateOf(since);
  const minute = (since.getTime() - localInstant(day).getTime()) / 60_000;
  const cutoff = rules.receiptCutoff ? parseClock(rules.receiptCutoff) : parseClock(last.to);
  if (calendar.isWorkingDay(day) && minute <= cutoff) return localInstant(day, last.to);
  return localInstant(calendar.nextWorkingDay(day), first.to);
}

/** The moment the current unit got the dossier: its last receipt or transfer. */
function heldSince(d: DossierView): Date | null {
  const last = [...d.events].reverse().find((e) => e.type === 'receive' || e.type === 'transfer');
  return last?.at ?? d.receivedAt;
}

export function planTransition(d: DossierView, cmd: Command, actor: LifecycleActor, ctx: LifecycleContext): Plan {
  assertMayDo(actor, cmd.action, d);
  if (!ALLOWED_FROM[cmd.action].includes(d.state)) {
    const a = DOSSIER_ACTION_LABELS[cmd.action];
    const s = DOSSIER_STATE_LABELS[d.state];
    throw conflict(
      `Không thể "${a.vi.toLowerCase()}" khi hồ sơ ở trạng thái "${s.vi}".`,
      `Cannot "${a.en.toLowerCase()}" while the dossier is "${s.en}".`,
    );
  }
  const { now, calendar } = ctx;
  const plan = (to: DossierState, payload: Record<string, unknown> = {}, reason: string | null = null) =>
    ({ to, payload, reason, patch: {} }) as Plan;

  switch (cmd.action) {
    case 'receive':
      return plan('received');
    case 'request_supplement_at_receipt':
      if (hasEvent(d, 'request_supplement_at_receipt')) {
        throw conflict(
          'Đã yêu cầu bổ sung một lần khi tiếp nhận; yêu cầu phải đầy đủ ngay từ lần đầu. Hãy tiếp nhận hoặc từ chối.',
          'A supplement was already requested once at receipt, and it must be complete the first time. Receive or refuse.',
        );
      }
      return plan('supplement_at_receipt', {}, required(cmd.reason, 'body.reason'));
    case 'refuse_at_receipt':
      return plan('refused_at_receipt', {}, required(cmd.reason, 'body.reason'));
    case 'supply': {
      const to = d.state === 'supplement_at_receipt' ? 'submitted' : 'in_process';
      return plan(to, {}, cmd.note?.trim() || null);
    }
    case 'transfer': {
      if (cmd.unit === d.unit) {
        throw rule('Hồ sơ đang ở đơn vị này.', 'The dossier is already with this unit.', 'body.unit');
      }
      const since = heldSince(d) ?? now;
      const dueBy = d.channel === 'online' ? null : handoverDueBy(since, calendar, ctx.rules);
      const p = plan(d.state, {
        fromUnit: d.unit,
        toUnit: cmd.unit,
        toUnitName: BOARD_UNIT_LABELS[cmd.unit].vi,
        handoverDueBy: dueBy?.toISOString() ?? null,
        handoverLate: dueBy ? now.getTime() > dueBy.getTime() : false,
      });
      p.patch = { unit: cmd.unit, officerId: null };
      return p;
    }
    case 'assign': {
      const p = plan('in_process', { officerId: cmd.officerId, previousOfficerId: d.officerId });
      p.patch = { officerId: cmd.officerId };
      return p;
    }
    case 'start_step': {
      const step = ctx.steps.find((s) => s.key === cmd.step);
      if (!step)
        throw rule(`Thủ tục không có bước "${cmd.step}".`, `The procedure has no step "${cmd.step}".`, 'body.step');
      if (d.currentStep) {
        throw conflict(
          `Bước "${d.currentStep}" chưa hoàn thành.`,
          `Step "${d.currentStep}" has not been finished yet.`,
        );
      }
      if (d.events.some((e) => e.type === 'finish_step' && e.payload.step === cmd.step)) {
        throw conflict(`Bước "${cmd.step}" đã hoàn thành.`, `Step "${cmd.step}" is already finished.`);
      }
      const p = plan('in_process', { step: step.key, budget: step.budget });
      p.patch = { currentStep: step.key };
      return p;
    }
    case 'finish_step': {
      if (d.currentStep !== cmd.step) {
        throw conflict(`Bước "${cmd.step}" không đang được xử lý.`, `Step "${cmd.step}" is not the open step.`);
      }
      const p = plan('in_process', { step: cmd.step });
      p.patch = { currentStep: null };
      return p;
    }
    case 'consult': {
      const today = localDateOf(now);
      if (cmd.deadline < today) {
        throw rule(
          'Hạn trả lời không được trước hôm nay.',
          'The reply deadline cannot be before today.',
          'body.deadline',
        );
      }
      const body = required(cmd.body, 'body.body');
      return plan('in_process', { body, deadline: cmd.deadline, question: cmd.question.trim() });
    }
    case 'consultation_answered': {
      const open = openConsultations(d).find((c) => c.seq === cmd.consultationSeq);
      if (!open) {
        throw rule(
          'Không có yêu cầu lấy ý kiến đang chờ trả lời với số thứ tự này.',
          'No open consultation has this number.',
          'body.consultationSeq',
        );
      }
      const late = localDateOf(now) > open.deadline;
      return plan(d.state, { consultationSeq: open.seq, body: open.body, answer: cmd.answer.trim(), late });
    }
    case 'request_supplement': {
      if (hasEvent(d, 'request_supplement')) {
        throw conflict(
          'Chỉ được yêu cầu bổ sung một lần trong quá trình thẩm định, đầy đủ ngay từ lần đầu.',
          'A supplement may be requested only once during appraisal, complete the first time.',
        );
      }
      const days = calendar.workingDaysBetween(localDateOf(d.receivedAt!), localDateOf(now));
      if (days > SUPPLEMENT_NOTICE_WORKING_DAYS) {
        throw rule(
          `Đã quá ${SUPPLEMENT_NOTICE_WORKING_DAYS} ngày làm việc kể từ khi tiếp nhận (${days} ngày): không còn được yêu cầu bổ sung.`,
          `More than ${SUPPLEMENT_NOTICE_WORKING_DAYS} working days have passed since receipt (${days}): a supplement can no longer be requested.`,
        );
      }
      return plan('supplement_in_process', { workingDaysAfterReceipt: days }, required(cmd.reason, 'body.reason'));
    }
    case 'extend': {
      if (d.extensions > 0 || hasEvent(d, 'extend')) {
        throw conflict(
          'Hồ sơ đã được gia hạn một lần; không được gia hạn lần thứ hai.',
          'The dossier has already been extended once; a second extension is not allowed.',
        );
      }
      const due = d.dueAt!;
      if (cmd.newDueAt.getTime() <= due.getTime()) {
        throw rule(
          'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
          'The new due date must be after the current one.',
          'body.newDueAt',
        );
      }
      const ahead = calendar.workingDaysBetween(localDateOf(now), localDateOf(due));
      if (ahead < 1) {
        throw rule(
          'Văn bản xin lỗi và đề nghị gia hạn phải gửi chậm nhất 01 ngày làm việc trước ngày hẹn trả.',
          'The apology and extension letter must be sent at least one working day before the due date.',
        );
      }
      return plan(
        d.state,
        { previousDueAt: due.toISOString(), newDueAt: cmd.newDueAt.toISOString() },
        required(cmd.reason, 'body.reason'),
      );
    }
    case 'stop':
      return plan('stopped', {}, required(cmd.reason, 'body.reason'));
    case 'withdraw':
      return plan('withdrawn', {}, required(cmd.reason, 'body.reason'));
    case 'decide': {
      const open = openConsultations(d);
      if (open.length > 0) {
        throw conflict(
          `Còn ${open.length} ý kiến của cơ quan liên quan chưa trả lời (${open.map((c) => c.body).join(', ')}).`,
          `${open.length} consultation(s) are still unanswered (${open.map((c) => c.body).join(', ')}).`,
        );
      }
      const note = cmd.result === 'refused' ? required(cmd.note, 'body.note') : cmd.note.trim();
      const p = plan('decided', { result: cmd.result }, cmd.result === 'refused' ? note : null);
      p.patch = { result: cmd.result, resultNote: note, currentStep: null };
      return p;
    }
    case 'return_result':
      return plan('returned');
  }
}
