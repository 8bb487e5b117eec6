import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../kernel/calendar';
import { seededCalendar } from '../clock/test-calendar';
import type { ProcedureVersion } from '../contract';
import type { DossierEventRecord, DossierRecord } from '../tracking/dossier-reads';
import { dueHistoryOf, kpiDossierOf, limitInDays, pausesOf } from './from-records';

const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

let seq = 0;
const event = (type: string, when: string, extra: Partial<DossierEventRecord> = {}): DossierEventRecord => ({
  id: `e${++seq}`,
  dossierId: 'd1',
  seq,
  type,
  at: at(when),
  actorId: null,
  actorName: 'Cán bộ',
  actorRole: 'board_officer',
  fromState: null,
  toState: 'in_process',
  reason: null,
  payload: {},
  ...extra,
});

const row = (over: Partial<DossierRecord>): DossierRecord =>
  ({
    id: 'd1',
    code: 'BQL01-260302-0001',
    procedureCode: 'BQL-LD-01',
    caseKey: 'grant',
    channel: 'in_person',
    unit: 'labour',
    officerId: null,
    state: 'returned',
    receivedAt: at('2026-03-02 08:00'),
    dueAt: at('2026-03-16 17:00'),
    originalDueAt: at('2026-03-16 17:00'),
    finishedAt: at('2026-03-12 10:00'),
    extensions: 0,
    result: 'granted',
    timeliness: 'early',
    updatedAt: at('2026-03-13 10:00'),
    ...over,
  }) as DossierRecord;

const version = {
  nameVi: 'Cấp giấy phép lao động',
  cases: [
    { key: 'grant', limit: { unit: 'working_day', amount: 10 }, onlineLimit: { unit: 'working_day', amount: 8 } },
  ],
} as unknown as ProcedureVersion;

describe('a dossier as the KPIs read it', () => {
  it('takes the due dates in force from the receipt, a restart and the extension', () => {
    const events = [
      event('receive', '2026-03-02 08:00', { payload: { dueAt: at('2026-03-16 17:00').toISOString() } }),
      event('request_supplement', '2026-03-03 09:00'),
      event('supply', '2026-03-06 09:00', {
        fromState: 'supplement_in_process',
        payload: { dueAt: at('2026-03-20 09:00').toISOString() },
      }),
      event('extend', '2026-03-18 09:00', { payload: { newDueAt: at('2026-03-27 17:00').toISOString() } }),
    ];
    expect(
      dueHistoryOf(row({ dueAt: at('2026-03-27 17:00') }), events).map((h) => [
        h.from.toISOString(),
        h.dueAt.toISOString(),
      ]),
    ).toEqual([
      [at('2026-03-02 08:00').toISOString(), at('2026-03-16 17:00').toISOString()],
      [at('2026-03-06 09:00').toISOString(), at('2026-03-20 09:00').toISOString()],
      [at('2026-03-18 09:00').toISOString(), at('2026-03-27 17:00').toISOString()],
    ]);
    expect(pausesOf(events)).toEqual([{ from: at('2026-03-03 09:00'), to: at('2026-03-06 09:00') }]);
  });

  it('falls back on the row when the events carry no due dates', () => {
    const events = [event('receive', '2026-03-02 08:00'), event('extend', '2026-03-12 09:00')];
    const history = dueHistoryOf(row({ dueAt: at('2026-03-23 17:00') }), events);
    expect(history.at(-1)).toEqual({ from: at('2026-03-12 09:00'), dueAt: at('2026-03-23 17:00') });
  });

  it('counts working days without the pause, against the limit in the same unit; refusals are returned', () => {
    const calendar = seededCalendar;
    const events = [
      event('receive', '2026-03-02 08:00'),
      event('request_supplement', '2026-03-03 08:00'),
      event('supply', '2026-03-05 08:00', { fromState: 'supplement_in_process' }),
      event('decide', '2026-03-12 08:00'),
    ];
    const d = kpiDossierOf(
      row({ finishedAt: at('2026-03-12 08:00') }),
      events,
      version,
      new Map(),
      calendar,
      DEFAULT_OFFICE_HOURS,
    )!;
    // 2/3 08:00 → 12/3 08:00 is 8 working days, of which 2 paused.
    expect(d.processingDays).toBeCloseTo(6);
    expect(d.limitDays).toBe(10);
    expect(d.supplemented).toBe(true);
    expect(d.end).toEqual({ at: at('2026-03-12 08:00'), outcome: 'finished', timeliness: 'early' });

    const refused = kpiDossierOf(
      row({ result: 'refused', timeliness: null }),
      events,
      version,
      new Map(),
      calendar,
      DEFAULT_OFFICE_HOURS,
    )!;
    expect(refused.end?.outcome).toBe('returned');
    expect(refused.processingDays).toBeNull();
    const online = kpiDossierOf(
      row({ channel: 'online' }),
      events,
      version,
      new Map(),
      calendar,
      DEFAULT_OFFICE_HOURS,
    )!;
    expect(online.limitDays).toBe(8);
    expect(kpiDossierOf(row({ receivedAt: null }), [], version, new Map(), calendar, DEFAULT_OFFICE_HOURS)).toBeNull();
  });

  it('names the officer from the last assignment when the row has none', () => {
    const events = [
      event('receive', '2026-03-02 08:00'),
      event('assign', '2026-03-02 09:00', { payload: { officerId: 'u7' } }),
    ];
    const d = kpiDossierOf(
      row({ state: 'in_process', finishedAt: null, result: null, timeliness: null }),
      events,
      version,
      new Map([['u7', 'Lê Văn Đức']]),
      seededCalendar,
      DEFAULT_OFFICE_HOURS,
    )!;
    expect(d.officer).toEqual({ id: 'u7', name: 'Lê Văn Đức' });
    expect(d.end).toBeNull();
  });

  it('reads a limit in its own day unit', () => {
    expect(limitInDays({ unit: 'working_hour', amount: 4 }, DEFAULT_OFFICE_HOURS)).toBe(0.5);
    expect(limitInDays({ unit: 'calendar_day', amount: 15 }, DEFAULT_OFFICE_HOURS)).toBe(15);
    expect(limitInDays({ unit: 'same_day', cutoff: '15:00' }, DEFAULT_OFFICE_HOURS)).toBe(1);
  });
});
