import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../platform/db/client';
import { dataPath } from '../../platform/files/csv';
import type { AdminIndex, AdminUnit } from '../geo/admin-units';
import { emulationBlocks, emulationBlockYears, emulationMemberships, emulationUnits } from './schema';

/** The merger day: the 34 new provinces (and their Boards) exist from it, the 63 old ones until the day before. */
export const MERGER_DAY = '2025-07-01';
/** The year whose members every block gets from its region: the blocks as they stand after the merger. */
export const MEMBERS_YEAR = 2025;
const LAST_OLD_DAY = '2025-06-30';

const MemberSource = z.union([
  z.object({ group: z.string() }).strict(),
  z.object({ codes: z.array(z.string().regex(/^\d{2}$/)).min(1) }).strict(),
]);

const BlockDefinition = z
  .object({
    code: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['block', 'cluster', 'club']),
    name: z.string().min(1),
    organiserKind: z.literal('ministry'),
    foundedOn: z.string().nullable(),
    basis: z.string().min(1),
    members63: MemberSource,
    members34: MemberSource,
    years: z.array(
      z.object({
        year: z.number().int(),
        /** GSO code (of the edition in force that year) of the leader's province. */
        leader: z.string().regex(/^\d{2}$/),
        conference: z.object({ on: z.string(), place: z.string() }),
        source: z.string().min(1),
      }),
    ),
  })
  .strict();
export type BlockDefinition = z.infer<typeof BlockDefinition>;

const ReferenceFile = z.object({
  about: z.string(),
  ministryDepartments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      note: z.string(),
    }),
  ),
  blocks: z.array(BlockDefinition),
});
export type ReferenceFile = z.infer<typeof ReferenceFile>;

export const REFERENCE_FILE = dataPath('emulation', 'blocks.json');

export function readReferenceFile(): ReferenceFile {
  return ReferenceFile.parse(JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')));
}

/** Key of a province's Board: the admin unit id of its edition (`board:63:27`, `board:34:24`). */
export const boardCode = (adminUnitId: string) => `board:${adminUnitId}`;

/** "Ban Quản lý các KCN, KKT tỉnh Bắc Ninh": generic; the real names differ by province (see the data file). */
export function boardName(u: AdminUnit): { name: string; shortName: string } {
  const lower = u.name.charAt(0).toLowerCase() + u.name.slice(1);
  return { name: `Ban Quản lý các KCN, KKT ${lower}`, shortName: `BQL ${u.shortName}` };
}

/** The edition a year's members come from: the members at the year's end (2025 ends with the 34). */
export const editionOfYear = (year: number): '63' | '34' => (year >= 2025 ? '34' : '63');

/** Admin unit ids of a block's members for a year, from the data file's group or list of codes. */
export function memberAdminUnits(ix: AdminIndex, block: BlockDefinition, year: number): string[] {
  const edition = editionOfYear(year);
  const source = edition === '34' ? block.members34 : block.members63;
  const day = edition === '34' ? MERGER_DAY : LAST_OLD_DAY;
  if ('group' in source) {
    const group = ix.groupsAsOf(day).find((g) => g.code === source.group);
    if (!group) throw new Error(`Emulation block ${block.code}: no group ${source.group} on ${day}`);
    return group.memberIds;
  }
  return source.codes.map((code) => {
    const unit = ix.resolve(code, day);
    if (!unit) throw new Error(`Emulation block ${block.code}: no province ${code} on ${day}`);
    return unit.id;
  });
}

/**
 * Loads units, blocks and the years read in sources. Units and blocks are upserted by code (their
 * ids stay, so memberships hold); the sourced years are added only where the block has no such
 * row yet, so what an organiser recorded since is never overwritten by a re-seed.
 */
export async function loadReference(tx: Tx, ix: AdminIndex, file: ReferenceFile): Promise<Record<string, number>> {
  const upsertUnit = async (row: Omit<typeof emulationUnits.$inferInsert, 'id'>) => {
    const [saved] = await tx
      .insert(emulationUnits)
      .values({ id: randomUUID(), ...row })
      .onConflictDoUpdate({ target: emulationUnits.code, set: { ...row, updatedAt: sql`now()` } })
      .returning({ id: emulationUnits.id });
    return saved!.id;
  };
  const boardIds = new Map<string, string>();
  const provinces = [...ix.unitsAsOf(LAST_OLD_DAY), ...ix.unitsAsOf(MERGER_DAY)];
  // New Boards first, so the old ones can name their successor.
  for (const u of provinces.sort((a, b) => (a.edition === b.edition ? 0 : a.edition === '34' ? -1 : 1))) {
    const successor = u.validTo ? ix.successorsOf(u.id)[0] : undefined;
    boardIds.set(
      u.id,
      await upsertUnit({
        code: boardCode(u.id),
        kind: 'board',
        ...boardName(u),
        adminUnitId: u.id,
        successorId: successor ? (boardIds.get(successor.id) ?? null) : null,
        validFrom: u.validFrom,
        validTo: u.validTo,
      }),
    );
  }
  for (const d of file.ministryDepartments) {
    await upsertUnit({
      code: d.code,
      kind: 'ministry_department',
      name: d.name,
      shortName: d.shortName,
      validFrom: d.validFrom,
      validTo: d.validTo,
    });
  }
  let memberships = 0;
  for (const b of file.blocks) {
    const row = {
      code: b.code,
      kind: b.kind,
      name: b.name,
      organiserKind: b.organiserKind,
      memberKind: 'boards',
      foundedOn: b.foundedOn,
      basis: b.basis,
    };
    const [block] = await tx
      .insert(emulationBlocks)
      .values({ id: randomUUID(), ...row })
      .onConflictDoUpdate({ target: emulationBlocks.code, set: { ...row, updatedAt: sql`now()` } })
      .returning({ id: emulationBlocks.id });
    // The members at the end of the merger year, from the region (no roles: the organiser decides them).
    for (const y of [...b.years, { year: MEMBERS_YEAR, leader: null, conference: null, source: null }]) {
      const [existing] = await tx
        .select({ id: emulationMemberships.id })
        .from(emulationMemberships)
        .where(and(eq(emulationMemberships.blockId, block!.id), eq(emulationMemberships.year, y.year)))
        .limit(1);
      if (existing) continue;
      const day = editionOfYear(y.year) === '34' ? MERGER_DAY : LAST_OLD_DAY;
      const leaderUnit = y.leader ? ix.resolve(y.leader, day) : null;
      const leaderId = leaderUnit ? (boardIds.get(leaderUnit.id) ?? null) : null;
      if (y.leader && !leaderId)
        throw new Error(`Emulation block ${b.code} ${y.year}: no Board for leader ${y.leader}`);
      const members = memberAdminUnits(ix, b, y.year).map((id) => boardIds.get(id)!);
      await tx.insert(emulationMemberships).values(
        members.map((unitId) => ({
          id: randomUUID(),
          blockId: block!.id,
          unitId,
          year: y.year,
          role: unitId === leaderId ? 'leader' : 'member',
        })),
      );
      memberships += members.length;
      if (!y.conference) continue;
      await tx
        .insert(emulationBlockYears)
        .values({
          id: randomUUID(),
          blockId: block!.id,
          year: y.year,
          rotationBasis: `Khối trưởng năm ${y.year} theo nguồn: ${y.source}`,
          conferenceHostUnitId: leaderId,
          conferenceOn: y.conference.on,
          conferencePlace: y.conference.place,
        })
        .onConflictDoNothing();
    }
  }
  return { boards: boardIds.size, blocks: file.blocks.length, memberships };
}
