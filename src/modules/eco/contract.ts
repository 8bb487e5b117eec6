/**
 * Contracts of the eco-industrial-park module shared with the web: the symbiosis exchange
 * (listings, suggestions, deals, impact), the criteria scorecard and the RECP register.
 */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate } from '../geo/contract';
import { RecordId } from '../investment/contract';

export const SIDES = ['offer', 'need'] as const;
export const RESOURCES = ['material', 'energy', 'water', 'capacity'] as const;
export const CONFIDENTIALITY = ['public', 'board', 'partners'] as const;
export const FREQUENCIES = ['once', 'day', 'week', 'month', 'year'] as const;
export const LISTING_UNITS = ['t', 'kg', 'm3', 'l', 'MWh', 'kWh', 'GJ', 'h'] as const;
export const DEAL_STATUSES = ['proposed', 'contacted', 'agreed', 'operating', 'ended'] as const;
export const RECP_TYPES = ['energy', 'water', 'materials', 'chemicals', 'waste', 'emissions'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

const Decimal = (vi: string, en: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,15}(\.\d{1,3})?$/, bilingual(vi, en));
const NonNegative = Decimal(
  'Nhập số không âm, tối đa 3 chữ số thập phân.',
  'Enter a non-negative number, at most 3 decimals.',
);
const EwcCode = z
  .string()
  .regex(/^\d{6}$/, bilingual('Mã chất thải châu Âu gồm 6 chữ số.', 'EU waste codes have six digits.'));

export const ListingBody = z
  .object({
    side: z.enum(SIDES),
    enterpriseId: RecordId,
    parkId: RecordId,
    resource: z.enum(RESOURCES),
    title: requiredText(200, 'Nhập tên vật liệu, tài nguyên.', 'Enter what is offered or needed.'),
    ewcCode: EwcCode.nullable().optional(),
    nationalCode: optionalText(40),
    description: z.string().trim().max(2000).default(''),
    hazardous: z.boolean().default(false),
    acceptsHazardous: z.boolean().default(false),
    quantity: Decimal('Nhập khối lượng dương.', 'Enter a positive quantity.').refine((v) => Number(v) > 0, {
      message: bilingual('Khối lượng phải lớn hơn 0.', 'The quantity must be above 0.'),
    }),
    unit: z.enum(LISTING_UNITS),
    frequency: z.enum(FREQUENCIES),
    qualityNotes: z.string().trim().max(2000).default(''),
    availableFrom: IsoDate,
    availableTo: IsoDate.nullable().optional(),
    confidentiality: z.enum(CONFIDENTIALITY),
    partnerEnterpriseIds: z.array(RecordId).max(20).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.availableTo && b.availableTo < b.availableFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['availableTo'],
        message: bilingual('Ngày kết thúc trước ngày bắt đầu.', 'The end date is before the start date.'),
      });
    if (b.confidentiality === 'partners' && b.partnerEnterpriseIds.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['partnerEnterpriseIds'],
        message: bilingual('Chọn ít nhất một doanh nghiệp đối tác.', 'Name at least one partner enterprise.'),
      });
  });
export type ListingBody = z.infer<typeof ListingBody>;

export const ListingStatusBody = z.object({ status: z.enum(['open', 'closed']) });

export const ListingQuery = z.object({
  side: z.enum(SIDES).optional(),
  parkId: RecordId.optional(),
  enterpriseId: RecordId.optional(),
  q: z.string().trim().max(100).optional().describe('words of the title or description, or a code'),
  code: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('EWC chapter, sub-chapter or code prefix'),
  status: z.enum(['open', 'closed', 'all']).default('open'),
});
export type ListingQuery = z.infer<typeof ListingQuery>;

export const Listing = z.object({
  id: z.string().uuid(),
  side: z.enum(SIDES),
  enterpriseId: z.string().uuid(),
  enterpriseName: z.string(),
  parkId: z.string().uuid(),
  parkName: z.string(),
  provinceCode: z.string().nullable(),
  resource: z.enum(RESOURCES),
  title: z.string(),
  ewcCode: z.string().nullable(),
  ewcDisplay: z.string().nullable().describe('as printed, with * for hazardous entries'),
  nationalCode: z.string().nullable(),
  description: z.string(),
  hazardous: z.boolean(),
  acceptsHazardous: z.boolean(),
  quantity: z.string(),
  unit: z.enum(LISTING_UNITS),
  frequency: z.enum(FREQUENCIES),
  qualityNotes: z.string(),
  availableFrom: z.string(),
  availableTo: z.string().nullable(),
  confidentiality: z.enum(CONFIDENTIALITY),
  partnerEnterpriseIds: z.array(z.string().uuid()).describe('shown to the owner and the Board only'),
  status: z.enum(['open', 'closed']),
  canEdit: z.boolean(),
  updatedAt: z.string().datetime(),
});
export type Listing = z.infer<typeof Listing>;
export const ListingList = z.object({ items: z.array(Listing) });

export const Reason = z.object({
  factor: z.enum(['code', 'quantity', 'distance', 'hazard']),
  value: z.number().min(0).max(1),
  weight: z.number(),
  vi: z.string(),
  en: z.string(),
});
export type Reason = z.infer<typeof Reason>;

export const Impact = z.object({
  tonnesDiverted: z.number(),
  waterM3: z.number(),
  energyMwh: z.number(),
  tco2e: z.number(),
});

export const SuggestionOut = z.object({
  counterpart: Listing,
  score: z.number().min(0).max(1),
  reasons: z.array(Reason),
  distanceKm: z.number().nullable(),
  impact: Impact.describe('estimated per year at the smaller side’s volume'),
  dealId: z.string().uuid().nullable().describe('the deal already opened on this pair'),
});
export const SuggestionList = z.object({ subject: Listing, items: z.array(SuggestionOut) });

export const SubstitutionBody = z.object({
  offerCode: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/, bilingual('Mã gồm 2, 4 hoặc 6 chữ số.', 'Codes have 2, 4 or 6 digits.')),
  needCode: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/, bilingual('Mã gồm 2, 4 hoặc 6 chữ số.', 'Codes have 2, 4 or 6 digits.')),
  note: requiredText(300, 'Nhập căn cứ của cặp thay thế.', 'Say why the pair works.'),
});
export const Substitution = z.object({
  id: z.string().uuid(),
  offerCode: z.string(),
  needCode: z.string(),
  note: z.string(),
});
export const SubstitutionList = z.object({ items: z.array(Substitution) });

export const CreateDealBody = z.object({
  offerId: RecordId,
  needId: RecordId,
  note: z.string().trim().max(2000).default(''),
});
export const DealStatusBody = z.object({
  status: z.enum(DEAL_STATUSES),
  date: IsoDate,
  note: z.string().trim().max(2000).default(''),
});
export const DealImpactBody = z.object({
  year: z.number().int().min(2000).max(2100),
  tonnesDiverted: NonNegative,
  waterM3: NonNegative,
  energyMwh: NonNegative,
  tco2e: NonNegative.optional().describe('computed from the factors when absent'),
  costSavedMillionVnd: NonNegative,
  source: requiredText(300, 'Nhập nguồn số liệu (biên bản, hoá đơn…).', 'Name the source (minutes, invoices…).'),
});
export const DealQuery = z.object({ parkId: RecordId.optional(), status: z.enum(DEAL_STATUSES).optional() });

export const DealEvent = z.object({
  status: z.enum(DEAL_STATUSES),
  date: z.string(),
  note: z.string(),
  at: z.string().datetime(),
});
export const DealImpact = z.object({
  year: z.number(),
  tonnesDiverted: z.string(),
  waterM3: z.string(),
  energyMwh: z.string(),
  tco2e: z.string(),
  costSavedMillionVnd: z.string(),
  source: z.string(),
});
export const Deal = z.object({
  id: z.string().uuid(),
  offer: Listing,
  need: Listing,
  parkId: z.string().uuid(),
  status: z.enum(DEAL_STATUSES),
  score: z.number(),
  reasons: z.array(Reason),
  events: z.array(DealEvent),
  impacts: z.array(DealImpact),
  nextStatuses: z.array(z.enum(DEAL_STATUSES)),
  canFacilitate: z.boolean(),
  updatedAt: z.string().datetime(),
});
export type Deal = z.infer<typeof Deal>;
export const DealList = z.object({ items: z.array(Deal) });

export const ImpactQuery = z.object({
  parkId: RecordId.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const ImpactRow = z.object({
  parkId: z.string().uuid(),
  parkName: z.string(),
  year: z.number(),
  links: z.number().describe('deals operating at some time in the year'),
  tonnesDiverted: z.string(),
  waterM3: z.string(),
  energyMwh: z.string(),
  tco2e: z.string(),
  costSavedMillionVnd: z.string(),
});
export const ImpactSummary = z.object({
  rows: z.array(ImpactRow),
  precision: z.object({
    proposed: z.number().describe('deals opened from a suggestion'),
    reachedAgreed: z.number(),
    reachedOperating: z.number(),
    share: z.number().nullable().describe('reached operating ÷ proposed'),
  }),
});

// ——— RECP ———

export const RecpBody = z.object({
  enterpriseId: RecordId,
  parkId: RecordId,
  type: z.enum(RECP_TYPES),
  title: requiredText(200, 'Nhập tên giải pháp.', 'Name the measure.'),
  startedOn: IsoDate,
  savedKwh: NonNegative,
  savedM3: NonNegative,
  savedTonnes: NonNegative,
  savedTco2e: NonNegative,
  costSavedMillionVnd: NonNegative,
  evidence: requiredText(
    500,
    'Nêu bằng chứng (báo cáo kiểm toán năng lượng, hoá đơn…).',
    'Name the evidence (energy audit, invoices…).',
  ),
});
export type RecpBody = z.infer<typeof RecpBody>;
export const RecpQuery = z.object({ parkId: RecordId.optional(), enterpriseId: RecordId.optional() });
export const RecpMeasure = RecpBody.extend({
  id: z.string().uuid(),
  enterpriseName: z.string(),
  parkName: z.string(),
  canEdit: z.boolean(),
});
export const RecpTotals = z.object({
  parkId: z.string().uuid(),
  parkName: z.string(),
  year: z.number(),
  enterprises: z.number(),
  measures: z.number(),
  savedKwh: z.string(),
  savedM3: z.string(),
  savedTonnes: z.string(),
  savedTco2e: z.string(),
  costSavedMillionVnd: z.string(),
});
export type RecpMeasure = z.infer<typeof RecpMeasure>;
export type RecpTotals = z.infer<typeof RecpTotals>;
export const RecpList = z.object({ items: z.array(RecpMeasure), totals: z.array(RecpTotals) });

export const ParkParams = z.object({ parkId: RecordId });
export const OptionalText = optionalText;

// ——— Criteria scorecard ———

export const RULE_SETS = ['vn-eco-park', 'eip-framework'] as const;
export const ScorecardQuery = z.object({
  ruleSet: z.enum(RULE_SETS).default('vn-eco-park'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('default: this year'),
});
export const CitationOut = z.object({
  source: z.string(),
  url: z.string().optional(),
  confidence: z.enum(['V', 'Q', 'S', 'I', 'U']),
  note: z.string().optional(),
});
export const REQUIREMENT_STATUSES = ['met', 'not_met', 'unknown'] as const;
export const ActionOut = z.object({
  id: z.string().uuid(),
  ruleSet: z.string(),
  requirementId: z.string(),
  title: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  note: z.string(),
  overdue: z.boolean(),
});
export type ActionOut = z.infer<typeof ActionOut>;
export const RequirementOut = z.object({
  id: z.string(),
  category: z.enum(['PRE', 'ENV', 'PM', 'SOC', 'ECO']),
  labelVi: z.string(),
  labelEn: z.string(),
  measure: z.string(),
  unit: z.enum(['count', 'percent', 'yes_no']),
  comparator: z.string(),
  threshold: z.number().nullable(),
  prerequisite: z.boolean(),
  evidenceVi: z.string(),
  evidenceEn: z.string(),
  citation: CitationOut,
  status: z.enum(REQUIREMENT_STATUSES),
  value: z.union([z.number(), z.boolean()]).nullable(),
  source: z.enum(['live', 'declared']).nullable(),
  detailVi: z.string(),
  detailEn: z.string(),
  gap: z.number().nullable(),
  gapVi: z.string().nullable(),
  gapEn: z.string().nullable(),
  trend: z.array(
    z.object({
      year: z.number(),
      status: z.enum(REQUIREMENT_STATUSES),
      value: z.union([z.number(), z.boolean()]).nullable(),
    }),
  ),
  actions: z.array(ActionOut),
});
export type RequirementOut = z.infer<typeof RequirementOut>;
export const ScorecardOut = z.object({
  park: z.object({ id: z.string().uuid(), name: z.string(), provinceCode: z.string().nullable() }),
  ruleSet: z.object({
    id: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    binding: z.boolean(),
    version: z.number(),
    effectiveFrom: z.string(),
    basis: z.array(CitationOut),
  }),
  year: z.number(),
  met: z.number(),
  notMet: z.number(),
  unknown: z.number(),
  prerequisitesMet: z.boolean(),
  qualifies: z.boolean(),
  requirements: z.array(RequirementOut),
  permissions: z.object({ declare: z.boolean() }),
});
export type ScorecardOut = z.infer<typeof ScorecardOut>;

export const DeclarationBody = z.object({
  measure: z.string().regex(/^[a-z][a-z0-9_]*$/),
  year: z.number().int().min(2000).max(2100),
  value: z.union([z.boolean(), z.number().min(0).max(1_000_000)]),
  evidence: requiredText(500, 'Nêu bằng chứng của số liệu kê khai.', 'Name the evidence of the declared value.'),
});
export const ActionBody = z.object({
  ruleSet: z.enum(RULE_SETS),
  requirementId: z.string().min(1).max(40),
  title: requiredText(300, 'Nhập việc cần làm.', 'Say what is to be done.'),
  owner: requiredText(200, 'Nhập người, đơn vị chịu trách nhiệm.', 'Name who is responsible.'),
  dueOn: IsoDate,
  status: z.enum(ACTION_STATUSES).default('open'),
  note: z.string().trim().max(2000).default(''),
});
export const ActionUpdateBody = ActionBody.pick({ title: true, owner: true, dueOn: true, status: true, note: true });

export const EnterpriseParksQuery = z.object({ enterpriseId: RecordId });
export const EnterpriseParks = z.object({
  items: z
    .array(z.object({ id: z.string().uuid(), name: z.string() }))
    .describe('parks where it has a project or is the developer'),
});
