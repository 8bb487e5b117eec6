import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { DrillResult, Text } from '../statistics/contract';

/**
 * Briefings (a province set and a period, in Vietnamese prose and a table with each figure's share
 * of the country) and dashboards (the country, a province, a park), shared with the web. Every
 * figure is live (computed at the request) and opens to its records through a drill key, with the
 * same DrillResult as a form cell.
 */

export { DrillResult };

export const FIGURE_KEYS = [
  'parks.plan.count',
  'parks.plan.area',
  'parks.operating.count',
  'parks.operating.area',
  'parks.construction.count',
  'parks.construction.area',
  'parks.occupancy',
  'zones.count',
  'zones.area',
  'new.FDI.count',
  'new.FDI.capital',
  'new.DDI.count',
  'new.DDI.capital',
  'adj.FDI.count',
  'adj.FDI.capital',
  'adj.DDI.count',
  'adj.DDI.capital',
  'valid.FDI.count',
  'valid.FDI.capital',
  'valid.DDI.count',
  'valid.DDI.capital',
  'realised.FDI',
  'realised.DDI',
  'revenue.FDI',
  'revenue.DDI',
  'export',
  'import',
  'budget',
  'workers',
  'workers.female',
  'reports.accepted',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const DRILL_KEYS = [
  'parks.plan',
  'parks.operating',
  'parks.construction',
  'zones',
  'new.FDI',
  'new.DDI',
  'adj.FDI',
  'adj.DDI',
  'valid.FDI',
  'valid.DDI',
  'realised.FDI',
  'realised.DDI',
  'reports.FDI',
  'reports.DDI',
  'reports',
] as const;
export const DrillKey = z.enum(
  DRILL_KEYS,
  bilingual('Chỉ tiêu không có danh sách bản ghi.', 'This figure has no record list.'),
);
export type DrillKey = z.infer<typeof DrillKey>;

export const FIGURE_SECTIONS = ['places', 'inflow', 'cumulative', 'production', 'labour'] as const;
export type FigureSection = (typeof FIGURE_SECTIONS)[number];

const PERIOD = /^\d{4}(-Q[1-4])?$/;
export const PeriodText = z
  .string()
  .regex(
    PERIOD,
    bilingual('Kỳ là một năm (2025) hoặc một quý (2025-Q3).', 'A period is a year (2025) or a quarter (2025-Q3).'),
  )
  .refine(
    (s) => Number(s.slice(0, 4)) >= 1990 && Number(s.slice(0, 4)) <= 2100,
    bilingual('Năm phải từ 1990 đến 2100.', 'The year must be between 1990 and 2100.'),
  );

export const SetSelector = z
  .string()
  .max(60)
  .regex(
    /^(country|unit:(63|34):\d{2}|group:[a-z0-9-]{2,40})$/,
    bilingual(
      'Phạm vi là "country", "unit:34:24" (một tỉnh) hoặc "group:north30" (một vùng, nhóm tỉnh).',
      'A set is "country", "unit:34:24" (a province) or "group:north30" (a region or named set).',
    ),
  );

export const BriefingQuery = z.object({
  set: SetSelector.describe('country | unit:<edition>:<code> | group:<code>'),
  period: PeriodText.describe('2025 or 2025-Q3'),
});
export type BriefingQuery = z.infer<typeof BriefingQuery>;

export const BriefingDrillQuery = BriefingQuery.extend({
  cell: DrillKey,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const BriefingFigure = z.object({
  key: z.enum(FIGURE_KEYS),
  section: z.enum(FIGURE_SECTIONS),
  label: Text,
  /** "KCN", "ha", "triệu USD", "tỷ đồng", "người", "%", "dự án". */
  unit: z.string(),
  /** Decimal string in `unit`, rounded for print; null when it cannot be computed (no land recorded). */
  value: z.string().nullable(),
  national: z.string().nullable(),
  /** value ÷ national in % (one decimal); null for ratios or when the country total is 0. */
  share: z.string().nullable(),
  drill: DrillKey.nullable(),
});
export type BriefingFigure = z.infer<typeof BriefingFigure>;

export const NamedRate = z.object({ rate: z.string(), date: z.string(), source: z.string() });

export const SetInfo = z.object({
  selector: z.string(),
  kind: z.enum(['country', 'province', 'group']),
  name: z.string(),
  edition: z.enum(['63', '34']).nullable(),
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  basis: z.string().nullable(),
  certainty: z.enum(['V', 'I']).nullable(),
});

export const Briefing = z.object({
  set: SetInfo,
  period: z.string(),
  periodLabel: Text,
  from: z.string(),
  to: z.string(),
  title: z.string(),
  /** Vietnamese prose, one string per paragraph. */
  paragraphs: z.array(z.string()),
  figures: z.array(BriefingFigure),
  /** The State Bank rate used for amounts recorded only in the other currency, if any was needed. */
  rate: NamedRate.nullable(),
  notes: z.array(z.string()),
  computedAt: z.string(),
});
export type Briefing = z.infer<typeof Briefing>;

export const SetOption = z.object({
  selector: z.string(),
  name: z.string(),
  kind: z.enum(['country', 'province', 'group']),
  edition: z.enum(['63', '34']).nullable(),
});
export const SetOptions = z.object({ items: z.array(SetOption) });

// ——— Dashboards ———

export const DashboardQuery = z.object({
  period: PeriodText,
  province: z
    .string()
    .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'))
    .optional()
    .describe('34-edition GSO code; absent = the country (ministry) or the Board’s province'),
  park: z.uuid(bilingual('Mã KCN không hợp lệ.', 'Invalid park id.')).optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** The dashboard's park picker: the parks whose dashboard the caller may open. */
export const ParkOptionsQuery = DashboardQuery.pick({ province: true });
export const ParkOptions = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), provinceCode: z.string().nullable() })),
});
export type ParkOptions = z.infer<typeof ParkOptions>;

export const KeyFigure = z.object({
  key: z.enum(FIGURE_KEYS),
  label: Text,
  unit: z.string(),
  value: z.string().nullable(),
  previous: z.string().nullable(),
  /** (value − previous) ÷ previous in %, one decimal; null when there is nothing to compare. */
  change: z.string().nullable(),
  drill: DrillKey.nullable(),
});

export const TrendSeries = z.object({
  key: z.enum(FIGURE_KEYS),
  label: Text,
  unit: z.string(),
  values: z.array(z.string().nullable()),
});

/** Year-end values over the last years, read apart from the dashboard (one read of the facts per year). */
export const Trends = z.object({ years: z.array(z.number().int()), series: z.array(TrendSeries) });
export type Trends = z.infer<typeof Trends>;

export const Slice = z.object({ code: z.string(), name: z.string(), projects: z.number().int(), capital: z.string() });

export const Completeness = z.object({
  reportType: z.enum(['quarterly_implementation', 'annual_implementation']),
  deadline: z.string(),
  expected: z.number().int(),
  filed: z.number().int(),
  accepted: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
});

export const Dashboard = z.object({
  scope: z.object({
    kind: z.enum(['country', 'province', 'park']),
    name: z.string(),
    provinceCode: z.string().nullable(),
    parkId: z.string().nullable(),
    /** The set selector that opens the same figures' records (drill, briefing). */
    selector: z.string(),
  }),
  period: z.string(),
  periodLabel: Text,
  previousPeriod: z.string(),
  keyFigures: z.array(KeyFigure),
  occupancy: z.object({ industrial: z.string(), leased: z.string(), percent: z.string().nullable() }),
  fdiByPartner: z.array(Slice),
  fdiBySector: z.array(Slice),
  completeness: Completeness,
  rate: NamedRate.nullable(),
  computedAt: z.string(),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const DashboardDrillQuery = DashboardQuery.extend({
  cell: DrillKey,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const CHOROPLETH_INDICATORS = [
  'valid.FDI.count',
  'valid.FDI.capital',
  'valid.DDI.capital',
  'parks.operating.count',
  'parks.occupancy',
  'export',
  'workers',
] as const satisfies readonly FigureKey[];
export const ChoroplethIndicator = z.enum(CHOROPLETH_INDICATORS);

export const ChoroplethQuery = z.object({
  period: PeriodText,
  indicator: ChoroplethIndicator.default('valid.FDI.count'),
});

export const Choropleth = z.object({
  period: z.string(),
  edition: z.enum(['63', '34']),
  indicator: ChoroplethIndicator,
  label: Text,
  unit: z.string(),
  /** One entry per province of the edition; null = not visible to the caller or no data. */
  items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), value: z.string().nullable() })),
});
export type Choropleth = z.infer<typeof Choropleth>;
