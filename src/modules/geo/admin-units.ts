/**
 * Provincial units across the 2025 merger (63 units until 2025-06-30, 34 from 2025-07-01), the
 * successions between them, and the regions and named sets built on them. Pure: the files are read
 * in reference-data.ts.
 *
 * A GSO code alone does not name a unit: 24 was Bắc Giang until 2025-06-30 and is the new Bắc Ninh
 * from 2025-07-01. Ids therefore carry the edition (`63:24`, `34:24`), and a bare code needs a date.
 */

export type Edition = '63' | '34';

export interface AdminUnit {
  /** `edition:code`, e.g. '63:24' (Bắc Giang) or '34:24' (the new Bắc Ninh). */
  id: string;
  code: string;
  edition: Edition;
  /** Official name, e.g. 'Tỉnh Bắc Giang', 'Thành phố Huế'. */
  name: string;
  shortName: string;
  kind: 'province' | 'city';
  isoCode: string | null;
  validFrom: string;
  /** Last day in force, inclusive; null while in force. */
  validTo: string | null;
  communeCount: number | null;
}

export interface Succession {
  fromId: string;
  toId: string;
  effectiveDate: string;
  mergeType: 'full' | 'partial';
  legalBasis: string;
}

export interface ProvinceGroup {
  code: string;
  kind: 'region' | 'set';
  nameVi: string;
  nameEn: string;
  basis: string;
  /** V read in a legal text, I inferred: shown with the group so users know how far to trust it. */
  certainty: 'V' | 'I';
  sort: number;
  /** Ids of one edition only; a group that spans the merger exists once per edition. */
  memberIds: string[];
}

/** One entry of data/admin-units/groups.json. */
export interface GroupDefinition extends Omit<ProvinceGroup, 'memberIds'> {
  edition: Edition;
  /** [GSO code, short name]; the name is there for people checking the file. */
  members?: [string, string][];
  /** Code of a group of the previous edition whose members are carried over through the merger. */
  derivedFrom?: string;
}

export interface Lineage {
  unit: AdminUnit;
  /** Every unit this one came from, directly or not, oldest edition first. */
  ancestors: AdminUnit[];
  /** Every unit this one went into, directly or not. */
  descendants: AdminUnit[];
  /** The successions linking the unit, its ancestors and its descendants. */
  successions: Succession[];
}

export const MERGER_DATE_2025 = '2025-07-01';
export const MERGER_BASIS_2025 = 'Nghị quyết 202/2025/QH15';
/** The 63-unit edition began when Hà Tây joined Hà Nội (Nghị quyết 15/2008/QH12). */
export const EDITION_63_FROM = '2008-08-01';

export const unitId = (edition: Edition, code: string): string => `${edition}:${code}`;

/** GSO province codes are two digits; spreadsheets often drop the leading zero. */
export const normalizeCode = (code: string): string => {
  const trimmed = code.trim();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
};

function checkDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got '${date}'`);
  return date;
}

const isValidOn = (unit: AdminUnit, date: string): boolean =>
  unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);

const byCode = (a: AdminUnit, b: AdminUnit): number => a.code.localeCompare(b.code);

/**
 * The members of a group carried through successions: a later unit belongs when every unit that
 * went into it belongs, so a set never silently grows by half a province.
 */
export function deriveSuccessorMembers(memberIds: readonly string[], successions: readonly Succession[]): string[] {
  const members = new Set(memberIds);
  const partsOf = new Map<string, string[]>();
  for (const s of successions) partsOf.set(s.toId, [...(partsOf.get(s.toId) ?? []), s.fromId]);
  return [...partsOf]
    .filter(([, parts]) => parts.every((id) => members.has(id)))
    .map(([toId]) => toId)
    .sort();
}

/** Turns the group definitions into groups, checking every member exists and deriving carried-over sets. */
export function buildProvinceGroups(
  definitions: readonly GroupDefinition[],
  units: readonly AdminUnit[],
  successions: readonly Succession[],
): ProvinceGroup[] {
  const unitIds = new Set(units.map((u) => u.id));
  const built = new Map<string, ProvinceGroup>();
  // Derived groups may follow their source in the file, so typed ones are built first.
  const ordered = [...definitions].sort(
    (a, b) => Number(a.derivedFrom !== undefined) - Number(b.derivedFrom !== undefined),
  );
  for (const { edition, members, derivedFrom, ...rest } of ordered) {
    let memberIds: string[];
    if (derivedFrom !== undefined) {
      const source = built.get(derivedFrom);
      if (!source) throw new Error(`Group ${rest.code} derives from unknown group ${derivedFrom}`);
      memberIds = deriveSuccessorMembers(source.memberIds, successions).filter((id) => id.startsWith(`${edition}:`));
    } else {
      memberIds = (members ?? []).map(([code]) => unitId(edition, code));
    }
    const unknown = memberIds.filter((id) => !unitIds.has(id));
    if (unknown.length > 0) throw new Error(`Group ${rest.code} names unknown units: ${unknown.join(', ')}`);
    if (new Set(memberIds).size !== memberIds.length) throw new Error(`Group ${rest.code} lists a unit twice`);
    built.set(rest.code, { ...rest, memberIds });
  }
  return definitions.map((d) => built.get(d.code)!);
}

export interface AdminIndex {
  unit(id: string): AdminUnit | null;
  /**
   * The units in force on `date`. Dates before the 63-unit edition are answered with it: the
   * product keeps no older edition, and industrial zones set up in the 1990s still need a province.
   */
  unitsAsOf(date: string): AdminUnit[];
  resolve(code: string, date: string): AdminUnit | null;
  successorsOf(id: string): AdminUnit[];
  predecessorsOf(id: string): AdminUnit[];
  /**
   * The unit in force on `date` that contains `id` (itself while in force). Null when no single unit
   * does: asked before a merger, a unit formed from several has no one predecessor to name.
   */
  currentEquivalent(id: string, date: string): AdminUnit | null;
  /**
   * Regions and sets containing the unit as of `date`. A unit no longer in force answers for its
   * successor; a unit asked about a date before it existed answers for the groups holding all of
   * its predecessors. A bare code is read on `date`, or as the last unit that had it before.
   */
  groupsOf(idOrCode: string, date: string): ProvinceGroup[];
  /** The groups whose members are the units in force on `date`. */
  groupsAsOf(date: string): ProvinceGroup[];
  lineage(id: string): Lineage | null;
}

export function createAdminIndex(
  units: readonly AdminUnit[],
  successions: readonly Succession[],
  groups: readonly ProvinceGroup[],
): AdminIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  // ISO dates sort as strings; Math.min would turn them into NaN.
  const earliest = units.map((u) => u.validFrom).sort()[0] ?? EDITION_63_FROM;
  const onDate = (date: string): string => {
    const d = checkDate(date);
    if (d < earliest) return earliest;
    return d;
  };
  const lookup = (ids: string[]): AdminUnit[] => ids.map((id) => byId.get(id)).filter((u) => u !== undefined);
  const nextIds = new Map<string, string[]>();
  const prevIds = new Map<string, string[]>();
  for (const s of successions) {
    nextIds.set(s.fromId, [...(nextIds.get(s.fromId) ?? []), s.toId]);
    prevIds.set(s.toId, [...(prevIds.get(s.toId) ?? []), s.fromId]);
  }
  const memberSets = new Map(groups.map((g) => [g.code, new Set(g.memberIds)]));
  const sortedGroups = [...groups].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code));

  const successorsOf = (id: string) => lookup(nextIds.get(id) ?? []).sort(byCode);
  const predecessorsOf = (id: string) => lookup(prevIds.get(id) ?? []).sort(byCode);
  const unitsAsOf = (date: string) => {
    const d = onDate(date);
    return units.filter((u) => isValidOn(u, d)).sort(byCode);
  };
  const resolve = (code: string, date: string) => {
    const d = onDate(date);
    const c = normalizeCode(code);
    return units.find((u) => u.code === c && isValidOn(u, d)) ?? null;
  };

  // Units in force on `d` that together cover the territory of `unit`.
  const coverOn = (unit: AdminUnit, d: string): AdminUnit[] => {
    if (isValidOn(unit, d)) return [unit];
    const step = unit.validTo !== null && d > unit.validTo ? successorsOf : predecessorsOf;
    const seen = new Set<string>();
    return step(unit.id).flatMap((next) => {
      if (seen.has(next.id)) return [];
      seen.add(next.id);
      return coverOn(next, d);
    });
  };

  const currentEquivalent = (id: string, date: string) => {
    const unit = byId.get(id);
    if (!unit) return null;
    const cover = coverOn(unit, onDate(date));
    return cover.length === 1 ? cover[0]! : null;
  };

  const groupsOf = (idOrCode: string, date: string) => {
    const d = onDate(date);
    let unit: AdminUnit | null | undefined;
    if (idOrCode.includes(':')) unit = byId.get(idOrCode);
    else {
      const code = normalizeCode(idOrCode);
      unit =
        resolve(code, d) ??
        units
          .filter((u) => u.code === code && u.validTo !== null && u.validTo < d)
          .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
    }
    if (!unit) return [];
    const cover = coverOn(unit, d);
    if (cover.length === 0) return [];
    return sortedGroups.filter((g) => cover.every((u) => memberSets.get(g.code)?.has(u.id)));
  };

  const groupsAsOf = (date: string) => {
    const inForce = new Set(unitsAsOf(date).map((u) => u.id));
    return sortedGroups.filter((g) => g.memberIds.length > 0 && g.memberIds.every((id) => inForce.has(id)));
  };

  const walk = (start: string, step: (id: string) => AdminUnit[]): AdminUnit[] => {
    const found = new Map<string, AdminUnit>();
    const queue = [start];
    while (queue.length > 0) {
      for (const u of step(queue.shift()!)) {
        if (!found.has(u.id)) {
          found.set(u.id, u);
          queue.push(u.id);
        }
      }
    }
    return [...found.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || byCode(a, b));
  };

  const lineage = (id: string): Lineage | null => {
    const unit = byId.get(id);
    if (!unit) return null;
    const ancestors = walk(id, predecessorsOf);
    const descendants = walk(id, successorsOf);
    const family = new Set([id, ...ancestors.map((u) => u.id), ...descendants.map((u) => u.id)]);
    // A sibling merged into the same successor is not in the family, so its edge stays out.
    const edges = successions.filter((s) => family.has(s.fromId) && family.has(s.toId));
    return { unit, ancestors, descendants, successions: edges };
  };

  return {
    unit: (id) => byId.get(id) ?? null,
    unitsAsOf,
    resolve,
    successorsOf,
    predecessorsOf,
    currentEquivalent,
    groupsOf,
    groupsAsOf,
    lineage,
  };
}
