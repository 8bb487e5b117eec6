import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decimal, parseDecimal } from '../../kernel/decimal';
import { plausibilityWarnings, unconfirmed } from './plausibility';
import { typeVersionFor } from './report-types';

const quarterly = typeVersionFor('quarterly_implementation', '2026-03-31')!;
const D = (s: string | number | bigint) => parseDecimal(String(s));
/** Base-unit decimals of a whole number of đồng. */
const dong = (n: bigint) => (n * 1_000_000n) as Decimal;

describe('plausibility against the project’s own history', () => {
  const history = { budgetVnd: [D('1500000000'), D('1620000000'), D('1480000000')] };

  it('flags 1,000× (typed in đồng instead of triệu đồng… or thousands) with a specific message', () => {
    const [w] = plausibilityWarnings(quarterly, 'VND', { budgetVnd: D('1550000000000') }, history, {});
    expect(w).toMatchObject({
      code: 'scale_x1000',
      field: 'budgetVnd',
      basis: 'history',
      mustConfirmIndividually: true,
    });
    expect(w!.value).toBe('1550000');
    expect(w!.message).toMatch(/khoảng 1\.000 lần.*nghìn đồng hoặc theo đồng thay vì triệu đồng/);
    expect(w!.messageEn).toMatch(/about 1,000×/);
    expect(w!.expected).toEqual({ low: '296', high: '8100' });
  });

  it('flags 1/1,000 (typed in tỷ đồng) and a merely high value differently', () => {
    expect(plausibilityWarnings(quarterly, 'VND', { budgetVnd: D('1500000') }, history, {})[0]).toMatchObject({
      code: 'scale_div1000',
    });
    expect(plausibilityWarnings(quarterly, 'VND', { budgetVnd: D('20000000000') }, history, {})[0]).toMatchObject({
      code: 'history_high',
    });
    expect(plausibilityWarnings(quarterly, 'VND', { budgetVnd: D('1600000000') }, history, {})).toEqual([]);
  });

  it('falls back to peers of the same sector and size when the project has no history', () => {
    const peers = { exportUsd: { p10: D('100000'), p50: D('500000'), p90: D('2000000'), n: 40 } };
    const [w] = plausibilityWarnings(quarterly, 'USD', { exportUsd: D('600000000') }, {}, peers);
    expect(w).toMatchObject({ code: 'scale_x1000', basis: 'peers' });
    expect(w!.message).toMatch(/theo USD thay vì nghìn USD/);
    expect(plausibilityWarnings(quarterly, 'USD', { exportUsd: D('30000000') }, {}, peers)[0]).toMatchObject({
      code: 'peer_high',
    });
    expect(
      plausibilityWarnings(
        quarterly,
        'USD',
        { exportUsd: D('600000000') },
        {},
        { exportUsd: { ...peers.exportUsd, n: 3 } },
      ),
    ).toEqual([]);
  });

  it('a value 1,000× of a stable history is always flagged as a scale slip', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1_000_000n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 100, max: 199 }), { minLength: 2, maxLength: 12 }),
        fc.nat(11),
        (base, spreads, pick) => {
          // Stable: every value within a factor 2 of the others.
          const values = spreads.map((s) => dong((base * BigInt(s)) / 100n));
          const chosen = values[pick % values.length]!;
          const up = plausibilityWarnings(
            quarterly,
            'VND',
            { revenue: (chosen * 1000n) as Decimal },
            { revenue: values },
            {},
          );
          expect(up.map((w) => w.code)).toEqual(['scale_x1000']);
          const down = plausibilityWarnings(
            quarterly,
            'VND',
            { revenue: (chosen / 1000n) as Decimal },
            { revenue: values },
            {},
          );
          expect(down.map((w) => w.code)).toEqual(['scale_div1000']);
        },
      ),
    );
  });

  it('a value within the history’s range is never flagged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 13n }), { minLength: 2, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, t) => {
          const values = raw.map(dong);
          const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const lo = sorted[0]!;
          const hi = sorted[sorted.length - 1]!;
          const inside = (lo + ((hi - lo) * BigInt(Math.floor(t * 1000))) / 1000n) as Decimal;
          expect(plausibilityWarnings(quarterly, 'VND', { revenue: inside }, { revenue: values }, {})).toEqual([]);
        },
      ),
    );
  });
});

describe('confirmations', () => {
  const warnings = [
    ...plausibilityWarnings(
      quarterly,
      'VND',
      { budgetVnd: D('1550000000000') },
      { budgetVnd: [D('1500000000'), D('1600000000')] },
      {},
    ),
    ...plausibilityWarnings(
      quarterly,
      'VND',
      { revenue: D('90000000000') },
      { revenue: [D('1500000000'), D('1600000000')] },
      {},
    ),
  ];

  it('a blanket reason covers ordinary warnings but never a scale warning', () => {
    expect(warnings.map((w) => w.code)).toEqual(['scale_x1000', 'history_high']);
    expect(unconfirmed(warnings, [], 'Doanh thu tăng do hợp đồng mới').map((w) => w.code)).toEqual(['scale_x1000']);
    const own = [{ field: 'budgetVnd', code: 'scale_x1000' as const, reason: 'Nộp bổ sung thuế nhiều năm' }];
    expect(unconfirmed(warnings, own, 'Doanh thu tăng do hợp đồng mới')).toEqual([]);
    expect(unconfirmed(warnings, own, null).map((w) => w.code)).toEqual(['history_high']);
  });
});
