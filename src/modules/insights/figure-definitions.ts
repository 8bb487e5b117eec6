import type { DrillKey, FigureKey, FigureSection } from './contract';

/**
 * The briefing's rows, in the order of the 2022 article on the northern provinces' Club: places,
 * investment in the period, cumulative investment, production, labour. `shared`: the figure is a
 * quantity whose share of the country means something (a ratio such as occupancy is not).
 */
export type FigureDefinition = {
  key: FigureKey;
  section: FigureSection;
  label: { vi: string; en: string };
  unit: string;
  places: number;
  shared: boolean;
  drill: DrillKey | null;
};

const d = (
  key: FigureKey,
  section: FigureSection,
  vi: string,
  en: string,
  unit: string,
  places: number,
  drill: DrillKey | null,
  shared = true,
): FigureDefinition => ({ key, section, label: { vi, en }, unit, places, shared, drill });

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  d('parks.plan.count', 'places', 'KCN trong quy hoạch', 'Parks in the master plan', 'KCN', 0, 'parks.plan'),
  d('parks.plan.area', 'places', 'Diện tích KCN trong quy hoạch', 'Area of parks in the plan', 'ha', 2, 'parks.plan'),
  d('parks.operating.count', 'places', 'KCN đang hoạt động', 'Operating parks', 'KCN', 0, 'parks.operating'),
  d(
    'parks.operating.area',
    'places',
    'Diện tích KCN đang hoạt động',
    'Area of operating parks',
    'ha',
    2,
    'parks.operating',
  ),
  d(
    'parks.construction.count',
    'places',
    'KCN đang xây dựng (đã thành lập, chưa hoạt động)',
    'Parks under construction (established, not yet operating)',
    'KCN',
    0,
    'parks.construction',
  ),
  d(
    'parks.construction.area',
    'places',
    'Diện tích KCN đang xây dựng',
    'Area of parks under construction',
    'ha',
    2,
    'parks.construction',
  ),
  d(
    'parks.occupancy',
    'places',
    'Tỷ lệ lấp đầy các KCN đang hoạt động',
    'Occupancy of operating parks',
    '%',
    2,
    'parks.operating',
    false,
  ),
  d('zones.count', 'places', 'Khu kinh tế', 'Economic zones', 'KKT', 0, 'zones'),
  d('zones.area', 'places', 'Diện tích khu kinh tế (đất và mặt nước)', 'Area of economic zones', 'ha', 2, 'zones'),
  d('new.FDI.count', 'inflow', 'Dự án FDI cấp mới', 'New FDI projects', 'dự án', 0, 'new.FDI'),
  d('new.FDI.capital', 'inflow', 'Vốn đăng ký cấp mới (FDI)', 'New FDI registered capital', 'triệu USD', 2, 'new.FDI'),
  d('new.DDI.count', 'inflow', 'Dự án trong nước cấp mới', 'New domestic projects', 'dự án', 0, 'new.DDI'),
  d(
    'new.DDI.capital',
    'inflow',
    'Vốn đăng ký cấp mới (DDI)',
    'New domestic registered capital',
    'tỷ đồng',
    2,
    'new.DDI',
  ),
  d('adj.FDI.count', 'inflow', 'Dự án FDI điều chỉnh tăng vốn', 'FDI projects adding capital', 'dự án', 0, 'adj.FDI'),
  d('adj.FDI.capital', 'inflow', 'Vốn FDI tăng thêm', 'FDI capital added', 'triệu USD', 2, 'adj.FDI'),
  d(
    'adj.DDI.count',
    'inflow',
    'Dự án trong nước điều chỉnh tăng vốn',
    'Domestic projects adding capital',
    'dự án',
    0,
    'adj.DDI',
  ),
  d('adj.DDI.capital', 'inflow', 'Vốn trong nước tăng thêm', 'Domestic capital added', 'tỷ đồng', 2, 'adj.DDI'),
  d('valid.FDI.count', 'cumulative', 'Dự án FDI còn hiệu lực', 'Valid FDI projects', 'dự án', 0, 'valid.FDI'),
  d(
    'valid.FDI.capital',
    'cumulative',
    'Vốn đăng ký FDI lũy kế',
    'Cumulative FDI registered capital',
    'triệu USD',
    2,
    'valid.FDI',
  ),
  d(
    'valid.DDI.count',
    'cumulative',
    'Dự án trong nước còn hiệu lực',
    'Valid domestic projects',
    'dự án',
    0,
    'valid.DDI',
  ),
  d(
    'valid.DDI.capital',
    'cumulative',
    'Vốn đăng ký trong nước lũy kế',
    'Cumulative domestic registered capital',
    'tỷ đồng',
    2,
    'valid.DDI',
  ),
  d(
    'realised.FDI',
    'cumulative',
    'Vốn FDI thực hiện lũy kế',
    'Cumulative realised FDI',
    'triệu USD',
    2,
    'realised.FDI',
  ),
  d(
    'realised.DDI',
    'cumulative',
    'Vốn trong nước thực hiện lũy kế',
    'Cumulative realised domestic capital',
    'tỷ đồng',
    2,
    'realised.DDI',
  ),
  d('revenue.FDI', 'production', 'Doanh thu của dự án FDI', 'Revenue of FDI projects', 'triệu USD', 2, 'reports.FDI'),
  d(
    'revenue.DDI',
    'production',
    'Doanh thu của dự án trong nước',
    'Revenue of domestic projects',
    'tỷ đồng',
    2,
    'reports.DDI',
  ),
  d('export', 'production', 'Giá trị xuất khẩu', 'Exports', 'triệu USD', 2, 'reports'),
  d('import', 'production', 'Giá trị nhập khẩu', 'Imports', 'triệu USD', 2, 'reports'),
  d('budget', 'production', 'Nộp ngân sách nhà nước', 'State-budget payments', 'tỷ đồng', 2, 'reports'),
  d('workers', 'labour', 'Lao động cuối kỳ', 'Workers at the end of the period', 'người', 0, 'reports'),
  d('workers.female', 'labour', 'Trong đó lao động nữ', 'Of whom women', 'người', 0, 'reports'),
  d('reports.accepted', 'labour', 'Báo cáo đã tiếp nhận', 'Accepted reports', 'báo cáo', 0, 'reports'),
];

export const FIGURE_BY_KEY: ReadonlyMap<FigureKey, FigureDefinition> = new Map(
  FIGURE_DEFINITIONS.map((f) => [f.key, f]),
);

export const SECTION_TITLES: Record<FigureSection, { vi: string; en: string }> = {
  places: { vi: 'Khu công nghiệp và khu kinh tế', en: 'Industrial parks and economic zones' },
  inflow: { vi: 'Thu hút đầu tư trong kỳ', en: 'Investment in the period' },
  cumulative: { vi: 'Lũy kế đến cuối kỳ', en: 'Cumulative to the end of the period' },
  production: { vi: 'Sản xuất kinh doanh trong kỳ', en: 'Production and business in the period' },
  labour: { vi: 'Lao động', en: 'Labour' },
};
