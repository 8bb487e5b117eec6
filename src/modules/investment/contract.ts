import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { optionalText, requiredText } from '../../kernel/fields';
import { IsoDate } from '../geo/contract';

/**
 * The investment registry's API: enterprises, investors, State Bank rates, projects with their
 * certificate (IRC) events, and the period flows of the national forms. Amounts are decimal
 * strings with their currency; shares and areas are decimal strings too, so nothing is rounded
 * on the way.
 */

export const RecordId = z.string().uuid(bilingual('Mã bản ghi không hợp lệ.', 'Invalid record id.'));
export const IdParams = z.object({ id: RecordId });

export const Currency = z.enum(['VND', 'USD']);
export const Text = z.object({ vi: z.string(), en: z.string() });

const AMOUNT = /^\d{1,20}(\.\d{1,2})?$/;
const SIGNED_AMOUNT = /^-?\d{1,20}(\.\d{1,2})?$/;
export const Money = z.object({
  value: z
    .string()
    .regex(
      AMOUNT,
      bilingual(
        'Số tiền là số không âm, tối đa 2 chữ số thập phân, dấu chấm thập phân (ví dụ 12500000.50).',
        'An amount is a non-negative number with at most 2 decimals and a decimal point (e.g. 12500000.50).',
      ),
    ),
  currency: Currency,
});
export const SignedMoney = z.object({
  value: z
    .string()
    .regex(
      SIGNED_AMOUNT,
      bilingual(
        'Số tiền thay đổi là số (âm khi giảm), tối đa 2 chữ số thập phân (ví dụ -3000000).',
        'A change of capital is a number (negative for a decrease) with at most 2 decimals (e.g. -3000000).',
      ),
    ),
  currency: Currency,
});
export const MoneyOut = z.object({ value: z.string(), currency: Currency });

export const Area = z
  .string()
  .regex(
    /^\d{1,10}(\.\d{1,4})?$/,
    bilingual(
      'Diện tích (ha) là số không âm, tối đa 4 chữ số thập phân.',
      'An area (ha) is a non-negative number with at most 4 decimals.',
    ),
  );
export const SignedArea = z
  .string()
  .regex(
    /^-?\d{1,10}(\.\d{1,4})?$/,
    bilingual(
      'Diện tích thay đổi (ha) là số, tối đa 4 chữ số thập phân.',
      'A change of area (ha) is a number with at most 4 decimals.',
    ),
  );
export const Percent = z
  .string()
  .regex(
    /^\d{1,3}(\.\d{1,4})?$/,
    bilingual(
      'Tỷ lệ (%) là số từ 0 đến 100, tối đa 4 chữ số thập phân.',
      'A percentage is a number from 0 to 100 with at most 4 decimals.',
    ),
  );

export const ProvinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'));
export const AdminUnitId = z
  .string()
  .regex(
    /^(63|34):\d{2}$/,
    bilingual('Mã đơn vị hành chính có dạng 63:24 hoặc 34:24.', 'An administrative unit id looks like 63:24 or 34:24.'),
  );
export const CountryCode = z
  .string()
  .regex(
    /^[A-Z]{2}$/,
    bilingual(
      'Mã quốc gia ISO 3166-1 gồm 2 chữ in hoa (VN, KR, JP…).',
      'A country is a two-letter ISO 3166-1 code (VN, KR, JP…).',
    ),
  );
/** VSIC 2018: a section letter or a code of 2 to 5 digits. */
export const SectorCode = z
  .string()
  .regex(
    /^([A-U]|\d{2,5})$/,
    bilingual('Mã ngành VSIC là một chữ cái (A–U) hoặc 2–5 chữ số.', 'A VSIC code is a letter (A–U) or 2 to 5 digits.'),
  );
const Sectors = z.array(SectorCode).max(50, bilingual('Tối đa 50 ngành.', 'At most 50 sectors.'));

const UpdatedAt = z
  .string()
  .datetime(bilingual('Thiếu thời điểm cập nhật của bản ghi.', 'The record’s updatedAt is missing.'))
  .describe('updatedAt as last read; a different value means someone else changed it (409)');

const Page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// ——— Enterprises ———

export const TAX_CODE_PATTERN = /^\d{10}(-?\d{3})?$/;
export const TaxCode = z
  .string()
  .trim()
  .regex(
    TAX_CODE_PATTERN,
    bilingual(
      'Mã số thuế gồm 10 chữ số (0123456789), hoặc 13 chữ số cho đơn vị phụ thuộc (0123456789-001).',
      'A tax code has 10 digits (0123456789), or 13 for a dependent unit (0123456789-001).',
    ),
  );

const enterpriseFields = {
  taxCode: TaxCode,
  nameVi: requiredText(300, 'Hãy nhập tên doanh nghiệp (tiếng Việt).', 'Enter the enterprise’s Vietnamese name.'),
  nameForeign: optionalText(300),
  address: optionalText(500),
  adminUnitId: AdminUnitId.describe('province-level unit of its time: 63:xx before 2025-07-01, 34:xx after'),
  commune: optionalText(200),
  legalRepresentative: optionalText(200),
  sectors: Sectors.default([]),
};
export const CreateEnterpriseBody = z.object(enterpriseFields);
export type CreateEnterpriseBody = z.infer<typeof CreateEnterpriseBody>;

export const UpdateEnterpriseBody = z.object({
  updatedAt: UpdatedAt,
  taxCode: TaxCode.optional(),
  nameVi: enterpriseFields.nameVi.optional(),
  nameForeign: enterpriseFields.nameForeign,
  address: enterpriseFields.address,
  adminUnitId: AdminUnitId.optional(),
  commune: enterpriseFields.commune,
  legalRepresentative: enterpriseFields.legalRepresentative,
  sectors: Sectors.optional(),
});
export type UpdateEnterpriseBody = z.infer<typeof UpdateEnterpriseBody>;

/** What an enterprise keeps current itself. */
export const UpdateEnterpriseContactBody = z.object({
  updatedAt: UpdatedAt,
  address: enterpriseFields.address,
  commune: enterpriseFields.commune,
  legalRepresentative: enterpriseFields.legalRepresentative,
});
export type UpdateEnterpriseContactBody = z.infer<typeof UpdateEnterpriseContactBody>;

export const Enterprise = z.object({
  id: z.string().uuid(),
  taxCode: z.string(),
  nameVi: z.string(),
  nameForeign: z.string().nullable(),
  address: z.string().nullable(),
  adminUnitId: z.string(),
  provinceCode: z.string().nullable().describe('the province the unit lies in today'),
  commune: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  sectors: z.array(z.string()),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime().describe('send back as `updatedAt` when changing the enterprise'),
});
export type Enterprise = z.infer<typeof Enterprise>;
export const EnterprisePage = pageOf(Enterprise);
export type EnterprisePage = z.infer<typeof EnterprisePage>;

export const EnterpriseQuery = z.object({
  q: z.string().trim().max(100).optional().describe('part of the name or tax code, with or without accents'),
  province: ProvinceCode.optional().describe('GSO code of the province on `asOf`'),
  asOf: IsoDate.optional().describe('day the province is read on (default: today)'),
  ...Page,
});
export type EnterpriseQuery = z.infer<typeof EnterpriseQuery>;

// ——— Investors ———

export const InvestorKind = z.enum(['organisation', 'individual']);
const investorFields = {
  kind: InvestorKind,
  name: requiredText(300, 'Hãy nhập tên nhà đầu tư.', 'Enter the investor’s name.'),
  nationality: CountryCode.describe(
    'ISO 3166-1 alpha-2: nationality of a person, country of establishment of an organisation (format checked only)',
  ),
  foreignShare: Percent.nullable()
    .optional()
    .describe('organisations established in Viet Nam: % of charter capital held by foreign investors'),
  controlledShare: Percent.nullable()
    .optional()
    .describe('organisations established in Viet Nam: % held by Art. 23(1)(a) organisations'),
  identifier: optionalText(100).describe('enterprise code, passport or ID number'),
};
export const CreateInvestorBody = z.object(investorFields);
export type CreateInvestorBody = z.infer<typeof CreateInvestorBody>;
export const UpdateInvestorBody = z.object({
  updatedAt: UpdatedAt,
  kind: InvestorKind.optional(),
  name: investorFields.name.optional(),
  nationality: CountryCode.optional(),
  foreignShare: investorFields.foreignShare,
  controlledShare: investorFields.controlledShare,
  identifier: investorFields.identifier,
});
export type UpdateInvestorBody = z.infer<typeof UpdateInvestorBody>;

export const Investor = z.object({
  id: z.string().uuid(),
  kind: InvestorKind,
  name: z.string(),
  nationality: z.string(),
  foreignShare: z.string().nullable(),
  controlledShare: z.string().nullable(),
  identifier: z.string().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Investor = z.infer<typeof Investor>;
export const InvestorPage = pageOf(Investor);
export type InvestorPage = z.infer<typeof InvestorPage>;
export const InvestorQuery = z.object({
  q: z.string().trim().max(100).optional().describe('part of the name or identifier, with or without accents'),
  kind: InvestorKind.optional(),
  nationality: CountryCode.optional(),
  ...Page,
});
export type InvestorQuery = z.infer<typeof InvestorQuery>;

// ——— Exchange rates ———

export const CreateExchangeRateBody = z
  .object({
    from: Currency,
    to: Currency,
    rate: z
      .string()
      .regex(
        /^\d{1,12}(\.\d{1,6})?$/,
        bilingual(
          'Tỷ giá là số dương, tối đa 6 chữ số thập phân.',
          'A rate is a positive number with at most 6 decimals.',
        ),
      )
      .refine((s) => /[1-9]/.test(s), bilingual('Tỷ giá phải lớn hơn 0.', 'The rate must be above 0.')),
    date: IsoDate,
    source: requiredText(200, 'Hãy ghi nguồn công bố tỷ giá.', 'Enter where the rate was published.').default(
      'NHNN tỷ giá trung tâm',
    ),
  })
  .refine((b) => b.from !== b.to, {
    message: bilingual('Hai loại tiền phải khác nhau.', 'The two currencies must differ.'),
    path: ['to'],
  });
export type CreateExchangeRateBody = z.infer<typeof CreateExchangeRateBody>;

export const ExchangeRate = z.object({
  id: z.string().uuid(),
  from: Currency,
  to: Currency,
  rate: z.string().describe('1 `from` = `rate` `to`'),
  date: z.string(),
  source: z.string(),
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;
export const ExchangeRateList = z.object({ items: z.array(ExchangeRate) });
export const ExchangeRateQuery = z.object({
  from: Currency.optional(),
  to: Currency.optional(),
  dateFrom: IsoDate.optional().describe('first day, inclusive'),
  dateTo: IsoDate.optional().describe('last day, inclusive'),
});
export type ExchangeRateQuery = z.infer<typeof ExchangeRateQuery>;
export const RateOnQuery = z.object({
  from: Currency,
  to: Currency,
  date: IsoDate.describe('the latest rate on or before this day is returned'),
});

// ——— Projects ———

export const ProjectType = z.enum(['infrastructure', 'production_business']);
export const Origin = z.enum(['FDI', 'DDI']);
export const CertificateStatus = z.enum(['not_issued', 'valid', 'revoked', 'terminated']);
export const EventKind = z.enum(['issued', 'adjusted', 'reissued', 'revoked', 'terminated']);

export const PROJECT_TYPE_LABELS: Record<z.infer<typeof ProjectType>, { vi: string; en: string }> = {
  infrastructure: { vi: 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng', en: 'Infrastructure development' },
  production_business: { vi: 'Sản xuất, kinh doanh', en: 'Production and business' },
};
export const STATUS_LABELS: Record<z.infer<typeof CertificateStatus>, { vi: string; en: string }> = {
  not_issued: { vi: 'Chưa cấp', en: 'Not issued' },
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  terminated: { vi: 'Đã chấm dứt', en: 'Terminated' },
};
export const EVENT_KIND_LABELS: Record<z.infer<typeof EventKind>, { vi: string; en: string }> = {
  issued: { vi: 'Cấp mới', en: 'Issued' },
  adjusted: { vi: 'Điều chỉnh', en: 'Adjusted' },
  reissued: { vi: 'Cấp lại', en: 'Re-issued' },
  revoked: { vi: 'Thu hồi', en: 'Revoked' },
  terminated: { vi: 'Chấm dứt hoạt động', en: 'Terminated' },
};

export const Location = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('park'), parkId: RecordId }),
  z.object({ kind: z.literal('zone'), zoneId: RecordId.describe('a KKT, outside its parks') }),
  z.object({ kind: z.literal('special_zone'), zoneId: RecordId.describe('the KKT the special zone lies in') }),
]);
export type Location = z.infer<typeof Location>;

export const InvestorShareInput = z.object({ investorId: RecordId, share: Percent.describe('% of the project') });
export type InvestorShareInput = z.infer<typeof InvestorShareInput>;
const InvestorShares = z
  .array(InvestorShareInput)
  .min(1, bilingual('Cần ít nhất một nhà đầu tư.', 'At least one investor is required.'))
  .max(100, bilingual('Tối đa 100 nhà đầu tư.', 'At most 100 investors.'));
const Objectives = z
  .array(requiredText(1000, 'Mục tiêu không được để trống.', 'An objective cannot be empty.'))
  .max(50);

export const CreateProjectBody = z.object({
  projectCode: requiredText(50, 'Hãy nhập mã số dự án.', 'Enter the project code.').describe(
    'assigned by the National Investment Information System; unique for life',
  ),
  name: requiredText(500, 'Hãy nhập tên dự án.', 'Enter the project’s name.'),
  enterpriseId: RecordId.nullable().optional().describe('the economic organisation carrying out the project'),
  location: Location,
  type: ProjectType,
  sectors: Sectors.default([]),
  landAreaHa: Area.describe('land area on the certificate (ha)'),
  operationStartedOn: IsoDate.nullable()
    .optional()
    .describe('the day production or business began (Biểu 2104 "đang SXKD"); not before the issue'),
  specialZoneId: RecordId.nullable()
    .optional()
    .describe('the non-tariff / free-trade / bonded zone of the project’s KKT it lies in (Biểu 2112)'),
  investors: InvestorShares,
  certificate: z.object({
    date: IsoDate.describe('date of issue; not in the future'),
    certificateNo: optionalText(100),
    documentNo: optionalText(100),
    registeredCapital: Money.describe('FDI in USD, DDI in VND'),
    charterCapital: Money.nullable()
      .optional()
      .describe(
        'charter capital (vốn điều lệ) of the economic organisation as the certificate states it, in the certificate’s currency (Biểu 2115)',
      ),
    objectives: Objectives.optional(),
    schedule: optionalText(1000),
  }),
});
export type CreateProjectBody = z.infer<typeof CreateProjectBody>;

const eventBase = {
  date: IsoDate.describe('not in the future, not before the previous event'),
  certificateNo: optionalText(100),
  documentNo: optionalText(100),
};
export const CertificateEventBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('adjusted'),
    ...eventBase,
    capitalDelta: SignedMoney.optional().describe('signed change of registered capital'),
    charterCapitalDelta: SignedMoney.optional().describe(
      'signed change of the charter capital (vốn điều lệ), in the certificate’s currency (Biểu 2115 cols 7–8)',
    ),
    exchangeRateId: RecordId.optional().describe('the State Bank rate row, when the change is in another currency'),
    landAreaDeltaHa: SignedArea.optional(),
    objectives: Objectives.optional(),
    schedule: optionalText(1000),
    investors: InvestorShares.optional().describe('the whole new list of investors, when they change'),
  }),
  z.object({ kind: z.literal('reissued'), ...eventBase }),
  z.object({
    kind: z.literal('revoked'),
    ...eventBase,
    capitalAtEnd: Money.describe('registered capital at the end'),
    exchangeRateId: RecordId.optional(),
  }),
  z.object({
    kind: z.literal('terminated'),
    ...eventBase,
    capitalAtEnd: Money.describe('registered capital at the end'),
    exchangeRateId: RecordId.optional(),
  }),
]);
export type CertificateEventBody = z.infer<typeof CertificateEventBody>;

/** The one-stop dossier whose decision wrote a certificate event (issue 5 §3). */
export const EventSource = z.object({ kind: z.literal('dossier'), id: z.string().uuid(), code: z.string() });
export type EventSource = z.infer<typeof EventSource>;

export const CertificateEventView = z.object({
  id: z.string().uuid(),
  seq: z.number().int(),
  kind: EventKind,
  label: Text,
  date: z.string(),
  certificateNo: z.string().nullable(),
  documentNo: z.string().nullable(),
  capital: MoneyOut.nullable().describe(
    'issued: registered capital; adjusted: signed change; ended: capital at the end',
  ),
  landAreaHa: z.string().nullable().describe('issued: land area; adjusted: signed change'),
  charterCapital: MoneyOut.nullable().describe('issued: charter capital; adjusted: signed change; null: not stated'),
  exchangeRate: ExchangeRate.nullable(),
  objectives: z.array(z.string()).nullable(),
  schedule: z.string().nullable(),
  investors: z
    .array(
      z.object({
        investorId: z.string().uuid(),
        share: z.string(),
        name: z.string().nullable(),
        nationality: z.string().nullable(),
      }),
    )
    .nullable()
    .describe('issued, or adjusted with a change of investors: the whole list set by the event'),
  /** Dated on or before the as-of day. */
  applied: z.boolean(),
  recordedAt: z.string().datetime(),
  source: EventSource.nullable().describe(
    'the one-stop dossier whose decision recorded the event; null when typed in or imported',
  ),
});
export type CertificateEventView = z.infer<typeof CertificateEventView>;
export const CertificateEventList = z.object({ items: z.array(CertificateEventView) });

export const ProjectInvestorView = z.object({
  investorId: z.string().uuid(),
  name: z.string(),
  kind: InvestorKind,
  nationality: z.string(),
  share: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable().describe('first day no longer valid (exclusive); null while current'),
});

export const OriginView = z.object({
  origin: Origin,
  reason: Text,
  foreignShare: z.string(),
  asForeignInvestor: z.boolean(),
  decidedOn: z.string().describe('the day the investors were set (issue or change of investors)'),
  rule: z.object({ id: z.string(), legalBasis: z.string(), effectiveFrom: z.string() }),
});

export const PlaceView = z.object({
  kind: z.enum(['park', 'zone', 'special_zone']),
  parkId: z.string().uuid().nullable(),
  zoneId: z.string().uuid().nullable(),
  adminUnitId: z.string().nullable(),
  provinceCode: z.string().nullable().describe('the province it lies in today'),
});

export const ProjectSummary = z.object({
  id: z.string().uuid(),
  projectCode: z.string(),
  name: z.string(),
  enterpriseId: z.string().uuid().nullable(),
  enterprise: z.object({ id: z.string().uuid(), taxCode: z.string(), nameVi: z.string() }).nullable(),
  locationKind: z.enum(['park', 'zone', 'special_zone']),
  parkId: z.string().uuid().nullable(),
  zoneId: z.string().uuid().nullable(),
  type: ProjectType,
  sectors: z.array(z.string()),
  currency: Currency,
  asOf: z.string(),
  status: CertificateStatus,
  origin: Origin.nullable().describe('null before the certificate is issued'),
  registeredCapital: MoneyOut.nullable(),
  landAreaHa: z.string().nullable(),
  updatedAt: z.string().datetime(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;
export const ProjectPage = pageOf(ProjectSummary);
export type ProjectPage = z.infer<typeof ProjectPage>;

export const ProjectDetail = z.object({
  id: z.string().uuid(),
  projectCode: z.string(),
  name: z.string(),
  enterprise: z.object({ id: z.string().uuid(), taxCode: z.string(), nameVi: z.string() }).nullable(),
  location: PlaceView,
  specialZoneId: z.string().uuid().nullable().describe('the special zone of its KKT it lies in (Biểu 2112)'),
  operationStartedOn: z.string().nullable().describe('the day production or business began; null while building'),
  type: ProjectType,
  objectives: z.string().nullable(),
  sectors: z.array(z.string()),
  currency: Currency.describe('the certificate’s currency'),
  asOf: z.string(),
  certificate: z.object({
    status: CertificateStatus,
    statusLabel: Text,
    registeredCapital: MoneyOut.nullable(),
    charterCapital: MoneyOut.nullable().describe('charter capital on the as-of day; null when no event states one'),
    landAreaHa: z.string().nullable(),
    objectives: z.array(z.string()),
    schedule: z.string().nullable(),
    issuedOn: z.string().nullable(),
    lastAdjustedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    endDocumentNo: z.string().nullable(),
  }),
  origin: OriginView.nullable().describe('from the investors valid on the as-of day; null before the issue'),
  mainPartner: z
    .object({ country: z.string(), share: z.string(), tiedWith: z.array(z.string()), legalBasis: z.string() })
    .nullable()
    .describe('the main foreign partner (Biểu 2114); null when every investor is Vietnamese'),
  partnerGroup: z.object({ kind: z.string(), countries: z.array(z.string()), label: Text }).nullable(),
  investors: z.array(ProjectInvestorView).describe('investors valid on the as-of day'),
  events: z.array(CertificateEventView).describe('the whole timeline, `applied` up to the as-of day'),
  current: z.object({ status: CertificateStatus, origin: Origin, registeredCapital: MoneyOut.nullable() }),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const ProjectQuery = z.object({
  q: z.string().trim().max(100).optional().describe('part of the name or project code, with or without accents'),
  asOf: IsoDate.optional().describe('day the province, status and origin are read on (default: today)'),
  province: ProvinceCode.optional().describe('GSO code of the province on `asOf`, through the park or zone'),
  parkId: RecordId.optional(),
  zoneId: RecordId.optional(),
  enterpriseId: RecordId.optional(),
  investorId: RecordId.optional().describe('projects this investor holds a share of on `asOf`'),
  origin: Origin.optional(),
  partnerCountry: CountryCode.optional().describe('main foreign partner on `asOf`'),
  status: CertificateStatus.optional(),
  sector: SectorCode.optional(),
  type: ProjectType.optional(),
  sort: z.enum(['projectCode', 'name', 'createdAt', 'updatedAt']).default('projectCode'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...Page,
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;

export const AsOfQuery = z.object({ asOf: IsoDate.optional().describe('as of this day (default: today in Hà Nội)') });

// ——— Period flows ———

export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
export const FlowsQuery = z.object({
  period: z
    .string()
    .regex(
      PERIOD_PATTERN,
      bilingual(
        'Kỳ có dạng 2025, 2025-H1, 2025-Q3 hoặc 2025-07.',
        'A period looks like 2025, 2025-H1, 2025-Q3 or 2025-07.',
      ),
    ),
  province: ProvinceCode.optional().describe('GSO code of the province at the end of the period'),
});
export type FlowsQuery = z.infer<typeof FlowsQuery>;

export const DRILL_DOWN_LIMIT = 1000;
const FlowLine = z.object({
  projects: z.number().int(),
  amount: MoneyOut.describe('exact, in the form’s currency'),
  value: z.string().describe('in the form unit (triệu USD for FDI, tỷ đồng for DDI), 2 decimals'),
  projectIds: z.array(z.string().uuid()).describe(`the projects counted, first ${DRILL_DOWN_LIMIT}`),
  truncated: z.boolean(),
});
const OriginFlows = z.object({
  unit: z.enum(['trieu_usd', 'ty_dong']),
  unitLabel: Text,
  validAtStart: FlowLine,
  new: FlowLine,
  increased: FlowLine,
  decreased: FlowLine.describe('decreases as a positive amount'),
  ended: FlowLine.extend({ revoked: z.number().int(), terminated: z.number().int() }),
  validAtEnd: FlowLine,
});
export const PeriodFlowsResponse = z.object({
  period: z.string(),
  label: Text,
  from: z.string(),
  to: z.string(),
  province: z.string().nullable(),
  FDI: OriginFlows,
  DDI: OriginFlows,
  conversions: z.array(z.object({ projectId: z.string().uuid(), rate: ExchangeRate.omit({ id: true }) })),
});
export type PeriodFlowsResponse = z.infer<typeof PeriodFlowsResponse>;

// ——— Project profile of a park or a KKT ———

export const ProjectProfileQuery = z
  .object({
    parkId: RecordId.optional().describe('an industrial park'),
    zoneId: RecordId.optional().describe('an economic zone (KKT): outside its parks and in them'),
    asOf: IsoDate.optional().describe('as of this day (default: today in Hà Nội)'),
  })
  .refine((q) => (q.parkId ? 1 : 0) + (q.zoneId ? 1 : 0) === 1, {
    message: bilingual('Chọn đúng một: parkId hoặc zoneId.', 'Give exactly one of parkId or zoneId.'),
    path: ['parkId'],
  });
export type ProjectProfileQuery = z.infer<typeof ProjectProfileQuery>;

const Count = z.number().int();
const FormAmounts = z.object({
  fdiMillionUsd: z.string().describe('FDI projects, triệu USD, rounded to 2 decimals'),
  ddiBillionVnd: z.string().describe('DDI projects, tỷ đồng, rounded to 2 decimals'),
});

/**
 * The projects of one park or KKT as of a day, in the units of the national forms (FDI in triệu
 * USD, DDI in tỷ đồng). "Valid" is the certificate fold on `asOf`; FDI/DDI is the origin from
 * the investors valid on `asOf`; the partner country is the main partner (partner-country.ts).
 */
export const ProjectProfile = z.object({
  asOf: z.string(),
  projects: z.object({
    total: Count.describe('projects whose certificate is valid on asOf (= fdi + ddi = byStatus.valid)'),
    fdi: Count.describe('valid FDI projects'),
    ddi: Count.describe('valid DDI projects'),
    byStatus: z
      .record(CertificateStatus, Count)
      .describe('every project recorded in the place, by certificate status on asOf (not_issued: issued later)'),
  }),
  tenants: Count.describe(
    'enterprises carrying out a valid production-business project (a project without an enterprise counts once)',
  ),
  registered: FormAmounts.describe('registered capital of the valid projects on asOf'),
  realised: FormAmounts.describe('realised capital of every project of the place, periods ended by asOf'),
  byCountry: z
    .array(
      z.object({
        country: z.string().describe('ISO alpha-2 of the main partner; VN when every investor is Vietnamese'),
        nameVi: z.string(),
        projects: Count,
        registeredMillionUsd: z.string(),
      }),
    )
    .describe('valid FDI projects by main partner country, largest capital first'),
  bySector: z
    .array(z.object({ sector: z.string(), projects: Count, fdi: Count, ddi: Count }))
    .describe('valid projects by their first VSIC code (none: "")'),
  byYear: z
    .array(
      z.object({
        year: z.number().int(),
        newProjects: Count.describe('certificates issued in the year'),
        registeredFdiMillionUsd: z.string().describe('capital newly registered + increased − decreased in the year'),
        registeredDdiBillionVnd: z.string(),
        realisedFdiMillionUsd: z.string().describe('realised capital of periods ending in the year'),
        realisedDdiBillionVnd: z.string(),
      }),
    )
    .describe('from the first issue (or realised period) to the year of asOf, the last year cut at asOf'),
});
export type ProjectProfile = z.infer<typeof ProjectProfile>;
