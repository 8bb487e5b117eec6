import { describe, expect, it } from 'vitest';
import { formatDecimalText, formatHectares, formatMoney, formatMoneyChange, parseAmountInput } from './amounts';

describe('registry amounts in Vietnamese notation', () => {
  it('groups thousands with dots and keeps every decimal the server sent', () => {
    expect(formatDecimalText('12500000.5')).toBe('12.500.000,5');
    expect(formatDecimalText('48000000000')).toBe('48.000.000.000');
    expect(formatDecimalText('999')).toBe('999');
    expect(formatDecimalText('-3000000')).toBe('-3.000.000');
    expect(formatDecimalText('123456789012345678.25')).toBe('123.456.789.012.345.678,25');
    expect(formatDecimalText(null)).toBe('—');
  });

  it('writes money with its currency and changes with a sign', () => {
    expect(formatMoney({ value: '80000000', currency: 'USD' })).toBe('80.000.000 USD');
    expect(formatMoneyChange({ value: '5000000', currency: 'USD' })).toBe('+5.000.000 USD');
    expect(formatMoneyChange({ value: '-30000000000', currency: 'VND' })).toBe('−30.000.000.000 VND');
    expect(formatHectares('-0.5', true)).toBe('−0,5 ha');
    expect(formatHectares('12.25')).toBe('12,25 ha');
  });

  it('reads what people type, with Vietnamese or plain notation', () => {
    expect(parseAmountInput('12.500.000')).toBe('12500000');
    expect(parseAmountInput('12.500.000,5')).toBe('12500000.5');
    expect(parseAmountInput('3000000,25')).toBe('3000000.25');
    expect(parseAmountInput('12500000.5')).toBe('12500000.5');
    expect(parseAmountInput(' -5 000 000 ')).toBe('-5000000');
  });
});
