/**
 * One demo dossier's life, drawn from a seeded stream and timed on the legal clock: received at
 * the desk or online, handed to the competent division, assigned, sometimes sent back once for a
 * supplement (the clock restarts), processed step by step, sometimes extended once with an
 * apology, then decided early, on the day or late (a few refused, withdrawn or stopped), and the
 * result returned. Events after `now` are not written, so recent dossiers are still open. Pure.
 */
import type { OfficeHours, WorkingCalendar } from '../../kernel/calendar';
import { type ClockEvent, computeClock, officeDayMinutes, type TimeLimit } from '../../modules/onestop/clock';
import type { ProcedureVersion } from '../../modules/onestop/contract';
import { clockEventsOf } from '../../modules/onestop/dossiers/clock-events';
import type { DossierEventView } from '../../modules/onestop/dossiers/lifecycle';
import {
  BOARD_UNIT_LABELS,
  type BoardUnit,
  type DossierAction,
  type DossierState,
} from '../../modules/onestop/dossiers/states';
import type { Rng } from '../country/random';

export type Person = { id: string; name: string; role: 'board_officer' | 'board_leader' | 'enterprise' };

export type StoryInput = {
  rng: Rng;
  receivedAt: Date;
  channel: 'online' | 'in_person' | 'post';
  version: ProcedureVersion;
  field: string;
  calendar: WorkingCalendar;
  office: OfficeHours;
  now: Date;
  applicant: Person | null;
  applicantName: string;
  desk: Person;
  officer: Person;
  leader: Person;
};

export type StoryEvent = {
  type: DossierAction;
  at: Date;
  actor: Person | null;
  fromState: DossierState | null;
  toState: DossierState;
  reason: string | null;
  payload: Record<string, unknown>;
};

export type Story = {
  caseKey: string;
  unit: BoardUnit;
  events: StoryEvent[];
  state: DossierState;
  receivedAt: Date;
  submittedAt: Date | null;
  dueAt: Date;
  originalDueAt: Date;
  pausedAt: Date | null;
  extensions: number;
  finishedAt: Date | null;
  returnedAt: Date | null;
  result: 'granted' | 'refused' | null;
  resultNote: string | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  currentStep: string | null;
};

const UNIT_OF_FIELD: Record<string, BoardUnit> = {
  investment: 'investment',
  labour: 'labour',
  eco_industrial_park: 'environment',
};

const SUPPLEMENTS = [
  'Bản sao hộ chiếu: chưa được chứng thực',
  'Báo cáo năng lực tài chính của nhà đầu tư: thiếu báo cáo tài chính năm gần nhất',
  'Văn bản đề nghị: sai mẫu quy định; ghi thiếu địa điểm thực hiện dự án',
  'Giấy chứng nhận sức khỏe: đã quá 12 tháng kể từ ngày cấp',
  'Hợp đồng thuê đất, thuê nhà xưởng: thiếu bản sao',
];
const EXTENSION_REASONS = [
  'Cần lấy thêm ý kiến của cơ quan chuyên môn về đất đai và môi trường',
  'Chờ kết quả kiểm tra thực địa tại khu công nghiệp',
  'Hồ sơ có nội dung phức tạp cần báo cáo lãnh đạo Ban',
];

export function dossierStory(s: StoryInput): Story {
  const { rng, calendar, office, version } = s;
  const day = officeDayMinutes(office);
  const add = (at: Date, minutes: number) => calendar.addWorkingMinutes(at, Math.max(1, Math.round(minutes)), office);
  const kase = rng.chance(0.95) ? version.cases[0]! : (version.cases[1] ?? version.cases[0]!);
  const limit: TimeLimit = s.channel === 'online' && kase.onlineLimit ? kase.onlineLimit : kase.limit;
  const steps = kase.steps ?? version.steps;
  const unit = UNIT_OF_FIELD[s.field] ?? 'investment';
  const events: StoryEvent[] = [];
  let state: DossierState | null = null;
  const push = (
    type: DossierAction,
    at: Date,
    actor: Person | null,
    to: DossierState,
    extra: Partial<StoryEvent> = {},
  ) => {
    events.push({ type, at, actor, fromState: state, toState: to, reason: null, payload: {}, ...extra });
    state = to;
  };
  const rules = s.channel === 'online' ? { receiptCutoff: null } : {};
  const clockAt = (now: Date) => {
    const views = events.map((e, i) => ({ ...e, seq: i + 1 })) as unknown as DossierEventView[];
    const clockEvents: ClockEvent[] = clockEventsOf(views, 'restart');
    return computeClock({ limit, events: clockEvents, now, calendar, rules });
  };

  let t = s.receivedAt;
  let submittedAt: Date | null = null;
  if (s.channel === 'online') {
    submittedAt = new Date(t.getTime() - rng.int(20, 900) * 60_000);
    push('submit_online', submittedAt, s.applicant, 'submitted');
  }
  push('receive', t, s.desk, 'received');
  const original = clockAt(t);
  events[events.length - 1]!.payload = { dueAt: original.dueAt.toISOString() };

  t = add(t, rng.int(10, 180));
  push('transfer', t, s.desk, 'received', {
    payload: {
      fromUnit: 'one_stop',
      toUnit: unit,
      toUnitName: BOARD_UNIT_LABELS[unit].vi,
      handoverDueBy: null,
      handoverLate: false,
    },
  });
  t = add(t, rng.int(20, 300));
  push('assign', t, s.leader, 'in_process', { payload: { officerId: s.officer.id, previousOfficerId: null } });

  if (rng.chance(0.14)) {
    t = add(t, rng.int(60, 2 * day));
    push('request_supplement', t, s.officer, 'supplement_in_process', { reason: rng.pick(SUPPLEMENTS) });
    t = add(t, rng.int(day, 8 * day));
    push('supply', t, s.applicant ?? s.desk, 'in_process');
    events[events.length - 1]!.payload = { dueAt: clockAt(t).dueAt.toISOString() };
  }

  // How it ends: most decided well before the appointment, some on the day, a few late or not at all.
  const due = clockAt(t).dueAt;
  const budgetLeft = Math.max(60, calendar.workingMinutesBetween(t, due, office));
  const fate = rng.weighted([64, 14, 7, 6, 4, 3, 2]);
  let decideAt: Date;
  let extendAt: Date | null = null;
  let newDue: Date | null = null;
  if (fate === 3) {
    // An extension at least one working day before the appointment, then decided within it.
    extendAt = add(t, Math.max(30, budgetLeft - 2 * day));
    newDue = add(due, rng.int(3, 7) * day);
    decideAt = add(
      extendAt,
      rng.int(day, Math.max(day + 1, calendar.workingMinutesBetween(extendAt, newDue, office) - 60)),
    );
  } else if (fate === 1) decideAt = new Date(Math.max(t.getTime() + 60_000, due.getTime() - rng.int(10, 200) * 60_000));
  else if (fate === 2) decideAt = add(due, rng.int(day / 2, 6 * day));
  else decideAt = add(t, budgetLeft * rng.range(0.25, 0.9));

  // Steps after the receipt share the time to the decision in proportion to their budgets.
  const work = steps.filter((x) => x.key !== 'receive' && x.key !== 'return');
  const span = calendar.workingMinutesBetween(t, extendAt ?? decideAt, office);
  let cursor = t;
  for (const step of work) {
    push('start_step', cursor, s.officer, 'in_process', { payload: { step: step.key, budget: step.budget } });
    cursor = add(cursor, Math.max(5, (span / Math.max(1, work.length)) * rng.range(0.7, 0.98)));
    push('finish_step', cursor, s.officer, 'in_process', { payload: { step: step.key } });
  }
  if (extendAt && newDue) {
    push('extend', new Date(Math.max(extendAt.getTime(), cursor.getTime() + 60_000)), s.leader, 'in_process', {
      reason: rng.pick(EXTENSION_REASONS),
      payload: { previousDueAt: due.toISOString(), newDueAt: newDue.toISOString(), dueAt: newDue.toISOString() },
    });
  }
  const last = () => events[events.length - 1]!.at.getTime();
  const endAt = new Date(Math.max(decideAt.getTime(), last() + 60_000));
  let result: Story['result'] = null;
  let resultNote: string | null = null;
  if (fate === 4) {
    result = 'refused';
    resultNote = 'Dự án không phù hợp với quy hoạch phân khu của khu công nghiệp';
    push('decide', endAt, s.leader, 'decided', { reason: resultNote, payload: { result } });
  } else if (fate === 5)
    push('withdraw', endAt, s.applicant ?? s.desk, 'withdrawn', {
      reason: 'Doanh nghiệp đề nghị rút hồ sơ để điều chỉnh phương án đầu tư',
    });
  else if (fate === 6)
    push('stop', endAt, s.leader, 'stopped', { reason: 'Doanh nghiệp không còn hoạt động tại địa chỉ đăng ký' });
  else {
    result = 'granted';
    resultNote = version.resultVi;
    push('decide', endAt, s.leader, 'decided', { payload: { result } });
  }
  if (state === 'decided') push('return_result', add(endAt, rng.int(30, 3 * day)), s.desk, 'returned');

  // Nothing after now: a recent dossier is still open where its story has reached.
  const written = events.filter((e) => e.at.getTime() <= s.now.getTime());
  events.length = 0;
  events.push(...written);
  const end = events[events.length - 1]!;
  const reading = clockAt(s.now.getTime() < end.at.getTime() ? end.at : s.now);
  const finished = events.find((e) => ['decide', 'withdraw', 'stop'].includes(e.type));
  const lastStart = [...events].reverse().find((e) => e.type === 'start_step' || e.type === 'finish_step');
  const decided = events.some((e) => e.type === 'decide');
  return {
    caseKey: kase.key,
    unit: events.some((e) => e.type === 'transfer') ? unit : 'one_stop',
    events,
    state: end.toState,
    receivedAt: s.receivedAt,
    submittedAt,
    dueAt: reading.dueAt,
    originalDueAt: reading.originalDueAt,
    pausedAt: end.toState === 'supplement_in_process' ? end.at : null,
    extensions: events.some((e) => e.type === 'extend') ? 1 : 0,
    finishedAt: finished?.at ?? null,
    returnedAt: events.find((e) => e.type === 'return_result')?.at ?? null,
    result: decided ? result : null,
    resultNote: decided ? resultNote : (finished?.reason ?? null),
    timeliness: decided && result === 'granted' ? reading.timeliness : null,
    currentStep: lastStart?.type === 'start_step' ? String(lastStart.payload.step) : null,
  };
}
