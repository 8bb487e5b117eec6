/**
 * Biểu 2111.H.QLKKT – Tình hình thu hút dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng trong
 * KKT lũy kế đến cuối kỳ báo cáo: one row per infrastructure project in a KKT outside its parks
 * (directly or in one of its special zones) valid at the end of the period; park infrastructure
 * projects are in Biểu 2103. Capital valid at the end, realised to the end; revenue, export,
 * import and budget payments from the accepted reports of the period.
 */
import { sql } from 'drizzle-orm';
import { type Decimal, div, parseDecimal, ZERO } from '../../../kernel/decimal';
import { KKT_TYPE_LABELS } from '../../zones/contract';
import { investorsAt, issuesOf, rateAt } from '../facts/registry';
import type { ReportFact } from '../facts/reports';
import { inList, rowsOf, str } from '../facts/sql';
import { AREA_PLACES, convertAmount, MONEY_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import { countryNames, joinDistinct } from './place-facts';
import { realisedAmong, reportsAmong, validWhere } from './place-projects';
import { type Built, column, type DrillItem, Drills, dec, placeForm, type RecordKind, row, text } from './place-table';

const FDI = { vi: 'Vốn ĐTNN', en: 'Foreign capital' };
const DDI = { vi: 'Vốn ĐTTN', en: 'Domestic capital' };
export const COLUMNS_2111 = [
  column('c1', '1', { vi: 'STT', en: 'No.' }, 'text'),
  column('c2', '2', { vi: 'KKT', en: 'Economic zone' }, 'text'),
  column('c3', '3', { vi: 'Loại hình', en: 'Type' }, 'text'),
  column('c4', '4', { vi: 'Tên dự án/khu chức năng', en: 'Project / functional zone' }, 'text'),
  column('c5', '5', { vi: 'Địa chỉ', en: 'Address' }, 'text'),
  column('c6', '6', { vi: 'Văn bản thành lập hoặc tương đương', en: 'Establishment document' }, 'text'),
  column('c7', '7', { vi: 'Tên nhà đầu tư xây dựng kết cấu hạ tầng', en: 'Infrastructure investors' }, 'text'),
  column('c8', '8', { vi: 'Quốc tịch nhà đầu tư', en: 'Investor nationality' }, 'text'),
  column('c9', '9', { vi: 'Tình trạng', en: 'Status' }, 'text'),
  column('c10', '10', { vi: 'Quy mô DT đất quy hoạch', en: 'Planned land' }, 'area', 'ha'),
  column('c11', '11', { vi: 'Quy mô DT đất thành lập', en: 'Established land' }, 'area', 'ha'),
  column('c12', '12', { vi: 'Quy mô DT đã đi vào hoạt động', en: 'Area in operation' }, 'area', 'ha'),
  column('c13', '13', { vi: 'Vốn đăng ký', en: 'Registered' }, 'money', 'triệu USD', [FDI]),
  column('c14', '14', { vi: 'Vốn thực hiện', en: 'Realised' }, 'money', 'triệu USD', [FDI]),
  column('c15', '15', { vi: 'Vốn đăng ký', en: 'Registered' }, 'money', 'tỷ đồng', [DDI]),
  column('c16', '16', { vi: 'Vốn thực hiện', en: 'Realised' }, 'money', 'tỷ đồng', [DDI]),
  column('c17', '17', { vi: 'Doanh thu', en: 'Revenue' }, 'money', 'triệu USD'),
  column('c18', '18', { vi: 'Giá trị xuất khẩu (nếu có)', en: 'Export' }, 'money', 'triệu USD'),
  column('c19', '19', { vi: 'Giá trị nhập khẩu (nếu có)', en: 'Import' }, 'money', 'triệu USD'),
  column('c20', '20', { vi: 'Nộp ngân sách', en: 'Budget payments' }, 'money', 'tỷ đồng'),
];
const col = (key: string) => COLUMNS_2111.find((c) => c.key === key)!;
const SUMMED = Array.from({ length: 11 }, (_, i) => `c${i + 10}`);
const kindOf = (key: string): RecordKind => (Number(key.slice(1)) >= 17 ? 'report' : 'project');

const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');
const reportCode = (r: ReportFact) => `EZ_${r.typeId === 'annual_implementation' ? 'AIII2' : 'AIII1'}_${r.number}`;

async function build(ctx: FormContext): Promise<Built> {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const projects = await validWhere(
    ctx,
    sql`pp.type = 'infrastructure' and pp.park_id is null and pp.kkt_id is not null`,
    rate,
  );
  const ids = projects.map((p) => p.projectId);
  const [realised, { inPeriod: reports }, countries, investors, issues, addresses] = await Promise.all([
    realisedAmong(ctx, ids, rate),
    reportsAmong(ctx, projects),
    countryNames(ctx),
    investorsAt(ctx, ids),
    issuesOf(ctx, ids),
    ids.length
      ? rowsOf(
          ctx.db,
          sql`select p.id, e.address from projects p left join enterprises e on e.id = p.enterprise_id where ${inList(sql`p.id`, ids)}`,
        )
      : Promise.resolve([]),
  ]);
  const addressOf = new Map(addresses.map((r) => [String(r.id), str(r.address)]));
  const toUsd = (r: ReportFact) =>
    r.revenue === null
      ? null
      : r.currency === 'USD'
        ? parseDecimal(r.revenue)
        : rate
          ? parseDecimal(convertAmount(r.revenue, 'VND', 'USD', rate))
          : null;
  const drills = new Drills();

  const lines = projects.map((p) => {
    const fdi = p.origin === 'FDI';
    const done = realised.get(p.projectId);
    const money = (v: string | null | undefined, unit: Decimal) => (v ? div(parseDecimal(v), unit) : ZERO);
    const land = dec(p.landHa ?? p.landAreaHa);
    const own = reports.filter((r) => r.projectId === p.projectId);
    const projectItem = (value: Decimal | null): DrillItem => ({
      id: p.projectId,
      values: { code: p.projectCode, name: p.name },
      value,
    });
    const reportItems = (f: (r: ReportFact) => Decimal | null): DrillItem[] =>
      own.map((r) => ({
        id: r.reportId,
        values: { code: reportCode(r), name: r.name, period: r.period },
        value: f(r),
      }));
    const items: Record<string, DrillItem[]> = {
      c10: [projectItem(land)],
      c11: [projectItem(land)],
      c12: [projectItem(p.inOperation ? land : land === null ? null : ZERO)],
      c13: [projectItem(fdi ? money(p.usd, MILLION) : ZERO)],
      c14: [projectItem(fdi ? money(done?.usd, MILLION) : ZERO)],
      c15: [projectItem(fdi ? ZERO : money(p.vnd, BILLION))],
      c16: [projectItem(fdi ? ZERO : money(done?.vnd, BILLION))],
      c17: reportItems((r) => {
        const v = toUsd(r);
        return v === null ? null : div(v, MILLION);
      }),
      c18: reportItems((r) => (r.exportUsd ? div(parseDecimal(r.exportUsd), MILLION) : null)),
      c19: reportItems((r) => (r.importUsd ? div(parseDecimal(r.importUsd), MILLION) : null)),
      c20: reportItems((r) => (r.budgetVnd ? div(parseDecimal(r.budgetVnd), BILLION) : null)),
    };
    return { p, items };
  });
  const cellOf = (key: string, ls: typeof lines, rowKey: string) =>
    drills.cell(`${key}|${rowKey}`, {
      column: col(key),
      places: col(key).kind === 'money' ? MONEY_PLACES : AREA_PLACES,
      how: 'sum',
      title: {
        vi: `Cột ${col(key).number}: ${[...col(key).groups.map((g) => g.vi), col(key).label.vi].join(' – ')}`,
        en: `Column ${col(key).number}: ${[...col(key).groups.map((g) => g.en), col(key).label.en].join(' – ')}`,
      },
      recordKind: kindOf(key),
      items: ls.flatMap((l) => l.items[key] ?? []),
    });

  const rows = lines.map((l, i) => {
    const p = l.p;
    const list = investors.get(p.projectId) ?? [];
    const cells: Record<string, ReturnType<typeof text>> = {
      c1: text(String(i + 1)),
      c2: text(p.kktName),
      c3: text(p.kktType ? KKT_TYPE_LABELS[p.kktType].vi : null),
      c4: text(p.name),
      c5: text(addressOf.get(p.projectId) ?? null),
      c6: text(issues.get(p.projectId)?.document ?? null),
      c7: text(joinDistinct(list.map((x) => x.name))),
      c8: text(joinDistinct(list.map((x) => countries.get(x.nationality) ?? x.nationality))),
      c9: text(p.inOperation ? 'Đã đi vào hoạt động' : 'Đang xây dựng'),
    };
    for (const key of SUMMED) cells[key] = cellOf(key, [l], p.projectId);
    return row(p.projectId, cells);
  });
  const total: Record<string, ReturnType<typeof text>> = {};
  for (const key of SUMMED) total[key] = cellOf(key, lines, 'total');
  return {
    sections: [
      {
        key: 'main',
        title: null,
        columns: COLUMNS_2111,
        rows,
        total: row('total', total, { vi: 'Tổng cộng', en: 'Total' }, 0),
      },
    ],
    drills,
  };
}

export const FORM_2111 = placeForm({
  code: '2111',
  title: {
    vi: 'Tình hình thu hút dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng trong KKT lũy kế đến cuối kỳ báo cáo',
    en: 'Infrastructure investment projects in economic zones, cumulative to the end of the period',
  },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng trong KKT, ngoài các KCN (dự án hạ tầng KCN ở Biểu 2103), còn hiệu lực tại ngày cuối kỳ ${ctx.to}; vốn đăng ký tại cuối kỳ, vốn thực hiện lũy kế đến cuối kỳ; doanh thu, xuất khẩu, nhập khẩu, nộp ngân sách phát sinh trong kỳ theo báo cáo đã tiếp nhận. Doanh thu của dự án DDI quy đổi sang triệu USD theo tỷ giá Ngân hàng Nhà nước tại cuối kỳ.`,
      en: `Infrastructure projects in KKTs outside parks (park infrastructure is in Biểu 2103) valid at the period end ${ctx.to}; registered capital at the end, realised capital to the end; revenue, export, import and budget payments in the period from accepted reports. DDI revenue is converted to million USD at the State Bank rate at the end.`,
    },
    {
      vi: 'Cột 10 và 11: diện tích đất của dự án theo sổ đăng ký; cột 12: diện tích đó khi dự án đã đi vào hoạt động tại cuối kỳ, nếu chưa thì 0.',
      en: 'Cols 10 and 11: the project’s land area in the registry; col. 12: that area once the project operates at the end, else 0.',
    },
  ],
  build,
});
