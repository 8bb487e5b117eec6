import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import {
  FORM_LOCATION_CLASSES,
  groupByLocationClass,
  KKT_TYPES,
  type KktType,
  LOCATION_CLASS_LABELS,
  LOCATION_CLASSES,
  locationClassForPark,
  locationClassOf,
  normalizeParkKinds,
  PARK_KINDS,
  validateParkKinds,
} from './location-class';

const kkts = new Map<string, { type: KktType }>([
  ['KKT-DV', { type: 'coastal' }],
  ['KKT-LS', { type: 'border_gate' }],
  ['KKT-CB', { type: 'specialised' }],
]);

describe('location class', () => {
  it('follows the parent KKT and its type', () => {
    expect(locationClassForPark(null, kkts)).toBe('outside_kkt');
    expect(locationClassForPark('KKT-DV', kkts)).toBe('in_coastal_kkt');
    expect(locationClassForPark('KKT-LS', kkts)).toBe('in_border_gate_kkt');
    expect(locationClassForPark('KKT-CB', kkts)).toBe('in_specialised_kkt');
    expect(locationClassOf(undefined)).toBe('outside_kkt');
  });

  it('refuses a parent KKT that is not in the register', () => {
    const attempt = () => locationClassForPark('KKT-X', kkts);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE' }));
  });

  it('maps the three KKT types onto three distinct classes besides "outside"', () => {
    const classes = KKT_TYPES.map((type) => locationClassOf({ type }));
    expect(new Set(classes).size).toBe(3);
    expect(classes).not.toContain('outside_kkt');
    expect(LOCATION_CLASS_LABELS.in_coastal_kkt.vi).toBe('KCN nằm trong KKT ven biển');
  });

  it('keeps four classes while the 3-class forms omit the specialised one', () => {
    expect(FORM_LOCATION_CLASSES['2101']).toEqual(LOCATION_CLASSES);
    expect(FORM_LOCATION_CLASSES['2107']).not.toContain('in_specialised_kkt');
  });

  it('groups items into every class, empty ones included (property)', () => {
    const classArb = fc.constantFrom(...LOCATION_CLASSES);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), classArb)), (items) => {
        const groups = groupByLocationClass(items, ([, c]) => c);
        expect(Object.keys(groups).sort()).toEqual([...LOCATION_CLASSES].sort());
        expect(Object.values(groups).flat()).toHaveLength(items.length);
        for (const c of LOCATION_CLASSES) expect(groups[c].every(([, x]) => x === c)).toBe(true);
      }),
    );
  });
});

describe('park kinds', () => {
  it('are a set: a park can be supporting and eco at once, in a canonical order', () => {
    expect(normalizeParkKinds(['eco', 'supporting', 'eco'])).toEqual(['supporting', 'eco']);
    expect(normalizeParkKinds([])).toEqual([]);
    expect(validateParkKinds(['eco', 'supporting'])).toEqual([]);
  });

  it('reports unknown and repeated kinds, and a specialised park without its sector', () => {
    const codes = (kinds: string[], sector?: string) => validateParkKinds(kinds, sector).map((i) => [i.index, i.code]);
    expect(codes(['eco', 'green'])).toEqual([[1, 'kind_unknown']]);
    expect(codes(['eco', 'eco'])).toEqual([[1, 'kind_duplicate']]);
    expect(codes(['eco', 'specialised'])).toEqual([[1, 'sector_missing']]);
    expect(codes(['specialised'], '  ')).toEqual([[0, 'sector_missing']]);
    expect(codes(['specialised'], 'Điện tử')).toEqual([]);
    for (const i of validateParkKinds(['x', 'eco', 'eco', 'specialised'])) {
      expect(i.message).not.toBe(i.messageEn);
    }
  });

  it('normalising is idempotent and order-free (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARK_KINDS)), (kinds) => {
        const once = normalizeParkKinds(kinds);
        expect(normalizeParkKinds(once)).toEqual(once);
        expect(normalizeParkKinds([...kinds].reverse())).toEqual(once);
        expect(new Set(once)).toEqual(new Set(kinds));
      }),
    );
  });
});
