import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, searchKey } from './format';

describe('Vietnamese formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1473570.92)).toBe('1.473.570,92');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes days as dd/mm/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('—');
  });

  it('shows instants in Hà Nội time whatever the machine clock', () => {
    // 17:30 UTC on 30 June is 00:30 on 1 July in Hà Nội
    expect(formatDateTime('2025-06-30T17:30:05Z')).toBe('01/07/2025 00:30:05');
    expect(formatDateTime('2026-01-01T00:00:00+07:00')).toBe('01/01/2026 00:00:00');
  });

  it('searches without diacritics', () => {
    expect(searchKey('Đắk Lắk')).toBe('dak lak');
    expect(searchKey('Thành phố Hà Nội')).toContain('ha noi');
  });
});
