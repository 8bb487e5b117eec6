import { describe, expect, it } from 'vitest';
import type { FormColumn, FormRow, FormSection } from '../../../../src/modules/statistics/contract';
import {
  auditRecordPath,
  formatCell,
  headerTree,
  joinPeriod,
  labelMode,
  lastClosedQuarter,
  recordPath,
  splitPeriod,
  totalFirstText,
} from './cells';

const col = (key: string, groups: string[]): FormColumn => ({
  key,
  number: null,
  label: { vi: key, en: key },
  groups: groups.map((g) => ({ vi: g, en: `${g}-en` })),
  unit: null,
  kind: 'count',
});

describe('statistics cells', () => {
  it('writes numbers the Vietnamese way with the form’s own precision', () => {
    expect(formatCell('1473570.92', 'money')).toBe('1.473.570,92');
    expect(formatCell('12.50', 'money')).toBe('12,50');
    expect(formatCell('-3.5', 'area')).toBe('-3,5');
    expect(formatCell('2500', 'count')).toBe('2.500');
    expect(formatCell('KCN Yên Phong', 'text')).toBe('KCN Yên Phong');
    expect(formatCell(null, 'money')).toBe('');
    expect(formatCell('2026-08-10', 'text')).toBe('10/08/2026');
  });

  it('groups neighbouring columns under their shared header', () => {
    const tree = headerTree(
      [
        col('a', []),
        col('b', ['FDI', 'Trong kỳ']),
        col('c', ['FDI', 'Trong kỳ']),
        col('d', ['FDI']),
        col('e', ['DDI']),
      ],
      'vi',
    );
    expect(tree.map((n) => (n.kind === 'leaf' ? n.column.key : `${n.title}:${n.children.length}`))).toEqual([
      'a',
      'FDI:2',
      'DDI:1',
    ]);
    const fdi = tree[1]!;
    expect(fdi.kind === 'group' && fdi.children.map((n) => (n.kind === 'leaf' ? n.column.key : n.title))).toEqual([
      'Trong kỳ',
      'd',
    ]);
    expect((headerTree([col('x', ['FDI'])], 'en')[0] as { title: string }).title).toBe('FDI-en');
  });

  it('places indicator labels and a list form’s total label', () => {
    const row = (key: string, label: string | null, first: string | null): FormRow => ({
      key,
      label: label ? { vi: label, en: label } : null,
      level: 1,
      cells: first === null ? {} : { a: { value: first } },
    });
    const section = (rows: FormRow[], total: FormRow | null = null): FormSection => ({
      key: 's',
      title: null,
      columns: [{ ...col('a', []), kind: 'text' as const }],
      rows,
      total,
    });
    expect(labelMode(section([row('r', 'Số dự án', 'Số dự án'), row('h', '1. Cấp mới', null)]))).toBe('first');
    expect(labelMode(section([row('r', 'Số dự án', 'KCN A')]))).toBe('extra');
    expect(labelMode(section([row('r', null, 'KCN A')], row('t', 'Tổng cộng', '1')))).toBe('none');
    expect(totalFirstText('Tổng cộng', '12')).toBe('Tổng cộng: 12');
    expect(totalFirstText('Tổng cộng', 'Tổng cộng (1 KCN)')).toBe('Tổng cộng (1 KCN)');
    expect(totalFirstText('Tổng cộng', '')).toBe('Tổng cộng');
  });

  it('knows the last closed quarter and splits periods', () => {
    expect(lastClosedQuarter('2026-11-26')).toBe('2026-Q3');
    expect(lastClosedQuarter('2026-02-01')).toBe('2025-Q4');
    expect(splitPeriod('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(splitPeriod('2025')).toEqual({ year: 2025, quarter: null });
    expect(joinPeriod(2025, null)).toBe('2025');
    expect(joinPeriod(2025, 2)).toBe('2025-Q2');
  });

  it('links projects, parks, zones and the projects of events and reports to their pages', () => {
    const row = (id: string, values: Record<string, string | null> = {}) => ({ id, values });
    expect(recordPath('project', row('p1'))).toBe('/du-an/p1');
    expect(recordPath('park', row('k1'))).toBe('/khu-cong-nghiep/k1');
    expect(recordPath('economic_zone', row('z1'))).toBe('/khu-kinh-te/z1');
    expect(recordPath('certificate_event', row('e1', { projectId: 'p9' }))).toBe('/du-an/p9');
    expect(recordPath('special_zone', row('s1'))).toBeNull();
    expect(auditRecordPath('industrial_park', 'k2')).toBe('/khu-cong-nghiep/k2');
    // The records an enterprise's own edits touch open too: its report, itself, its investors.
    expect(auditRecordPath('report', 'r1')).toBe('/bao-cao-dinh-ky/r1');
    expect(auditRecordPath('enterprise', 'd1')).toBe('/doanh-nghiep/d1');
    expect(auditRecordPath('investor', 'i1')).toBe('/doanh-nghiep/nha-dau-tu/i1');
    expect(auditRecordPath('report_reopening', 'x1')).toBeNull();
  });
});
