import { describe, expect, it } from 'vitest';
import {
  cellText,
  columnLetter,
  excelSerialToIso,
  numberText,
  parseDay,
  parseDecimalCell,
  parseIntegerCell,
  parseYesNo,
  splitList,
  unwrapCell,
} from './xlsx-cells';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : 'ERROR');

describe('cells as a Vietnamese office fills them in', () => {
  it('names columns like Excel', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('unwraps rich text, formulas, hyperlinks and errors', () => {
    expect(unwrapCell({ richText: [{ text: 'Khu công ' }, { text: 'nghiệp' }] })).toBe('Khu công nghiệp');
    expect(unwrapCell({ formula: 'A1*2', result: 84 })).toBe(84);
    expect(unwrapCell({ formula: 'A1*2' })).toBeNull();
    expect(unwrapCell({ text: 'Bộ Tài chính', hyperlink: 'https://mof.gov.vn' })).toBe('Bộ Tài chính');
    expect(unwrapCell({ error: '#N/A' })).toBe('#N/A');
    expect(cellText('  Hà\u00a0Nội  ')).toBe('Hà Nội');
  });

  it('reads dates from date cells, Excel serials and dd/mm/yyyy text', () => {
    expect(value(parseDay(new Date(Date.UTC(2025, 6, 1))))).toBe('2025-07-01');
    expect(value(parseDay(45839))).toBe('2025-07-01');
    expect(value(parseDay('01/07/2025'))).toBe('2025-07-01');
    expect(value(parseDay('1/7/2025'))).toBe('2025-07-01');
    expect(value(parseDay('01.07.2025'))).toBe('2025-07-01');
    expect(value(parseDay('2025-07-01'))).toBe('2025-07-01');
    expect(value(parseDay(''))).toBeNull();
    expect(value(parseDay(null))).toBeNull();
    expect(excelSerialToIso(45839.75)).toBe('2025-07-01');
  });

  it('refuses days that do not exist, with the reason in both languages', () => {
    const bad = parseDay('31/02/2024');
    expect(bad).toMatchObject({ ok: false, vi: 'Ngày "31/02/2024" không tồn tại.' });
    const notADate = parseDay('tháng 7');
    expect(notADate.ok).toBe(false);
    if (!notADate.ok) {
      expect(notADate.vi).toContain('dd/mm/yyyy');
      expect(notADate.en).toContain('dd/mm/yyyy');
    }
  });

  it('reads vi-VN decimals and number cells as exact decimal text', () => {
    expect(value(parseDecimalCell('1.234,5'))).toBe('1234.5');
    expect(value(parseDecimalCell('1.473.570,92'))).toBe('1473570.92');
    expect(value(parseDecimalCell('125,50'))).toBe('125.5');
    expect(value(parseDecimalCell('125.5'))).toBe('125.5');
    expect(value(parseDecimalCell('1.234'))).toBe('1234');
    expect(value(parseDecimalCell('-3.000.000'))).toBe('-3000000');
    expect(value(parseDecimalCell('−2,5'))).toBe('-2.5');
    expect(value(parseDecimalCell('007'))).toBe('7');
    expect(value(parseDecimalCell(33.33))).toBe('33.33');
    expect(value(parseDecimalCell(25_000_000))).toBe('25000000');
    expect(value(parseDecimalCell(0.1 + 0.2))).toBe('0.3');
    expect(value(parseDecimalCell('1 234,5'))).toBe('1234.5');
    expect(parseDecimalCell('12a').ok).toBe(false);
    expect(parseDecimalCell('1,2,3').ok).toBe(false);
    expect(parseDecimalCell(new Date()).ok).toBe(false);
    expect(numberText(1e21)).toBe('1000000000000000000000');
  });

  it('reads whole numbers, yes/no and lists', () => {
    expect(value(parseIntegerCell('50'))).toBe(50);
    expect(parseIntegerCell('50,5').ok).toBe(false);
    expect(value(parseYesNo('Có'))).toBe(true);
    expect(value(parseYesNo('không'))).toBe(false);
    expect(value(parseYesNo(true))).toBe(true);
    expect(parseYesNo('có lẽ').ok).toBe(false);
    expect(splitList('26100; 2640\n2651')).toEqual(['26100', '2640', '2651']);
    expect(splitList('a, b', true)).toEqual(['a', 'b']);
    expect(splitList('a, b')).toEqual(['a, b']);
  });
});
