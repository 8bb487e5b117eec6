import { describe, expect, it } from 'vitest';
import { dictionaries, MESSAGE_PARTS, type MessageKey, translator } from './i18n';

describe('dictionaries', () => {
  const keys = Object.keys(dictionaries.vi) as MessageKey[];

  it('have a non-empty text for every key in both languages', () => {
    for (const key of keys) {
      expect(dictionaries.vi[key].trim(), key).not.toBe('');
      expect(dictionaries.en[key].trim(), key).not.toBe('');
    }
    expect(Object.keys(dictionaries.en).sort()).toEqual([...keys].sort());
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) expect(names(dictionaries.en[key]), key).toEqual(names(dictionaries.vi[key]));
  });

  it('lists the same number of weekdays and months', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(dictionaries[lang]['calendar.weekdays'].split(',')).toHaveLength(7);
      expect(dictionaries[lang]['calendar.weekdaysLong'].split(',')).toHaveLength(7);
      expect(dictionaries[lang]['calendar.months'].split(',')).toHaveLength(12);
    }
  });

  it('fills placeholders', () => {
    expect(translator('vi')('audit.total', { n: '1.234' })).toBe('Tổng cộng 1.234 bản ghi');
    expect(translator('en')('password.hint', { min: 10 })).toContain('At least 10');
  });
});

describe('message parts', () => {
  it('never define the same key twice', () => {
    const seen = new Map<string, number>();
    for (const part of MESSAGE_PARTS) for (const key of Object.keys(part.vi)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
