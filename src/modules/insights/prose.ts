/**
 * The briefing's Vietnamese prose, written from its figures the way the 2022 article on the
 * northern provinces' Club reads: places first (with the share of the country's operating parks
 * and KKTs), then the period's investment, the cumulative position, production and labour. Pure.
 */
import type { BriefingFigure, FigureKey } from './contract';

/** A decimal string in vi-VN: dot for thousands, comma for decimals, trailing zeros kept to `places`. */
export function viDecimal(value: string, places: number): string {
  const negative = value.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = places > 0 ? `,${frac.padEnd(places, '0').slice(0, places)}` : '';
  return `${negative ? '-' : ''}${grouped}${decimals}`;
}

const placesOf = (f: BriefingFigure) =>
  f.unit === 'ha' || f.unit === 'triệu USD' || f.unit === 'tỷ đồng' ? 2 : f.unit === '%' ? 2 : 0;

/** The figure written with its unit ("1.234,50 ha"); "chưa có số liệu" when it cannot be computed. */
export function figureText(f: BriefingFigure): string {
  if (f.value === null) return 'chưa có số liệu';
  const n = viDecimal(f.value, placesOf(f));
  return f.unit === '%' ? `${n}%` : `${n} ${f.unit}`;
}

const shareText = (f: BriefingFigure) => (f.share === null ? '' : `, chiếm ${viDecimal(f.share, 1)}% cả nước`);

export type ProseInput = {
  setName: string;
  isCountry: boolean;
  periodLabel: string;
  figures: readonly BriefingFigure[];
};

export function briefingParagraphs(input: ProseInput): string[] {
  const by = new Map(input.figures.map((f) => [f.key, f]));
  const f = (key: FigureKey) => by.get(key)!;
  const t = (key: FigureKey) => figureText(f(key));
  const s = (key: FigureKey) => (input.isCountry ? '' : shareText(f(key)));
  const where = input.isCountry ? 'cả nước' : `địa bàn ${input.setName}`;
  const period = input.periodLabel.charAt(0).toLowerCase() + input.periodLabel.slice(1);

  const places =
    `Tính đến hết ${period}, trên ${where} có ${t('parks.plan.count')} nằm trong quy hoạch với tổng diện tích ` +
    `${t('parks.plan.area')}. Trong đó, ${t('parks.operating.count')} đã đi vào hoạt động với tổng diện tích ` +
    `${t('parks.operating.area')}${s('parks.operating.count') && `${s('parks.operating.count')} về số KCN đang hoạt động`}; ` +
    `${t('parks.construction.count')} đang xây dựng cơ bản với tổng diện tích ${t('parks.construction.area')}. ` +
    `Tỷ lệ lấp đầy của các KCN đang hoạt động đạt ${t('parks.occupancy')}. ` +
    `Trên ${where} có ${t('zones.count')}${s('zones.count')}, tổng diện tích ${t('zones.area')}.`;

  const inflow =
    `Trong ${period}, các Ban quản lý đã cấp mới Giấy chứng nhận đăng ký đầu tư cho ${t('new.FDI.count')} FDI ` +
    `với tổng vốn đăng ký ${t('new.FDI.capital')}${s('new.FDI.capital')} và ${t('new.DDI.count')} trong nước ` +
    `với tổng vốn đăng ký ${t('new.DDI.capital')}${s('new.DDI.capital')}; điều chỉnh tăng vốn cho ` +
    `${t('adj.FDI.count')} FDI (tăng ${t('adj.FDI.capital')}) và ${t('adj.DDI.count')} trong nước ` +
    `(tăng ${t('adj.DDI.capital')}).`;

  const cumulative =
    `Lũy kế đến hết ${period}, ${where} có ${t('valid.FDI.count')} FDI còn hiệu lực với tổng vốn đăng ký ` +
    `${t('valid.FDI.capital')}${s('valid.FDI.capital')}, vốn thực hiện ${t('realised.FDI')}; ` +
    `${t('valid.DDI.count')} trong nước còn hiệu lực với tổng vốn đăng ký ${t('valid.DDI.capital')}` +
    `${s('valid.DDI.capital')}, vốn thực hiện ${t('realised.DDI')}.`;

  const production =
    `Theo ${t('reports.accepted')} của doanh nghiệp đã được tiếp nhận cho ${period}, doanh thu của các dự án FDI ` +
    `đạt ${t('revenue.FDI')}, của các dự án trong nước đạt ${t('revenue.DDI')}; giá trị xuất khẩu đạt ` +
    `${t('export')}${s('export')}, nhập khẩu ${t('import')}; nộp ngân sách nhà nước ${t('budget')}${s('budget')}. ` +
    `Đến cuối kỳ, các dự án sử dụng ${t('workers')} lao động${s('workers')}, trong đó ${t('workers.female')} là lao động nữ.`;

  return [places, inflow, cumulative, production];
}
