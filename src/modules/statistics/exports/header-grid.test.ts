import { describe, expect, it } from 'vitest';
import type { FormSection } from '../contract';
import { headerGrid, numberRow } from './header-grid';

const t = (vi: string) => ({ vi, en: vi });
const col = (key: string, groups: string[], number: string | null = null) => ({
  key,
  number,
  label: t(key),
  groups: groups.map(t),
  unit: key === 'cap' ? 'triệu USD' : null,
  kind: 'count' as const,
});

describe('headerGrid', () => {
  it('merges shared groups across and short columns down', () => {
    const section: FormSection = {
      key: 's',
      title: null,
      columns: [
        col('name', [], '1'),
        col('n', ['DỰ ÁN FDI', 'Trong kỳ'], '2'),
        col('cap', ['DỰ ÁN FDI', 'Trong kỳ'], '3'),
        col('valid', ['DỰ ÁN FDI'], '4'),
      ],
      rows: [{ key: 'r', label: null, level: 0, cells: {} }],
      total: null,
    };
    const grid = headerGrid(section);
    expect(grid.depth).toBe(3);
    expect(grid.labelColumn).toBe(false);
    expect(grid.cells).toEqual([
      { row: 0, col: 1, rowSpan: 1, colSpan: 3, text: 'DỰ ÁN FDI' },
      { row: 1, col: 1, rowSpan: 1, colSpan: 2, text: 'Trong kỳ' },
      { row: 0, col: 0, rowSpan: 3, colSpan: 1, text: 'name' },
      { row: 2, col: 1, rowSpan: 1, colSpan: 1, text: 'n' },
      { row: 2, col: 2, rowSpan: 1, colSpan: 1, text: 'cap (triệu USD)' },
      { row: 1, col: 3, rowSpan: 2, colSpan: 1, text: 'valid' },
    ]);
    expect(numberRow(section)).toEqual(['(1)', '(2)', '(3)', '(4)']);
  });

  it('puts an indicator column first for matrix forms', () => {
    const section: FormSection = {
      key: 's',
      title: null,
      columns: [col('a', []), col('b', [])],
      rows: [{ key: 'r', label: t('Số dự án'), level: 1, cells: {} }],
      total: null,
    };
    const grid = headerGrid(section);
    expect(grid.width).toBe(3);
    expect(grid.cells[0]).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 1, text: 'Chỉ tiêu' });
    expect(numberRow(section)).toBeNull();
  });
});
