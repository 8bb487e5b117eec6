/**
 * Biểu 2115.H.QLKKT – Tình hình điều chỉnh quyết định chủ trương đầu tư/GCNĐKĐT về vốn và quy mô
 * tại các KCN, KKT trong kỳ báo cáo: one row per project whose certificate changed its capital or
 * land in the period, FDI and DDI in two sections (by the origin after the adjustment), increases
 * and decreases added up separately.
 */
import { formatDecimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import type { FormColumn, FormRow, FormSection } from '../contract';
import { CellBook, text } from '../facts/cells';
import { capitalOf, ofEvent, placeName } from '../facts/records';
import { investorsAt, issuesOf, type PeriodEvent, periodEvents, rateAt } from '../facts/registry';
import type { Origin } from '../facts/units';
import { negate } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { col, t } from './project-form-parts';

const SECTION_TITLES = {
  FDI: t('ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ NƯỚC NGOÀI (ĐTNN)', 'ADJUSTMENTS OF FOREIGN-INVESTED PROJECTS'),
  DDI: t('ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ TRONG NƯỚC (ĐTTN)', 'ADJUSTMENTS OF DOMESTIC PROJECTS'),
};

const sign = (v: string | null) => (v === null ? 0 : Math.sign(Number(parseDecimal(v) - ZERO)));
const magnitude = (v: string) => formatDecimal(negate(parseDecimal(v)));

function columns(origin: Origin): FormColumn[] {
  const unit = origin === 'FDI' ? 'triệu USD' : 'tỷ đồng';
  const charter = [t('Vốn điều lệ', 'Charter capital')];
  const investment = [t('Vốn đầu tư', 'Investment capital')];
  const land = [t('Quy mô diện tích đất điều chỉnh', 'Adjusted land area')];
  return [
    col('stt', t('STT', 'No.'), { number: '1' }),
    col('name', t('Tên dự án đầu tư', 'Project'), { number: '2' }),
    col('place', t('KCN/KKT', 'Park / zone'), { number: '3' }),
    col('document', t('Văn bản thành lập', 'Establishment document'), { number: '4' }),
    col('issuedOn', t('Ngày cấp', 'Issue date'), { number: '5' }),
    col('investors', t('Nhà đầu tư', 'Investors'), { number: '6' }),
    col('charterUp', t('Tăng', 'Increase'), { number: '7', unit, groups: charter, kind: 'money' }),
    col('charterDown', t('Giảm', 'Decrease'), { number: '8', unit, groups: charter, kind: 'money' }),
    col('capitalUp', t('Tăng', 'Increase'), { number: '9', unit, groups: investment, kind: 'money' }),
    col('capitalDown', t('Giảm', 'Decrease'), { number: '10', unit, groups: investment, kind: 'money' }),
    col('landUp', t('Tăng', 'Increase'), { number: '11', unit: 'ha', groups: land, kind: 'area' }),
    col('landDown', t('Giảm', 'Decrease'), { number: '12', unit: 'ha', groups: land, kind: 'area' }),
  ];
}

type Facts = Awaited<ReturnType<typeof load>>;

async function load(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const events = (await periodEvents(ctx, rate)).filter(
    (e) => e.kind === 'adjusted' && (sign(capitalOf(e)) !== 0 || sign(e.landHa) !== 0),
  );
  const projectIds = [...new Set(events.map((e) => e.projectId))];
  const [issues, investors] = await Promise.all([issuesOf(ctx, projectIds), investorsAt(ctx, projectIds)]);
  return { events, issues, investors };
}

function build(f: Facts, book: CellBook): FormSection[] {
  return (['FDI', 'DDI'] as Origin[]).map((origin) => {
    const money = { kind: 'money', unit: origin === 'FDI' ? 'trieu_usd' : 'ty_dong' } as const;
    const mine = f.events.filter((e) => e.origin === origin);
    const byProject = new Map<string, PeriodEvent[]>();
    for (const e of mine) byProject.set(e.projectId, [...(byProject.get(e.projectId) ?? []), e]);
    const parts = (events: PeriodEvent[]) => ({
      capitalUp: events.filter((e) => sign(capitalOf(e)) > 0).map((e) => ofEvent(e, capitalOf(e))),
      capitalDown: events.filter((e) => sign(capitalOf(e)) < 0).map((e) => ofEvent(e, magnitude(capitalOf(e)!))),
      landUp: events.filter((e) => sign(e.landHa) > 0).map((e) => ofEvent(e, e.landHa)),
      landDown: events.filter((e) => sign(e.landHa) < 0).map((e) => ofEvent(e, magnitude(e.landHa!))),
    });
    const cells = (key: string, p: ReturnType<typeof parts>): FormRow['cells'] => ({
      charterUp: text(null),
      charterDown: text(null),
      capitalUp: book.cell(
        `${key}:capitalUp`,
        t('Vốn đầu tư tăng', 'Capital increase'),
        'certificate_event',
        money,
        p.capitalUp,
      ),
      capitalDown: book.cell(
        `${key}:capitalDown`,
        t('Vốn đầu tư giảm', 'Capital decrease'),
        'certificate_event',
        money,
        p.capitalDown,
      ),
      landUp: book.cell(
        `${key}:landUp`,
        t('Diện tích đất tăng', 'Land increase'),
        'certificate_event',
        { kind: 'area' },
        p.landUp,
      ),
      landDown: book.cell(
        `${key}:landDown`,
        t('Diện tích đất giảm', 'Land decrease'),
        'certificate_event',
        { kind: 'area' },
        p.landDown,
      ),
    });
    const rows: FormRow[] = [...byProject.entries()].map(([projectId, events], i) => {
      const first = events[0]!;
      const issue = f.issues.get(projectId);
      return {
        key: `${origin}:${projectId}`,
        label: null,
        level: 1,
        cells: {
          stt: text(String(i + 1)),
          name: text(first.name),
          place: text(placeName(first)),
          document: text(issue?.document ?? null),
          issuedOn: text(issue?.date ?? null),
          investors: text((f.investors.get(projectId) ?? []).map((x) => x.name).join(', ') || null),
          ...cells(`${origin}:${projectId}`, parts(events)),
        },
      };
    });
    const total: FormRow = {
      key: `${origin}:total`,
      label: t(origin === 'FDI' ? 'T1' : 'T2', 'Total'),
      level: 0,
      cells: {
        name: text(origin === 'FDI' ? 'Tổng cộng (T1)' : 'Tổng cộng (T2)'),
        ...cells(`${origin}:total`, parts(mine)),
      },
    };
    return { key: origin, title: SECTION_TITLES[origin], columns: columns(origin), rows, total };
  });
}

export const F2115: FormDefinition = {
  code: '2115',
  fullCode: '2115.H.QLKKT',
  title: t(
    'Tình hình điều chỉnh quyết định chủ trương đầu tư/GCNĐKĐT về vốn và quy mô tại các KCN, KKT trong kỳ báo cáo',
    'Adjustments of investment-policy decisions / certificates (capital and scale) in parks and zones in the period',
  ),
  landscape: true,
  notes: () => [
    t(
      'Mỗi dòng là một dự án có điều chỉnh vốn đầu tư hoặc diện tích đất trong kỳ, theo các sự kiện điều chỉnh ghi trên GCNĐKĐT; tăng và giảm cộng riêng.',
      'One row per project whose certificate changed its capital or land in the period; increases and decreases added separately.',
    ),
    t(
      'Dự án FDI tính bằng triệu USD, dự án DDI bằng tỷ đồng (bản đặc tả ghi triệu USD cho cả hai mục – không nhất quán). Dự án xếp mục theo nguồn vốn sau lần điều chỉnh.',
      'FDI in million USD, DDI in billion VND (the specification labels both million USD – inconsistent). A project goes in the section of its origin after the adjustment.',
    ),
    t(
      'Cổng đăng ký chưa lưu riêng vốn điều lệ, nên cột 7–8 để trống.',
      'The registry does not hold charter capital separately, so columns 7–8 are left blank.',
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
