/**
 * Which admin units' records belong to a province set, across the 2025 merger. Registry rows keep
 * the unit of their time (`63:24` Bắc Giang, `34:24` the new Bắc Ninh), so a set of the 34-unit
 * edition also takes the old units its members were formed from, and a set of the 63-unit edition
 * takes each new unit formed only from its members (the new Hải Phòng belongs to the old Red River
 * Delta; the new Bắc Ninh, formed from a delta and a midlands province, to neither old region:
 * its records after the merger cannot be split back). Pure, over the geo index.
 */
import { AppError } from '../../kernel/errors';
import type { AdminIndex, AdminUnit, ProvinceGroup } from '../geo/admin-units';

export type UnitSet = {
  selector: string;
  kind: 'country' | 'province' | 'group';
  name: string;
  /** The edition the set is defined in (null for the country). */
  edition: '63' | '34' | null;
  /** The members as defined (provinces of the set's edition). */
  members: { id: string; name: string }[];
  /** Every unit id whose records count; null = every unit (the country). */
  unitIds: ReadonlySet<string> | null;
  /** The group's legal basis and certainty, when it is a named set or region. */
  basis: string | null;
  certainty: 'V' | 'I' | null;
};

export const COUNTRY_SELECTOR = 'country';

/** All regions and named sets of both editions (63 on the eve of the merger, 34 after). */
export function allGroups(ix: AdminIndex): ProvinceGroup[] {
  const seen = new Map<string, ProvinceGroup>();
  for (const g of [...ix.groupsAsOf('2025-06-30'), ...ix.groupsAsOf('2025-07-01')]) seen.set(g.code, g);
  return [...seen.values()];
}

/** The units counted for members of one edition: themselves plus their other-edition equivalents. */
export function unitsCovering(ix: AdminIndex, memberIds: readonly string[]): Set<string> {
  const members = new Set(memberIds);
  const ids = new Set(memberIds);
  for (const id of memberIds) {
    const unit = ix.unit(id);
    if (!unit) continue;
    if (unit.edition === '34') {
      for (const a of ix.lineage(id)?.ancestors ?? []) ids.add(a.id);
    } else {
      for (const d of ix.lineage(id)?.descendants ?? []) {
        if (ix.predecessorsOf(d.id).every((p) => members.has(p.id))) ids.add(d.id);
      }
    }
  }
  return ids;
}

const unknownSet = (selector: string) =>
  new AppError(
    'VALIDATION_FAILED',
    `Không có tỉnh, vùng hay nhóm tỉnh "${selector}".`,
    `No province, region or province set "${selector}".`,
    {
      'querystring.set': {
        message: `Không có tỉnh, vùng hay nhóm tỉnh "${selector}".`,
        messageEn: `No province, region or province set "${selector}".`,
      },
    },
  );

const ref = (u: AdminUnit) => ({ id: u.id, name: u.name });

/** `country`, `unit:34:24` (a province of either edition) or `group:north30` (a region or named set). */
export function resolveUnitSet(ix: AdminIndex, selector: string): UnitSet {
  if (selector === COUNTRY_SELECTOR) {
    return {
      selector,
      kind: 'country',
      name: 'Cả nước',
      edition: null,
      members: [],
      unitIds: null,
      basis: null,
      certainty: null,
    };
  }
  if (selector.startsWith('unit:')) {
    const unit = ix.unit(selector.slice(5));
    if (!unit) throw unknownSet(selector);
    return {
      selector,
      kind: 'province',
      name: unit.name,
      edition: unit.edition,
      members: [ref(unit)],
      unitIds: unitsCovering(ix, [unit.id]),
      basis: null,
      certainty: null,
    };
  }
  if (selector.startsWith('group:')) {
    const group = allGroups(ix).find((g) => g.code === selector.slice(6));
    if (!group) throw unknownSet(selector);
    const members = group.memberIds.map((id) => ix.unit(id)).filter((u): u is AdminUnit => u !== null);
    return {
      selector,
      kind: 'group',
      name: group.nameVi,
      edition: (members[0]?.edition ?? null) as UnitSet['edition'],
      members: members.map(ref),
      unitIds: unitsCovering(ix, group.memberIds),
      basis: group.basis,
      certainty: group.certainty,
    };
  }
  throw unknownSet(selector);
}

/** A province's set by its 34-edition code (a Board's scope): the province and its predecessors. */
export function provinceSet(ix: AdminIndex, code: string): UnitSet {
  return resolveUnitSet(ix, `unit:34:${code}`);
}

/**
 * The province of `edition` a record's unit lies in, for the choropleth: itself, its successor
 * (63 → 34) or its only predecessor (34 → 63); null for a new unit formed from several old ones
 * when the map is of the old edition.
 */
export function provinceOfEdition(ix: AdminIndex, unitId: string, edition: '63' | '34'): string | null {
  const unit = ix.unit(unitId);
  if (!unit) return null;
  if (unit.edition === edition) return unit.id;
  if (unit.edition === '63') return ix.successorsOf(unit.id)[0]?.id ?? null;
  const preds = ix.predecessorsOf(unit.id);
  return preds.length === 1 ? preds[0]!.id : null;
}
