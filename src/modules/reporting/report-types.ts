/**
 * The report types as versioned data: the quarterly (A.III.1) and annual (A.III.2) report on
 * project implementation, per project (Law on Investment 61/2020 Art. 72, Decree 31/2021 Art. 102,
 * forms of Circular 03/2021/TT-BKHĐT; before that Law 67/2014 Art. 71 and Decree 118/2015 Art. 71).
 * A change in the form is a new version with its dates; a report keeps the version it was made
 * under. Field units are what the enterprise types; stored values are base units (đồng, USD,
 * persons), converted exactly (field-values.ts).
 */
import type { ReportKind } from './reporting-schedules';

export type FieldKind = 'money_project' | 'money_usd' | 'money_vnd' | 'count' | 'quantity' | 'flag';
export type Section = 'capital' | 'business' | 'labour' | 'rnd' | 'environment';
/** The typed column of `reports` a field is stored in, or `extra`. */
export type Column =
  | 'realisedCapital'
  | 'revenue'
  | 'profit'
  | 'rndSpending'
  | 'exportUsd'
  | 'importUsd'
  | 'budgetVnd'
  | 'workersDomestic'
  | 'workersForeign'
  | 'workersFemale'
  | 'operating'
  | 'extra';

export type FieldDef = {
  key: string;
  label: { vi: string; en: string };
  kind: FieldKind;
  column: Column;
  section: Section;
  required: boolean;
  /** Bounds in the shown unit; null = none. */
  min: string | null;
  max: string | null;
  /** For `quantity` fields: the physical unit. */
  quantityUnit?: { vi: string; en: string };
  help?: { vi: string; en: string };
  /** Compared with history and peers (plausibility.ts). */
  plausibility: boolean;
};

export type CheckId =
  | 'female_within_total'
  | 'revenue_when_operating'
  | 'no_revenue_before_operation'
  | 'realised_within_registered';

export type ReportTypeVersion = {
  id: string;
  typeId: ReportKind;
  formCode: 'A.III.1' | 'A.III.2';
  name: { vi: string; en: string };
  legalBasis: string;
  /** Inclusive; the version applies to periods that end inside it. */
  effectiveFrom: string;
  effectiveTo: string | null;
  fields: readonly FieldDef[];
  checks: readonly CheckId[];
};

/** Cumulative realised capital may exceed registered capital (adjustments come later), but not by this much. */
export const REALISED_TO_REGISTERED_MAX_MULTIPLE = '3';

export const CHECK_DESCRIPTIONS: Record<CheckId, { vi: string; en: string }> = {
  female_within_total: {
    vi: 'Số lao động nữ không vượt quá tổng lao động trong nước và nước ngoài',
    en: 'Female workers do not exceed domestic plus foreign workers',
  },
  revenue_when_operating: {
    vi: 'Doanh thu, xuất khẩu chỉ ghi khi dự án đã hoạt động trong kỳ; dự án hoạt động phải ghi doanh thu',
    en: 'Revenue and exports only when the project operated in the period; an operating project gives its revenue',
  },
  no_revenue_before_operation: {
    vi: 'Không có doanh thu trước ngày dự án đi vào hoạt động',
    en: 'No revenue before the project’s operation start',
  },
  realised_within_registered: {
    vi: `Vốn thực hiện lũy kế không vượt quá ${REALISED_TO_REGISTERED_MAX_MULTIPLE} lần vốn đăng ký`,
    en: `Cumulative realised capital at most ${REALISED_TO_REGISTERED_MAX_MULTIPLE} times the registered capital`,
  },
};

const MONEY_MAX = '1000000000';
const WORKERS_MAX = '500000';

const money = (
  key: string,
  column: Column,
  kind: 'money_project' | 'money_usd' | 'money_vnd',
  section: Section,
  vi: string,
  en: string,
  opts: Partial<FieldDef> = {},
): FieldDef => ({
  key,
  label: { vi, en },
  kind,
  column,
  section,
  required: false,
  min: '0',
  max: MONEY_MAX,
  plausibility: true,
  ...opts,
});

const workers = (key: Column, vi: string, en: string): FieldDef => ({
  key,
  label: { vi, en },
  kind: 'count',
  column: key,
  section: 'labour',
  required: true,
  min: '0',
  max: WORKERS_MAX,
  plausibility: true,
});

/** What both reports ask each period. */
const COMMON_FIELDS: readonly FieldDef[] = [
  money(
    'realisedCapital',
    'realisedCapital',
    'money_project',
    'capital',
    'Vốn đầu tư thực hiện trong kỳ',
    'Capital realised in the period',
    {
      required: true,
      help: {
        vi: 'Số vốn đã giải ngân trong kỳ (không phải lũy kế), theo loại tiền của giấy chứng nhận',
        en: 'Capital disbursed in the period (not cumulative), in the certificate’s currency',
      },
    },
  ),
  {
    key: 'operating',
    label: {
      vi: 'Dự án đã hoạt động sản xuất, kinh doanh trong kỳ',
      en: 'The project was producing or trading in the period',
    },
    kind: 'flag',
    column: 'operating',
    section: 'business',
    required: true,
    min: null,
    max: null,
    plausibility: false,
  },
  money('revenue', 'revenue', 'money_project', 'business', 'Doanh thu trong kỳ', 'Revenue in the period'),
  money('exportUsd', 'exportUsd', 'money_usd', 'business', 'Giá trị xuất khẩu', 'Exports'),
  money('importUsd', 'importUsd', 'money_usd', 'business', 'Giá trị nhập khẩu', 'Imports'),
  money('budgetVnd', 'budgetVnd', 'money_vnd', 'business', 'Nộp ngân sách nhà nước', 'State-budget payments', {
    required: true,
  }),
  workers('workersDomestic', 'Số lao động Việt Nam', 'Vietnamese workers'),
  workers('workersForeign', 'Số lao động nước ngoài', 'Foreign workers'),
  workers('workersFemale', 'Trong đó: lao động nữ', 'Of whom: female workers'),
];

const quantity = (key: string, vi: string, en: string, unit: { vi: string; en: string }): FieldDef => ({
  key,
  label: { vi, en },
  kind: 'quantity',
  column: 'extra',
  section: 'environment',
  required: false,
  min: '0',
  max: '100000000000',
  quantityUnit: unit,
  plausibility: true,
});

/** What only the annual report asks. */
const ANNUAL_FIELDS: readonly FieldDef[] = [
  money('profit', 'profit', 'money_project', 'business', 'Lợi nhuận sau thuế', 'Profit after tax', {
    min: `-${MONEY_MAX}`,
    plausibility: false,
    help: { vi: 'Ghi số âm nếu lỗ', en: 'Negative for a loss' },
  }),
  money('rndSpending', 'rndSpending', 'money_project', 'rnd', 'Chi cho nghiên cứu và phát triển', 'R&D spending'),
  money(
    'environmentSpending',
    'extra',
    'money_vnd',
    'environment',
    'Chi cho bảo vệ môi trường',
    'Environmental protection spending',
  ),
  quantity('wastewaterM3', 'Lượng nước thải phát sinh', 'Wastewater generated', { vi: 'm³', en: 'm³' }),
  quantity('solidWasteTonnes', 'Chất thải rắn công nghiệp thông thường', 'Ordinary industrial solid waste', {
    vi: 'tấn',
    en: 'tonnes',
  }),
  quantity('hazardousWasteTonnes', 'Chất thải nguy hại', 'Hazardous waste', { vi: 'tấn', en: 'tonnes' }),
  {
    key: 'environmentalPermit',
    label: {
      vi: 'Đã có giấy phép môi trường hoặc văn bản tương đương',
      en: 'Holds an environmental permit or equivalent',
    },
    kind: 'flag',
    column: 'extra',
    section: 'environment',
    required: false,
    min: null,
    max: null,
    plausibility: false,
  },
];

const ALL_CHECKS: readonly CheckId[] = [
  'female_within_total',
  'revenue_when_operating',
  'no_revenue_before_operation',
  'realised_within_registered',
];

const QUARTER_NAME = {
  vi: 'Báo cáo quý tình hình thực hiện dự án đầu tư',
  en: 'Quarterly project implementation report',
};
const YEAR_NAME = { vi: 'Báo cáo năm tình hình thực hiện dự án đầu tư', en: 'Annual project implementation report' };

export const REPORT_TYPE_VERSIONS: readonly ReportTypeVersion[] = [
  {
    id: 'aiii1-2015',
    typeId: 'quarterly_implementation',
    formCode: 'A.III.1',
    name: QUARTER_NAME,
    legalBasis:
      'Điều 71 Luật Đầu tư số 67/2014/QH13; Điều 71 Nghị định 118/2015/NĐ-CP; biểu mẫu Thông tư 16/2015/TT-BKHĐT (chưa đối chiếu văn bản gốc – unverified); kỳ trước 01/7/2015 dùng cùng nội dung (unverified)',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2021-03-25',
    fields: COMMON_FIELDS,
    checks: ALL_CHECKS,
  },
  {
    id: 'aiii1-2021',
    typeId: 'quarterly_implementation',
    formCode: 'A.III.1',
    name: QUARTER_NAME,
    legalBasis:
      'Điều 72 Luật Đầu tư số 61/2020/QH14; điểm a khoản 1 Điều 102 Nghị định 31/2021/NĐ-CP; mẫu A.III.1 Thông tư 03/2021/TT-BKHĐT',
    effectiveFrom: '2021-03-26',
    effectiveTo: null,
    fields: COMMON_FIELDS,
    checks: ALL_CHECKS,
  },
  {
    id: 'aiii2-2015',
    typeId: 'annual_implementation',
    formCode: 'A.III.2',
    name: YEAR_NAME,
    legalBasis:
      'Điều 71 Luật Đầu tư số 67/2014/QH13; Điều 71 Nghị định 118/2015/NĐ-CP; biểu mẫu Thông tư 16/2015/TT-BKHĐT (chưa đối chiếu văn bản gốc – unverified)',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2021-03-25',
    fields: [...COMMON_FIELDS, ...ANNUAL_FIELDS],
    checks: ALL_CHECKS,
  },
  {
    id: 'aiii2-2021',
    typeId: 'annual_implementation',
    formCode: 'A.III.2',
    name: YEAR_NAME,
    legalBasis:
      'Điều 72 Luật Đầu tư số 61/2020/QH14; điểm b khoản 1 Điều 102 Nghị định 31/2021/NĐ-CP; mẫu A.III.2 Thông tư 03/2021/TT-BKHĐT',
    effectiveFrom: '2021-03-26',
    effectiveTo: null,
    fields: [...COMMON_FIELDS, ...ANNUAL_FIELDS],
    checks: ALL_CHECKS,
  },
];

export const isAnnualOnly = (f: FieldDef) => ANNUAL_FIELDS.includes(f);

/** The version in force for a period ending on `periodEnd`, if any. */
export function typeVersionFor(
  typeId: ReportKind,
  periodEnd: string,
  versions: readonly ReportTypeVersion[] = REPORT_TYPE_VERSIONS,
): ReportTypeVersion | null {
  return (
    versions.find(
      (v) =>
        v.typeId === typeId && v.effectiveFrom <= periodEnd && (v.effectiveTo === null || periodEnd <= v.effectiveTo),
    ) ?? null
  );
}

export function typeVersionById(id: string): ReportTypeVersion | null {
  return REPORT_TYPE_VERSIONS.find((v) => v.id === id) ?? null;
}

/** The report code of the national system (C.5): the form code without dots. */
export const reportCode = (formCode: string, number: number) => `EZ_${formCode.replaceAll('.', '')}_${number}`;

/** Each version: unique keys, a legal basis, sane bounds, non-overlapping dates per type. */
export function checkReportTypes(versions: readonly ReportTypeVersion[] = REPORT_TYPE_VERSIONS): string[] {
  const problems: string[] = [];
  for (const v of versions) {
    if (!v.legalBasis.trim()) problems.push(`${v.id}: no legal basis`);
    const keys = v.fields.map((f) => f.key);
    if (new Set(keys).size !== keys.length) problems.push(`${v.id}: duplicate field keys`);
    for (const f of v.fields) {
      if (f.min !== null && f.max !== null && Number(f.min) > Number(f.max))
        problems.push(`${v.id}.${f.key}: min > max`);
      if (f.column !== 'extra' && f.column !== f.key) problems.push(`${v.id}.${f.key}: column ${f.column}`);
    }
  }
  for (const typeId of new Set(versions.map((v) => v.typeId))) {
    const own = versions
      .filter((v) => v.typeId === typeId)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < own.length; i++) {
      const prev = own[i - 1]!;
      if (prev.effectiveTo === null || prev.effectiveTo >= own[i]!.effectiveFrom)
        problems.push(`${own[i]!.id}: overlaps ${prev.id}`);
    }
  }
  return problems;
}
