import { describe, expect, it } from 'vitest';
import { shownFigure, viDecimal } from './report-pdf';

/** The printed figures: exact decimals the Vietnamese way, no rounding through floating point. */
describe('figures on the printed report', () => {
  it('groups thousands with dots and marks decimals with a comma, exactly', () => {
    expect(viDecimal('1200.5')).toBe('1.200,5');
    expect(viDecimal('23105905.43')).toBe('23.105.905,43');
    expect(viDecimal('12345678901234567.123')).toBe('12.345.678.901.234.567,123');
    expect(viDecimal('800')).toBe('800');
    expect(viDecimal('1000.500')).toBe('1.000,5');
    expect(viDecimal('-0.25')).toBe('-0,25');
    expect(viDecimal('007')).toBe('7');
  });

  it('prints empty as a dash and flags as Có/Không', () => {
    expect(shownFigure(null)).toBe('—');
    expect(shownFigure('')).toBe('—');
    expect(shownFigure(undefined)).toBe('—');
    expect(shownFigure(true)).toBe('Có');
    expect(shownFigure(false)).toBe('Không');
    expect(shownFigure(145)).toBe('145');
  });
});
