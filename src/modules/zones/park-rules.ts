/**
 * The vocabulary of a park's lifecycle (statuses, events, allowed transitions, labels) and the
 * legal rules behind it, kept as dated records with their basis and how far they were verified
 * (conventions: rules are data). Decree 35/2022 is being replaced (MoF draft,
 * October 2025), so each rule has an end date to set and a successor to append, not code to edit.
 */
import type { Certainty } from './checks';

export const PARK_STATUSES = [
  'planned_unapproved',
  'planned',
  'established',
  'under_construction',
  'operating',
  'revoked',
  'converted',
] as const;
export type ParkStatus = (typeof PARK_STATUSES)[number];

export const PARK_EVENT_KINDS = [
  'planned',
  'established',
  'construction_started',
  'operating',
  'area_increased',
  'area_decreased',
  'revoked',
  'converted_to_urban_service',
] as const;
export type ParkEventKind = (typeof PARK_EVENT_KINDS)[number];

export const PARK_STATUS_LABELS = {
  planned_unapproved: {
    vi: 'Dự kiến đưa vào quy hoạch (chưa được phê duyệt)',
    en: 'Proposed in a plan not yet approved',
  },
  planned: { vi: 'Nằm trong quy hoạch đã được phê duyệt', en: 'In the approved plan' },
  established: { vi: 'Đã thành lập', en: 'Established' },
  under_construction: { vi: 'Đang xây dựng cơ bản', en: 'Under construction' },
  operating: { vi: 'Đã đi vào hoạt động', en: 'Operating' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  converted: { vi: 'Đã chuyển đổi sang khu đô thị – dịch vụ', en: 'Converted to an urban-service zone' },
} as const satisfies Record<ParkStatus, { vi: string; en: string }>;

export const PARK_EVENT_LABELS = {
  planned: { vi: 'Đưa vào quy hoạch', en: 'Included in the plan' },
  established: { vi: 'Thành lập', en: 'Established' },
  construction_started: { vi: 'Khởi công xây dựng hạ tầng', en: 'Infrastructure construction started' },
  operating: { vi: 'Đi vào hoạt động', en: 'Started operating' },
  area_increased: { vi: 'Điều chỉnh tăng diện tích', en: 'Area increased' },
  area_decreased: { vi: 'Điều chỉnh giảm diện tích', en: 'Area decreased' },
  revoked: { vi: 'Thu hồi toàn bộ diện tích', en: 'Whole area revoked' },
  converted_to_urban_service: { vi: 'Chuyển đổi sang khu đô thị – dịch vụ', en: 'Converted to urban-service use' },
} as const satisfies Record<ParkEventKind, { vi: string; en: string }>;

/**
 * Which events may follow each status: the "available actions" of a park. The park list lives in
 * the provincial master plan since Decree 35/2022 [V], so establishment is offered only from an
 * approved listing — that it is *required* is inferred [I]; the table is data if it must relax.
 * A park may start operating without a recorded construction start (older records lack it).
 * Conversion is only for operating parks: Decree 35/2022 ch. IV asks for years of operation.
 * `revoked` from a planned status records a park taken out of the plan.
 */
export const PARK_TRANSITIONS = {
  planned_unapproved: ['planned', 'revoked'],
  planned: ['planned', 'established', 'revoked'],
  established: ['construction_started', 'operating', 'area_increased', 'area_decreased', 'revoked'],
  under_construction: ['operating', 'area_increased', 'area_decreased', 'revoked'],
  operating: ['area_increased', 'area_decreased', 'revoked', 'converted_to_urban_service'],
  revoked: [],
  converted: [],
} as const satisfies Record<ParkStatus, readonly ParkEventKind[]>;

/** A history starts with the plan, or with establishment for parks older than provincial plans. */
export const PARK_INITIAL_EVENTS = ['planned', 'established'] as const satisfies readonly ParkEventKind[];

/**
 * The acts that can establish a park. Since Decree 35/2022 there is no separate establishment
 * decision: a KCN is established on the day the competent body (a) decides the investment policy
 * of a public-investment infrastructure project, or (b) approves the investment policy together
 * with the investor, approves the investor, or issues the IRC of the infrastructure project
 * (Art. 6(6)). A policy approval that does not also approve the investor establishes nothing:
 * the park is established by the later investor approval or IRC. Record the first such act.
 */
export const ESTABLISHMENT_ACTS = [
  'public_investment_policy',
  'investment_policy_with_investor',
  'investor_approval',
  'irc',
  'establishment_decision',
] as const;
export type EstablishmentAct = (typeof ESTABLISHMENT_ACTS)[number];

export const ESTABLISHMENT_ACT_LABELS = {
  public_investment_policy: {
    vi: 'Quyết định chủ trương đầu tư dự án hạ tầng KCN sử dụng vốn đầu tư công',
    en: 'Investment-policy decision for a publicly funded infrastructure project',
  },
  investment_policy_with_investor: {
    vi: 'Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư',
    en: 'Investment-policy approval together with investor approval',
  },
  investor_approval: { vi: 'Chấp thuận nhà đầu tư', en: 'Investor approval' },
  irc: { vi: 'Cấp Giấy chứng nhận đăng ký đầu tư', en: 'Investment registration certificate (IRC)' },
  establishment_decision: { vi: 'Quyết định thành lập KCN', en: 'Park establishment decision' },
} as const satisfies Record<EstablishmentAct, { vi: string; en: string }>;

interface DatedRule {
  id: string;
  /** Inclusive; null = open. Compared with the event's date. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  legalBasis: string;
  certainty: Certainty;
}

export interface EstablishmentRule extends DatedRule {
  acts: readonly EstablishmentAct[];
}

export interface ConversionRule extends DatedRule {
  /** Years from establishment to the conversion, unless half the park's term is shorter. */
  minYearsSinceEstablished: number;
  orHalfOfTerm: boolean;
}

export interface ParkRules {
  establishment: readonly EstablishmentRule[];
  conversion: readonly ConversionRule[];
}

export const PARK_RULES: ParkRules = {
  establishment: [
    {
      id: 'before-nd35-2022',
      effectiveFrom: null,
      effectiveTo: '2022-07-14',
      // Parks before Decree 35 carry a provincial establishment decision; parks whose policy or
      // IRC came first are accepted too, as the transition to Decree 35 was not checked.
      acts: ESTABLISHMENT_ACTS,
      legalBasis: 'Nghị định 82/2018/NĐ-CP và văn bản trước đó (quyết định thành lập KCN) — chưa đối chiếu văn bản',
      certainty: 'M',
    },
    {
      id: 'nd35-2022-art6-6',
      effectiveFrom: '2022-07-15',
      effectiveTo: null,
      acts: ['public_investment_policy', 'investment_policy_with_investor', 'investor_approval', 'irc'],
      legalBasis: 'Nghị định 35/2022/NĐ-CP, khoản 6 Điều 6',
      certainty: 'V',
    },
  ],
  conversion: [
    {
      id: 'nd35-2022-ch4',
      effectiveFrom: '2022-07-15',
      effectiveTo: null,
      minYearsSinceEstablished: 15,
      orHalfOfTerm: true,
      // The other conditions (inner city of a special/grade-I urban area, consent of the developer
      // and of more than 2/3 of the firms, efficiency) are appraised by people, not checked here.
      legalBasis:
        'Nghị định 35/2022/NĐ-CP, Chương IV: thời gian hoạt động từ ngày thành lập đến ngày xem xét chuyển đổi ' +
        'đủ 15 năm hoặc một nửa thời hạn hoạt động của KCN (số điều chưa đối chiếu)',
      certainty: 'V',
    },
  ],
};

/**
 * The two sets over which occupancy (and the 2105 counts) are published: every established park
 * that still exists, and the operating ones. Oct 2023: 295 operating + 119 under construction ≈ 413
 * established, 57.8% / 72.9% (domain brief §6) — the set definitions are inferred from that split.
 */
export const PARK_SETS = {
  all_established: ['established', 'under_construction', 'operating'],
  operating: ['operating'],
} as const satisfies Record<string, readonly ParkStatus[]>;
export type ParkSet = keyof typeof PARK_SETS;

export const inParkSet = (status: ParkStatus | null | undefined, set: ParkSet): boolean =>
  status != null && (PARK_SETS[set] as readonly ParkStatus[]).includes(status);

/** Biểu 2102 puts a park in the section of the event that happened to it in the period [S]. */
export const FORM_2102_SECTION = {
  established: 'I',
  area_increased: 'II',
  area_decreased: 'III',
  revoked: 'IV',
} as const satisfies Partial<Record<ParkEventKind, 'I' | 'II' | 'III' | 'IV'>>;

/**
 * Biểu 2107 lists parks of the plan in force: Group I "đã chấp thuận", Group II "chưa chấp thuận".
 * Both groups carry a plan-approval document, so "chấp thuận" is read as the investment-policy
 * approval that establishes the park [I]; a park only proposed in a draft plan is not listed.
 */
export const FORM_2107_GROUP = {
  planned_unapproved: null,
  planned: 'II',
  established: 'I',
  under_construction: 'I',
  operating: 'I',
  revoked: null,
  converted: null,
} as const satisfies Record<ParkStatus, 'I' | 'II' | null>;
