import { describe, expect, it } from 'vitest';
import type { FormSection } from './contract';
import { diffSections } from './snapshot-diff';

const col = (key: string, kind: 'text' | 'count' | 'money' = 'count', groups: string[] = []) => ({
  key,
  number: null,
  label: { vi: `Cột ${key}`, en: key },
  groups: groups.map((g) => ({ vi: g, en: g })),
  unit: null,
  kind,
});

const section = (
  rows: [string, Record<string, string | null>][],
  total?: Record<string, string | null>,
): FormSection => ({
  key: 's1',
  title: { vi: 'I. Các KCN', en: 'I. Parks' },
  columns: [col('name', 'text'), col('n', 'count', ['FDI']), col('cap', 'money', ['FDI'])],
  rows: rows.map(([key, cells]) => ({
    key,
    label: null,
    level: 1,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, { value: v }])),
  })),
  total: total
    ? {
        key: 'total',
        label: null,
        level: 0,
        cells: Object.fromEntries(Object.entries(total).map(([k, v]) => [k, { value: v }])),
      }
    : null,
});

describe('diffSections', () => {
  it('finds nothing when the figures are the same, even written differently', () => {
    const a = section([['p1', { name: 'KCN Yên Phong', n: '2', cap: '12.50' }]]);
    const b = section([['p1', { name: 'KCN Yên Phong', n: '2', cap: '12.5' }]]);
    expect(diffSections([a], [b])).toEqual([]);
  });

  it('lists each moved cell with its row and column names, the total included', () => {
    const a = section([['p1', { name: 'KCN Yên Phong', n: '2', cap: '12.50' }]], { n: '2', cap: '12.50' });
    const b = section([['p1', { name: 'KCN Yên Phong', n: '3', cap: '20.00' }]], { n: '3', cap: '20.00' });
    const changes = diffSections([a], [b]);
    expect(changes.map((c) => [c.rowLabel, c.columnLabel, c.was, c.now])).toEqual([
      ['KCN Yên Phong', 'FDI › Cột n', '2', '3'],
      ['KCN Yên Phong', 'FDI › Cột cap', '12.50', '20.00'],
      ['Tổng cộng', 'FDI › Cột n', '2', '3'],
      ['Tổng cộng', 'FDI › Cột cap', '12.50', '20.00'],
    ]);
    expect(changes[0]!.sectionTitle).toBe('I. Các KCN');
  });

  it('shows a row that appeared or dropped out as cells from or to nothing', () => {
    const a = section([['p1', { name: 'KCN A', n: '1', cap: '1' }]]);
    const b = section([['p2', { name: 'KCN B', n: '1', cap: null }]]);
    const changes = diffSections([a], [b]);
    expect(changes.filter((c) => c.row === 'p1').map((c) => c.now)).toEqual([null, null, null]);
    expect(changes.filter((c) => c.row === 'p2').map((c) => [c.rowLabel, c.was, c.now])).toEqual([
      ['KCN B', null, 'KCN B'],
      ['KCN B', null, '1'],
    ]);
  });
});
