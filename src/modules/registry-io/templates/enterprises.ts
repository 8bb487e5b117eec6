import { CreateEnterpriseBody } from '../../investment/contract';
import type { ImportDefinition } from '../definition';
import { column, defined, list, PROVINCES, provinceOf, TAX_CODE, TEXT, text } from './common';

/** Enterprises, as `POST /api/enterprises` takes them. */
export const enterprisesImport: ImportDefinition = {
  kind: 'enterprises',
  title: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  fileName: 'mau-nhap-doanh-nghiep.xlsx',
  intro: [
    {
      vi: 'Mỗi dòng là một doanh nghiệp (tổ chức kinh tế), nhận diện bằng mã số thuế. Địa chỉ ghi theo đơn vị hành chính sau sắp xếp (từ 01/07/2025).',
      en: 'One row per enterprise, identified by its tax code. Addresses use the administrative units in force from 2025-07-01.',
    },
  ],
  lists: ['provinces'],
  scopeColumn: 'province',
  contract: CreateEnterpriseBody,
  main: {
    name: 'Doanh nghiệp',
    title: { vi: 'Doanh nghiệp', en: 'Enterprises' },
    columns: [
      column(
        'taxCode',
        { vi: 'Mã số thuế', en: 'Tax code' },
        TAX_CODE,
        {
          vi: '10 chữ số, hoặc 13 chữ số cho đơn vị phụ thuộc (0123456789-001). Nên định dạng ô là văn bản để giữ số 0 đầu.',
          en: '10 digits, or 13 for a dependent unit (0123456789-001). Format the cells as text to keep leading zeros.',
        },
        { required: true, fields: ['body.taxCode'], example: '0101234567', width: 16 },
      ),
      column(
        'nameVi',
        { vi: 'Tên doanh nghiệp (tiếng Việt)', en: 'Name (Vietnamese)' },
        TEXT,
        {
          vi: 'Tên theo Giấy chứng nhận đăng ký doanh nghiệp.',
          en: 'Name as on the enterprise registration certificate.',
        },
        { required: true, fields: ['body.nameVi'], example: 'Công ty TNHH Điện tử Đông Á', width: 36 },
      ),
      column(
        'nameForeign',
        { vi: 'Tên tiếng nước ngoài', en: 'Foreign name' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.nameForeign'], example: 'Dong A Electronics Co., Ltd', width: 30 },
      ),
      column(
        'address',
        { vi: 'Địa chỉ trụ sở', en: 'Head-office address' },
        TEXT,
        { vi: 'Số nhà, đường, thôn… (không bắt buộc).', en: 'Street address (optional).' },
        { fields: ['body.address'], example: 'Lô C5, KCN Thăng Long', width: 32 },
      ),
      column(
        'province',
        { vi: 'Tỉnh, thành phố', en: 'Province' },
        PROVINCES,
        {
          vi: 'Tỉnh, thành phố nơi đặt trụ sở (34 đơn vị từ 01/07/2025), chọn trong danh sách.',
          en: 'Province of the head office (34 units from 2025-07-01), from the list.',
        },
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
        'representative',
        { vi: 'Người đại diện theo pháp luật', en: 'Legal representative' },
        TEXT,
        { vi: 'Không bắt buộc.', en: 'Optional.' },
        { fields: ['body.legalRepresentative'], example: 'Nguyễn Văn Hải', width: 24 },
      ),
      column(
        'sectors',
        { vi: 'Ngành kinh tế (mã VSIC)', en: 'Sectors (VSIC codes)' },
        { type: 'codes' },
        {
          vi: 'Mã ngành VSIC 2018 (chữ cái A–U hoặc 2–5 chữ số), nhiều mã cách nhau bằng dấu chấm phẩy.',
          en: 'VSIC 2018 codes (a letter A–U or 2–5 digits), separated by semicolons.',
        },
        { fields: ['body.sectors'], example: '26100; 2640', width: 20 },
      ),
    ],
  },
  needs: () => ({}),
  async build(row, _attached, refs, report) {
    return {
      body: defined({
        taxCode: text(row, 'taxCode'),
        nameVi: text(row, 'nameVi'),
        nameForeign: text(row, 'nameForeign'),
        address: text(row, 'address'),
        adminUnitId: provinceOf(refs, row, 'province', null, report),
        commune: text(row, 'commune'),
        legalRepresentative: text(row, 'representative'),
        sectors: list(row, 'sectors'),
      }),
    };
  },
  write: ({ investment }, actor, body) => investment.createEnterprise(actor, body as CreateEnterpriseBody),
};
