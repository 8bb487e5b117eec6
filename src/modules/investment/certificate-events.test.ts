import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import { type ExchangeRate, money } from '../../kernel/money';
import {
  applyCertificateEvent,
  assertValidCertificateEvents,
  type CertificateEvent,
  certificateStateAsOf,
  type EndingEvent,
  NOT_ISSUED,
  orderCertificateEvents,
  validateCertificateEvents,
} from './certificate-events';
import { historyArb } from './certificate-events.arbitrary';

const SBV: ExchangeRate = {
  from: 'USD',
  to: 'VND',
  rate: '25000',
  date: '2023-06-01',
  source: 'NHNN tỷ giá trung tâm',
};

/** An FDI certificate in USD: issued, raised, re-issued, lowered, revoked. */
const HISTORY: CertificateEvent[] = [
  {
    seq: 1,
    kind: 'issued',
    date: '2022-03-15',
    documentNo: '7512345678',
    registeredCapital: money('10000000', 'USD'),
    landAreaHa: '5',
    objectives: ['Sản xuất linh kiện điện tử'],
    schedule: 'Quý IV/2023 đi vào hoạt động',
  },
  { seq: 2, kind: 'adjusted', date: '2023-06-01', capitalDelta: money('5000000', 'USD'), landAreaDeltaHa: '1.25' },
  { seq: 3, kind: 'reissued', date: '2023-09-01' },
  { seq: 4, kind: 'adjusted', date: '2024-02-01', capitalDelta: money('-3000000', 'USD'), schedule: 'Quý II/2024' },
  { seq: 5, kind: 'revoked', date: '2025-04-10', documentNo: '123/QĐ-BQL', capitalAtEnd: money('12000000', 'USD') },
];
const REVOKED = HISTORY[4] as EndingEvent;

const codes = (events: CertificateEvent[]) => validateCertificateEvents(events).map((p) => [p.index, p.code]);

describe('certificateStateAsOf', () => {
  it('before the issue there is no certificate', () => {
    expect(certificateStateAsOf(HISTORY, '2022-03-14')).toEqual(NOT_ISSUED);
  });

  it('on the issue date', () => {
    expect(certificateStateAsOf(HISTORY, '2022-03-15')).toMatchObject({
      status: 'valid',
      registeredCapital: { value: '10000000', currency: 'USD' },
      landAreaHa: '5',
      issuedOn: '2022-03-15',
      lastAdjustedOn: null,
      eventsApplied: 1,
    });
  });

  it('between adjustments', () => {
    expect(certificateStateAsOf(HISTORY, '2023-12-31')).toMatchObject({
      status: 'valid',
      registeredCapital: { value: '15000000', currency: 'USD' },
      landAreaHa: '6.25',
      objectives: ['Sản xuất linh kiện điện tử'],
      schedule: 'Quý IV/2023 đi vào hoạt động',
      lastAdjustedOn: '2023-06-01',
      eventsApplied: 3,
    });
    expect(certificateStateAsOf(HISTORY, '2024-02-01')).toMatchObject({
      registeredCapital: { value: '12000000' },
      schedule: 'Quý II/2024',
      lastAdjustedOn: '2024-02-01',
    });
  });

  it('after revocation', () => {
    expect(certificateStateAsOf(HISTORY, '2030-01-01')).toMatchObject({
      status: 'revoked',
      registeredCapital: { value: '12000000', currency: 'USD' },
      endedOn: '2025-04-10',
      endDocumentNo: '123/QĐ-BQL',
      eventsApplied: 5,
    });
  });

  it('orders events of the same day by sequence number, not by array position', () => {
    const sameDay: CertificateEvent[] = [
      { seq: 2, kind: 'adjusted', date: '2024-01-10', capitalDelta: money('-400', 'VND') },
      { seq: 1, kind: 'issued', date: '2024-01-10', registeredCapital: money('1000', 'VND'), landAreaHa: '0' },
    ];
    expect(validateCertificateEvents(sameDay)).toEqual([]);
    expect(certificateStateAsOf(sameDay, '2024-01-10').registeredCapital).toEqual(money('600', 'VND'));
    expect(orderCertificateEvents(sameDay).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('converts an adjustment in another currency with the attached State Bank rate', () => {
    const events: CertificateEvent[] = [
      { seq: 1, kind: 'issued', date: '2023-01-01', registeredCapital: money('2000000', 'USD'), landAreaHa: '1' },
      { seq: 2, kind: 'adjusted', date: '2023-06-02', capitalDelta: money('25000000000', 'VND'), conversion: SBV },
    ];
    expect(certificateStateAsOf(events, '2023-12-31').registeredCapital).toEqual(money('3000000', 'USD'));
  });

  it('refuses to compute from an invalid history or an invalid date', () => {
    const e = (() => {
      try {
        certificateStateAsOf([HISTORY[1]!], '2024-01-01');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('VALIDATION_FAILED');
    expect(() => certificateStateAsOf(HISTORY, '2024-02-30')).toThrow(AppError);
  });
});

describe('validateCertificateEvents', () => {
  const issued = HISTORY[0]!;

  it('accepts a valid history', () => {
    expect(validateCertificateEvents(HISTORY)).toEqual([]);
  });

  it('the first event must be the issue', () => {
    expect(codes([{ ...HISTORY[1]!, seq: 0, date: '2022-01-01' }, ...HISTORY])).toEqual([[0, 'first_not_issued']]);
    expect(codes([])).toEqual([]);
  });

  it('nothing after a revocation or termination', () => {
    const after: CertificateEvent[] = [...HISTORY, { seq: 6, kind: 'reissued', date: '2025-05-01' }];
    expect(codes(after)).toEqual([[5, 'after_end']]);
    const terminated = { ...REVOKED, kind: 'terminated' as const };
    expect(
      validateCertificateEvents([...HISTORY.slice(0, 4), terminated, { ...HISTORY[1]!, seq: 9, date: '2026-01-01' }])[0]
        ?.en,
    ).toContain('termination');
  });

  it('a currency change needs a named State Bank rate', () => {
    const vnd: CertificateEvent = { seq: 2, kind: 'adjusted', date: '2023-06-01', capitalDelta: money('1000', 'VND') };
    expect(codes([issued, vnd])).toEqual([[1, 'currency_changed']]);
    const unnamed = { ...vnd, conversion: { ...SBV, source: ' ' } };
    const wrongPair = { ...vnd, conversion: { ...SBV, from: 'VND' as const, to: 'VND' as const } };
    const zeroRate = { ...vnd, conversion: { ...SBV, rate: '0' } };
    for (const bad of [unnamed, wrongPair, zeroRate]) expect(codes([issued, bad])).toEqual([[1, 'bad_conversion']]);
  });

  it('capital and land can never go negative; capital at the end must match', () => {
    const down: CertificateEvent = {
      seq: 2,
      kind: 'adjusted',
      date: '2023-01-01',
      capitalDelta: money('-10000001', 'USD'),
      landAreaDeltaHa: '-6',
    };
    expect(codes([issued, down])).toEqual([
      [1, 'negative_capital'],
      [1, 'negative_land'],
    ]);
    const end: CertificateEvent = { ...REVOKED, seq: 2, capitalAtEnd: money('9000000', 'USD') };
    expect(codes([issued, end])).toEqual([[1, 'capital_at_end_mismatch']]);
  });

  it('reports every problem of a bad history, each with the index of its event', () => {
    const bad: CertificateEvent[] = [
      { seq: 1, kind: 'reissued', date: '2022-01-01' },
      { ...issued, seq: 2 },
      { seq: 2, kind: 'adjusted', date: '2022-02-30', capitalDelta: money('1', 'USD') },
      { seq: 4, kind: 'adjusted', date: '2021-12-31', capitalDelta: { value: '1,5', currency: 'USD' } },
      { ...issued, seq: 5, date: '2022-04-01' },
      { seq: 6.5, kind: 'terminated', date: '2022-05-01', documentNo: '', capitalAtEnd: money('1', 'VND') },
      { seq: 7, kind: 'adjusted', date: '2022-06-01', landAreaDeltaHa: 'x' },
    ];
    expect(codes(bad)).toEqual([
      [2, 'duplicate_seq'],
      [5, 'bad_seq'],
      [0, 'first_not_issued'],
      [2, 'invalid_date'],
      [3, 'date_order'],
      [3, 'invalid_amount'],
      [4, 'issued_twice'],
      [5, 'missing_document'],
      [5, 'currency_changed'],
      [6, 'after_end'],
    ]);
    for (const p of validateCertificateEvents(bad)) {
      expect(p.vi.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });

  it('the assertion throws one VALIDATION_FAILED error with a field per event', () => {
    const bad: CertificateEvent[] = [
      { seq: 1, kind: 'reissued', date: '2022-01-01' },
      { seq: 2, kind: 'reissued', date: '2021-01-01' },
    ];
    try {
      assertValidCertificateEvents(bad, { vi: 'dự án P1', en: 'project P1' });
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.message).toMatch(/^Chuỗi sự kiện giấy chứng nhận của dự án P1 không hợp lệ: .*\(và 2 lỗi khác\)$/);
      expect(err.messageEn).toMatch(/^Invalid certificate events of project P1: .*\(and 2 more\)$/);
      expect(Object.keys(err.fields ?? {})).toEqual(['events.0', 'events.1']);
    }
  });
});

describe('properties', () => {
  const history = fc.oneof(historyArb('USD'), historyArb('VND'));

  it('generated histories are valid', () => {
    fc.assert(
      fc.property(history, (events) => {
        expect(validateCertificateEvents(events)).toEqual([]);
      }),
    );
  });

  it('the state at the date of the last event is the fold of all events', () => {
    fc.assert(
      fc.property(history, (events) => {
        const last = events.at(-1)!.date;
        expect(certificateStateAsOf(events, last)).toEqual(events.reduce(applyCertificateEvent, NOT_ISSUED));
      }),
    );
  });

  it('the order of the array does not matter, only sequence numbers do', () => {
    const withShuffle = history.chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, fc.integer({ min: 0, max: 3000 }), ([events, shuffled], day) => {
        const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
        expect(certificateStateAsOf(shuffled, date)).toEqual(certificateStateAsOf(events, date));
      }),
    );
  });

  it('an adjustment up and then the same down leaves the capital unchanged', () => {
    fc.assert(
      fc.property(historyArb('USD'), fc.integer({ min: 1, max: 10 ** 9 }), (events, amount) => {
        const open = events.filter((e) => e.kind !== 'revoked' && e.kind !== 'terminated');
        const last = open.at(-1)!;
        const up: CertificateEvent = {
          seq: 100,
          kind: 'adjusted',
          date: last.date,
          capitalDelta: money(amount, 'USD'),
        };
        const down: CertificateEvent = { ...up, seq: 101, capitalDelta: money(-amount, 'USD') };
        const before = certificateStateAsOf(open, last.date);
        const after = certificateStateAsOf([...open, up, down], last.date);
        expect(after.registeredCapital).toEqual(before.registeredCapital);
        expect(after.eventsApplied).toBe(before.eventsApplied + 2);
      }),
    );
  });

  it('the number of events applied never decreases with the date', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), (events, d, gap) => {
        const at = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
        const early = certificateStateAsOf(events, at(d));
        const late = certificateStateAsOf(events, at(d + gap));
        expect(late.eventsApplied).toBeGreaterThanOrEqual(early.eventsApplied);
      }),
    );
  });
});
