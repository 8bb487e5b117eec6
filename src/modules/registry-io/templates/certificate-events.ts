import type { Currency } from '../../../kernel/money';
import { type CertificateEventBody, CertificateEventBody as EventContract } from '../../investment/contract';
import type { ImportDefinition } from '../definition';
import { codeOf } from '../references';
import { CERTIFICATE_EVENT_CHOICES, CURRENCY_CHOICES } from '../vocabulary';
import {
  AREA_NOTE,
  AREA_NOTE_EN,
  column,
  DATE,
  DATE_NOTE,
  DATE_NOTE_EN,
  defined,
  list,
  MONEY,
  TEXT,
  text,
} from './common';
import { attachByKey, investorColumn, locateShare, nationalityColumn, shareColumn, sharesOf } from './investor-shares';

const MAIN = 'Sự kiện GCNĐKĐT';
const SHARES = 'Nhà đầu tư sau điều chỉnh';

const codeColumn = (fields: string[]) =>
  column(
    'code',
    { vi: 'Mã số dự án', en: 'Project code' },
    TEXT,
    { vi: 'Mã số của dự án đã có trong cơ sở dữ liệu.', en: 'Code of a project already in the register.' },
    { required: true, fields, example: '2345678901', width: 16 },
  );
const dateColumn = (fields: string[]) =>
  column(
    'date',
    { vi: 'Ngày sự kiện', en: 'Event date' },
    DATE,
    {
      vi: `Ngày điều chỉnh, cấp lại, thu hồi hoặc chấm dứt; không sau hôm nay, không trước sự kiện trước đó. ${DATE_NOTE}`,
      en: `Day of the adjustment, re-issue, revocation or termination; not after today nor before the previous event. ${DATE_NOTE_EN}`,
    },
    { required: true, fields, example: new Date(Date.UTC(2023, 5, 20)), width: 14 },
  );

/** Which cells each kind of event takes: the others must stay empty. */
const APPLIES: Record<string, readonly string[]> = {
  adjusted: ['capitalDelta', 'charterDelta', 'currency', 'rateDate', 'landDelta', 'objectives', 'schedule'],
  reissued: [],
  revoked: ['capitalAtEnd', 'currency', 'rateDate'],
  terminated: ['capitalAtEnd', 'currency', 'rateDate'],
};
const OPTIONAL_CELLS = [
  'capitalDelta',
  'charterDelta',
  'capitalAtEnd',
  'currency',
  'rateDate',
  'landDelta',
  'objectives',
  'schedule',
];

/** Adjustments, re-issues, revocations and terminations, as `POST /api/projects/:id/events` takes them. */
export const certificateEventsImport: ImportDefinition = {
  kind: 'certificate-events',
  title: { vi: 'Sự kiện của GCNĐKĐT', en: 'Certificate events' },
  fileName: 'mau-nhap-su-kien-gcndkdt.xlsx',
  intro: [
    {
      vi:
        `Trang "${MAIN}": mỗi dòng là một sự kiện của một dự án đã có (điều chỉnh, cấp lại, thu hồi, chấm dứt), ` +
        'ghi theo thứ tự thời gian. Nhiều sự kiện của cùng dự án được ghi lần lượt từ trên xuống.',
      en:
        `Sheet "${MAIN}": one row per event of an existing project (adjustment, re-issue, revocation, ` +
        'termination), in date order; several events of one project are recorded top to bottom.',
    },
    {
      vi:
        `Khi điều chỉnh thay đổi nhà đầu tư, ghi toàn bộ danh sách nhà đầu tư mới ở trang "${SHARES}" với cùng mã ` +
        'số dự án và ngày sự kiện. Khoản vốn bằng loại tiền khác loại tiền của dự án cần ngày tỷ giá của Ngân hàng Nhà nước.',
      en:
        `When an adjustment changes the investors, list all new investors on "${SHARES}" with the same project ` +
        'code and event date. An amount in another currency than the project’s needs the date of a State Bank rate.',
    },
  ],
  lists: ['countries'],
  scopeColumn: 'code',
  contract: EventContract,
  main: {
    name: MAIN,
    title: { vi: 'Sự kiện GCNĐKĐT', en: 'Certificate events' },
    columns: [
      codeColumn([]),
      column(
        'kind',
        { vi: 'Loại sự kiện', en: 'Event' },
        { type: 'choice', list: 'certificateEvents', choices: CERTIFICATE_EVENT_CHOICES },
        {
          vi: 'Điều chỉnh, Cấp lại, Thu hồi hoặc Chấm dứt hoạt động.',
          en: 'Adjusted, Re-issued, Revoked or Terminated.',
        },
        { required: true, fields: ['body.kind'], example: 'Điều chỉnh', width: 18 },
      ),
      dateColumn(['body.date']),
      column(
        'certificateNo',
        { vi: 'Số GCNĐKĐT', en: 'Certificate no.' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.certificateNo'], width: 16 },
      ),
      column(
        'documentNo',
        { vi: 'Số văn bản', en: 'Document no.' },
        TEXT,
        { vi: 'Bắt buộc khi thu hồi hoặc chấm dứt (số quyết định).', en: 'Required for a revocation or termination.' },
        { fields: ['body.documentNo'], example: '125/QĐ-BQL', width: 16 },
      ),
      column(
        'capitalDelta',
        { vi: 'Vốn tăng (+) / giảm (−)', en: 'Capital change (+/−)' },
        MONEY,
        {
          vi: 'Chỉ cho điều chỉnh: số dương khi tăng, số âm khi giảm.',
          en: 'Adjustments only: positive to increase, negative to decrease.',
        },
        { fields: ['body.capitalDelta', 'body.capitalDelta.value'], example: 5_000_000, width: 18 },
      ),
      column(
        'capitalAtEnd',
        { vi: 'Vốn đăng ký khi thu hồi, chấm dứt', en: 'Capital at the end' },
        MONEY,
        {
          vi: 'Bắt buộc khi thu hồi hoặc chấm dứt: vốn đăng ký tại thời điểm đó.',
          en: 'Required for a revocation or termination.',
        },
        { fields: ['body.capitalAtEnd', 'body.capitalAtEnd.value'], width: 18 },
      ),
      column(
        'charterDelta',
        { vi: 'Vốn điều lệ tăng (+) / giảm (−)', en: 'Charter capital change (+/−)' },
        MONEY,
        {
          vi: 'Chỉ cho điều chỉnh: thay đổi vốn điều lệ ghi trên GCNĐKĐT, bằng loại tiền của dự án; số âm khi giảm.',
          en: 'Adjustments only: the change of charter capital on the certificate, in the project’s currency; negative to decrease.',
        },
        {
          fields: ['body.charterCapitalDelta', 'body.charterCapitalDelta.value', 'body.charterCapitalDelta.currency'],
          width: 18,
        },
      ),
      column(
        'currency',
        { vi: 'Đơn vị tiền', en: 'Currency' },
        { type: 'choice', list: 'currencies', choices: CURRENCY_CHOICES },
        { vi: 'USD hoặc VND; để trống là loại tiền của dự án.', en: 'USD or VND; empty means the project’s currency.' },
        { fields: ['body.capitalDelta.currency', 'body.capitalAtEnd.currency'], example: 'USD', width: 10 },
      ),
      column(
        'rateDate',
        { vi: 'Ngày tỷ giá NHNN', en: 'State Bank rate date' },
        DATE,
        {
          vi: `Khi số tiền khác loại tiền của dự án: dùng tỷ giá trung tâm gần nhất đến ngày này. ${DATE_NOTE}`,
          en: `When the amount is in another currency: the latest central rate up to this day. ${DATE_NOTE_EN}`,
        },
        { fields: ['body.exchangeRateId'], width: 14 },
      ),
      column(
        'landDelta',
        { vi: 'Diện tích đất tăng/giảm (ha)', en: 'Land area change (ha)' },
        MONEY,
        {
          vi: `Chỉ cho điều chỉnh, âm khi giảm. ${AREA_NOTE}`,
          en: `Adjustments only, negative to decrease. ${AREA_NOTE_EN}`,
        },
        { fields: ['body.landAreaDeltaHa'], width: 16 },
      ),
      column(
        'objectives',
        { vi: 'Mục tiêu mới', en: 'New objectives' },
        { type: 'lines' },
        {
          vi: 'Chỉ khi điều chỉnh mục tiêu: toàn bộ mục tiêu mới, mỗi mục tiêu một dòng.',
          en: 'Only when objectives change: the whole new list.',
        },
        { fields: ['body.objectives'], width: 28 },
      ),
      column(
        'schedule',
        { vi: 'Tiến độ mới', en: 'New schedule' },
        TEXT,
        { vi: 'Chỉ khi điều chỉnh tiến độ.', en: 'Only when the schedule changes.' },
        { fields: ['body.schedule'], width: 24 },
      ),
    ],
  },
  extra: [
    {
      name: SHARES,
      title: { vi: 'Nhà đầu tư sau điều chỉnh', en: 'Investors after the adjustment' },
      columns: [codeColumn([]), dateColumn([]), investorColumn, nationalityColumn, shareColumn],
    },
  ],
  needs: (main, extra) => ({
    projects: main.map((r) => text(r, 'code')).filter((v): v is string => v !== null),
    investors: (extra[SHARES] ?? []).map((r) => codeOf(text(r, 'investor') ?? '')).filter(Boolean),
  }),
  attach: (main, extra, report) =>
    attachByKey(
      main.filter((r) => text(r, 'kind') === 'adjusted'),
      extra[SHARES] ?? [],
      (r) => (text(r, 'code') && text(r, 'date') ? `${text(r, 'code')}|${text(r, 'date')}` : null),
      SHARES,
      report,
      {
        key: 'date',
        vi: `Không có dòng điều chỉnh nào của dự án này vào ngày này ở trang "${MAIN}".`,
        en: `No adjustment of this project on this date on the sheet "${MAIN}".`,
      },
    ),
  async build(row, attached, refs, report) {
    const at = (key: string) => ({ sheet: row.sheet, row: row.row, key });
    const code = text(row, 'code');
    const project = code ? refs.project(code) : null;
    if (project && !project.ok) report(at('code'), project.vi, project.en);
    const kind = text(row, 'kind');
    const applies = new Set(kind ? APPLIES[kind] : OPTIONAL_CELLS);
    for (const key of OPTIONAL_CELLS) {
      const filled = key === 'objectives' ? list(row, key).length > 0 : text(row, key) !== null;
      if (filled && !applies.has(key)) {
        const label = CERTIFICATE_EVENT_CHOICES.find((c) => c.value === kind);
        report(
          at(key),
          `Ô này không dùng cho sự kiện "${label?.vi}"; hãy để trống.`,
          `Not used for "${label?.en}"; leave it empty.`,
        );
      }
    }
    const own: Currency | null = project?.ok ? project.value.currency : null;
    const currency = (text(row, 'currency') as Currency | null) ?? own;
    const amount = (value: string | null) => (value === null ? undefined : defined({ value, currency }));
    let exchangeRateId: string | undefined;
    const rateDate = text(row, 'rateDate');
    if (rateDate && currency && own) {
      const rate = await refs.rate(currency, own, rateDate);
      if (rate.ok) exchangeRateId = rate.value;
      else report(at('rateDate'), rate.vi, rate.en);
    }
    const shares = attached[SHARES] ?? [];
    const body: Partial<Record<keyof CertificateEventBody | string, unknown>> = defined({
      kind,
      date: text(row, 'date'),
      certificateNo: text(row, 'certificateNo'),
      documentNo: text(row, 'documentNo'),
      exchangeRateId,
      ...(kind === 'adjusted'
        ? {
            capitalDelta: amount(text(row, 'capitalDelta')),
            charterCapitalDelta:
              text(row, 'charterDelta') === null
                ? undefined
                : defined({ value: text(row, 'charterDelta'), currency: own }),
            landAreaDeltaHa: text(row, 'landDelta'),
            objectives: list(row, 'objectives').length ? list(row, 'objectives') : undefined,
            schedule: text(row, 'schedule'),
            investors: shares.length ? sharesOf(shares, refs, report) : undefined,
          }
        : {}),
      ...(kind === 'revoked' || kind === 'terminated' ? { capitalAtEnd: amount(text(row, 'capitalAtEnd')) } : {}),
    });
    return { body, target: project?.ok ? project.value.id : undefined, unresolved: project !== null && !project.ok };
  },
  locate: (path, row, attached) =>
    locateShare(path, attached[SHARES] ?? [], { sheet: row.sheet, row: row.row, key: 'code' }),
  write: ({ investment }, actor, body, projectId) =>
    investment.recordCertificateEvent(actor, projectId!, body as CertificateEventBody),
};
