import fs from 'node:fs';
import { asc } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../kernel/errors';
import { todayInVietnam } from '../../kernel/format';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { loadIfChanged } from '../../platform/reference/versions';
import { type AdminIndex, type AdminUnit, createAdminIndex, type ProvinceGroup as Group } from './admin-units';
import type {
  Edition,
  GroupList,
  Lineage,
  Province,
  ProvinceGroup,
  ProvinceList,
  Resolution,
  UnitRef,
} from './contract';
import { boundaryFile, dataPath, loadAdminUnits, loadProvinceGroups, loadSuccessions } from './reference-data';
import { adminUnits, provinceGroupMembers, provinceGroups, unitSuccessions } from './schema';

const ref = (u: AdminUnit): UnitRef => ({ id: u.id, code: u.code, name: u.name, shortName: u.shortName });

/** Provinces, regions and named sets as of any date; the tables are loaded from data/ and read back into an index. */
export function createGeoService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  let index: Promise<AdminIndex> | undefined;
  const boundaries = new Map<Edition, Buffer>();

  async function buildIndex(): Promise<AdminIndex> {
    const [units, successions, groups, members] = await Promise.all([
      db.select().from(adminUnits),
      db.select().from(unitSuccessions),
      db.select().from(provinceGroups).orderBy(asc(provinceGroups.sort)),
      db.select().from(provinceGroupMembers),
    ]);
    const memberIds = new Map<string, string[]>();
    for (const m of members) memberIds.set(m.groupCode, [...(memberIds.get(m.groupCode) ?? []), m.unitId]);
    return createAdminIndex(
      units.map((u) => ({ ...u, edition: u.edition as Edition, kind: u.kind as AdminUnit['kind'] })),
      successions.map((s) => ({ ...s, mergeType: s.mergeType as 'full' | 'partial' })),
      groups.map((g) => ({
        ...g,
        kind: g.kind as Group['kind'],
        certainty: g.certainty as Group['certainty'],
        memberIds: memberIds.get(g.code) ?? [],
      })),
    );
  }

  // Reference data changes only through loadReferenceData, which drops this cache.
  const getIndex = () => {
    index ??= buildIndex().catch((err) => {
      index = undefined;
      throw err;
    });
    return index;
  };

  const dayOrToday = (date?: string) => date ?? todayInVietnam(clock());

  function toProvince(ix: AdminIndex, u: AdminUnit, date: string): Province {
    const region = ix.groupsOf(u.id, date).find((g) => g.kind === 'region');
    return {
      ...u,
      regionCode: region?.code ?? null,
      predecessors: ix.predecessorsOf(u.id).map(ref),
      successors: ix.successorsOf(u.id).map(ref),
    };
  }

  const toGroup = (ix: AdminIndex, g: Group): ProvinceGroup => ({
    code: g.code,
    kind: g.kind,
    nameVi: g.nameVi,
    nameEn: g.nameEn,
    basis: g.basis,
    certainty: g.certainty,
    members: g.memberIds
      .map((id) => ix.unit(id))
      .filter((u): u is AdminUnit => u !== null)
      .map(ref),
  });

  return {
    async loadReferenceData(actor: Actor): Promise<string[]> {
      const files = [
        'provinces-63-pre2025.csv',
        'provinces-34-2025.csv',
        'province-merger-2025.csv',
        'groups.json',
      ].map((f) => dataPath('admin-units', f));
      const loaded = await loadIfChanged(
        db,
        actor,
        'geo.admin-units',
        files,
        async (tx) => {
          const units = loadAdminUnits();
          const successions = loadSuccessions();
          const groups = loadProvinceGroups(units, successions);
          // Members and successions are replaced whole; units and groups are upserted so references hold.
          await tx.delete(provinceGroupMembers);
          await tx.delete(unitSuccessions);
          for (const u of units) {
            await tx.insert(adminUnits).values(u).onConflictDoUpdate({ target: adminUnits.id, set: u });
          }
          await tx.insert(unitSuccessions).values(successions);
          for (const { memberIds, ...g } of groups) {
            await tx.insert(provinceGroups).values(g).onConflictDoUpdate({ target: provinceGroups.code, set: g });
          }
          const members = groups.flatMap((g) => g.memberIds.map((unitId) => ({ groupCode: g.code, unitId })));
          await tx.insert(provinceGroupMembers).values(members);
          return {
            units: units.length,
            successions: successions.length,
            groups: groups.length,
            members: members.length,
          };
        },
        clock(),
      );
      index = undefined;
      return loaded ? ['geo.admin-units'] : [];
    },

    getIndex,

    async listProvinces(date?: string): Promise<z.infer<typeof ProvinceList>> {
      const day = dayOrToday(date);
      const ix = await getIndex();
      const items = ix.unitsAsOf(day).map((u) => toProvince(ix, u, day));
      return { date: day, edition: (items[0]?.edition ?? '34') as Edition, items };
    },

    async listGroups(date?: string): Promise<z.infer<typeof GroupList>> {
      const day = dayOrToday(date);
      const ix = await getIndex();
      return { date: day, items: ix.groupsAsOf(day).map((g) => toGroup(ix, g)) };
    },

    async lineage(id: string): Promise<z.infer<typeof Lineage>> {
      const ix = await getIndex();
      const unit = ix.unit(id);
      if (!unit) throw notFound(`đơn vị hành chính ${id}`, `Administrative unit ${id}`);
      const links = ix.lineage(id)?.successions ?? [];
      const direct = links.find((s) => s.fromId === id || s.toId === id);
      const asOf = unit.validTo ?? dayOrToday();
      return {
        // ISO dates compare as strings; the later of the two days.
        unit: toProvince(ix, unit, [asOf, unit.validFrom].sort()[1]!),
        predecessors: ix.predecessorsOf(id).map(ref),
        successors: ix.successorsOf(id).map(ref),
        effectiveDate: direct?.effectiveDate ?? null,
        legalBasis: direct?.legalBasis ?? null,
      };
    },

    async resolve(code: string, date?: string): Promise<z.infer<typeof Resolution>> {
      const day = dayOrToday(date);
      const ix = await getIndex();
      // A code not in force that day may still name an older unit (e.g. 30 Hải Dương asked for 2026).
      const unit = ix.resolve(code, day) ?? ix.resolve(code, '2025-06-30');
      if (!unit) throw notFound(`tỉnh có mã ${code}`, `Province with code ${code}`);
      const current = ix.currentEquivalent(unit.id, day) ?? unit;
      return {
        date: day,
        unit: toProvince(ix, unit, unit.validTo && unit.validTo < day ? unit.validTo : day),
        current: ref(current),
        groups: ix.groupsOf(unit.id, day).map(({ memberIds, sort, ...g }) => g),
      };
    },

    /**
     * The GSO code of the province a unit lies in on `date` (an old unit answers with the province
     * it merged into), for scope checks and grouping. Null when no single province contains it.
     */
    async provinceCodeOf(unitId: string, date?: string): Promise<string | null> {
      const ix = await getIndex();
      return ix.currentEquivalent(unitId, dayOrToday(date))?.code ?? null;
    },

    /**
     * Every unit id that lies in the province with this code on `date`: the unit itself and,
     * after the merger, the old units it was formed from. Registry rows keep the unit of their
     * time, so "parks in Bắc Ninh today" must also match rows recorded in the old Bắc Giang.
     */
    async unitIdsIn(code: string, date?: string): Promise<string[]> {
      const ix = await getIndex();
      const unit = ix.resolve(code, dayOrToday(date));
      if (!unit) return [];
      return [unit.id, ...(ix.lineage(unit.id)?.ancestors ?? []).map((u) => u.id)];
    },

    /** Whether a province with this code is in force on `date`; null before the reference data is loaded. */
    async provinceInForce(code: string, date: string): Promise<boolean | null> {
      const ix = await getIndex();
      if (ix.unitsAsOf(date).length === 0) return null;
      return ix.resolve(code, date) !== null;
    },

    /** The GeoJSON of an edition, read once from data/ and kept as bytes. */
    boundaries(edition: Edition): Buffer {
      let bytes = boundaries.get(edition);
      if (!bytes) {
        bytes = fs.readFileSync(boundaryFile(edition));
        boundaries.set(edition, bytes);
      }
      return bytes;
    },
  };
}

export type GeoService = ReturnType<typeof createGeoService>;
