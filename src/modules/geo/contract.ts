import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'))
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    bilingual('Ngày không tồn tại.', 'This date does not exist.'),
  );

export const Edition = z.enum(['63', '34']);
export type Edition = z.infer<typeof Edition>;

export const UnitRef = z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const Province = z.object({
  id: z.string().describe('edition:code, e.g. "34:24" (the same GSO code can name different units in two editions)'),
  code: z.string().describe('GSO code'),
  edition: Edition,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(['province', 'city']),
  isoCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  communeCount: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  predecessors: z.array(UnitRef),
  successors: z.array(UnitRef),
});
export type Province = z.infer<typeof Province>;

export const AsOfQuery = z.object({ date: IsoDate.optional().describe('as of this day (default: today in Hà Nội)') });

export const ProvinceList = z.object({ date: z.string(), edition: Edition, items: z.array(Province) });

export const ProvinceGroup = z.object({
  code: z.string(),
  kind: z.enum(['region', 'set']),
  nameVi: z.string(),
  nameEn: z.string(),
  basis: z.string(),
  certainty: z.enum(['V', 'I']),
  members: z.array(UnitRef),
});
export type ProvinceGroup = z.infer<typeof ProvinceGroup>;
export const GroupList = z.object({ date: z.string(), items: z.array(ProvinceGroup) });

export const Lineage = z.object({
  unit: Province,
  predecessors: z.array(UnitRef),
  successors: z.array(UnitRef),
  effectiveDate: z.string().nullable(),
  legalBasis: z.string().nullable(),
});

export const ResolveQuery = z.object({
  code: z.string().regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.')),
  date: IsoDate.optional(),
});
export const Resolution = z.object({
  date: z.string(),
  unit: Province.describe('the unit with this code on that date'),
  current: UnitRef.describe('the unit it is part of on that date (itself when in force)'),
  groups: z.array(ProvinceGroup.omit({ members: true })),
});

export const IdParams = z.object({
  id: z.string().regex(/^(63|34):\d{2}$/, bilingual('Mã đơn vị không hợp lệ.', 'Invalid unit id.')),
});
export const EditionParams = z.object({ edition: Edition });
