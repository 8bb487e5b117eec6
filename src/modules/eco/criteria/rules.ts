import { z } from 'zod';

/**
 * Criteria as versioned rule data (data/eco/criteria/*.json): a rule set has dated versions that
 * never overlap; each requirement names the measure it reads, so the same measure (symbiosis links,
 * RECP share …) is computed once and judged by every rule set that uses it.
 */
export const Comparator = z.enum(['>=', '>', '<=', '<', 'yes']);
export const MeasureUnit = z.enum(['count', 'percent', 'yes_no']);
export const Category = z.enum(['PRE', 'ENV', 'PM', 'SOC', 'ECO']);
const CitationSchema = z.object({
  source: z.string().min(1),
  url: z.string().url().optional(),
  confidence: z.enum(['V', 'Q', 'S', 'I', 'U']),
  note: z.string().optional(),
});

export const Requirement = z
  .object({
    id: z.string().min(1),
    category: Category,
    labelVi: z.string().min(1),
    labelEn: z.string().min(1),
    measure: z.string().regex(/^[a-z][a-z0-9_]*$/),
    unit: MeasureUnit,
    comparator: Comparator,
    threshold: z.number().nullable(),
    prerequisite: z.boolean(),
    evidenceVi: z.string(),
    evidenceEn: z.string(),
    citation: CitationSchema,
  })
  .refine(
    (r) => (r.comparator === 'yes') === (r.threshold === null) && (r.comparator === 'yes') === (r.unit === 'yes_no'),
    {
      message: 'yes/no requirements have no threshold; numeric ones need one',
    },
  );
export type Requirement = z.infer<typeof Requirement>;

export const RuleSetVersion = z.object({
  version: z.number().int().positive(),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  effectiveTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  basis: z.array(CitationSchema).min(1),
  requirements: z.array(Requirement).min(1),
});
export type RuleSetVersion = z.infer<typeof RuleSetVersion>;

export const RuleSet = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    nameVi: z.string(),
    nameEn: z.string(),
    binding: z.boolean(),
    versions: z.array(RuleSetVersion).min(1),
  })
  .superRefine((set, ctx) => {
    const sorted = [...set.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    sorted.forEach((v, i) => {
      const next = sorted[i + 1];
      if (next && (v.effectiveTo === null || v.effectiveTo >= next.effectiveFrom))
        ctx.addIssue({ code: 'custom', message: `version ${v.version} overlaps version ${next.version}` });
      const ids = v.requirements.map((r) => r.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', message: `version ${v.version} repeats an id` });
    });
  });
export type RuleSet = z.infer<typeof RuleSet>;

/** The version in force on a day, or null before the first. */
export function versionOn(set: RuleSet, date: string): RuleSetVersion | null {
  return set.versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo)) ?? null;
}
