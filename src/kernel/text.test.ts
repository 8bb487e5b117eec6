import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it('drops accents, folds đ and case, collapses spaces', () => {
    expect(foldVietnamese('  KCN Quế   Võ ')).toBe('kcn que vo');
    expect(foldVietnamese('Công ty Đông Á')).toBe('cong ty dong a');
    expect(foldVietnamese('Bắc Ninh')).toBe(foldVietnamese('bac ninh'));
    expect(foldVietnamese('Hoà Bình')).toBe(foldVietnamese('Hòa Bình'));
  });
});
