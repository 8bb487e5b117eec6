/**
 * Biểu 2115.H.QLKKT – Tình hình điều chỉnh quyết định chủ trương đầu tư/GCNĐKĐT về vốn và quy mô
 * tại các KCN, KKT trong kỳ báo cáo: one row per project whose certificate changed its charter
 * capital, investment capital or land in the period, FDI and DDI in two sections (by the origin
 * after the adjustment), increases and decreases added up separately. The charter capital (vốn
 * điều lệ) is stated on the certificate event in the certificate's currency; an amount in the
 * other currency than the section's is converted with the event's named State Bank rate, else
 * the rate at the period's end.
 */
import { div, formatDecimal, mul, parseDecimal, round, ZERO } from '../../../kernel/decimal';
import type { FormColumn, FormRow, FormSection } from '../contract';
import { CellBook, text } from '../facts/cells';
import { type Charter, eventDetails } from '../facts/event-details';
import { capitalOf, ofEvent, placeName } from '../facts/records';
import { type PeriodEvent, periodEvents, rateAt } from '../facts/registry';
import type { Origin } from '../facts/units';
import { negate } from '../facts/units';
import type { FormContext, FormDefinition } from './definition';
import { col, t } from './project-form-parts';

const SECTION_TITLES = {
  FDI: t('ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ NƯỚC NGOÀI (ĐTNN)', 'ADJUSTMENTS OF FOREIGN-INVESTED PROJECTS'),
  DDI: t('ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ TRONG NƯỚC (ĐTTN)', 'ADJUSTMENTS OF DOMESTIC PROJECTS'),
};

const sign = (v: string | null) => {
  if (v === null) return 0;
  const d = parseDecimal(v);
  return d > ZERO ? 1 : d < ZERO ? -1 : 0;
};
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
/** A charter change in the section's currency (USD for FDI, VND for DDI), or null without a rate to convert. */
function charterIn(origin: Origin, c: Charter): string | null {
  const want = origin === 'FDI' ? 'USD' : 'VND';
  if (c.currency === want) return c.value;
  if (c.rate === null) return null;
  const v = parseDecimal(c.value);
  const rate = parseDecimal(c.rate);
  return formatDecimal(want === 'USD' ? round(div(v, rate), 2) : round(mul(v, rate), 0));
}

async function load(ctx: FormContext) {
  const rate = (await rateAt(ctx))?.rate ?? null;
  const [{ charters, issues, investors }, all] = await Promise.all([
    eventDetails(ctx, rate, 'adjusted'),
    periodEvents(ctx, rate, ['adjusted']),
  ]);
  const events = all.filter(
    (e) => e.kind === 'adjusted' && (sign(capitalOf(e)) !== 0 || sign(e.landHa) !== 0 || charters.has(e.eventId)),
  );
  const charterOf = new Map<string, string | null>(
    events
      .filter((e) => charters.has(e.eventId))
      .map((e) => [e.eventId, charterIn(e.origin, charters.get(e.eventId)!)]),
  );
  return { events, issues, investors, charterOf };
}

function build(f: Facts, book: CellBook): FormSection[] {
  return (['FDI', 'DDI'] as Origin[]).map((origin) => {
    const money = { kind: 'money', unit: origin === 'FDI' ? 'trieu_usd' : 'ty_dong' } as const;
    const mine = f.events.filter((e) => e.origin === origin);
    const byProject = new Map<string, PeriodEvent[]>();
    for (const e of mine) {
      const list = byProject.get(e.projectId);
      if (list) list.push(e);
      else byProject.set(e.projectId, [e]);
    }
    const charter = (e: PeriodEvent) => f.charterOf.get(e.eventId) ?? null;
    // One pass per row: each event's three changes are parsed once and sorted into increases and decreases.
    const parts = (events: readonly PeriodEvent[]) => {
      const p = {
        // Blank (not 0) where no adjustment of the row states its charter capital: not stated is not "no change".
        charterStated: false,
        charterUp: [] as ReturnType<typeof ofEvent>[],
        charterDown: [] as ReturnType<typeof ofEvent>[],
        capitalUp: [] as ReturnType<typeof ofEvent>[],
        capitalDown: [] as ReturnType<typeof ofEvent>[],
        landUp: [] as ReturnType<typeof ofEvent>[],
        landDown: [] as ReturnType<typeof ofEvent>[],
      };
      const sortOut = (e: PeriodEvent, v: string | null, up: typeof p.landUp, down: typeof p.landDown) => {
        const s = sign(v);
        if (s > 0) up.push(ofEvent(e, v));
        else if (s < 0) down.push(ofEvent(e, magnitude(v!)));
      };
      for (const e of events) {
        if (f.charterOf.has(e.eventId)) p.charterStated = true;
        sortOut(e, charter(e), p.charterUp, p.charterDown);
        sortOut(e, capitalOf(e), p.capitalUp, p.capitalDown);
        sortOut(e, e.landHa, p.landUp, p.landDown);
      }
      return p;
    };
    const cells = (key: string, p: ReturnType<typeof parts>): FormRow['cells'] => ({
      charterUp: p.charterStated
        ? book.cell(
            `${key}:charterUp`,
            t('Vốn điều lệ tăng', 'Charter capital increase'),
            'certificate_event',
            money,
            p.charterUp,
          )
        : text(null),
      charterDown: p.charterStated
        ? book.cell(
            `${key}:charterDown`,
            t('Vốn điều lệ giảm', 'Charter capital decrease'),
            'certificate_event',
            money,
            p.charterDown,
          )
        : text(null),
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
  keptForPages: true,
  fullCode: '2115.H.QLKKT',
  title: t(
    'Tình hình điều chỉnh quyết định chủ trương đầu tư/GCNĐKĐT về vốn và quy mô tại các KCN, KKT trong kỳ báo cáo',
    'Adjustments of investment-policy decisions / certificates (capital and scale) in parks and zones in the period',
  ),
  landscape: true,
  notes: () => [
    t(
      'Mỗi dòng là một dự án có điều chỉnh vốn điều lệ, vốn đầu tư hoặc diện tích đất trong kỳ, theo các sự kiện điều chỉnh ghi trên GCNĐKĐT; tăng và giảm cộng riêng.',
      'One row per project whose certificate changed its charter capital, investment capital or land in the period; increases and decreases added separately.',
    ),
    t(
      'Dự án FDI tính bằng triệu USD, dự án DDI bằng tỷ đồng (bản đặc tả ghi triệu USD cho cả hai mục – không nhất quán). Dự án xếp mục theo nguồn vốn sau lần điều chỉnh.',
      'FDI in million USD, DDI in billion VND (the specification labels both million USD – inconsistent). A project goes in the section of its origin after the adjustment.',
    ),
    t(
      'Vốn điều lệ (cột 7–8) là thay đổi vốn điều lệ ghi trên GCNĐKĐT ở mỗi lần điều chỉnh; để trống khi không lần điều chỉnh nào của dòng ghi vốn điều lệ. Khoản ghi bằng loại tiền khác được quy đổi theo tỷ giá NHNN ghi kèm sự kiện, nếu không có thì theo tỷ giá cuối kỳ.',
      'Charter capital (cols 7–8) is the change stated on the certificate at each adjustment; blank when no adjustment of the row states one. An amount in the other currency is converted with the State Bank rate named by the event, else the rate at the period end.',
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
