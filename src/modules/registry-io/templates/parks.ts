import { CreateParkBody } from '../../zones/contract';
import type { ImportDefinition } from '../definition';
import { ESTABLISHMENT_ACT_CHOICES, FIRST_PARK_EVENT_CHOICES, PARK_KIND_CHOICES } from '../vocabulary';
import {
  AREA,
  AREA_NOTE,
  AREA_NOTE_EN,
  bool,
  column,
  DATE,
  DATE_NOTE,
  DATE_NOTE_EN,
  decimalNumber,
  defined,
  INTEGER,
  int,
  list,
  PROVINCES,
  provinceNote,
  provinceOf,
  refOf,
  TAX_CODE,
  TEXT,
  text,
} from './common';

const COORDINATE = { type: 'decimal', format: '0.000000' } as const;

/** Industrial parks (KCN) with their first lifecycle event, as `POST /api/parks` takes them. */
export const parksImport: ImportDefinition = {
  kind: 'parks',
  title: { vi: 'Khu công nghiệp (KCN)', en: 'Industrial parks (KCN)' },
  fileName: 'mau-nhap-khu-cong-nghiep.xlsx',
  intro: [
    {
      vi:
        'Mỗi dòng là một KCN cùng sự kiện đầu tiên trong vòng đời: đưa vào quy hoạch, hoặc thành lập (với KCN có ' +
        'trước quy hoạch tỉnh). Các sự kiện sau (khởi công, hoạt động, điều chỉnh diện tích…) và số liệu đất ghi trên trang của KCN.',
      en:
        'One row per park with the first event of its lifecycle: included in the plan, or established (for parks ' +
        'older than provincial plans). Later events and land figures are recorded on the park’s page.',
    },
    {
      vi: 'Chủ đầu tư hạ tầng phải có trong danh mục doanh nghiệp (nhập doanh nghiệp trước).',
      en: 'The infrastructure developer must already be in the enterprise register (import enterprises first).',
    },
  ],
  lists: ['provinces', 'zones'],
  scopeColumn: 'province',
  contract: CreateParkBody,
  main: {
    name: 'Khu công nghiệp',
    title: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
    columns: [
      column(
        'code',
        { vi: 'Mã KCN', en: 'Park code' },
        TEXT,
        { vi: 'Mã duy nhất, không có khoảng trắng.', en: 'Unique code, no spaces.' },
        { required: true, fields: ['body.code'], example: 'HN-KCN-THANGLONG', width: 18 },
      ),
      column(
        'name',
        { vi: 'Tên KCN', en: 'Park name' },
        TEXT,
        { vi: 'Tên đầy đủ, tối đa 300 ký tự.', en: 'Full name, at most 300 characters.' },
        { required: true, fields: ['body.name'], example: 'Khu công nghiệp Thăng Long', width: 32 },
      ),
      column(
        'kinds',
        { vi: 'Loại hình KCN', en: 'Park kinds' },
        { type: 'choice', list: 'parkKinds', choices: PARK_KIND_CHOICES, multiple: true },
        {
          vi: 'Để trống nếu là KCN thông thường; nhiều loại cách nhau bằng dấu chấm phẩy (;).',
          en: 'Leave empty for a plain park; several kinds separated by semicolons (;).',
        },
        { fields: ['body.kinds'], example: 'KCN sinh thái', width: 22 },
      ),
      column(
        'sector',
        { vi: 'Ngành (KCN chuyên ngành)', en: 'Sector (specialised park)' },
        TEXT,
        { vi: 'Bắt buộc khi loại hình có "KCN chuyên ngành".', en: 'Required for a specialised park.' },
        { fields: ['body.specialisedSector'], width: 20 },
      ),
      column(
        'zone',
        { vi: 'Thuộc khu kinh tế', en: 'Economic zone' },
        { type: 'lookup', list: 'zones' },
        {
          vi: 'Mã KKT mà KCN nằm trong (chọn trong danh sách); để trống nếu KCN nằm ngoài KKT.',
          en: 'Code of the economic zone the park lies in (from the list); empty if outside any.',
        },
        { fields: ['body.parentZoneId'], width: 26 },
      ),
      column(
        'province',
        { vi: 'Tỉnh, thành phố', en: 'Province' },
        PROVINCES,
        provinceNote({ vi: 'ngày sự kiện đầu tiên', en: 'first event date' }),
        { required: true, fields: ['body.adminUnitId'], example: '01 · Thành phố Hà Nội', width: 28 },
      ),
      column(
        'commune',
        { vi: 'Xã, phường', en: 'Commune' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.commune'], example: 'Xã Thiên Lộc', width: 20 },
      ),
      column(
        'developer',
        { vi: 'Mã số thuế chủ đầu tư hạ tầng', en: 'Developer tax code' },
        TAX_CODE,
        {
          vi: 'Mã số thuế (10 hoặc 13 chữ số) của doanh nghiệp đầu tư hạ tầng, đã có trong danh mục.',
          en: 'Tax code (10 or 13 digits) of the infrastructure developer, already in the register.',
        },
        { fields: ['body.developerEnterpriseId'], example: '0100113872', width: 18 },
      ),
      column(
        'leaseYears',
        { vi: 'Thời hạn thuê đất (năm)', en: 'Land lease term (years)' },
        INTEGER,
        { vi: 'Số năm nguyên, 1–99.', en: 'Whole years, 1–99.' },
        { fields: ['body.landLeaseTermYears'], example: 50, width: 14 },
      ),
      column(
        'lon',
        { vi: 'Kinh độ', en: 'Longitude' },
        COORDINATE,
        { vi: 'Độ thập phân, 102–118 (Đông).', en: 'Decimal degrees, 102–118 E.' },
        { fields: ['body.lon'], example: 105.7869, width: 12 },
      ),
      column(
        'lat',
        { vi: 'Vĩ độ', en: 'Latitude' },
        COORDINATE,
        {
          vi: 'Độ thập phân, 8–24 (Bắc). Ghi cả kinh độ và vĩ độ, hoặc bỏ trống cả hai.',
          en: 'Decimal degrees, 8–24 N. Both or neither.',
        },
        { fields: ['body.lat'], example: 21.1394, width: 12 },
      ),
      column(
        'eventKind',
        { vi: 'Sự kiện đầu tiên', en: 'First event' },
        { type: 'choice', list: 'firstEvents', choices: FIRST_PARK_EVENT_CHOICES },
        {
          vi: 'Đưa vào quy hoạch, hoặc Thành lập. Để trống nếu chưa ghi sự kiện nào.',
          en: 'Included in the plan, or Established. Empty to record no event yet.',
        },
        { fields: ['body.firstEvent', 'body.firstEvent.kind'], example: 'Thành lập', width: 20 },
      ),
      column(
        'eventDate',
        { vi: 'Ngày sự kiện', en: 'Event date' },
        DATE,
        {
          vi: `Ngày có hiệu lực, không sau hôm nay. ${DATE_NOTE}`,
          en: `Effective date, not after today. ${DATE_NOTE_EN}`,
        },
        { fields: ['body.firstEvent.date'], example: new Date(Date.UTC(1997, 10, 22)), width: 14 },
      ),
      column(
        'approved',
        { vi: 'Quy hoạch đã phê duyệt', en: 'Plan approved' },
        { type: 'yesno' },
        { vi: 'Có/Không — chỉ cho sự kiện "Đưa vào quy hoạch".', en: 'Yes/No — only for "Included in the plan".' },
        { fields: ['body.firstEvent.approved'], width: 14 },
      ),
      column(
        'act',
        { vi: 'Hình thức thành lập', en: 'Establishing act' },
        { type: 'choice', list: 'establishmentActs', choices: ESTABLISHMENT_ACT_CHOICES },
        {
          vi: 'Bắt buộc khi sự kiện là "Thành lập" (Nghị định 35/2022, Điều 6).',
          en: 'Required for "Established" (Decree 35/2022 Art. 6).',
        },
        { fields: ['body.firstEvent.act'], example: 'Quyết định thành lập KCN', width: 30 },
      ),
      column(
        'area',
        { vi: 'Diện tích thành lập (ha)', en: 'Established area (ha)' },
        AREA,
        { vi: `Bắt buộc khi sự kiện là "Thành lập". ${AREA_NOTE}`, en: `Required for "Established". ${AREA_NOTE_EN}` },
        { fields: ['body.firstEvent.area'], example: 274, width: 16 },
      ),
      column(
        'decisionNo',
        { vi: 'Số quyết định, văn bản', en: 'Decision no.' },
        TEXT,
        { vi: 'Bắt buộc trừ khi quy hoạch chưa được phê duyệt.', en: 'Required unless the plan is not approved.' },
        { fields: ['body.firstEvent.decision', 'body.firstEvent.decision.number'], example: '1059/QĐ-TTg', width: 18 },
      ),
      column(
        'decisionDate',
        { vi: 'Ngày quyết định', en: 'Decision date' },
        DATE,
        { vi: DATE_NOTE, en: DATE_NOTE_EN },
        { fields: ['body.firstEvent.decision.date'], example: new Date(Date.UTC(1997, 10, 22)), width: 14 },
      ),
      column(
        'issuer',
        { vi: 'Cơ quan ban hành', en: 'Issued by' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.firstEvent.decision.issuer'], example: 'Thủ tướng Chính phủ', width: 20 },
      ),
      column(
        'note',
        { vi: 'Ghi chú', en: 'Note' },
        TEXT,
        { vi: 'Không bắt buộc, tối đa 1000 ký tự.', en: 'Optional, at most 1000 characters.' },
        { fields: ['body.firstEvent.note'], width: 24 },
      ),
    ],
  },
  needs: (main) => ({
    zones: main.some((r) => text(r, 'zone') !== null),
    enterprises: main.map((r) => text(r, 'developer')).filter((v): v is string => v !== null),
  }),
  async build(row, _attached, refs, report) {
    const kind = text(row, 'eventKind');
    const eventDate = text(row, 'eventDate');
    const decisionNo = text(row, 'decisionNo');
    const decision = decisionNo
      ? defined({ number: decisionNo, date: text(row, 'decisionDate'), issuer: text(row, 'issuer') })
      : undefined;
    const firstEvent = kind
      ? defined({
          kind,
          date: eventDate,
          decision,
          note: text(row, 'note'),
          ...(kind === 'planned' ? { approved: bool(row, 'approved') } : {}),
          ...(kind === 'established' ? { act: text(row, 'act'), area: text(row, 'area') } : {}),
        })
      : undefined;
    return {
      body: defined({
        code: text(row, 'code'),
        name: text(row, 'name'),
        kinds: list(row, 'kinds'),
        specialisedSector: text(row, 'sector'),
        parentZoneId: refOf(row, 'zone', report, refs.zone)?.id,
        adminUnitId: provinceOf(refs, row, 'province', eventDate, report),
        commune: text(row, 'commune'),
        developerEnterpriseId: refOf(row, 'developer', report, refs.enterprise)?.id,
        landLeaseTermYears: int(row, 'leaseYears'),
        lon: decimalNumber(row, 'lon'),
        lat: decimalNumber(row, 'lat'),
        firstEvent,
      }),
    };
  },
  write: ({ zones }, actor, body) => zones.createPark(actor, body as CreateParkBody),
};
