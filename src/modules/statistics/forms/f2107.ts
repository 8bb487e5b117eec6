/**
 * Biểu 2107.H.QLKKT – Danh mục các KCN nằm trong quy hoạch còn hiệu lực tính đến cuối kỳ báo cáo:
 * the parks in the approved plan at the end of the period, Group I already approved (established,
 * under construction or operating) and Group II not yet approved (in the approved plan only),
 * each with its planned area, planning approval document, approved area and remaining area,
 * and the overview (count I + II, Σ planned, Σ approved of Group I, Σ remaining).
 */
import { compare, type Decimal, sub, ZERO } from '../../../kernel/decimal';
import { LOCATION_CLASS_LABELS } from '../../zones/contract';
import { AREA_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import { addressOf, type ParkFact, parksAt } from './place-facts';
import { type Built, column, type DrillItem, Drills, dec, placeForm, row, text } from './place-table';

const APPROVED = ['established', 'under_construction', 'operating'];

export const COLUMNS_2107 = [
  column('a', 'A', { vi: 'Tên KCN', en: 'Park' }, 'text'),
  column('b', 'B', { vi: 'Vị trí khu', en: 'Location' }, 'text'),
  column('c', 'C', { vi: 'Địa điểm', en: 'Address' }, 'text'),
  column('d', 'D', { vi: 'Quy mô DT quy hoạch', en: 'Planned area' }, 'area', 'ha'),
  column('e', 'E', { vi: 'Văn bản phê duyệt quy hoạch', en: 'Planning approval document' }, 'text'),
  column('f', 'F', { vi: 'Quy mô DT đã chấp thuận', en: 'Approved area' }, 'area', 'ha'),
  column('g', 'G', { vi: 'Quy mô DT còn lại', en: 'Remaining area' }, 'area', 'ha'),
];
const OVERVIEW_COLUMNS = [
  column('count', null, { vi: 'Tổng số KCN trong quy hoạch', en: 'Parks in the plan' }, 'count', 'KCN'),
  column('planned', null, { vi: 'Tổng DT quy hoạch', en: 'Total planned area' }, 'area', 'ha'),
  column('approved', null, { vi: 'Tổng DT đã chấp thuận', en: 'Total approved area' }, 'area', 'ha'),
  column('remaining', null, { vi: 'Tổng DT còn lại', en: 'Total remaining area' }, 'area', 'ha'),
];
const col = (key: string) => [...COLUMNS_2107, ...OVERVIEW_COLUMNS].find((c) => c.key === key)!;

type Line = { park: ParkFact; group: 'I' | 'II'; d: Decimal | null; f: Decimal; g: Decimal | null };

/** The latest approved plan listing the park, up to the end. */
function planDocument(p: ParkFact): string | null {
  let found: string | null = null;
  for (const e of p.events) if (e.kind === 'planned' && e.approved && e.decision) found = e.decision.number;
  return found;
}

async function build(ctx: FormContext): Promise<Built> {
  const drills = new Drills();
  const lines: Line[] = [];
  for (const park of await parksAt(ctx)) {
    const group = park.status === 'planned' ? 'II' : park.status && APPROVED.includes(park.status) ? 'I' : null;
    if (!group) continue;
    const d = dec(park.land.planned?.value);
    const f = group === 'I' ? (dec(park.land.established?.value) ?? ZERO) : ZERO;
    const rest = d === null ? null : sub(d, f);
    lines.push({ park, group, d, f, g: rest === null ? null : compare(rest, ZERO) < 0 ? ZERO : rest });
  }
  const item = (l: Line, key: 'd' | 'f' | 'g'): DrillItem => ({
    id: l.park.id,
    values: { code: l.park.code, name: l.park.name },
    value: l[key],
  });
  const area = (key: 'd' | 'f' | 'g', ls: Line[], rowKey: string, columnKey: string = key) =>
    drills.cell(`${columnKey}|${rowKey}`, {
      column: col(columnKey),
      places: AREA_PLACES,
      how: 'sum',
      title: { vi: col(columnKey).label.vi, en: col(columnKey).label.en },
      recordKind: 'park',
      items: ls.map((l) => item(l, key)),
    });
  const count = (ls: Line[], key: string, columnKey: string) =>
    drills.cell(key, {
      column: col(columnKey),
      places: 0,
      how: 'count',
      title: { vi: 'Các KCN trong quy hoạch', en: 'Parks in the plan' },
      recordKind: 'park',
      items: ls.map((l) => item(l, 'd')),
    });

  const section = (group: 'I' | 'II', title: { vi: string; en: string }) => {
    const ls = lines.filter((l) => l.group === group);
    return {
      key: group,
      title,
      columns: COLUMNS_2107,
      rows: ls.map((l) =>
        row(l.park.id, {
          a: text(l.park.name),
          b: text(LOCATION_CLASS_LABELS[l.park.locationClass].vi),
          c: text(addressOf(l.park)),
          d: area('d', [l], l.park.id),
          e: text(planDocument(l.park)),
          f: area('f', [l], l.park.id),
          g: area('g', [l], l.park.id),
        }),
      ),
      total: row(
        `total-${group}`,
        {
          a: count(ls, `a|total-${group}`, 'a'),
          d: area('d', ls, `total-${group}`),
          f: area('f', ls, `total-${group}`),
          g: area('g', ls, `total-${group}`),
        },
        { vi: `Cộng nhóm ${group}`, en: `Group ${group} total` },
        0,
      ),
    };
  };

  return {
    sections: [
      section('I', { vi: 'I. KCN đã chấp thuận', en: 'I. Parks already approved' }),
      section('II', { vi: 'II. KCN chưa chấp thuận', en: 'II. Parks not yet approved' }),
      {
        key: 'overview',
        title: { vi: 'Tổng hợp', en: 'Overview' },
        columns: OVERVIEW_COLUMNS,
        rows: [
          row('overview', {
            count: count(lines, 'count|overview', 'count'),
            planned: area('d', lines, 'overview', 'planned'),
            approved: area(
              'f',
              lines.filter((l) => l.group === 'I'),
              'overview',
              'approved',
            ),
            remaining: area('g', lines, 'overview', 'remaining'),
          }),
        ],
        total: null,
      },
    ],
    drills,
  };
}

export const FORM_2107 = placeForm({
  code: '2107',
  keptForPages: true,
  title: {
    vi: 'Danh mục các KCN nằm trong quy hoạch còn hiệu lực tính đến cuối kỳ báo cáo',
    en: 'Industrial parks in the valid master plan as of the end of the period',
  },
  landscape: false,
  notes: (ctx) => [
    {
      vi: `Số liệu tại ngày cuối kỳ ${ctx.to}. Nhóm I: KCN đã được chấp thuận (đã thành lập, đang xây dựng hoặc đã hoạt động); nhóm II: KCN nằm trong quy hoạch đã phê duyệt nhưng chưa được chấp thuận. KCN chỉ dự kiến trong quy hoạch chưa phê duyệt, đã thu hồi hoặc đã chuyển đổi không nằm trong danh mục. Diện tích: ha.`,
      en: `As of the period end ${ctx.to}. Group I: parks already approved (established, under construction or operating); Group II: parks in the approved plan not yet approved. Parks only proposed in an unapproved plan, revoked or converted are not listed. Areas in ha.`,
    },
    {
      vi: 'Cột F: diện tích thành lập tại cuối kỳ (nhóm II ghi 0). Cột G = D − F (không âm), tính từ sổ đăng ký thay cho nhập tay. Tổng DT đã chấp thuận chỉ cộng nhóm I.',
      en: 'Col. F: the established area at the end (0 in Group II). Col. G = D − F (not below 0), computed from the registry instead of typed. The total approved area adds Group I only.',
    },
  ],
  build,
});
