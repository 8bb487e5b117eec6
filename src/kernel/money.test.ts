import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, div, formatDecimal, mul, parseDecimal, round, sum } from './decimal';
import { AppError } from './errors';
import { formatDate, formatDateTime, formatNumber, todayInVietnam } from './format';
import { addMoney, convert, type ExchangeRate, inFormUnit, money, sumMoney } from './money';

const sbv: ExchangeRate = {
  from: 'USD',
  to: 'VND',
  rate: '25450',
  date: '2025-06-30',
  source: 'NHNN tỷ giá trung tâm',
};

describe('decimal', () => {
  it('adds exactly where floats drift', () => {
    expect(formatDecimal(add(parseDecimal('0.1'), parseDecimal('0.2')))).toBe('0.3');
    expect(formatDecimal(sum(['1473570.92', '0.08'].map(parseDecimal)))).toBe('1473571');
  });
  it('rounds half away from zero', () => {
    expect(formatDecimal(round(parseDecimal('2.345'), 2))).toBe('2.35');
    expect(formatDecimal(round(parseDecimal('-2.345'), 2))).toBe('-2.35');
    expect(formatDecimal(round(parseDecimal('2.344'), 2))).toBe('2.34');
  });
  it('refuses what is not a number', () => {
    expect(() => parseDecimal('1,5')).toThrow(RangeError);
    expect(() => parseDecimal('abc')).toThrow(RangeError);
    expect(() => div(parseDecimal('1'), parseDecimal('0'))).toThrow(RangeError);
  });
  it('round-trips and is associative for sums (property)', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 999999 }))
      .map(([w, f]) => `${w}.${String(f).padStart(6, '0')}`);
    fc.assert(
      fc.property(dec, dec, dec, (a, b, c) => {
        const [x, y, z] = [a, b, c].map(parseDecimal) as [
          ReturnType<typeof parseDecimal>,
          ReturnType<typeof parseDecimal>,
          ReturnType<typeof parseDecimal>,
        ];
        expect(parseDecimal(formatDecimal(x))).toBe(x);
        expect(add(add(x, y), z)).toBe(add(x, add(y, z)));
        expect(mul(x, parseDecimal('1'))).toBe(x);
      }),
    );
  });
});

describe('decimal text', () => {
  // The text forms against plain bigint arithmetic: the parser and formatter work on digit strings.
  const reference = (sign: string, whole: bigint, frac: string) =>
    (sign === '-' ? -1n : 1n) * (whole * 10n ** 6n + BigInt(frac.slice(0, 6).padEnd(6, '0') || '0'));
  it('parses any whole part with 0–9 decimals (trailing zeros beyond six allowed) and formats back', () => {
    const text = fc.tuple(
      fc.constantFrom('', '-', '+'),
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.oneof(fc.constant(null), fc.stringMatching(/^\d{1,6}$/), fc.stringMatching(/^\d{6}0{1,3}$/)),
      fc.constantFrom('', ' '),
    );
    fc.assert(
      fc.property(text, ([sign, whole, frac, pad]) => {
        const parsed = parseDecimal(`${pad}${sign}${whole}${frac === null ? '' : `.${frac}`}${pad}`);
        expect(parsed).toBe(reference(sign, whole, frac ?? ''));
        const printed = formatDecimal(parsed);
        expect(printed).toMatch(/^-?\d+(\.\d*[1-9])?$/);
        expect(parseDecimal(printed)).toBe(parsed);
      }),
    );
  });
  it('prints the usual shapes', () => {
    const shapes: [string, string][] = [
      ['0', '0'],
      ['-0.000', '0'],
      ['0.000001', '0.000001'],
      ['-0.5', '-0.5'],
      ['1000000', '1000000'],
      ['31447000.00', '31447000'],
      ['791426649000', '791426649000'],
      ['186.0200', '186.02'],
      ['-1234.567800', '-1234.5678'],
    ];
    for (const [input, printed] of shapes) expect(formatDecimal(parseDecimal(input))).toBe(printed);
    expect(() => parseDecimal('1.0000001')).toThrow(RangeError);
    expect(() => parseDecimal('')).toThrow(RangeError);
    expect(() => parseDecimal('.5')).toThrow(RangeError);
  });
});

describe('money', () => {
  it('keeps its currency', () => {
    expect(addMoney(money('1.5', 'USD'), money(2, 'USD'))).toEqual({ value: '3.5', currency: 'USD' });
    expect(() => addMoney(money(1, 'USD'), money(1, 'VND'))).toThrow(AppError);
    expect(sumMoney([money(1, 'VND'), money(2, 'VND')], 'VND')).toEqual({ value: '3', currency: 'VND' });
  });
  it('names the rate of every conversion, both ways', () => {
    const vnd = convert(money('1000000', 'USD'), 'VND', sbv);
    expect(vnd).toEqual({ value: '25450000000', currency: 'VND', convertedWith: sbv });
    const usd = convert(money('100000000', 'VND'), 'USD', sbv);
    expect(usd.value).toBe('3929.27');
    expect(usd.convertedWith.date).toBe('2025-06-30');
  });
  it('shows amounts in the units of the national forms', () => {
    expect(inFormUnit(money('23105905430000', 'USD'), 'trieu_usd')).toBe('23105905.43');
    expect(inFormUnit(money('1473570920000000', 'VND'), 'ty_dong')).toBe('1473570.92');
    expect(() => inFormUnit(money(1, 'VND'), 'trieu_usd')).toThrow(AppError);
  });
});

describe('format', () => {
  it('prints vi-VN numbers and Hà Nội dates', () => {
    expect(formatNumber(1473570.92, 2)).toBe('1.473.570,92');
    expect(formatNumber('1473570.92', 2, 'en')).toBe('1,473,570.92');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    // 17:30 UTC is already the next day in Hà Nội.
    expect(formatDateTime(new Date('2026-11-26T17:30:00Z'))).toBe('27/11/2026 00:30:00');
    expect(todayInVietnam(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
  });
});
