/**
 * The lines of the control slip (form 06) from a dossier's transitions: every hand-over — receipt,
 * transfer between units, assignment, each processing step, supplement and its answer,
 * consultations, the decision and the return — with who gave, who received, when, and whether it
 * was early, on time or late. Steps use the control slip's own rule (office time spent against
 * the step's budget, from the clock); transfers the 15:00 hand-over rule; the decision and the
 * return the appointment, by date. Pure.
 */
import type { StepReading, Timeliness } from '../clock';
import { timelinessByDate } from '../clock';
import type { ProcedureStep } from '../contract';
import { BOARD_UNIT_LABELS, type BoardUnit } from '../dossiers/states';
import type { ControlHandover } from './view-models';

export type HandoverEvent = {
  type: string;
  at: Date;
  actorName: string;
  fromState: string | null;
  reason: string | null;
  payload: Record<string, unknown>;
};

const unitName = (u: unknown) => BOARD_UNIT_LABELS[u as BoardUnit]?.vi ?? String(u ?? '');

export function handoversOf(input: {
  events: readonly HandoverEvent[];
  applicantName: string;
  dueAt: Date | null;
  steps: readonly ProcedureStep[];
  stepReadings: readonly StepReading[];
  officerNames: ReadonlyMap<string, string>;
}): ControlHandover[] {
  const { events, applicantName, dueAt } = input;
  const stepName = (key: unknown) => input.steps.find((s) => s.key === key)?.nameVi ?? String(key);
  const byDate = (at: Date): Timeliness | null => (dueAt ? timelinessByDate(at, dueAt) : null);
  const out: ControlHandover[] = [];
  let unit = 'Bộ phận Một cửa';
  let holder = 'Bộ phận Một cửa';
  const add = (h: Omit<ControlHandover, 'dueAt' | 'timeliness' | 'note'> & Partial<ControlHandover>) =>
    out.push({ dueAt: null, timeliness: null, note: null, ...h });

  for (const e of events) {
    const p = e.payload;
    switch (e.type) {
      case 'receive':
        add({ step: 'Tiếp nhận hồ sơ', fromName: applicantName, toName: `Bộ phận Một cửa (${e.actorName})`, at: e.at });
        break;
      case 'transfer': {
        const due = typeof p.handoverDueBy === 'string' ? new Date(p.handoverDueBy) : null;
        unit = unitName(p.toUnit);
        holder = unit;
        add({
          step: 'Chuyển hồ sơ',
          fromName: `${unitName(p.fromUnit)} (${e.actorName})`,
          toName: unit,
          at: e.at,
          dueAt: due,
          timeliness: due ? (p.handoverLate ? 'late' : 'on_time') : null,
        });
        break;
      }
      case 'assign': {
        const officer = input.officerNames.get(String(p.officerId)) ?? String(p.officerId);
        add({ step: 'Phân công xử lý', fromName: `${unit} (${e.actorName})`, toName: officer, at: e.at });
        holder = officer;
        break;
      }
      case 'finish_step': {
        const reading = input.stepReadings.find((s) => s.step === p.step && s.finishedAt?.getTime() === e.at.getTime());
        add({
          step: stepName(p.step),
          fromName: e.actorName,
          toName: unit,
          at: e.at,
          dueAt: reading?.dueAt ?? null,
          timeliness: reading?.timeliness ?? null,
        });
        break;
      }
      case 'request_supplement':
      case 'request_supplement_at_receipt':
        add({ step: 'Yêu cầu bổ sung hồ sơ', fromName: e.actorName, toName: applicantName, at: e.at, note: e.reason });
        break;
      case 'supply':
        add({ step: 'Nộp bổ sung hồ sơ', fromName: applicantName, toName: holder, at: e.at });
        break;
      case 'consult':
        add({
          step: 'Lấy ý kiến cơ quan liên quan',
          fromName: e.actorName,
          toName: String(p.body),
          at: e.at,
          note: typeof p.deadline === 'string' ? `Hạn trả lời: ${p.deadline.split('-').reverse().join('/')}` : null,
        });
        break;
      case 'consultation_answered':
        add({
          step: 'Trả lời ý kiến',
          fromName: String(p.body),
          toName: holder,
          at: e.at,
          timeliness: p.late === true ? 'late' : p.late === false ? 'on_time' : null,
        });
        break;
      case 'extend':
        add({
          step: 'Xin lỗi, gia hạn thời gian giải quyết',
          fromName: e.actorName,
          toName: applicantName,
          at: e.at,
          note: e.reason,
        });
        break;
      case 'decide':
        add({
          step: p.result === 'refused' ? 'Quyết định từ chối giải quyết' : 'Phê duyệt kết quả',
          fromName: holder,
          toName: `Lãnh đạo Ban (${e.actorName})`,
          at: e.at,
          dueAt,
          timeliness: byDate(e.at),
        });
        break;
      case 'return_result':
        add({
          step: 'Trả kết quả',
          fromName: `Bộ phận Một cửa (${e.actorName})`,
          toName: applicantName,
          at: e.at,
          dueAt,
        });
        break;
      case 'stop':
      case 'withdraw':
        add({
          step: e.type === 'stop' ? 'Dừng giải quyết hồ sơ' : 'Rút hồ sơ',
          fromName: e.actorName,
          toName: e.type === 'stop' ? applicantName : holder,
          at: e.at,
          note: e.reason,
        });
        break;
      default:
        break;
    }
  }
  return out;
}
