/**
 * Biểu 2102.H.QLKKT – Tình hình thành lập mới, điều chỉnh diện tích và thu hồi KCN trong kỳ báo
 * cáo: the park lifecycle events dated in the period (in-period, not cumulative), in four
 * sections: I established, II area increased, III area decreased, IV whole area revoked.
 */
import { sql } from 'drizzle-orm';
import { type Decimal, div, parseDecimal, ZERO } from '../../../kernel/decimal';
import { LOCATION_CLASS_LABELS } from '../../zones/contract';
import { investorsAt, rateAt } from '../facts/registry';
import { inUuids } from '../facts/sql';
import { AREA_PLACES, MONEY_PLACES } from '../facts/units';
import type { FormContext } from './definition';
import {
  addressOf,
  certificateOn,
  certificatesOf,
  countryNames,
  joinDistinct,
  type ParkFact,
  parksAt,
} from './place-facts';
import { validWhere } from './place-projects';
import { type Built, column, Drills, dec, placeForm, row, text } from './place-table';

const INVESTMENT = { vi: 'Vốn đầu tư xây dựng và kinh doanh kết cấu hạ tầng', en: 'Infrastructure capital' };
const COMMON = [
  column('c1', '1', { vi: 'Tên KCN', en: 'Park' }, 'text'),
  column('c2', '2', { vi: 'Vị trí khu', en: 'Location' }, 'text'),
  column('c3', '3', { vi: 'Địa điểm', en: 'Address' }, 'text'),
  column('c4', '4', { vi: 'Nhà đầu tư xây dựng và kinh doanh kết cấu hạ tầng', en: 'Infrastructure investor' }, 'text'),
  column('c5', '5', { vi: 'Quốc tịch nhà đầu tư', en: 'Investor nationality' }, 'text'),
];
export const COLUMNS_2102_I = [
  ...COMMON,
  column('c6', '6', { vi: 'QĐ chấp thuận CTĐT', en: 'Investment-policy decision' }, 'text'),
  column('c7', '7', { vi: 'GCN đăng ký đầu tư', en: 'Investment registration certificate' }, 'text'),
  column('c8', '8', { vi: 'Quy mô diện tích thành lập', en: 'Established area' }, 'area', 'ha'),
  column('c9', '9', { vi: 'Quy mô diện tích đất CN, DV', en: 'Industrial-service land' }, 'area', 'ha'),
  column('c10', '10', { vi: 'Thời hạn cho thuê đất', en: 'Land lease term' }, 'number', 'năm'),
  column('c11_1', '11.1', { vi: 'Vốn ĐT nước ngoài', en: 'Foreign capital' }, 'money', 'triệu USD', [INVESTMENT]),
  column('c11_2', '11.2', { vi: 'Vốn ĐT trong nước', en: 'Domestic capital' }, 'money', 'tỷ đồng', [INVESTMENT]),
];
export const COLUMNS_2102_CHANGE = [
  ...COMMON,
  column('c12', '12', { vi: 'GCN trước khi ĐC/TH', en: 'Certificate before' }, 'text'),
  column('c13', '13', { vi: 'Quy mô trước khi ĐC/TH', en: 'Area before' }, 'area', 'ha'),
  column('c14', '14', { vi: 'GCN sau điều chỉnh/TH', en: 'Certificate after' }, 'text'),
  column('c15', '15', { vi: 'Quy mô sau điều chỉnh/TH', en: 'Area after' }, 'area', 'ha'),
];
const colOf = (key: string) => [...COLUMNS_2102_I, ...COLUMNS_2102_CHANGE].find((c) => c.key === key)!;

const SECTIONS = [
  {
    key: 'I',
    kind: 'established',
    title: {
      vi: 'I. Các KCN mới được phê duyệt chủ trương đầu tư/thành lập',
      en: 'I. Parks newly approved or established',
    },
  },
  {
    key: 'II',
    kind: 'area_increased',
    title: { vi: 'II. Các KCN điều chỉnh tăng diện tích', en: 'II. Parks with area increased' },
  },
  {
    key: 'III',
    kind: 'area_decreased',
    title: { vi: 'III. Các KCN điều chỉnh giảm diện tích', en: 'III. Parks with area decreased' },
  },
  {
    key: 'IV',
    kind: 'revoked',
    title: { vi: 'IV. Các KCN thu hồi toàn bộ diện tích', en: 'IV. Parks whose whole area was revoked' },
  },
] as const;

const POLICY_ACTS = ['investment_policy_with_investor', 'public_investment_policy', 'investor_approval'];
const MILLION = parseDecimal('1000000');
const BILLION = parseDecimal('1000000000');

/** The day before an ISO date. */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function build(ctx: FormContext): Promise<Built> {
  const [touched, rated] = await Promise.all([parksAt(ctx, { changedFrom: ctx.from }), rateAt(ctx)]);
  const infraIds = touched.map((p) => p.infraProjectId).filter((id): id is string => id !== null);
  const rate = rated?.rate ?? null;
  const [investors, certificates, countries, valid] = await Promise.all([
    investorsAt(ctx, infraIds),
    certificatesOf(ctx, infraIds),
    countryNames(ctx),
    validWhere(ctx, inUuids(sql`pp.project_id`, infraIds), rate),
  ]);
  const validById = new Map(valid.map((v) => [v.projectId, v]));
  const drills = new Drills();

  const cellOf = (key: string, park: ParkFact, rowKey: string, value: Decimal | null) =>
    drills.cell(`${key}|${rowKey}`, {
      column: colOf(key),
      places: colOf(key).kind === 'money' ? MONEY_PLACES : AREA_PLACES,
      how: 'sum',
      title: {
        vi: `Cột ${colOf(key).number}: ${colOf(key).label.vi}`,
        en: `Column ${colOf(key).number}: ${colOf(key).label.en}`,
      },
      recordKind: 'park',
      items: [{ id: park.id, values: { code: park.code, name: park.name }, value }],
    });

  const common = (p: ParkFact) => {
    const list = investors.get(p.infraProjectId ?? '') ?? [];
    return {
      c1: text(p.name),
      c2: text(LOCATION_CLASS_LABELS[p.locationClass].vi),
      c3: text(addressOf(p)),
      c4: text(p.developerName ?? joinDistinct(list.map((i) => i.name))),
      c5: text(joinDistinct(list.map((i) => countries.get(i.nationality) ?? i.nationality))),
    };
  };

  const sections = SECTIONS.map((s) => {
    const rows = [];
    for (const p of touched) {
      const certs = certificates.get(p.infraProjectId ?? '') ?? [];
      let areaBefore: string | null = null;
      let decisionBefore: string | null = null;
      for (const e of p.events) {
        const inPeriod = e.date >= ctx.from && e.kind === s.kind;
        if (inPeriod && e.kind === 'established') {
          const project = p.infraProjectId ? validById.get(p.infraProjectId) : undefined;
          const fdi = project?.origin === 'FDI';
          const key = `${p.id}-${e.seq}`;
          rows.push(
            row(key, {
              ...common(p),
              c6: text(POLICY_ACTS.includes(e.act) ? e.decision.number : null),
              c7: text(certificateOn(certs, ctx.to) ?? (e.act === 'irc' ? e.decision.number : null)),
              c8: cellOf('c8', p, key, dec(e.area)),
              c9: cellOf('c9', p, key, dec(p.land.industrial?.value)),
              c10: text(p.leaseTermYears === null ? null : String(p.leaseTermYears)),
              c11_1: cellOf(
                'c11_1',
                p,
                key,
                project ? (fdi && project.usd ? div(parseDecimal(project.usd), MILLION) : ZERO) : null,
              ),
              c11_2: cellOf(
                'c11_2',
                p,
                key,
                project ? (!fdi && project.vnd ? div(parseDecimal(project.vnd), BILLION) : ZERO) : null,
              ),
            }),
          );
        } else if (inPeriod && (e.kind === 'area_increased' || e.kind === 'area_decreased' || e.kind === 'revoked')) {
          const key = `${p.id}-${e.seq}`;
          const before = certificateOn(certs, dayBefore(e.date)) ?? decisionBefore;
          const after = e.decision?.number ?? null;
          rows.push(
            row(key, {
              ...common(p),
              c12: text(before),
              c13: cellOf('c13', p, key, dec(e.kind === 'revoked' ? areaBefore : e.areaBefore)),
              c14: text(after),
              c15: cellOf('c15', p, key, e.kind === 'revoked' ? ZERO : dec(e.areaAfter)),
            }),
          );
        }
        if (e.kind === 'established') [areaBefore, decisionBefore] = [e.area, e.decision.number];
        if (e.kind === 'area_increased' || e.kind === 'area_decreased') {
          [areaBefore, decisionBefore] = [e.areaAfter, e.decision.number];
        }
      }
    }
    return {
      key: s.key,
      title: s.title,
      columns: s.key === 'I' ? COLUMNS_2102_I : COLUMNS_2102_CHANGE,
      rows,
      total: null,
    };
  });
  return { sections, drills };
}

export const FORM_2102 = placeForm({
  code: '2102',
  title: {
    vi: 'Tình hình thành lập mới, điều chỉnh diện tích và thu hồi KCN trong kỳ báo cáo',
    en: 'New establishment, area adjustment and revocation of industrial parks in the period',
  },
  landscape: true,
  notes: (ctx) => [
    {
      vi: `Các sự kiện có hiệu lực trong kỳ, từ ${ctx.from} đến ${ctx.to}: thành lập (mục I), điều chỉnh tăng (II), giảm (III) diện tích, thu hồi toàn bộ diện tích (IV). Diện tích: ha; vốn nước ngoài: triệu USD; vốn trong nước: tỷ đồng (vốn đăng ký của dự án hạ tầng còn hiệu lực tại cuối kỳ).`,
      en: `Events that took effect in the period ${ctx.from} – ${ctx.to}: establishment (I), area increase (II), decrease (III), whole-area revocation (IV). Areas in ha; foreign capital in million USD; domestic in billion VND (the infrastructure project's registered capital valid at the end).`,
    },
    {
      vi: 'Cột 12: GCN đăng ký đầu tư của dự án hạ tầng còn hiệu lực trước ngày điều chỉnh, nếu không có thì văn bản đã xác lập diện tích trước đó; cột 14: văn bản điều chỉnh/thu hồi ghi trong sự kiện. Cột 9: diện tích đất CN, DV tại cuối kỳ.',
      en: 'Col. 12: the infrastructure project’s certificate in force the day before, else the document that set the previous area; col. 14: the adjustment or revocation document of the event. Col. 9: industrial-service land at the end.',
    },
  ],
  build,
});
