import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors';
import { computeClock, DEFAULT_CLOCK_RULES, type ResumeMode } from '../clock';
import { seededCalendar, vn } from '../clock/test-calendar';
import { clockEventsOf } from './clock-events';
import {
  ALLOWED_FROM,
  type Command,
  type DossierEventView,
  type DossierView,
  handoverDueBy,
  type LifecycleContext,
  planTransition,
} from './lifecycle';
import type { LifecycleActor } from './permissions';
import { DOSSIER_STATES, type DossierState } from './states';

const ENT = 'ent-1';
const applicant: LifecycleActor = { id: 'u-ent', role: 'enterprise', enterpriseId: ENT };
const stranger: LifecycleActor = { id: 'u-ent2', role: 'enterprise', enterpriseId: 'ent-2' };
const officer: LifecycleActor = { id: 'u-off', role: 'board_officer', enterpriseId: null };
const otherOfficer: LifecycleActor = { id: 'u-off2', role: 'board_officer', enterpriseId: null };
const leader: LifecycleActor = { id: 'u-lead', role: 'board_leader', enterpriseId: null };

const STEPS = [
  { key: 'appraise', budget: { unit: 'working_day' as const, amount: 3 } },
  { key: 'approve', budget: { unit: 'working_day' as const, amount: 2 } },
];
const LIMIT = { unit: 'working_day' as const, amount: 10 };
const ctxAt = (now: Date): LifecycleContext => ({
  now,
  calendar: seededCalendar,
  rules: DEFAULT_CLOCK_RULES,
  steps: STEPS,
});

const online = (state: DossierState = 'submitted'): DossierView => ({
  state,
  channel: 'online',
  applicantEnterpriseId: ENT,
  officerId: null,
  unit: 'one_stop',
  currentStep: null,
  receivedAt: null,
  dueAt: null,
  extensions: 0,
  events: [
    { seq: 1, type: 'submit_online', at: vn('2026-03-02 08:00'), fromState: null, toState: 'submitted', payload: {} },
  ],
});

/** Applies a command as the service does: plan, append the event, patch, recompute the clock. */
function act(
  d: DossierView,
  cmd: Command,
  actor: LifecycleActor,
  at: string,
  mode: ResumeMode = 'restart',
): DossierView {
  const now = vn(at);
  const plan = planTransition(d, cmd, actor, ctxAt(now));
  const event: DossierEventView = {
    seq: d.events.length + 1,
    type: cmd.action,
    at: now,
    fromState: d.state,
    toState: plan.to,
    payload: plan.payload,
  };
  const events = [...d.events, event];
  const next: DossierView = {
    ...d,
    ...plan.patch,
    state: plan.to,
    events,
    receivedAt: cmd.action === 'receive' ? now : d.receivedAt,
    extensions: d.extensions + (cmd.action === 'extend' ? 1 : 0),
  };
  const clockEvents = clockEventsOf(events, mode);
  if (clockEvents.length > 0) {
    next.dueAt = computeClock({ limit: LIMIT, events: clockEvents, now, calendar: seededCalendar }).dueAt;
  }
  return next;
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, status: e.status, vi: e.message, en: e.messageEn };
    throw e;
  }
  throw new Error('expected a refusal');
};

/** Received at the desk on Monday 2 March 2026 09:00, assigned to the officer. */
const inProcess = () =>
  act(
    act(online(), { action: 'receive' }, officer, '2026-03-02 09:00'),
    { action: 'assign', officerId: officer.id! },
    leader,
    '2026-03-02 10:00',
  );

describe('receipt outcomes', () => {
  it('receives, asks a supplement once, or refuses with a reason', () => {
    expect(act(online(), { action: 'receive' }, officer, '2026-03-02 09:00').state).toBe('received');
    const asked = act(
      online(),
      { action: 'request_supplement_at_receipt', reason: 'Thiếu báo cáo tài chính' },
      officer,
      '2026-03-02 09:00',
    );
    expect(asked.state).toBe('supplement_at_receipt');
    const supplied = act(asked, { action: 'supply' }, applicant, '2026-03-03 09:00');
    expect(supplied.state).toBe('submitted');
    // Once and fully: a second request at receipt is refused.
    const again = refusal(() =>
      planTransition(
        supplied,
        { action: 'request_supplement_at_receipt', reason: 'x' },
        officer,
        ctxAt(vn('2026-03-03 10:00')),
      ),
    );
    expect(again.status).toBe(409);
    expect(again.en).toMatch(/once/);
    expect(
      act(supplied, { action: 'refuse_at_receipt', reason: 'Không thuộc thẩm quyền' }, officer, '2026-03-03 10:00')
        .state,
    ).toBe('refused_at_receipt');
  });

  it('needs a reason to refuse or to ask a supplement (400 on the field)', () => {
    const r = refusal(() =>
      planTransition(online(), { action: 'refuse_at_receipt', reason: '  ' }, officer, ctxAt(vn('2026-03-02 09:00'))),
    );
    expect(r.status).toBe(400);
  });
});

describe('who may do what', () => {
  it('the applicant enterprise acts only on its own online dossier; the desk never for it', () => {
    const asked = act(
      online(),
      { action: 'request_supplement_at_receipt', reason: 'Thiếu' },
      officer,
      '2026-03-02 09:00',
    );
    expect(
      refusal(() => planTransition(asked, { action: 'supply' }, stranger, ctxAt(vn('2026-03-03 09:00')))).status,
    ).toBe(403);
    expect(
      refusal(() => planTransition(asked, { action: 'supply' }, officer, ctxAt(vn('2026-03-03 09:00')))).status,
    ).toBe(403);
    expect(
      refusal(() => planTransition(asked, { action: 'withdraw', reason: 'x' }, officer, ctxAt(vn('2026-03-03 09:00'))))
        .status,
    ).toBe(403);
  });

  it('the desk acts for a walk-in applicant of a paper dossier', () => {
    const paper: DossierView = {
      ...online('supplement_at_receipt'),
      channel: 'in_person',
      applicantEnterpriseId: null,
    };
    expect(planTransition(paper, { action: 'supply' }, officer, ctxAt(vn('2026-03-03 09:00'))).to).toBe('submitted');
    expect(
      planTransition(paper, { action: 'withdraw', reason: 'Đơn xin rút' }, officer, ctxAt(vn('2026-03-03 09:00'))).to,
    ).toBe('withdrawn');
  });

  it('an enterprise cannot receive, assign, decide or extend; an officer cannot assign, decide, extend or stop', () => {
    const d = inProcess();
    const at = ctxAt(vn('2026-03-03 09:00'));
    expect(refusal(() => planTransition(online(), { action: 'receive' }, applicant, at)).status).toBe(403);
    for (const cmd of [
      { action: 'assign', officerId: 'x' },
      { action: 'decide', result: 'granted', note: '' },
      { action: 'extend', newDueAt: vn('2026-04-01 17:00'), reason: 'x' },
      { action: 'stop', reason: 'x' },
    ] as Command[]) {
      expect(refusal(() => planTransition(d, cmd, applicant, at)).status).toBe(403);
      expect(refusal(() => planTransition(d, cmd, officer, at)).status).toBe(403);
      expect(() => planTransition(d, cmd, leader, at)).not.toThrow();
    }
  });

  it('only the assigned officer (or a leader) processes the steps', () => {
    const d = inProcess();
    const at = ctxAt(vn('2026-03-03 09:00'));
    expect(refusal(() => planTransition(d, { action: 'start_step', step: 'appraise' }, otherOfficer, at)).status).toBe(
      403,
    );
    expect(planTransition(d, { action: 'start_step', step: 'appraise' }, officer, at).patch.currentStep).toBe(
      'appraise',
    );
    expect(planTransition(d, { action: 'start_step', step: 'appraise' }, leader, at).to).toBe('in_process');
  });
});

describe('every action outside its states answers 409', () => {
  const all: Command[] = [
    { action: 'receive' },
    { action: 'request_supplement_at_receipt', reason: 'x' },
    { action: 'refuse_at_receipt', reason: 'x' },
    { action: 'supply' },
    { action: 'transfer', unit: 'investment' },
    { action: 'assign', officerId: 'u-off' },
    { action: 'request_supplement', reason: 'x' },
    { action: 'extend', newDueAt: vn('2026-05-01 17:00'), reason: 'x' },
    { action: 'stop', reason: 'x' },
    { action: 'decide', result: 'granted', note: '' },
    { action: 'return_result' },
  ];
  for (const cmd of all) {
    const allowed = ALLOWED_FROM[cmd.action];
    for (const state of DOSSIER_STATES.filter((s) => !allowed.includes(s))) {
      it(`${cmd.action} from ${state}`, () => {
        const d = { ...online(state), channel: 'in_person' as const };
        const r = refusal(() => planTransition(d, cmd, leader, ctxAt(vn('2026-03-02 09:00'))));
        expect(r.status).toBe(409);
        expect(r.vi).toMatch(/Không thể/);
        expect(r.en).toMatch(/Cannot/);
      });
    }
  }
});

describe('supplement during appraisal', () => {
  it('is allowed within 3 working days of receipt, once', () => {
    // Received Mon 2/3; Thu 5/3 is the 3rd working day after.
    const d = act(inProcess(), { action: 'request_supplement', reason: 'Bổ sung bản vẽ' }, officer, '2026-03-05 16:00');
    expect(d.state).toBe('supplement_in_process');
    const back = act(d, { action: 'supply' }, applicant, '2026-03-10 09:00');
    expect(back.state).toBe('in_process');
    expect(
      refusal(() =>
        planTransition(back, { action: 'request_supplement', reason: 'x' }, officer, ctxAt(vn('2026-03-10 10:00'))),
      ).status,
    ).toBe(409);
  });

  it('is refused on the 4th working day (422)', () => {
    const r = refusal(() =>
      planTransition(
        inProcess(),
        { action: 'request_supplement', reason: 'x' },
        officer,
        ctxAt(vn('2026-03-06 08:00')),
      ),
    );
    expect(r.status).toBe(422);
    expect(r.vi).toMatch(/3 ngày làm việc/);
  });

  it('restarts the clock from zero, or shifts it by the time paused, as the version says', () => {
    const paused = act(inProcess(), { action: 'request_supplement', reason: 'x' }, officer, '2026-03-04 09:00');
    const restarted = act(paused, { action: 'supply' }, applicant, '2026-03-09 09:00', 'restart');
    const shifted = act(paused, { action: 'supply' }, applicant, '2026-03-09 09:00', 'shift');
    // Restart: 10 working days from Mon 9/3 09:00 → Mon 23/3 09:00. Shift: 16/3 09:00 + 3 working days paused → 19/3 09:00.
    expect(restarted.dueAt).toEqual(vn('2026-03-23 09:00'));
    expect(shifted.dueAt).toEqual(vn('2026-03-19 09:00'));
  });
});

describe('the one extension', () => {
  it('is allowed at least one working day before the due date, once', () => {
    const d = inProcess();
    expect(d.dueAt).toEqual(vn('2026-03-16 09:00'));
    const extended = act(
      d,
      { action: 'extend', newDueAt: vn('2026-03-20 17:00'), reason: 'Chờ ý kiến Sở Xây dựng' },
      leader,
      '2026-03-13 10:00',
    );
    expect(extended.dueAt).toEqual(vn('2026-03-20 17:00'));
    const second = refusal(() =>
      planTransition(
        extended,
        { action: 'extend', newDueAt: vn('2026-03-27 17:00'), reason: 'x' },
        leader,
        ctxAt(vn('2026-03-16 09:00')),
      ),
    );
    expect(second.status).toBe(409);
    expect(second.vi).toMatch(/lần thứ hai/);
  });

  it('is refused on the due date itself, or to an earlier date (422)', () => {
    const d = inProcess();
    expect(
      refusal(() =>
        planTransition(
          d,
          { action: 'extend', newDueAt: vn('2026-03-20 17:00'), reason: 'x' },
          leader,
          ctxAt(vn('2026-03-16 08:00')),
        ),
      ).status,
    ).toBe(422);
    expect(
      refusal(() =>
        planTransition(
          d,
          { action: 'extend', newDueAt: vn('2026-03-16 08:00'), reason: 'x' },
          leader,
          ctxAt(vn('2026-03-10 08:00')),
        ),
      ).status,
    ).toBe(422);
  });
});

describe('steps, consultations, decision and return', () => {
  it('runs the steps in turn, waits for the consulted bodies, decides and returns', () => {
    let d = inProcess();
    expect(
      refusal(() => planTransition(d, { action: 'start_step', step: 'nope' }, officer, ctxAt(vn('2026-03-03 09:00'))))
        .status,
    ).toBe(422);
    d = act(d, { action: 'start_step', step: 'appraise' }, officer, '2026-03-03 09:00');
    expect(
      refusal(() =>
        planTransition(d, { action: 'start_step', step: 'approve' }, officer, ctxAt(vn('2026-03-03 10:00'))),
      ).status,
    ).toBe(409);
    expect(
      refusal(() =>
        planTransition(d, { action: 'finish_step', step: 'approve' }, officer, ctxAt(vn('2026-03-03 10:00'))),
      ).status,
    ).toBe(409);
    d = act(
      d,
      { action: 'consult', body: 'Sở Xây dựng', deadline: '2026-03-06', question: 'Quy hoạch' },
      officer,
      '2026-03-03 10:00',
    );
    const consultSeq = d.events.length;
    expect(
      refusal(() =>
        planTransition(d, { action: 'decide', result: 'granted', note: '' }, leader, ctxAt(vn('2026-03-04 10:00'))),
      ).status,
    ).toBe(409);
    d = act(
      d,
      { action: 'consultation_answered', consultationSeq: consultSeq, answer: 'Thống nhất' },
      officer,
      '2026-03-09 10:00',
    );
    expect(d.events.at(-1)!.payload.late).toBe(true);
    d = act(d, { action: 'finish_step', step: 'appraise' }, officer, '2026-03-09 11:00');
    expect(
      refusal(() =>
        planTransition(d, { action: 'start_step', step: 'appraise' }, officer, ctxAt(vn('2026-03-09 12:00'))),
      ).status,
    ).toBe(409);
    d = act(d, { action: 'decide', result: 'granted', note: 'Cấp GCN' }, leader, '2026-03-10 09:00');
    expect(d.state).toBe('decided');
    expect(d.currentStep).toBeNull();
    d = act(d, { action: 'return_result' }, officer, '2026-03-10 14:00');
    expect(d.state).toBe('returned');
    const reading = computeClock({
      limit: LIMIT,
      events: clockEventsOf(d.events, 'restart'),
      now: vn('2026-03-11 09:00'),
      calendar: seededCalendar,
    });
    expect(reading.state).toBe('finished');
    expect(reading.timeliness).toBe('early');
    expect(reading.steps.map((s) => [s.step, s.timeliness])).toEqual([['appraise', 'late']]);
  });

  it('a refusal after appraisal needs its reason', () => {
    const r = refusal(() =>
      planTransition(
        inProcess(),
        { action: 'decide', result: 'refused', note: '' },
        leader,
        ctxAt(vn('2026-03-03 09:00')),
      ),
    );
    expect(r.status).toBe(400);
  });

  it('stop and withdrawal end the clock; withdrawal before receipt has none', () => {
    const stopped = act(
      inProcess(),
      { action: 'stop', reason: 'Theo đề nghị của cơ quan thuế' },
      leader,
      '2026-03-04 09:00',
    );
    expect(
      computeClock({
        limit: LIMIT,
        events: clockEventsOf(stopped.events, 'restart'),
        now: vn('2026-03-05 09:00'),
        calendar: seededCalendar,
      }).state,
    ).toBe('stopped');
    const withdrawn = act(online(), { action: 'withdraw', reason: 'Không còn nhu cầu' }, applicant, '2026-03-02 09:00');
    expect(withdrawn.state).toBe('withdrawn');
    expect(clockEventsOf(withdrawn.events, 'restart')).toEqual([]);
  });
});

describe('transfer between units (Art. 18)', () => {
  const rules = DEFAULT_CLOCK_RULES;
  it('the same working day before 15:00, the next working morning after it', () => {
    expect(handoverDueBy(vn('2026-03-02 14:59'), seededCalendar, rules)).toEqual(vn('2026-03-02 17:00'));
    expect(handoverDueBy(vn('2026-03-02 15:30'), seededCalendar, rules)).toEqual(vn('2026-03-03 11:30'));
    // Friday after 15:00 → Monday morning; Wednesday 29/4/2026 after 15:00 → over 30/4 and 1/5 to Monday 4/5.
    expect(handoverDueBy(vn('2026-03-06 16:00'), seededCalendar, rules)).toEqual(vn('2026-03-09 11:30'));
    expect(handoverDueBy(vn('2026-04-29 16:00'), seededCalendar, rules)).toEqual(vn('2026-05-04 11:30'));
  });

  it('moves a paper dossier to the unit, clears the officer and flags a late hand-over', () => {
    const paper: DossierView = { ...online(), channel: 'in_person', applicantEnterpriseId: null };
    const received = act(paper, { action: 'receive' }, officer, '2026-03-02 15:30');
    const moved = act(received, { action: 'transfer', unit: 'investment' }, officer, '2026-03-03 13:30');
    expect(moved.unit).toBe('investment');
    expect(moved.officerId).toBeNull();
    expect(moved.events.at(-1)!.payload).toMatchObject({
      fromUnit: 'one_stop',
      toUnit: 'investment',
      handoverLate: true,
    });
    expect(
      refusal(() =>
        planTransition(moved, { action: 'transfer', unit: 'investment' }, officer, ctxAt(vn('2026-03-03 14:00'))),
      ).status,
    ).toBe(422);
  });
});
