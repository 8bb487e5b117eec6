/**
 * Contracts of the emulation module (issue 7) shared with the web: units and staff, blocks,
 * clusters and the Club with their members and roles per year, the rotation, the Club's
 * conferences, movements and pacts. Scoring and awards keep their own contracts in their folders.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isoDay = z.string().regex(DAY, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));
export const text = z
  .string()
  .trim()
  .min(1, bilingual('Không được để trống.', 'Must not be empty.'))
  .max(4000, bilingual('Quá dài (tối đa 4.000 ký tự).', 'Too long (4,000 characters at most).'));
export const Year = z.coerce
  .number()
  .int(bilingual('Năm phải là số nguyên.', 'The year must be a whole number.'))
  .min(2000, bilingual('Năm không hợp lệ.', 'Invalid year.'))
  .max(2100, bilingual('Năm không hợp lệ.', 'Invalid year.'));

export const UnitKind = z.enum(['board', 'board_department', 'ministry_department', 'enterprise']);
export type UnitKind = z.infer<typeof UnitKind>;
export const BlockKind = z.enum(['block', 'cluster', 'club']);
export type BlockKind = z.infer<typeof BlockKind>;
export const OrganiserKind = z.enum(['ministry', 'province', 'board']);
export const Role = z.enum(['leader', 'deputy', 'member']);
export type Role = z.infer<typeof Role>;

export const IdParams = z.object({ id: z.string().uuid() });
export const BlockYearParams = z.object({ id: z.string().uuid(), year: Year });

export const UnitRef = z.object({
  id: z.string().uuid(),
  code: z.string(),
  kind: UnitKind,
  name: z.string(),
  shortName: z.string(),
  /** Post-2025 province the unit rolls up to (an old Board: the province it merged into). */
  provinceCode: z.string().nullable(),
});
export type UnitRef = z.infer<typeof UnitRef>;

export const BlockSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  kind: BlockKind,
  name: z.string(),
  organiserKind: OrganiserKind,
  organiser: UnitRef.nullable(),
  memberKind: z.enum(['boards', 'enterprises']),
  foundedOn: z.string().nullable(),
  basis: z.string().nullable(),
  /** The year shown (the current one unless asked otherwise), its member count, leader and deputy. */
  year: z.number().int(),
  memberCount: z.number().int(),
  leader: UnitRef.nullable(),
  deputy: UnitRef.nullable(),
  /** The last earlier year with members, when the year shown has none yet (not opened). */
  latest: z.object({ year: z.number().int(), memberCount: z.number().int(), leader: UnitRef.nullable() }).nullable(),
  /** Whether the reader may manage it (organiser) and whether its unit leads it this year. */
  canManage: z.boolean(),
  isLeader: z.boolean(),
});
export type BlockSummary = z.infer<typeof BlockSummary>;

export const BlockListQuery = z.object({ year: Year.optional(), kind: BlockKind.optional() });
/** A block at a glance: its summary and where the year's pact stands. */
export const BlockListItem = BlockSummary.extend({
  pact: z
    .object({ signedOn: z.string().nullable(), registered: z.number().int(), members: z.number().int() })
    .nullable(),
  /** The year's scoring: null while the block has no score sheet for the year. */
  scoring: z
    .object({
      members: z.number().int(),
      selfSubmitted: z.number().int(),
      crossSubmitted: z.number().int(),
      final: z.number().int(),
      first: z.array(UnitRef),
    })
    .nullable(),
});
export type BlockListItem = z.infer<typeof BlockListItem>;
export const BlockList = z.object({ year: z.number().int(), items: z.array(BlockListItem) });
export type BlockList = z.infer<typeof BlockList>;

export const MemberView = z.object({
  unit: UnitRef,
  role: Role,
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});
export type MemberView = z.infer<typeof MemberView>;

/** One year of a block: who led, who was deputy, who hosted the year-end conference. */
export const BlockYearView = z.object({
  year: z.number().int(),
  memberCount: z.number().int(),
  leader: UnitRef.nullable(),
  deputy: UnitRef.nullable(),
  conferenceHost: UnitRef.nullable(),
  conferenceOn: z.string().nullable(),
  conferencePlace: z.string().nullable(),
  rotationBasis: z.string().nullable(),
});
export type BlockYearView = z.infer<typeof BlockYearView>;

export const BlockDetail = BlockSummary.extend({
  members: z.array(MemberView),
  /** Every year with members, newest first: the rotation history. */
  history: z.array(BlockYearView),
  /** Next year's leader and deputy by the rotation rule, while next year has no members yet. */
  proposal: z.object({ year: z.number().int(), leader: UnitRef.nullable(), deputy: UnitRef.nullable() }).nullable(),
});
export type BlockDetail = z.infer<typeof BlockDetail>;

export const SetMembersBody = z.object({
  members: z
    .array(
      z.object({
        unitId: z.string().uuid(),
        role: Role,
        joinedOn: isoDay.nullish(),
        leftOn: isoDay.nullish(),
      }),
    )
    .min(1, bilingual('Khối phải có ít nhất một thành viên.', 'A block needs at least one member.')),
  rotationBasis: z.string().trim().max(1000).nullish(),
});
export type SetMembersBody = z.infer<typeof SetMembersBody>;

export const ConferenceDayBody = z.object({
  conferenceOn: isoDay,
  conferencePlace: text,
  /** Another host than the year's leader, when the block so decided. */
  hostUnitId: z.string().uuid().nullish(),
});
export type ConferenceDayBody = z.infer<typeof ConferenceDayBody>;

export const UnitListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: UnitKind.optional(),
  /** Units that exist on this day (default: any). */
  on: isoDay.optional(),
});
export const UnitList = z.object({
  items: z.array(UnitRef.extend({ validFrom: z.string(), validTo: z.string().nullable() })),
});
export type UnitList = z.infer<typeof UnitList>;

export const PositionView = z.object({
  id: z.string().uuid(),
  personId: z.string().uuid(),
  fullName: z.string(),
  gender: z.enum(['female', 'male']).nullable(),
  birthYear: z.number().int().nullable(),
  title: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type PositionView = z.infer<typeof PositionView>;

export const UnitDetail = UnitRef.extend({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  parent: UnitRef.nullable(),
  successor: UnitRef.nullable(),
  predecessors: z.array(UnitRef),
  /** Its place in every block, year by year (newest first). */
  memberships: z.array(
    z.object({ blockId: z.string().uuid(), blockName: z.string(), year: z.number().int(), role: Role }),
  ),
  /** Staff and positions over time, current first. */
  staff: z.array(PositionView),
  canManage: z.boolean(),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const NewStaffBody = z.object({
  fullName: text,
  gender: z.enum(['female', 'male']).nullish(),
  birthYear: z.number().int().min(1930).max(2015).nullish(),
  title: text,
  validFrom: isoDay,
});
export type NewStaffBody = z.infer<typeof NewStaffBody>;

/** A move to another unit or position: the current one ends the day before. */
export const MovePersonBody = z.object({ unitId: z.string().uuid(), title: text, validFrom: isoDay });
export type MovePersonBody = z.infer<typeof MovePersonBody>;
export const Ok = z.object({ ok: z.literal(true) });
