/**
 * Biểu 2110.H.QLKKT – Tình hình quy hoạch, sử dụng đất tại khu kinh tế: one row per KKT decided by
 * the end of the period, its latest general-plan decision, established land, and per functional
 * group the area under the general plan (QHC), the zoning or detailed plan (QHPK/QHCT), built,
 * and for export-processing and industrial zones leased; other land and unused land one figure.
 */
import type { Decimal } from '../../../kernel/decimal';
import type { FormContext } from './definition';
import { type KktFact, kktAreaSection, kktLines } from './kkt-facts';
import { type Built, column, Drills, dec, placeForm, text } from './place-table';

const QHC = { vi: 'QHC', en: 'General plan' };
const QHP = { vi: 'QHPK hoặc QHCT', en: 'Zoning or detailed plan' };
const BUILT = { vi: 'Đã xây dựng', en: 'Built' };
const LEASED = { vi: 'Đã cho thuê', en: 'Leased' };
const group = (vi: string, en: string) => ({ vi, en });

/** [column key, number, functional area, measure, label, group]. */
const AREA_COLUMNS = [
  [
    'c7',
    '7',
    'non_tariff_bonded',
    'general_plan',
    QHC,
    group('Khu phi thuế quan, khu bảo thuế', 'Non-tariff and bonded zones'),
  ],
  [
    'c8',
    '8',
    'non_tariff_bonded',
    'detailed_plan',
    QHP,
    group('Khu phi thuế quan, khu bảo thuế', 'Non-tariff and bonded zones'),
  ],
  [
    'c9',
    '9',
    'non_tariff_bonded',
    'built',
    BUILT,
    group('Khu phi thuế quan, khu bảo thuế', 'Non-tariff and bonded zones'),
  ],
  [
    'c11',
    '11',
    'export_processing_industrial',
    'general_plan',
    QHC,
    group('Khu chế xuất, khu công nghiệp', 'Export-processing and industrial zones'),
  ],
  [
    'c12',
    '12',
    'export_processing_industrial',
    'detailed_plan',
    QHP,
    group('Khu chế xuất, khu công nghiệp', 'Export-processing and industrial zones'),
  ],
  [
    'c13',
    '13',
    'export_processing_industrial',
    'built',
    BUILT,
    group('Khu chế xuất, khu công nghiệp', 'Export-processing and industrial zones'),
  ],
  [
    'c14',
    '14',
    'export_processing_industrial',
    'leased',
    LEASED,
    group('Khu chế xuất, khu công nghiệp', 'Export-processing and industrial zones'),
  ],
  ['c15', '15', 'tourism', 'general_plan', QHC, group('Khu giải trí, khu du lịch', 'Entertainment and tourism zones')],
  ['c16', '16', 'tourism', 'detailed_plan', QHP, group('Khu giải trí, khu du lịch', 'Entertainment and tourism zones')],
  ['c17', '17', 'tourism', 'built', BUILT, group('Khu giải trí, khu du lịch', 'Entertainment and tourism zones')],
  [
    'c18',
    '18',
    'urban_residential',
    'general_plan',
    QHC,
    group('Khu đô thị, khu dân cư', 'Urban and residential zones'),
  ],
  [
    'c19',
    '19',
    'urban_residential',
    'detailed_plan',
    QHP,
    group('Khu đô thị, khu dân cư', 'Urban and residential zones'),
  ],
  ['c20', '20', 'urban_residential', 'built', BUILT, group('Khu đô thị, khu dân cư', 'Urban and residential zones')],
  [
    'c21',
    '21',
    'administrative_other',
    'general_plan',
    QHC,
    group('Khu hành chính, khu chức năng khác', 'Administrative and other zones'),
  ],
  [
    'c22',
    '22',
    'administrative_other',
    'detailed_plan',
    QHP,
    group('Khu hành chính, khu chức năng khác', 'Administrative and other zones'),
  ],
  [
    'c23',
    '23',
    'administrative_other',
    'built',
    BUILT,
    group('Khu hành chính, khu chức năng khác', 'Administrative and other zones'),
  ],
  [
    'c24',
    '24',
    'other',
    'general_plan',
    { vi: 'Quy mô DT đất khác', en: 'Other land' },
    group('Đất khác', 'Other land'),
  ],
  [
    'c25',
    '25',
    'unused',
    'current',
    { vi: 'Quy mô DT đất chưa sử dụng', en: 'Unused land' },
    group('Đất chưa sử dụng', 'Unused land'),
  ],
] as const;

export const COLUMNS_2110 = [
  column('c3', '3', { vi: 'Tên KKT', en: 'Economic zone' }, 'text'),
  column('c4', '4', { vi: 'Loại hình KKT', en: 'Type' }, 'text'),
  column('c5', '5', { vi: 'QĐ phê duyệt/điều chỉnh QHC mới nhất', en: 'Latest general-plan decision' }, 'text'),
  column('c6', '6', { vi: 'Quy mô DT đất thành lập', en: 'Established land' }, 'area', 'ha'),
  ...AREA_COLUMNS.map(([key, n, , , label, g]) => column(key, n, label, 'area', 'ha', [g])),
];
async function build(ctx: FormContext): Promise<Built> {
  const drills = new Drills();
  const lines = await kktLines(ctx, (kkt) => {
    const values: Record<string, Decimal | null> = { c6: dec(kkt.establishedLandHa) };
    for (const [key, , area, measure] of AREA_COLUMNS) values[key] = dec(kkt.areas.get(`${area}.${measure}`));
    return values;
  });
  // Only the latest decision is kept on the KKT: it is printed when it was issued by the period's end.
  const decision = (k: KktFact) =>
    k.generalPlanDecisionNo && (k.generalPlanDecisionDate === null || k.generalPlanDecisionDate <= ctx.to)
      ? [k.generalPlanDecisionNo, k.generalPlanDecisionDate?.split('-').reverse().join('/')]
          .filter(Boolean)
          .join(' ngày ')
      : null;
  const section = kktAreaSection({
    drills,
    columns: COLUMNS_2110,
    lines,
    areaKeys: ['c6', ...AREA_COLUMNS.map(([key]) => key)],
    titleWithGroups: true,
    countTitle: { vi: 'Các KKT trong biểu', en: 'Economic zones in the form' },
    rowCells: (l) => ({ c5: text(decision(l.kkt)) }),
    totalCells: () => ({}),
  });
  return { sections: [section], drills };
}

export const FORM_2110 = placeForm({
  code: '2110',
  title: { vi: 'Tình hình quy hoạch, sử dụng đất tại khu kinh tế', en: 'Planning and land use in economic zones' },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Số liệu tại ngày cuối kỳ ${ctx.to}; diện tích: ha. Mỗi ô là diện tích đang có hiệu lực tại cuối kỳ của khu chức năng theo từng chỉ tiêu (QHC, QHPK hoặc QHCT, đã xây dựng, đã cho thuê).`,
      en: `As of the period end ${ctx.to}; areas in ha. Each cell is the functional area in force at the end for its measure (general plan, zoning or detailed plan, built, leased).`,
    },
    {
      vi: 'Biểu mẫu không định nghĩa cột tổng "đã xây dựng" (không có cột 10, 26–28); dòng tổng cộng cộng từng cột. Cột 5: quyết định QHC mới nhất được lưu nếu ban hành trước cuối kỳ.',
      en: 'The form defines no "total built" column (cols 10 and 26–28 are absent); the total row adds each column. Col. 5: the latest recorded general-plan decision when issued by the period end.',
    },
  ],
  build,
});
