import { describe, expect, it } from 'vitest';
import { computeClock, DEFAULT_CLOCK_RULES } from '../clock';
import { seededCalendar as calendar, vn } from '../clock/test-calendar';
import { clockEventsOf } from './clock-events';
import type { DossierEventView } from './lifecycle';

/**
 * Consultation time does not stop a dossier's clock. Decree 61/2018 Art. 19(5) (kept by Decree
 * 118/2025, shared/domain/onestop-emulation.md A1.1) gives a consultation its own reply deadline,
 * tracked and escalated when late; only a supplement request stops and restarts the clock
 * (Art. 19(4)). The eco-park procedure's 15-day replies lie inside its 40-day appraisal counted
 * from the complete dossier (Decree 35/2022 Art. 41).
 */
const ev = (seq: number, type: DossierEventView['type'], at: string, payload: Record<string, unknown> = {}) =>
  ({ seq, type, at: vn(at), fromState: 'in_process', toState: 'in_process', payload }) as DossierEventView;

const received = [ev(1, 'receive', '2026-03-02 09:00'), ev(2, 'assign', '2026-03-02 10:00')];
const consulted = [
  ...received,
  ev(3, 'consult', '2026-03-04 09:00', { body: 'Bộ Công Thương', deadline: '2026-03-19' }),
  ev(4, 'consultation_answered', '2026-03-19 15:00', { consultationSeq: 3 }),
];
const limit = { unit: 'calendar_day', amount: 40 } as const;
const read = (events: DossierEventView[], now: string) =>
  computeClock({
    limit,
    events: clockEventsOf(events, 'restart'),
    now: vn(now),
    calendar,
    rules: DEFAULT_CLOCK_RULES,
  });

describe('consultations and the clock', () => {
  it('gives the clock no event: a consultation neither pauses nor restarts it', () => {
    expect(clockEventsOf(consulted, 'restart')).toEqual(clockEventsOf(received, 'restart'));
  });

  it('keeps the due date and counts the 15 days waiting for the reply as elapsed time', () => {
    const waiting = read(consulted.slice(0, 3), '2026-03-18 09:00');
    const without = read(received, '2026-03-18 09:00');
    expect(waiting.dueAt).toEqual(without.dueAt);
    expect(waiting.state).not.toBe('paused');
    expect(waiting.remainingMinutes).toBe(without.remainingMinutes);
    expect(read(consulted, '2026-03-20 09:00').dueAt).toEqual(vn('2026-04-13 17:00'));
  });
});
