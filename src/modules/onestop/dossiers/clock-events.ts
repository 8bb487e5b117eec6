/**
 * The legal clock's events of a dossier, read from its transitions: the clock (`computeClock`)
 * knows nothing of states or people, only of receipt, steps, pauses, the extension and the end.
 */
import type { ClockEvent, ResumeMode, TimeLimit } from '../clock';
import type { DossierEventView } from './lifecycle';
import { CLOCKED_STATES } from './states';

export function clockEventsOf(events: readonly DossierEventView[], resumeMode: ResumeMode): ClockEvent[] {
  const out: ClockEvent[] = [];
  let received = false;
  for (const e of events) {
    const at = e.at;
    if (e.type === 'receive') {
      received = true;
      out.push({ type: 'received', at });
      continue;
    }
    if (!received) continue;
    switch (e.type) {
      case 'start_step':
        out.push({ type: 'step_started', at, step: String(e.payload.step), budget: e.payload.budget as TimeLimit });
        break;
      case 'finish_step':
        out.push({ type: 'step_finished', at, step: String(e.payload.step) });
        break;
      case 'request_supplement':
        out.push({ type: 'paused', at, reason: 'supplement' });
        break;
      case 'supply':
        if (e.fromState === 'supplement_in_process') out.push({ type: 'resumed', at, mode: resumeMode });
        break;
      case 'extend':
        out.push({ type: 'extended', at, newDueAt: new Date(String(e.payload.newDueAt)) });
        break;
      case 'stop':
        out.push({ type: 'stopped', at });
        break;
      case 'withdraw':
        if (e.fromState && CLOCKED_STATES.includes(e.fromState)) out.push({ type: 'withdrawn', at });
        break;
      case 'decide':
        out.push({ type: 'finished', at });
        break;
      default:
        break;
    }
  }
  return out;
}
