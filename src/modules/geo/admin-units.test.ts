import { describe, expect, it } from 'vitest';
import { readCsv } from '../../platform/files/csv';
import { createAdminIndex, deriveSuccessorMembers, type Edition } from './admin-units';
import {
  BOUNDARY_ATTRIBUTION,
  loadAdminUnits,
  loadBoundaries,
  loadGroupDefinitions,
  loadProvinceGroups,
  loadSuccessions,
} from './reference-data';

const units = loadAdminUnits();
const successions = loadSuccessions();
const groups = loadProvinceGroups(units, successions);
const index = createAdminIndex(units, successions, groups);
const group = (code: string) => groups.find((g) => g.code === code)!;
const ids = (list: { id: string }[]) => list.map((u) => u.id);
// Compares names whatever the accent placement (Hoà/Hòa) or hyphen spacing.
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();

describe('administrative units', () => {
  it('has 63 units until 2025-06-30 and 34 from 2025-07-01', () => {
    expect(index.unitsAsOf('2025-06-30')).toHaveLength(63);
    expect(index.unitsAsOf('2025-07-01')).toHaveLength(34);
    expect(index.unitsAsOf('1998-05-01')).toHaveLength(63);
    expect(index.unitsAsOf('2025-07-01').filter((u) => u.kind === 'city')).toHaveLength(6);
  });

  it('takes the 34 codes from the official 915 list', () => {
    const official = readCsv('admin-units', '915_CTK-CSCL.csv').map((r) => r['Mã số']);
    expect(index.unitsAsOf('2026-01-01').map((u) => u.code)).toEqual([...official].sort());
  });

  it('gives every old unit exactly one successor', () => {
    for (const unit of index.unitsAsOf('2025-06-30')) expect(index.successorsOf(unit.id)).toHaveLength(1);
  });

  it('matches the old codes of provinces-34-2025.csv and provinces-63-pre2025.csv', () => {
    for (const row of readCsv('admin-units', 'provinces-34-2025.csv')) {
      const expected = row.old_codes!.split(';').map((c) => `63:${c}`);
      expect(ids(index.predecessorsOf(`34:${row.code}`)).sort()).toEqual(expected.sort());
    }
    for (const row of readCsv('admin-units', 'provinces-63-pre2025.csv')) {
      expect(index.currentEquivalent(`63:${row.code}`, '2025-07-01')?.id).toBe(`34:${row.new_code_2025}`);
    }
  });

  it('resolves a code by date: 24 is Bắc Giang, then the new Bắc Ninh', () => {
    expect(index.resolve('24', '2025-06-30')?.name).toBe('Tỉnh Bắc Giang');
    expect(index.resolve('24', '2025-07-01')?.name).toBe('Tỉnh Bắc Ninh');
    expect(index.resolve('24', '2025-07-01')?.communeCount).toBe(99);
    expect(index.resolve('1', '2010-01-01')?.id).toBe('63:01');
    expect(index.resolve('27', '2025-07-01')).toBeNull();
    expect(() => index.resolve('24', '1/7/2025')).toThrow(RangeError);
  });

  it('follows the 915 list for An Giang: 89 before, 91 after', () => {
    expect(index.resolve('89', '2025-06-30')?.shortName).toBe('An Giang');
    expect(index.resolve('91', '2025-06-30')?.shortName).toBe('Kiên Giang');
    expect(index.resolve('91', '2025-07-01')?.shortName).toBe('An Giang');
    expect(index.resolve('89', '2025-07-01')).toBeNull();
    expect(index.currentEquivalent('63:89', '2025-07-01')?.id).toBe('34:91');
  });

  it('finds the current equivalent only where it is one unit', () => {
    expect(index.currentEquivalent('63:27', '2025-06-30')?.id).toBe('63:27');
    expect(index.currentEquivalent('63:27', '2030-01-01')?.id).toBe('34:24');
    expect(index.currentEquivalent('34:01', '2020-01-01')?.id).toBe('63:01');
    expect(index.currentEquivalent('34:25', '2020-01-01')).toBeNull();
    expect(index.currentEquivalent('99:99', '2020-01-01')).toBeNull();
  });

  it('gives the lineage of a merged unit without its siblings', () => {
    const phuTho = index.lineage('34:25')!;
    expect(ids(phuTho.ancestors).sort()).toEqual(['63:17', '63:25', '63:26']);
    expect(phuTho.descendants).toEqual([]);
    expect(phuTho.successions).toHaveLength(3);
    const vinhPhuc = index.lineage('63:26')!;
    expect(ids(vinhPhuc.descendants)).toEqual(['34:25']);
    expect(vinhPhuc.successions.map((s) => [s.fromId, s.toId, s.legalBasis])).toEqual([
      ['63:26', '34:25', 'Nghị quyết 202/2025/QH15'],
    ]);
    expect(index.lineage('nope')).toBeNull();
  });
});

describe('regions and sets', () => {
  const expectPartition = (codes: string[], edition: Edition, sizes: number[]) => {
    expect(codes.map((c) => group(c).memberIds.length)).toEqual(sizes);
    const all = codes.flatMap((c) => group(c).memberIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(
      units
        .filter((u) => u.edition === edition)
        .map((u) => u.id)
        .sort(),
    );
  };

  it('partitions the 63 units into the six regions of Resolution 81/2023/QH15', () => {
    expectPartition(['tdmnpb', 'dbsh', 'btb-dhmt', 'tay-nguyen', 'dnb', 'dbscl'], '63', [14, 11, 14, 5, 6, 13]);
    expect(group('tdmnpb').certainty).toBe('V');
  });

  it('partitions the 34 units into the six regions re-drawn, tagged inferred', () => {
    const codes = ['tdmnpb-2025', 'dbsh-2025', 'btb-dhmt-2025', 'tay-nguyen-2025', 'dnb-2025', 'dbscl-2025'];
    expectPartition(codes, '34', [9, 6, 8, 3, 3, 5]);
    for (const code of codes) expect(group(code).certainty).toBe('I');
  });

  it('names each typed member as the unit files do', () => {
    for (const def of loadGroupDefinitions()) {
      for (const [code, name] of def.members ?? []) {
        expect(fold(index.unit(`${def.edition}:${code}`)?.shortName ?? ''), `${def.code} ${code}`).toBe(fold(name));
      }
    }
  });

  it('has 30 old northern provinces, carried over to 19 new units', () => {
    expect(group('north30').memberIds).toHaveLength(30);
    expect(group('north30').memberIds.every((id) => id.startsWith('63:'))).toBe(true);
    const after = group('north30-2025').memberIds;
    expect(after).toHaveLength(19);
    expect(after).toContain('34:25'); // Phú Thọ: Hòa Bình, Phú Thọ and Vĩnh Phúc are all northern
    expect(after).toContain('34:44'); // Quảng Trị: Quảng Bình and Quảng Trị
    expect(after).not.toContain('34:46'); // Huế stays outside the 30
  });

  it('derives a set only from units whose every part belongs', () => {
    expect(deriveSuccessorMembers(['63:26'], successions)).toEqual([]);
    expect(deriveSuccessorMembers(['63:17', '63:25', '63:26'], successions)).toEqual(['34:25']);
  });

  it('answers groupsOf for the unit valid on the date, following the merger', () => {
    const codes = (list: { code: string }[]) => list.map((g) => g.code);
    expect(codes(index.groupsOf('63:26', '2025-06-30'))).toEqual(['dbsh', 'north30']);
    expect(codes(index.groupsOf('63:26', '2025-07-01'))).toEqual(['tdmnpb-2025', 'north30-2025']);
    expect(codes(index.groupsOf('26', '2025-07-01'))).toEqual(['tdmnpb-2025', 'north30-2025']);
    expect(codes(index.groupsOf('89', '2026-03-01'))).toEqual(['dbscl-2025']);
    expect(codes(index.groupsOf('24', '2025-06-30'))).toEqual(['tdmnpb', 'north30']);
    expect(codes(index.groupsOf('24', '2025-07-01'))).toEqual(['dbsh-2025', 'north30-2025']);
    expect(codes(index.groupsOf('34:25', '2020-01-01'))).toEqual(['north30']);
    expect(index.groupsOf('00', '2020-01-01')).toEqual([]);
  });

  it('lists the groups of the edition in force', () => {
    expect(index.groupsAsOf('2025-06-30').map((g) => g.code)).toEqual([
      ...['tdmnpb', 'dbsh', 'btb-dhmt', 'tay-nguyen', 'dnb', 'dbscl', 'north30'],
    ]);
    expect(index.groupsAsOf('2025-07-01')).toHaveLength(7);
  });
});

describe('boundaries', () => {
  const ringsOf = (g: { type: string; coordinates: unknown }) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];

  it.each(['63', '34'] as const)('covers every unit of the %s edition with valid polygons', (edition) => {
    const collection = loadBoundaries(edition);
    const date = edition === '63' ? '2025-06-30' : '2025-07-01';
    expect(collection.attribution).toBe(BOUNDARY_ATTRIBUTION);
    const codes = collection.features.map((f) => f.properties.ma_tinh);
    for (const code of codes) expect(index.resolve(code, date)?.edition).toBe(edition);
    expect(codes.sort()).toEqual(index.unitsAsOf(date).map((u) => u.code));
    for (const feature of collection.features) {
      for (const ring of ringsOf(feature.geometry).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('keeps Hoàng Sa under Đà Nẵng and Trường Sa under Khánh Hòa', () => {
    const inBox = (code: string, [x0, y0, x1, y1]: number[]) =>
      ringsOf(loadBoundaries('34').features.find((f) => f.properties.ma_tinh === code)!.geometry).filter((polygon) =>
        polygon[0]!.some(([x = 0, y = 0]) => x > x0! && x < x1! && y > y0! && y < y1!),
      ).length;
    expect(inBox('48', [111, 15.5, 113, 17.5])).toBeGreaterThan(10);
    expect(inBox('56', [111, 6, 118, 12.5])).toBeGreaterThan(100);
  });
});
