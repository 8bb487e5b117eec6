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
  /** Whether the reader may manage it (organiser) and whether its unit leads it this year. */
  canManage: z.boolean(),
  isLeader: z.boolean(),
});
export type BlockSummary = z.infer<typeof BlockSummary>;

export const BlockListQuery = z.object({ year: Year.optional(), kind: BlockKind.optional() });
export const BlockList = z.object({ year: z.number().int(), items: z.array(BlockSummary) });
export type BlockList = z.infer<typeof BlockList>;
