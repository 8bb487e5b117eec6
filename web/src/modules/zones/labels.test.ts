import { describe, expect, it } from 'vitest';
import { decimalInput, editionOn, formatHa, oneOf } from './labels';

describe('zones labels', () => {
  it('reads decimals typed the Vietnamese way or with a point', () => {
    expect(decimalInput('1.329,5')).toBe('1329.5');
    expect(decimalInput(' 125.5 ')).toBe('125.5');
    expect(decimalInput('300')).toBe('300');
    expect(decimalInput('3.500')).toBe('3500');
    expect(decimalInput('12.000.000')).toBe('12000000');
    expect(decimalInput('1 250,75')).toBe('1250.75');
    expect(decimalInput('  ')).toBeUndefined();
  });

  it('formats hectares in vi-VN', () => {
    expect(formatHa('1329.5')).toBe('1.329,5 ha');
    expect(formatHa(null)).toBe('—');
  });

  it('picks the province edition of a day across the 2025 merger', () => {
    expect(editionOn('2025-06-30')).toBe('63');
    expect(editionOn('2025-07-01')).toBe('34');
    expect(editionOn(undefined)).toBe('34');
  });

  it('keeps only allowed URL values', () => {
    expect(oneOf('operating', ['operating', 'revoked'] as const)).toBe('operating');
    expect(oneOf('open', ['operating'] as const)).toBeUndefined();
  });
});
