import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpis, dueAsOf, monthsBetween } from './compute';
import type { KpiDossier } from './types';

/** Hà Nội wall time "2026-03-10 09:00" as an instant. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

const IRC = { id: 'irc', name: 'Cấp GCN đăng ký đầu tư' };
const WP = { id: 'wp', name: 'Cấp giấy phép lao động' };
const UNIT = { id: 'u1', name: 'Phòng Đầu tư' };
const LAN = { id: 'o1', name: 'Trần Văn Lân' };

function dossier(over: Partial<KpiDossier> & { received: string; due: string }): KpiDossier {
  const { received, due, ...rest } = over;
  return {
    procedure: IRC,
    unit: UNIT,
    officer: LAN,
    channel: 'in_person',
    receivedAt: at(received),
    dueHistory: [{ from: at(received), dueAt: at(due) }],
    pauses: [],
    end: null,
    processingDays: null,
    limitDays: null,
    extended: false,
    supplemented: false,
    ...rest,
  };
}

const finished = (when: string, timeliness: 'early' | 'on_time' | 'late', days: number, limit: number) => ({
  end: { at: at(when), outcome: 'finished' as const, timeliness },
  processingDays: days,
  limitDays: limit,
});

describe('computeKpis', () => {
  const march = ['2026-03-01', '2026-03-31'] as const;

  it('counts receipts in the period by channel and what was carried over', () => {
    const r = computeKpis(
      [
        dossier({ received: '2026-03-02 08:00', due: '2026-03-16 17:00', channel: 'online' }),
        dossier({ received: '2026-03-31 16:59', due: '2026-04-14 17:00', channel: 'post' }),
        dossier({ received: '2026-02-20 10:00', due: '2026-03-06 17:00' }), // carried over
        dossier({
          received: '2026-02-02 10:00',
          due: '2026-02-16 17:00',
          ...finished('2026-02-27 10:00', 'late', 14, 10),
        }), // ended before
        dossier({ received: '2026-04-01 07:00', due: '2026-04-15 17:00' }), // after
      ],
      ...march,
      'procedure',
    );
    expect(r.total).toMatchObject({
      receivedInPeriod: 2,
      carriedOver: 1,
      receivedOnline: 1,
      receivedPost: 1,
      receivedInPerson: 0,
      handled: 3,
    });
  });

  it('finished early / on time / late by date, the on-time rate and average days against the limit', () => {
    const r = computeKpis(
      [
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-03-13 10:00', 'early', 9, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-03-16 16:00', 'on_time', 10, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-03-18 09:00', 'late', 12, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-04-02 09:00', 'late', 20, 10),
        }), // ends after
      ],
      ...march,
      'procedure',
    );
    expect(r.total).toMatchObject({
      finishedEarly: 1,
      finishedOnTime: 1,
      finishedLate: 1,
      finished: 3,
      inProgressLate: 1,
    });
    expect(r.total.onTimeRate).toBeCloseTo(2 / 3);
    expect(r.total.averageProcessingDays).toBeCloseTo((9 + 10 + 12) / 3);
    expect(r.total.averageLimitDays).toBe(10);
  });

  it('open at the end: within time while due on or after the last day (TD rule), paused apart', () => {
    const r = computeKpis(
      [
        dossier({ received: '2026-03-20 08:00', due: '2026-03-31 17:00' }), // due on the last day: within
        dossier({ received: '2026-03-10 08:00', due: '2026-03-30 17:00' }), // late
        dossier({
          received: '2026-03-10 08:00',
          due: '2026-04-03 17:00',
          pauses: [{ from: at('2026-03-25 09:00'), to: null }],
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-20 17:00',
          pauses: [{ from: at('2026-03-05 09:00'), to: at('2026-04-02 09:00') }],
        }), // paused at the end, due date passed
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-20 17:00',
          pauses: [{ from: at('2026-03-05 09:00'), to: at('2026-03-09 09:00') }],
        }), // pause over, now late
      ],
      ...march,
      'unit',
    );
    expect(r.total).toMatchObject({ inProgressOnTime: 1, inProgressLate: 2, pausedOnTime: 1, pausedLate: 1 });
  });

  it('reads the due date in force at the end: a restart after the period does not rescue it', () => {
    const d = dossier({ received: '2026-03-02 08:00', due: '2026-03-16 17:00' });
    d.dueHistory.push({ from: at('2026-04-05 09:00'), dueAt: at('2026-04-20 17:00') });
    expect(dueAsOf(d, at('2026-04-01 00:00').getTime())?.toISOString()).toBe(at('2026-03-16 17:00').toISOString());
    expect(computeKpis([d], ...march, 'procedure').total.inProgressLate).toBe(1);
    // …while an extension granted inside the period counts
    d.dueHistory.splice(1, 1, { from: at('2026-03-13 09:00'), dueAt: at('2026-04-03 17:00') });
    expect(computeKpis([d], ...march, 'procedure').total.inProgressOnTime).toBe(1);
  });

  it('returned, withdrawn and stopped leave the desk without a timeliness', () => {
    const ended = (outcome: 'returned' | 'withdrawn' | 'stopped') =>
      dossier({
        received: '2026-03-02 08:00',
        due: '2026-03-16 17:00',
        end: { at: at('2026-03-10 10:00'), outcome, timeliness: null },
      });
    const r = computeKpis(
      [ended('returned'), ended('withdrawn'), ended('stopped'), ended('stopped')],
      ...march,
      'procedure',
    );
    expect(r.total).toMatchObject({ returned: 1, withdrawn: 1, stopped: 2, finished: 0, inProgressOnTime: 0 });
    expect(r.total.onTimeRate).toBeNull();
    expect(r.indicators766.find((i) => i.key === 'progress')).toMatchObject({ rate: null, points: null });
  });

  it('groups by procedure, officer (unassigned apart) and channel, largest first', () => {
    const list = [
      dossier({
        received: '2026-03-02 08:00',
        due: '2026-03-16 17:00',
        procedure: WP,
        officer: null,
        channel: 'online',
      }),
      dossier({ received: '2026-03-03 08:00', due: '2026-03-17 17:00', procedure: WP, channel: 'online' }),
      dossier({ received: '2026-03-04 08:00', due: '2026-03-18 17:00' }),
    ];
    expect(computeKpis(list, ...march, 'procedure').rows.map((r) => [r.key, r.handled])).toEqual([
      ['wp', 2],
      ['irc', 1],
    ]);
    expect(computeKpis(list, ...march, 'officer').rows.map((r) => [r.name, r.handled])).toEqual([
      ['Trần Văn Lân', 2],
      ['Chưa phân công', 1],
    ]);
    expect(computeKpis(list, ...march, 'channel').rows.map((r) => [r.name, r.handled])).toEqual([
      ['Trực tuyến', 2],
      ['Trực tiếp', 1],
    ]);
  });

  it('Decision 766: progress 20 points × on-time rate, online 12 × online share, the rest not measured', () => {
    const r = computeKpis(
      [
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          channel: 'online',
          ...finished('2026-03-10 10:00', 'early', 6, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          channel: 'online',
          ...finished('2026-03-17 10:00', 'late', 11, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-03-12 10:00', 'early', 8, 10),
        }),
        dossier({
          received: '2026-03-02 08:00',
          due: '2026-03-16 17:00',
          ...finished('2026-03-16 10:00', 'on_time', 10, 10),
        }),
      ],
      ...march,
      'procedure',
    );
    const by = Object.fromEntries(r.indicators766.map((i) => [i.key, i]));
    expect(by.progress).toEqual({ key: 'progress', maxPoints: 20, rate: 0.75, points: 15 });
    expect(by.online).toEqual({ key: 'online', maxPoints: 12, rate: 0.5, points: 6 });
    expect(by.satisfaction?.rate).toBeNull();
    expect(r.indicators766.reduce((s, i) => s + i.maxPoints, 0)).toBe(100);
  });

  // Every dossier the desk had in the period either left it in the period or is still open at its end.
  it('conserves dossiers: handled = ended in the period + open at the end (generated)', () => {
    const base = at('2026-01-01 00:00').getTime();
    const day = 86_400_000;
    const arb = fc.record({
      receivedDay: fc.integer({ min: 0, max: 200 }),
      dueAfter: fc.integer({ min: 1, max: 40 }),
      endAfter: fc.option(fc.integer({ min: 0, max: 80 })),
      outcome: fc.constantFrom('finished', 'returned', 'withdrawn', 'stopped'),
      timeliness: fc.constantFrom('early', 'on_time', 'late'),
      pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 1, max: 30 })))),
      channel: fc.constantFrom('online', 'in_person', 'post'),
    });
    fc.assert(
      fc.property(
        fc.array(arb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 60 }),
        (specs, fromDay, len) => {
          const list: KpiDossier[] = specs.map((s) => {
            const received = new Date(base + s.receivedDay * day + 3_600_000 * 3);
            const pauseFrom = s.pause ? new Date(received.getTime() + s.pause[0] * day) : null;
            return {
              ...dossier({ received: '2026-01-01 08:00', due: '2026-01-02 17:00' }),
              channel: s.channel,
              receivedAt: received,
              dueHistory: [{ from: received, dueAt: new Date(received.getTime() + s.dueAfter * day) }],
              pauses: pauseFrom
                ? [{ from: pauseFrom, to: s.pause?.[1] ? new Date(pauseFrom.getTime() + s.pause[1] * day) : null }]
                : [],
              end:
                s.endAfter === null
                  ? null
                  : {
                      at: new Date(received.getTime() + s.endAfter * day),
                      outcome: s.outcome,
                      timeliness: s.outcome === 'finished' ? s.timeliness : null,
                    },
            };
          });
          const from = new Date(base + fromDay * day + 7 * 3_600_000).toISOString().slice(0, 10);
          const to = new Date(base + (fromDay + len) * day + 7 * 3_600_000).toISOString().slice(0, 10);
          const t = computeKpis(list, from, to, 'channel').total;
          const ended = t.finished + t.returned + t.withdrawn + t.stopped;
          const open = t.inProgressOnTime + t.inProgressLate + t.pausedOnTime + t.pausedLate;
          expect(t.handled).toBe(ended + open);
          expect(t.receivedInPeriod).toBe(t.receivedOnline + t.receivedInPerson + t.receivedPost);
          const rows = computeKpis(list, from, to, 'channel').rows;
          expect(rows.reduce((s, r) => s + r.handled, 0)).toBe(t.handled);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('monthsBetween', () => {
  it('cuts a range into calendar months, clipped to the range', () => {
    expect(monthsBetween('2025-11-15', '2026-02-10')).toEqual([
      { month: '2025-11', from: '2025-11-15', to: '2025-11-30' },
      { month: '2025-12', from: '2025-12-01', to: '2025-12-31' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-10' },
    ]);
  });
});
