import { describe, expect, it } from 'vitest';
import { fromApiDecimal, tidyNumberText, toApiDecimal } from './numbers';

describe('report figures typed the Vietnamese way', () => {
  it('reads grouped thousands and decimal commas', () => {
    expect(toApiDecimal('12.500.000')).toBe('12500000');
    expect(toApiDecimal('1.250,5')).toBe('1250.5');
    expect(toApiDecimal('3500')).toBe('3500');
    expect(toApiDecimal('0,75')).toBe('0.75');
    expect(toApiDecimal(' 1 000 ')).toBe('1000');
    expect(toApiDecimal('')).toBeNull();
  });
  it('passes text that is not a number to the server unchanged, so its message names the field', () => {
    expect(toApiDecimal('12.50')).toBe('12.50');
    expect(toApiDecimal('abc')).toBe('abc');
  });
  it('writes API decimals back with grouping and no trailing zeros', () => {
    expect(fromApiDecimal('12500000.50')).toBe('12.500.000,5');
    expect(fromApiDecimal('1000')).toBe('1.000');
    expect(fromApiDecimal(42)).toBe('42');
    expect(fromApiDecimal(null)).toBe('');
  });
  it('tidies on blur only what is a number', () => {
    expect(tidyNumberText('0012500')).toBe('12.500');
    expect(tidyNumberText('12,50')).toBe('12,5');
    expect(tidyNumberText(' x1 ')).toBe('x1');
  });
});
