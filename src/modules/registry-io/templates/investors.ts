import { CreateInvestorBody } from '../../investment/contract';
import type { ImportDefinition } from '../definition';
import { INVESTOR_KIND_CHOICES } from '../vocabulary';
import { COUNTRIES, column, defined, PERCENT, refOf, TEXT, text } from './common';

/** Investors, as `POST /api/investors` takes them. */
export const investorsImport: ImportDefinition = {
  kind: 'investors',
  title: { vi: 'Nhà đầu tư', en: 'Investors' },
  fileName: 'mau-nhap-nha-dau-tu.xlsx',
  intro: [
    {
      vi:
        'Mỗi dòng là một nhà đầu tư (tổ chức hoặc cá nhân). Dự án nhận diện nhà đầu tư bằng mã định danh ' +
        '(mã số doanh nghiệp, số hộ chiếu, CCCD), hoặc bằng tên và quốc tịch nếu không có mã.',
      en:
        'One row per investor (organisation or individual). Projects name an investor by its identifier ' +
        '(enterprise code, passport or ID number), or by name and nationality when it has none.',
    },
    {
      vi:
        'Tỷ lệ sở hữu nước ngoài chỉ ghi cho tổ chức thành lập tại Việt Nam; chúng quyết định dự án là FDI hay ' +
        'trong nước theo Điều 23 khoản 1 Luật Đầu tư.',
      en:
        'The foreign shares apply to organisations established in Viet Nam only; they decide whether a project ' +
        'is FDI or domestic under Art. 23(1) of the Law on Investment.',
    },
  ],
  lists: ['countries'],
  scopeColumn: 'name',
  contract: CreateInvestorBody,
  main: {
    name: 'Nhà đầu tư',
    title: { vi: 'Nhà đầu tư', en: 'Investors' },
    columns: [
      column(
        'kind',
        { vi: 'Loại nhà đầu tư', en: 'Kind' },
        { type: 'choice', list: 'investorKinds', choices: INVESTOR_KIND_CHOICES },
        { vi: 'Tổ chức hoặc Cá nhân.', en: 'Organisation or Individual.' },
        { required: true, fields: ['body.kind'], example: 'Tổ chức', width: 14 },
      ),
      column(
        'name',
        { vi: 'Tên nhà đầu tư', en: 'Name' },
        TEXT,
        { vi: 'Tên đầy đủ, tối đa 300 ký tự.', en: 'Full name, at most 300 characters.' },
        { required: true, fields: ['body.name'], example: 'Samsung Electronics Co., Ltd.', width: 34 },
      ),
      column(
        'nationality',
        { vi: 'Quốc tịch, nơi thành lập', en: 'Nationality' },
        COUNTRIES,
        {
          vi: 'Quốc tịch của cá nhân hoặc nơi thành lập của tổ chức: mã ISO 2 chữ (KR, JP, VN…) hoặc chọn trong danh sách.',
          en: 'Nationality of a person or country of establishment of an organisation: ISO code (KR, JP, VN…) or from the list.',
        },
        { required: true, fields: ['body.nationality'], example: 'KR · Hàn Quốc', width: 22 },
      ),
      column(
        'foreignShare',
        { vi: 'Tỷ lệ sở hữu của NĐT nước ngoài (%)', en: 'Foreign-held share (%)' },
        PERCENT,
        {
          vi: 'Chỉ cho tổ chức thành lập tại Việt Nam: % vốn điều lệ do nhà đầu tư nước ngoài nắm giữ (0–100).',
          en: 'Organisations established in Viet Nam only: % of charter capital held by foreign investors (0–100).',
        },
        { fields: ['body.foreignShare'], width: 18 },
      ),
      column(
        'controlledShare',
        {
          vi: 'Tỷ lệ do tổ chức điểm a khoản 1 Điều 23 nắm giữ (%)',
          en: 'Share held by Art. 23(1)(a) organisations (%)',
        },
        PERCENT,
        {
          vi: 'Chỉ cho tổ chức thành lập tại Việt Nam: % vốn điều lệ do tổ chức kinh tế có vốn nước ngoài (điểm a) nắm giữ.',
          en: 'Organisations established in Viet Nam only: % held by foreign-invested organisations under point (a).',
        },
        { fields: ['body.controlledShare'], width: 22 },
      ),
      column(
        'identifier',
        { vi: 'Mã định danh (MSDN, hộ chiếu, CCCD)', en: 'Identifier' },
        TEXT,
        {
          vi: 'Mã số doanh nghiệp, số hộ chiếu hoặc căn cước; dùng để nhận diện nhà đầu tư khi nhập dự án.',
          en: 'Enterprise code, passport or ID number; used to name the investor when importing projects.',
        },
        { fields: ['body.identifier'], example: '1301110006246', width: 22 },
      ),
    ],
  },
  needs: () => ({}),
  async build(row, _attached, refs, report) {
    return {
      body: defined({
        kind: text(row, 'kind'),
        name: text(row, 'name'),
        nationality: refOf(row, 'nationality', report, refs.country),
        foreignShare: text(row, 'foreignShare'),
        controlledShare: text(row, 'controlledShare'),
        identifier: text(row, 'identifier'),
      }),
    };
  },
  write: ({ investment }, actor, body) => investment.createInvestor(actor, body as CreateInvestorBody),
};
