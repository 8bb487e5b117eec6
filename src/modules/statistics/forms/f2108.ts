/**
 * Biểu 2108.H.QLKKT – Số lượng và diện tích các khu kinh tế: one row per KKT decided by the end of
 * the period, its total area under the general plan and its area by function under the general
 * plan in force at the end; "Tổng theo chức năng" = Σ cols 6–11, flagged (never blocked) when it
 * differs from col. 5. Overview/total: the count of KKTs and the sums.
 */
import { add, type Decimal, ZERO } from '../../../kernel/decimal';
import { AREA_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import { type KktFact, type KktLine, kktAreaSection, kktLines } from './kkt-facts';
import { type Built, column, Drills, dec, fmt, placeForm, sumOrNull, text } from './place-table';

const BY_FUNCTION = { vi: 'Diện tích chia theo chức năng', en: 'Area by function' };
const FUNCTIONS = [
  ['c6', '6', 'non_tariff_bonded', 'Khu phi thuế quan, khu bảo thuế', 'Non-tariff and bonded zones'],
  [
    'c7',
    '7',
    'export_processing_industrial',
    'Khu chế xuất, khu công nghiệp',
    'Export-processing and industrial zones',
  ],
  ['c8', '8', 'tourism', 'Khu giải trí, khu du lịch', 'Entertainment and tourism zones'],
  ['c9', '9', 'urban_residential', 'Khu đô thị, khu dân cư', 'Urban and residential zones'],
  [
    'c10',
    '10',
    'administrative_other',
    'Khu hành chính, khu chức năng khác',
    'Administrative and other functional zones',
  ],
  ['c11', '11', 'other', 'Đất khác', 'Other land'],
] as const;

export const COLUMNS_2108 = [
  column('c3', '3', { vi: 'Tên KKT', en: 'Economic zone' }, 'text'),
  column('c4', '4', { vi: 'Loại hình KKT', en: 'Type' }, 'text'),
  column('c5', '5', { vi: 'Tổng DT theo quy hoạch chung XD', en: 'Total area under the general plan' }, 'area', 'ha'),
  ...FUNCTIONS.map(([key, n, , vi, en]) => column(key, n, { vi, en }, 'area', 'ha', [BY_FUNCTION])),
  column('sum', null, { vi: 'Tổng theo chức năng', en: 'Sum by function' }, 'area', 'ha'),
];
/** Col. 5: the established land and water area of the KKT (its general plan covers both). */
const planArea = (k: KktFact): Decimal | null => {
  const [land, water] = [dec(k.establishedLandHa), dec(k.establishedWaterHa)];
  return land === null && water === null ? null : add(land ?? ZERO, water ?? ZERO);
};

async function build(ctx: FormContext): Promise<Built> {
  const drills = new Drills();
  const lines = await kktLines(ctx, (kkt) => {
    const values: Record<string, Decimal | null> = { c5: planArea(kkt) };
    for (const [key, , area] of FUNCTIONS) values[key] = dec(kkt.areas.get(`${area}.general_plan`));
    return values;
  });
  const byFunction = (ls: readonly KktLine[]) =>
    sumOrNull(ls.flatMap((l) => FUNCTIONS.map(([key]) => l.values[key] ?? null)));
  const sum = (ls: readonly KktLine[]) => ({ sum: text(fmt(byFunction(ls), AREA_PLACES)) });
  const section = kktAreaSection({
    drills,
    columns: COLUMNS_2108,
    lines,
    areaKeys: ['c5', ...FUNCTIONS.map(([key]) => key)],
    titleWithGroups: false,
    countTitle: { vi: 'Tổng số KKT', en: 'Economic zones' },
    rowCells: (l) => sum([l]),
    totalCells: sum,
  });
  return { sections: [section], drills };
}

export const FORM_2108 = placeForm({
  code: '2108',
  title: { vi: 'Số lượng và diện tích các khu kinh tế', en: 'Number and area of economic zones' },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Số liệu tại ngày cuối kỳ ${ctx.to}; diện tích: ha. Cột 5: diện tích đất và mặt nước thành lập KKT theo quy hoạch chung; cột 6–11: diện tích theo quy hoạch chung của từng khu chức năng (Điều 203 Luật Đất đai 2024).`,
      en: `As of the period end ${ctx.to}; areas in ha. Col. 5: the KKT's land and water area under its general plan; cols 6–11: the general-plan area of each functional zone (Art. 203, Land Law 2024).`,
    },
    {
      vi: 'Tổng theo chức năng = tổng cột 6–11; khi khác cột 5, cả hai được giữ nguyên như đã ghi nhận (chỉ cảnh báo, không chặn).',
      en: 'Sum by function = Σ cols 6–11; when it differs from col. 5 both are shown as recorded (a warning, never a block).',
    },
  ],
  build,
});
