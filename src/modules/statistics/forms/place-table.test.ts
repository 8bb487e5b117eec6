import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../kernel/decimal';
import { column, Drills, dec, percent, placeForm, sumOrNull } from './place-table';

const d = (v: string) => parseDecimal(v);
const area = column('c', '1', { vi: 'Diện tích', en: 'Area' }, 'area', 'ha');
const items = [
  { id: 'a', values: { code: 'A', name: 'KCN A' }, value: d('10.125') },
  { id: 'b', values: { code: 'B', name: 'KCN B' }, value: null },
  { id: 'c', values: { code: 'C', name: 'KCN C' }, value: d('2.5') },
];
const title = { vi: 'Cột 1', en: 'Column 1' };

describe('place form cells', () => {
  it('adds exact values and rounds once, half away from zero; an all-empty sum stays empty', () => {
    const drills = new Drills();
    expect(drills.cell('k', { column: area, places: 2, how: 'sum', title, recordKind: 'park', items }).value).toBe(
      '12.63',
    );
    expect(sumOrNull([null, null])).toBeNull();
    expect(
      drills.cell('e', { column: area, places: 2, how: 'sum', title, recordKind: 'park', items: [items[1]!] }).value,
    ).toBeNull();
  });

  it('counts records, and averages only the records that have a value', () => {
    const drills = new Drills();
    expect(drills.cell('n', { column: area, places: 0, how: 'count', title, recordKind: 'park', items }).value).toBe(
      '3',
    );
    expect(drills.cell('m', { column: area, places: 2, how: 'average', title, recordKind: 'park', items }).value).toBe(
      '6.31',
    );
  });

  it('gives a rate as n ÷ d × 100 to 2 places, "-" (null) when the denominator is 0 or missing', () => {
    expect(percent(d('395'), d('730'))).toBe('54.11');
    expect(percent(d('1'), d('0'))).toBeNull();
    expect(percent(d('1'), null)).toBeNull();
    expect(dec('')).toBeNull();
  });

  it('opens a cell to its records with the value recomputed from them, paged, and refuses unknown keys', async () => {
    const form = placeForm({
      code: '2103',
      title,
      landscape: true,
      notes: () => [],
      build: async () => {
        const drills = new Drills();
        const cell = drills.cell('c|total', { column: area, places: 2, how: 'sum', title, recordKind: 'park', items });
        return {
          sections: [
            {
              key: 'main',
              title: null,
              columns: [area],
              rows: [],
              total: { key: 'total', label: null, level: 0, cells: { c: cell } },
            },
          ],
          drills,
        };
      },
    });
    const ctx = {} as Parameters<typeof form.compute>[0];
    const page = await form.drill(ctx, 'c|total', { page: 2, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, cellValue: '12.63', recordKind: 'park' });
    expect(page.rows).toEqual([{ id: 'c', values: { code: 'C', name: 'KCN C', value: '2.5' } }]);
    await expect(form.drill(ctx, 'nope', { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
