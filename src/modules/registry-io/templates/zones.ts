import { CreateZoneBody } from '../../zones/contract';
import type { ImportDefinition } from '../definition';
import { KKT_TYPE_CHOICES } from '../vocabulary';
import {
  AREA,
  AREA_NOTE,
  AREA_NOTE_EN,
  column,
  DATE,
  DATE_NOTE,
  DATE_NOTE_EN,
  defined,
  PROVINCES,
  provinceNote,
  provinceOf,
  TEXT,
  text,
} from './common';

/** Economic zones (KKT): one row per zone, as `POST /api/zones` takes it. */
export const zonesImport: ImportDefinition = {
  kind: 'zones',
  title: { vi: 'Khu kinh tế (KKT)', en: 'Economic zones (KKT)' },
  fileName: 'mau-nhap-khu-kinh-te.xlsx',
  intro: [
    {
      vi: 'Mỗi dòng là một khu kinh tế. Diện tích các khu chức năng được ghi sau, trên trang của từng khu kinh tế.',
      en: 'One row per economic zone. Functional-area figures are recorded later, on each zone’s page.',
    },
  ],
  lists: ['provinces'],
  scopeColumn: 'province',
  contract: CreateZoneBody,
  main: {
    name: 'Khu kinh tế',
    title: { vi: 'Khu kinh tế', en: 'Economic zones' },
    columns: [
      column(
        'code',
        { vi: 'Mã KKT', en: 'Zone code' },
        TEXT,
        {
          vi: 'Mã do Ban Quản lý đặt, duy nhất, không có khoảng trắng (chữ, số, . _ - /).',
          en: 'Code chosen by the Board, unique, no spaces (letters, digits, . _ - /).',
        },
        { required: true, fields: ['body.code'], example: 'KKT-QN-VD', width: 16 },
      ),
      column(
        'name',
        { vi: 'Tên khu kinh tế', en: 'Name' },
        TEXT,
        { vi: 'Tên đầy đủ, tối đa 300 ký tự.', en: 'Full name, at most 300 characters.' },
        { required: true, fields: ['body.name'], example: 'Khu kinh tế Vân Đồn', width: 34 },
      ),
      column(
        'type',
        { vi: 'Loại KKT', en: 'Type' },
        { type: 'choice', list: 'kktTypes', choices: KKT_TYPE_CHOICES },
        {
          vi: 'Ven biển, cửa khẩu hoặc chuyên biệt (Nghị định 35/2022, Điều 14).',
          en: 'Coastal, border-gate or specialised (Decree 35/2022 Art. 14).',
        },
        { required: true, fields: ['body.type'], example: 'Khu kinh tế ven biển', width: 26 },
      ),
      column(
        'province',
        { vi: 'Tỉnh, thành phố', en: 'Province' },
        PROVINCES,
        provinceNote({ vi: 'ngày quyết định thành lập', en: 'establishment decision date' }),
        { required: true, fields: ['body.adminUnitId'], example: '22 · Tỉnh Quảng Ninh', width: 28 },
      ),
      column(
        'commune',
        { vi: 'Xã, phường, đặc khu', en: 'Commune' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.commune'], example: 'Đặc khu Vân Đồn', width: 22 },
      ),
      column(
        'decisionNo',
        { vi: 'Số quyết định thành lập', en: 'Establishment decision no.' },
        TEXT,
        { vi: 'Số, ký hiệu văn bản.', en: 'Number and symbol of the decision.' },
        { fields: ['body.decisionNo'], example: '1296/QĐ-TTg', width: 20 },
      ),
      column(
        'decisionDate',
        { vi: 'Ngày quyết định thành lập', en: 'Establishment decision date' },
        DATE,
        { vi: DATE_NOTE, en: DATE_NOTE_EN },
        { fields: ['body.decisionDate'], example: new Date(Date.UTC(2007, 7, 3)), width: 16 },
      ),
      column(
        'decisionAuthority',
        { vi: 'Cơ quan quyết định', en: 'Decided by' },
        TEXT,
        { vi: 'Ví dụ: Thủ tướng Chính phủ.', en: 'E.g. the Prime Minister.' },
        { fields: ['body.decisionAuthority'], example: 'Thủ tướng Chính phủ', width: 22 },
      ),
      column(
        'generalPlanDecisionNo',
        { vi: 'Số QĐ phê duyệt quy hoạch chung', en: 'General-plan decision no.' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.generalPlanDecisionNo'], example: '1353/QĐ-TTg', width: 20 },
      ),
      column(
        'generalPlanDecisionDate',
        { vi: 'Ngày QĐ quy hoạch chung', en: 'General-plan decision date' },
        DATE,
        { vi: DATE_NOTE, en: DATE_NOTE_EN },
        { fields: ['body.generalPlanDecisionDate'], example: new Date(Date.UTC(2020, 8, 25)), width: 16 },
      ),
      column(
        'landHa',
        { vi: 'Diện tích đất (ha)', en: 'Land area (ha)' },
        AREA,
        {
          vi: `Diện tích đất theo quyết định thành lập. ${AREA_NOTE}`,
          en: `Land area as established. ${AREA_NOTE_EN}`,
        },
        { fields: ['body.establishedLandHa'], example: 55_133.5, width: 16 },
      ),
      column(
        'waterHa',
        { vi: 'Diện tích mặt nước (ha)', en: 'Water area (ha)' },
        AREA,
        { vi: `Diện tích mặt nước. ${AREA_NOTE}`, en: `Water area. ${AREA_NOTE_EN}` },
        { fields: ['body.establishedWaterHa'], example: 162_000, width: 16 },
      ),
    ],
  },
  needs: () => ({}),
  async build(row, _attached, refs, report) {
    const decisionDate = text(row, 'decisionDate');
    return {
      body: defined({
        code: text(row, 'code'),
        name: text(row, 'name'),
        type: text(row, 'type'),
        adminUnitId: provinceOf(refs, row, 'province', decisionDate, report),
        commune: text(row, 'commune'),
        decisionNo: text(row, 'decisionNo'),
        decisionDate,
        decisionAuthority: text(row, 'decisionAuthority'),
        generalPlanDecisionNo: text(row, 'generalPlanDecisionNo'),
        generalPlanDecisionDate: text(row, 'generalPlanDecisionDate'),
        establishedLandHa: text(row, 'landHa'),
        establishedWaterHa: text(row, 'waterHa'),
      }),
    };
  },
  write: ({ zones }, actor, body) => zones.createZone(actor, body as CreateZoneBody),
};
