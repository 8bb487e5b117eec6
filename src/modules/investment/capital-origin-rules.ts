/**
 * The rules that decide FDI vs DDI and the partner country, as data (docs/conventions.md "Rules are
 * data"). A change in the law is one more record with its own validity window; nothing in
 * capital-origin.ts or partner-country.ts hard-codes a threshold.
 *
 * Confidence tags follow /work/shared/domain: V verified against the text, S a secondary or
 * official paraphrase, M from memory or a secondary source on a neighbouring article, I inferred.
 */
import { AppError } from '../../kernel/errors';

export type Confidence = 'V' | 'S' | 'M' | 'U' | 'I';

/** Law on Investment Art. 23(1): when an economic organisation registered in Viet Nam invests as a foreign investor. */
export type ForeignControlRule = {
  id: string;
  lawVi: string;
  lawEn: string;
  legalBasis: string;
  /** Inclusive ISO dates. */
  effectiveFrom: string;
  effectiveTo: string | null;
  confidence: Confidence;
  source: string;
  /** Percentage of charter capital, decimal string. */
  thresholdPercent: string;
  /** false: "trên 50%" (strictly over); true: "từ 51% trở lên" (at least). */
  thresholdInclusive: boolean;
  /** Art. 23(1)(a), second limb: a partnership whose general partners are mostly foreign individuals. */
  partnershipForeignMajority: boolean;
  /**
   * Which holders add to foreign investors in points (b) and (c). The text names only organisations
   * "quy định tại điểm a", so a (b)- or (c)-organisation does not carry the status one level further
   * down; `transitive` is the wider reading some registration offices apply, kept as an option.
   */
  chain: 'point_a_only' | 'transitive';
  /**
   * When the investors of a project make it FDI. A foreign investor needs an IRC for its own project
   * whatever its share (Art. 22(1) and 37(1)(a) of the 2020 law), so any foreign investor or Art. 23(1)
   * organisation among the investors makes the project FDI; the alternative reads the project's
   * investors like the members of one company and applies the Art. 23(1) threshold to their total.
   */
  projectIsFdiWhen: 'any_foreign_investor' | 'foreign_share_over_threshold';
};

export const FOREIGN_CONTROL_RULES: readonly ForeignControlRule[] = [
  {
    // Before the 2005 law, foreign investment was licensed under its own law: a project had foreign
    // investors or it did not; a Vietnamese company was never itself a foreign investor.
    id: 'ldtnn1987-foreign-investor',
    lawVi: 'Luật Đầu tư nước ngoài tại Việt Nam 1987 (sửa đổi 1990, 1992; thay bằng Luật 1996, sửa đổi 2000)',
    lawEn: 'Law on Foreign Investment in Viet Nam 1987 (amended 1990, 1992; replaced 1996, amended 2000)',
    legalBasis: 'Điều 2 Luật Đầu tư nước ngoài tại Việt Nam 1996 (sửa đổi 2000) (hiệu lực đến 30/06/2006)',
    effectiveFrom: '1988-01-01',
    effectiveTo: '2006-06-30',
    confidence: 'I',
    source: 'https://thuvienphapluat.vn/van-ban/Dau-tu/Luat-Dau-tu-nuoc-ngoai-tai-Viet-Nam-1996-52-L-CTN-39895.aspx',
    // No Art. 23(1) equivalent: a share over 100% never happens, so Vietnamese organisations stay domestic.
    thresholdPercent: '100',
    thresholdInclusive: false,
    partnershipForeignMajority: false,
    chain: 'point_a_only',
    projectIsFdiWhen: 'any_foreign_investor',
  },
  {
    id: 'ldt2005-nd108-art56',
    lawVi: 'Luật Đầu tư số 59/2005/QH11 và Nghị định 108/2006/NĐ-CP',
    lawEn: 'Law on Investment No. 59/2005/QH11 and Decree 108/2006/ND-CP',
    legalBasis:
      'Điều 3 Luật Đầu tư số 59/2005/QH11; Điều 56 Nghị định 108/2006/NĐ-CP (doanh nghiệp có trên 49% vốn nước ngoài đầu tư như nhà đầu tư nước ngoài) (hiệu lực 01/07/2006 – 30/06/2015)',
    effectiveFrom: '2006-07-01',
    effectiveTo: '2015-06-30',
    confidence: 'M',
    source: 'https://thuvienphapluat.vn/van-ban/Dau-tu/Nghi-dinh-108-2006-ND-CP-huong-dan-Luat-Dau-tu-15166.aspx',
    thresholdPercent: '49',
    thresholdInclusive: false,
    partnershipForeignMajority: false,
    chain: 'point_a_only',
    projectIsFdiWhen: 'any_foreign_investor',
  },
  {
    id: 'loi2014-art23-1',
    lawVi: 'Luật Đầu tư số 67/2014/QH13',
    lawEn: 'Law on Investment No. 67/2014/QH13',
    legalBasis: 'Điều 3 và khoản 1 Điều 23 Luật Đầu tư số 67/2014/QH13 (hiệu lực 01/07/2015 – 31/12/2020)',
    effectiveFrom: '2015-07-01',
    effectiveTo: '2020-12-31',
    confidence: 'M',
    // The "51% or more" wording is confirmed for the neighbouring capital-contribution article only.
    source: 'https://bizhub.vn/investment-procedures-in-2014-regulation-modified-post12889.html',
    thresholdPercent: '51',
    thresholdInclusive: true,
    partnershipForeignMajority: true,
    chain: 'point_a_only',
    projectIsFdiWhen: 'any_foreign_investor',
  },
  {
    id: 'loi2020-art23-1',
    lawVi: 'Luật Đầu tư số 61/2020/QH14',
    lawEn: 'Law on Investment No. 61/2020/QH14',
    legalBasis: 'Điều 3 và khoản 1, khoản 2 Điều 23 Luật Đầu tư số 61/2020/QH14 (hiệu lực từ 01/01/2021)',
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    confidence: 'S',
    source: 'https://haiphongdpi.gov.vn/eng/i-conduct-of-investment-activities-by-foreign-invested-business-entities/',
    thresholdPercent: '50',
    thresholdInclusive: false,
    partnershipForeignMajority: true,
    chain: 'point_a_only',
    projectIsFdiWhen: 'any_foreign_investor',
  },
];

/**
 * Biểu 2114 rows are partner countries. Who the partner of a multi-country project is, is not
 * stated in the BA specification (it groups joint ventures instead, see `partnerGroup2114`), so the
 * "main partner" is an IZA convention [I] kept as data.
 */
export type PartnerRule = {
  id: string;
  legalBasis: string;
  /** Null: no dated edition is known; the record applies until one is entered. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  confidence: Confidence;
  /** Rank single investors, or add up the investors of each country first. */
  rankBy: 'investor' | 'country';
  /** Equal largest shares: the lowest ISO code, or the one listed first on the certificate. */
  tieBreak: 'lowest_country_code' | 'first_listed';
};

export const PARTNER_RULES: readonly PartnerRule[] = [
  {
    id: 'iza-main-partner-largest-investor',
    legalBasis:
      'Biểu 2114.H.QLKKT, cột "Đối tác đầu tư (quốc gia/vùng lãnh thổ)" (Thông tư 19/2022/TT-BKHĐT, Phụ lục V [S]); ' +
      'quy ước IZA: nhà đầu tư nước ngoài góp vốn lớn nhất, bằng nhau thì mã quốc gia nhỏ nhất',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'I',
    rankBy: 'investor',
    tieBreak: 'lowest_country_code',
  },
];

const inWindow = (date: string, from: string | null, to: string | null) =>
  (from === null || date >= from) && (to === null || date <= to);

/** The Art. 23(1) rule in force on `date`; none before the 2014 law (legacy licences carry their origin). */
export function foreignControlRuleOn(
  date: string,
  rules: readonly ForeignControlRule[] = FOREIGN_CONTROL_RULES,
): ForeignControlRule {
  const rule = rules.find((r) => inWindow(date, r.effectiveFrom, r.effectiveTo));
  if (!rule) {
    throw new AppError(
      'UNPROCESSABLE',
      `Chưa có quy tắc xác định vốn FDI/DDI áp dụng cho ngày ${date}; nguồn vốn của dự án cấp phép trước đó phải được ghi theo giấy phép.`,
      `No FDI/DDI rule applies on ${date}; the origin of a project licensed before then must be recorded from its licence.`,
    );
  }
  return rule;
}

export function partnerRuleOn(date: string, rules: readonly PartnerRule[] = PARTNER_RULES): PartnerRule {
  const rule = rules.find((r) => inWindow(date, r.effectiveFrom, r.effectiveTo));
  if (!rule) {
    throw new AppError(
      'UNPROCESSABLE',
      `Chưa có quy tắc xác định đối tác đầu tư áp dụng cho ngày ${date}.`,
      `No partner-country rule applies on ${date}.`,
    );
  }
  return rule;
}
