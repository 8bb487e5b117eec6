/**
 * Biểu 2116.H.QLKKT – Tình hình thu hồi quyết định chủ trương đầu tư/GCNĐKĐT tại các KCN, KKT
 * trong kỳ báo cáo: one row per certificate revoked or terminated in the period, infrastructure
 * projects and production/business projects in two sections, with the registered capital the
 * certificate had (FDI in triệu USD, DDI in tỷ đồng) and the revocation document.
 */
import type { FormColumn, FormRow, FormSection } from '../contract';
import { CellBook, text } from '../facts/cells';
import { eventDetails } from '../facts/event-details';
import { capitalOf, ofEvent, placeName } from '../facts/records';
import { periodEvents, rateAt } from '../facts/registry';
import { countryNames } from './country-names';
import type { FormContext, FormDefinition } from './definition';
import { col, t } from './project-form-parts';

const SECTIONS = [
  {
    key: 'infrastructure',
    title: t(
      'DỰ ÁN ĐẦU TƯ XÂY DỰNG VÀ KINH DOANH KẾT CẤU HẠ TẦNG KCN, KKT',
      'INFRASTRUCTURE PROJECTS OF PARKS AND ZONES',
    ),
  },
  {
    key: 'production_business',
    title: t('DỰ ÁN ĐẦU TƯ SẢN XUẤT KINH DOANH TRONG KCN, KKT', 'PRODUCTION AND BUSINESS PROJECTS IN PARKS AND ZONES'),
  },
] as const;

const registered = [t('Vốn đầu tư đã đăng ký', 'Registered capital')];
const COLUMNS: FormColumn[] = [
  col('stt', t('STT', 'No.'), { number: '1' }),
  col('name', t('Tên dự án', 'Project'), { number: '2' }),
  col('place', t('Tên KCN/KKT', 'Park / zone'), { number: '3' }),
  col('document', t('Văn bản thành lập', 'Establishment document'), { number: '4' }),
  col('investors', t('Nhà đầu tư', 'Investors'), { number: '5' }),
  col('nationality', t('Quốc tịch nhà đầu tư', 'Investor nationality'), { number: '6' }),
  col('foreign', t('Vốn đầu tư nước ngoài', 'Foreign capital'), {
    number: '7',
    unit: 'triệu USD',
    groups: registered,
    kind: 'money',
  }),
  col('domestic', t('Vốn đầu tư trong nước', 'Domestic capital'), {
    number: '8',
    unit: 'tỷ đồng',
    groups: registered,
    kind: 'money',
  }),
  col('revocation', t('Văn bản thu hồi chủ trương đầu tư/giấy CNĐKĐT', 'Revocation document'), { number: '9' }),
];

async function load(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [events, { issues, investors }] = await Promise.all([
    periodEvents(ctx, rate, ['revoked', 'terminated']),
    eventDetails(ctx, rate, 'ended'),
  ]);
  const names = await countryNames(
    ctx.db,
    [...investors.values()].flat().map((i) => i.nationality),
  );
  return { events, issues, investors, names };
}

function build(f: Awaited<ReturnType<typeof load>>, book: CellBook): FormSection[] {
  return SECTIONS.map((s) => {
    const rows: FormRow[] = f.events
      .filter((e) => e.type === s.key)
      .map((e, i) => {
        const investors = f.investors.get(e.projectId) ?? [];
        const nationalities = [...new Set(investors.map((x) => f.names.get(x.nationality)?.vi ?? x.nationality))];
        const key = `${s.key}:${e.eventId}`;
        return {
          key,
          label: null,
          level: 1,
          cells: {
            stt: text(String(i + 1)),
            name: text(e.name),
            place: text(placeName(e)),
            document: text(f.issues.get(e.projectId)?.document ?? null),
            investors: text(investors.map((x) => x.name).join(', ') || null),
            nationality: text(nationalities.join(', ') || null),
            foreign: book.cell(
              `${key}:foreign`,
              t('Vốn đầu tư nước ngoài', 'Foreign capital'),
              'certificate_event',
              { kind: 'money', unit: 'trieu_usd' },
              e.origin === 'FDI' ? [ofEvent(e, capitalOf(e))] : [],
            ),
            domestic: book.cell(
              `${key}:domestic`,
              t('Vốn đầu tư trong nước', 'Domestic capital'),
              'certificate_event',
              { kind: 'money', unit: 'ty_dong' },
              e.origin === 'DDI' ? [ofEvent(e, capitalOf(e))] : [],
            ),
            revocation: text(e.documentNo),
          },
        };
      });
    return { key: s.key, title: s.title, columns: COLUMNS, rows, total: null };
  });
}

export const F2116: FormDefinition = {
  code: '2116',
  keptForPages: true,
  fullCode: '2116.H.QLKKT',
  title: t(
    'Tình hình thu hồi quyết định chủ trương đầu tư/GCNĐKĐT tại các KCN, KKT trong kỳ báo cáo',
    'Revocations of investment-policy decisions / certificates in parks and zones in the period',
  ),
  landscape: true,
  notes: () => [
    t(
      'Mỗi dòng là một GCNĐKĐT bị thu hồi hoặc chấm dứt hoạt động trong kỳ, theo sự kiện ghi trên giấy chứng nhận; vốn là vốn đăng ký tại thời điểm thu hồi, ghi ở cột 7 (FDI, triệu USD) hoặc cột 8 (DDI, tỷ đồng) theo nguồn vốn của dự án.',
      'One row per certificate revoked or terminated in the period; the capital it had then goes in column 7 (FDI, million USD) or 8 (DDI, billion VND) by the project’s origin.',
    ),
    t(
      'Cột 9 là số văn bản thu hồi/chấm dứt đã ghi khi cập nhật sự kiện, nên không phải nhập lại.',
      'Column 9 is the revocation/termination document recorded with the event, so it is not typed again.',
    ),
  ],
  async compute(ctx) {
    return build(await load(ctx), new CellBook());
  },
  async drill(ctx, cell, page) {
    const book = new CellBook();
    build(await load(ctx), book);
    return book.drill(cell, page);
  },
};
