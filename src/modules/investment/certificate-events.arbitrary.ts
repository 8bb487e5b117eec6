/**
 * fast-check generators of valid IRC histories, shared by the property tests of this module (not
 * used by production code).
 */
import fc from 'fast-check';
import { addDays } from '../../kernel/calendar/local-time';
import type { Currency } from '../../kernel/money';
import type { CertificateEvent } from './certificate-events';

type Step = { gap: number; kind: 'adjusted' | 'reissued'; delta: number };

const stepArb: fc.Arbitrary<Step> = fc.record({
  gap: fc.integer({ min: 0, max: 200 }),
  kind: fc.constantFrom('adjusted' as const, 'reissued' as const),
  delta: fc.integer({ min: -5000, max: 5000 }),
});

/**
 * A valid history: an issue on a day of 2020–2023, then adjustments (never below zero capital or
 * land) and re-issues at non-decreasing dates, and perhaps a revocation or termination at the
 * capital then registered. Amounts are whole thousands of the currency, so sums are exact.
 */
export function historyArb(currency: Currency): fc.Arbitrary<CertificateEvent[]> {
  return fc
    .record({
      start: fc.integer({ min: 0, max: 4 * 365 }),
      capital: fc.integer({ min: 0, max: 1_000_000 }),
      land: fc.integer({ min: 0, max: 500 }),
      steps: fc.array(stepArb, { maxLength: 8 }),
      end: fc.option(
        fc.record({ gap: fc.integer({ min: 0, max: 400 }), kind: fc.constantFrom('revoked', 'terminated') }),
      ),
    })
    .map(({ start, capital, land, steps, end }) => {
      let date = addDays('2020-01-01', start);
      let running = capital;
      const k = (n: number) => String(n * 1000);
      const events: CertificateEvent[] = [
        { seq: 1, kind: 'issued', date, registeredCapital: { value: k(capital), currency }, landAreaHa: String(land) },
      ];
      for (const step of steps) {
        date = addDays(date, step.gap);
        const seq = events.length + 1;
        if (step.kind === 'reissued') {
          events.push({ seq, kind: 'reissued', date });
          continue;
        }
        const delta = Math.max(step.delta, -running);
        running += delta;
        events.push({ seq, kind: 'adjusted', date, capitalDelta: { value: k(delta), currency } });
      }
      if (end) {
        date = addDays(date, end.gap);
        events.push({
          seq: events.length + 1,
          kind: end.kind as 'revoked' | 'terminated',
          date,
          documentNo: `${end.kind}-${events.length}`,
          capitalAtEnd: { value: k(running), currency },
        });
      }
      return events;
    });
}
