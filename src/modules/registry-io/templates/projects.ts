import { CreateProjectBody } from '../../investment/contract';
import type { ImportDefinition, RowInput } from '../definition';
import { codeOf } from '../references';
import { CURRENCY_CHOICES, LOCATION_KIND_CHOICES, PROJECT_TYPE_CHOICES } from '../vocabulary';
import {
  AREA,
  AREA_NOTE,
  AREA_NOTE_EN,
  column,
  DATE,
  DATE_NOTE,
  DATE_NOTE_EN,
  defined,
  list,
  MONEY,
  refOf,
  TAX_CODE,
  TEXT,
  text,
} from './common';
import { attachByKey, investorColumn, locateShare, nationalityColumn, shareColumn, sharesOf } from './investor-shares';

const MAIN = 'Dự án';
const SHARES = 'Nhà đầu tư góp vốn';

const projectCodeColumn = (fields: string[]) =>
  column(
    'code',
    { vi: 'Mã số dự án', en: 'Project code' },
    TEXT,
    {
      vi: 'Mã số dự án do Hệ thống thông tin quốc gia về đầu tư cấp; duy nhất và giữ suốt đời dự án.',
      en: 'Project code from the National Investment Information System; unique for life.',
    },
    { required: true, fields, example: '2345678901', width: 16 },
  );

/** Projects with their certificate's issue and investors, as `POST /api/projects` takes them. */
export const projectsImport: ImportDefinition = {
  kind: 'projects',
  title: { vi: 'Dự án và GCNĐKĐT cấp mới', en: 'Projects with their certificate issue' },
  fileName: 'mau-nhap-du-an.xlsx',
  intro: [
    {
      vi:
        `Trang "${MAIN}": mỗi dòng là một dự án với lần cấp Giấy chứng nhận đăng ký đầu tư đầu tiên. ` +
        `Trang "${SHARES}": mỗi dòng là một nhà đầu tư của một dự án (ghi lại mã số dự án), tổng tỷ lệ mỗi dự án là 100%.`,
      en:
        `Sheet "${MAIN}": one row per project with the first issue of its certificate. Sheet "${SHARES}": one row ` +
        'per investor of a project (repeat the project code); the shares of each project add up to 100%.',
    },
    {
      vi:
        'Dự án FDI hay trong nước được xác định từ các nhà đầu tư (Điều 23 Luật Đầu tư): vốn của dự án FDI ghi bằng USD, ' +
        'dự án trong nước bằng VND. Nhà đầu tư, doanh nghiệp, KCN và KKT phải có sẵn trong cơ sở dữ liệu.',
      en:
        'FDI or domestic follows from the investors (Law on Investment Art. 23): FDI projects register in USD, ' +
        'domestic ones in VND. Investors, enterprises, parks and zones must already be in the register.',
    },
  ],
  lists: ['parks', 'zones', 'countries'],
  scopeColumn: (row) => (text(row, 'locationKind') === 'park' ? 'park' : 'zone'),
  contract: CreateProjectBody,
  main: {
    name: MAIN,
    title: { vi: 'Dự án', en: 'Projects' },
    columns: [
      projectCodeColumn(['body.projectCode']),
      column(
        'name',
        { vi: 'Tên dự án', en: 'Project name' },
        TEXT,
        { vi: 'Tối đa 500 ký tự.', en: 'At most 500 characters.' },
        { required: true, fields: ['body.name'], example: 'Nhà máy sản xuất linh kiện điện tử Đông Á', width: 36 },
      ),
      column(
        'enterprise',
        { vi: 'MST tổ chức kinh tế thực hiện dự án', en: 'Enterprise tax code' },
        TAX_CODE,
        {
          vi: 'Mã số thuế của doanh nghiệp đã có trong danh mục (không bắt buộc).',
          en: 'Tax code of an enterprise of the register (optional).',
        },
        { fields: ['body.enterpriseId'], example: '0101234567', width: 18 },
      ),
      column(
        'locationKind',
        { vi: 'Địa điểm', en: 'Location' },
        { type: 'choice', list: 'locationKinds', choices: LOCATION_KIND_CHOICES },
        {
          vi: 'Trong KCN (ghi mã KCN), trong KKT ngoài KCN hoặc khu chức năng đặc biệt trong KKT (ghi mã KKT).',
          en: 'In a park (give the park code), in a KKT outside its parks or a special zone (give the KKT code).',
        },
        { required: true, fields: ['body.location', 'body.location.kind'], example: 'Trong KCN', width: 22 },
      ),
      column(
        'park',
        { vi: 'Khu công nghiệp', en: 'Industrial park' },
        { type: 'lookup', list: 'parks' },
        {
          vi: 'Mã KCN (chọn trong danh sách) khi dự án nằm trong KCN.',
          en: 'Park code (from the list) for a project in a park.',
        },
        { fields: ['body.location.parkId'], example: 'HN-KCN-THANGLONG · Khu công nghiệp Thăng Long', width: 30 },
      ),
      column(
        'zone',
        { vi: 'Khu kinh tế', en: 'Economic zone' },
        { type: 'lookup', list: 'zones' },
        { vi: 'Mã KKT khi dự án nằm trong KKT ngoài KCN.', en: 'KKT code for a project in a KKT outside its parks.' },
        { fields: ['body.location.zoneId'], width: 26 },
      ),
      column(
        'type',
        { vi: 'Loại dự án', en: 'Project type' },
        { type: 'choice', list: 'projectTypes', choices: PROJECT_TYPE_CHOICES },
        { vi: 'Đầu tư hạ tầng hoặc sản xuất, kinh doanh.', en: 'Infrastructure, or production and business.' },
        { required: true, fields: ['body.type'], example: 'Sản xuất, kinh doanh', width: 24 },
      ),
      column(
        'sectors',
        { vi: 'Ngành (mã VSIC)', en: 'Sectors (VSIC)' },
        { type: 'codes' },
        { vi: 'Mã VSIC 2018, cách nhau bằng dấu chấm phẩy.', en: 'VSIC 2018 codes separated by semicolons.' },
        { fields: ['body.sectors'], example: '26100', width: 14 },
      ),
      column(
        'land',
        { vi: 'Diện tích đất (ha)', en: 'Land area (ha)' },
        AREA,
        { vi: `Diện tích đất ghi trên GCNĐKĐT. ${AREA_NOTE}`, en: `Land area on the certificate. ${AREA_NOTE_EN}` },
        { required: true, fields: ['body.landAreaHa'], example: 5.2, width: 14 },
      ),
      column(
        'date',
        { vi: 'Ngày cấp GCNĐKĐT', en: 'Certificate issue date' },
        DATE,
        { vi: `Không sau hôm nay. ${DATE_NOTE}`, en: `Not after today. ${DATE_NOTE_EN}` },
        {
          required: true,
          fields: ['body.certificate', 'body.certificate.date'],
          example: new Date(Date.UTC(2019, 2, 15)),
          width: 14,
        },
      ),
      column(
        'certificateNo',
        { vi: 'Số GCNĐKĐT', en: 'Certificate no.' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.certificate.certificateNo'], example: '2345678901', width: 16 },
      ),
      column(
        'documentNo',
        { vi: 'Số văn bản', en: 'Document no.' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.certificate.documentNo'], width: 16 },
      ),
      column(
        'capital',
        { vi: 'Vốn đầu tư đăng ký', en: 'Registered capital' },
        MONEY,
        {
          vi: 'Số tiền theo đơn vị ở cột bên cạnh (USD cho dự án FDI, VND cho dự án trong nước), tối đa 2 chữ số thập phân.',
          en: 'Amount in the currency of the next column (USD for FDI, VND for domestic), at most 2 decimals.',
        },
        {
          required: true,
          fields: ['body.certificate.registeredCapital', 'body.certificate.registeredCapital.value'],
          example: 25_000_000,
          width: 18,
        },
      ),
      column(
        'currency',
        { vi: 'Đơn vị tiền', en: 'Currency' },
        { type: 'choice', list: 'currencies', choices: CURRENCY_CHOICES },
        { vi: 'USD hoặc VND.', en: 'USD or VND.' },
        { required: true, fields: ['body.certificate.registeredCapital.currency'], example: 'USD', width: 10 },
      ),
      column(
        'charter',
        { vi: 'Vốn điều lệ', en: 'Charter capital' },
        MONEY,
        {
          vi: 'Vốn điều lệ của tổ chức kinh tế thực hiện dự án ghi trên GCNĐKĐT, cùng đơn vị tiền với vốn đầu tư. Không bắt buộc.',
          en: 'Charter capital of the economic organisation as the certificate states it, in the same currency as the capital. Optional.',
        },
        {
          fields: [
            'body.certificate.charterCapital',
            'body.certificate.charterCapital.value',
            'body.certificate.charterCapital.currency',
          ],
          example: 8_000_000,
          width: 16,
        },
      ),
      column(
        'objectives',
        { vi: 'Mục tiêu dự án', en: 'Objectives' },
        { type: 'lines' },
        {
          vi: 'Mỗi mục tiêu một dòng trong ô (Alt+Enter) hoặc cách nhau bằng dấu chấm phẩy.',
          en: 'One objective per line in the cell, or separated by semicolons.',
        },
        { fields: ['body.certificate.objectives'], example: 'Sản xuất linh kiện điện tử', width: 30 },
      ),
      column(
        'schedule',
        { vi: 'Tiến độ thực hiện', en: 'Schedule' },
        TEXT,
        {
          vi: 'Tiến độ góp vốn, xây dựng và đi vào hoạt động.',
          en: 'Capital contribution, construction and operation milestones.',
        },
        { fields: ['body.certificate.schedule'], example: 'Quý IV/2020 đi vào hoạt động', width: 26 },
      ),
    ],
  },
  extra: [
    {
      name: SHARES,
      title: { vi: 'Nhà đầu tư góp vốn', en: 'Investors and shares' },
      columns: [projectCodeColumn([]), investorColumn, nationalityColumn, shareColumn],
    },
  ],
  needs(main, extra) {
    const kinds = main.map((r) => text(r, 'locationKind'));
    return {
      parks: kinds.includes('park') || main.some((r) => text(r, 'park') !== null),
      zones: kinds.some((k) => k === 'zone' || k === 'special_zone'),
      enterprises: main.map((r) => text(r, 'enterprise')).filter((v): v is string => v !== null),
      investors: (extra[SHARES] ?? []).map((r) => codeOf(text(r, 'investor') ?? '')).filter(Boolean),
    };
  },
  attach: (main, extra, report) =>
    attachByKey(main, extra[SHARES] ?? [], (r) => text(r, 'code'), SHARES, report, {
      key: 'code',
      vi: `Mã số dự án này không có trong trang "${MAIN}".`,
      en: `This project code is not on the sheet "${MAIN}".`,
    }),
  async build(row, attached, refs, report) {
    const kind = text(row, 'locationKind');
    const at = (key: string) => ({ sheet: row.sheet, row: row.row, key });
    if (kind === 'park' && text(row, 'park') === null) {
      report(at('park'), 'Hãy ghi mã KCN khi dự án nằm trong KCN.', 'Give the park code for a project in a park.');
    }
    if ((kind === 'zone' || kind === 'special_zone') && text(row, 'zone') === null) {
      report(
        at('zone'),
        'Hãy ghi mã KKT khi dự án nằm trong KKT ngoài KCN.',
        'Give the KKT code for a project in a KKT.',
      );
    }
    if ((attached[SHARES] ?? []).length === 0) {
      report(
        at('code'),
        `Dự án chưa có nhà đầu tư nào ở trang "${SHARES}".`,
        `The project has no investor on the sheet "${SHARES}".`,
      );
    }
    const location =
      kind === 'park'
        ? { kind, parkId: refOf(row, 'park', report, refs.park)?.id }
        : kind === 'zone' || kind === 'special_zone'
          ? { kind, zoneId: refOf(row, 'zone', report, refs.zone)?.id }
          : undefined;
    const capital = text(row, 'capital');
    const currency = text(row, 'currency');
    const charter = text(row, 'charter');
    return {
      body: defined({
        projectCode: text(row, 'code'),
        name: text(row, 'name'),
        enterpriseId: refOf(row, 'enterprise', report, refs.enterprise)?.id,
        location,
        type: text(row, 'type'),
        sectors: list(row, 'sectors'),
        landAreaHa: text(row, 'land'),
        investors: sharesOf(attached[SHARES] ?? [], refs, report),
        certificate: defined({
          date: text(row, 'date'),
          certificateNo: text(row, 'certificateNo'),
          documentNo: text(row, 'documentNo'),
          registeredCapital: capital !== null || currency !== null ? defined({ value: capital, currency }) : undefined,
          charterCapital: charter !== null ? defined({ value: charter, currency }) : undefined,
          objectives: list(row, 'objectives').length ? list(row, 'objectives') : undefined,
          schedule: text(row, 'schedule'),
        }),
      }),
    };
  },
  locate: (path, row: RowInput, attached) =>
    locateShare(path, attached[SHARES] ?? [], { sheet: row.sheet, row: row.row, key: 'code' }),
  write: ({ investment }, actor, body) => investment.createProject(actor, body as CreateProjectBody),
};
