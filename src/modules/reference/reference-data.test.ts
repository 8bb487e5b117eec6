import { describe, expect, it } from 'vitest';
import { loadCountries, loadWasteCodes } from './reference-data';

describe('countries', () => {
  const countries = loadCountries();
  const byCode = new Map(countries.map((c) => [c.alpha2, c]));

  it('applies the Vietnamese-name overrides and keeps the published name as an alias', () => {
    expect(countries).toHaveLength(250);
    expect(byCode.get('US')?.nameVi).toBe('Hoa Kỳ');
    expect(byCode.get('US')?.aliases).toContain('Hợp chủng quốc Hoa Kỳ');
    expect(byCode.get('TW')?.nameVi).toBe('Đài Loan (Trung Quốc)');
    expect(byCode.get('MY')?.nameVi).toBe('Malaysia');
    expect(byCode.get('KR')?.aliases).toContain('Korea, Republic of');
    expect(byCode.get('VN')?.nameVi).toBe('Việt Nam');
  });
});

describe('waste codes', () => {
  it('has the 842 six-digit codes of the European List of Waste in 20 chapters', () => {
    const codes = loadWasteCodes();
    expect(codes).toHaveLength(842);
    expect(new Set(codes.map((c) => c.chapterCode)).size).toBe(20);
    expect(codes.every((c) => /^\d{6}$/.test(c.code))).toBe(true);
    expect(codes.every((c) => c.hazardous === c.displayCode.endsWith('*'))).toBe(true);
  });
});
