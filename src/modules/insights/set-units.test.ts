import { describe, expect, it } from 'vitest';
import { createAdminIndex } from '../geo/admin-units';
import { loadAdminUnits, loadProvinceGroups, loadSuccessions } from '../geo/reference-data';
import { provinceOfEdition, resolveUnitSet } from './set-units';

const units = loadAdminUnits();
const successions = loadSuccessions();
const ix = createAdminIndex(units, successions, loadProvinceGroups(units, successions));
const ids = (selector: string) => [...(resolveUnitSet(ix, selector).unitIds ?? [])].sort();

describe('province sets across the 2025 merger', () => {
  it('the new Bắc Ninh counts the records of the old Bắc Ninh and Bắc Giang; the old Bắc Giang only its own', () => {
    expect(ids('unit:34:24')).toEqual(['34:24', '63:24', '63:27']);
    // No new unit was formed from Bắc Giang alone.
    expect(ids('unit:63:24')).toEqual(['63:24']);
    // Hà Nội was not merged: its old and new units are the same place.
    expect(ids('unit:63:01')).toEqual(['34:01', '63:01']);
  });

  it('the 30 northern provinces of either edition cover the same records', () => {
    const old = ids('group:north30');
    const merged = ids('group:north30-2025');
    expect(resolveUnitSet(ix, 'group:north30').members).toHaveLength(30);
    expect(resolveUnitSet(ix, 'group:north30-2025').members).toHaveLength(19);
    expect(old).toEqual(merged);
    expect(old).toContain('34:31'); // Hải Phòng + Hải Dương, both northern
    expect(old).not.toContain('34:46'); // Huế is not among the 30
    expect(old).not.toContain('34:48'); // Đà Nẵng took in Quảng Nam, outside the set
  });

  it('an old region takes only the new units formed wholly from its members', () => {
    const midlands = ids('group:tdmnpb');
    expect(midlands).toContain('34:08'); // Tuyên Quang + Hà Giang
    expect(midlands).not.toContain('34:24'); // Bắc Ninh: Bắc Giang (midlands) + Bắc Ninh (delta)
  });

  it('unknown sets are a 400 with the field named', () => {
    expect(() => resolveUnitSet(ix, 'group:nowhere')).toThrow(/nowhere/);
    expect(() => resolveUnitSet(ix, 'unit:34:99')).toThrow();
  });

  it('maps a record’s unit to a province of the map’s edition', () => {
    expect(provinceOfEdition(ix, '63:24', '34')).toBe('34:24');
    expect(provinceOfEdition(ix, '34:01', '63')).toBe('63:01');
    expect(provinceOfEdition(ix, '34:24', '63')).toBeNull();
  });
});
