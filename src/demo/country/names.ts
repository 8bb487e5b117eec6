/**
 * Vietnamese and foreign names for the demo country: places, communes, people, companies and
 * decision numbers. Every place name is made up from common syllables; provinces are the only real
 * names (they come from the reference data). Foreign brands are made up the same way per country.
 */
import type { Rng } from './random';

/** Words of a space-separated list. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const SYLLABLES = words(`
  An Bảo Bình Cẩm Châu Đại Điền Định Đông Đức Gia Hà Hải Hậu Hiệp Hòa Hoàng Hồng Hưng Hương Khánh Kim Lạc Lâm
  Long Lộc Lương Mai Minh Mỹ Nam Nghĩa Ngọc Nhân Phong Phú Phúc Phước Quang Quảng Quế Sơn Tam Tân Tây Thạch Thái
  Thanh Thành Thịnh Thuận Thủy Tiên Tiến Trung Trường Tường Vân Việt Vĩnh Xuân Yên`);

/** Two distinct syllables: "Phú Lộc", "Tân Hưng". */
export function placeName(rng: Rng): string {
  const a = rng.pick(SYLLABLES);
  let b = rng.pick(SYLLABLES);
  while (b === a) b = rng.pick(SYLLABLES);
  return `${a} ${b}`;
}

/** Since 2025-07-01 a commune is a "xã", a "phường" (urban) or a "đặc khu"; the demo uses the first two. */
export const communeName = (rng: Rng, urban: boolean): string => `${urban ? 'Phường' : 'Xã'} ${placeName(rng)}`;

const VN_FAMILY = words('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô');
const VN_FAMILY_WEIGHTS = [38, 11, 9.5, 7, 5, 5, 4.5, 4, 4, 2, 2, 1.5, 1.3, 1.3];
const VN_MIDDLE = words('Văn Thị Đức Minh Quốc Thanh Ngọc Hữu Thu Xuân Hoàng Anh');
const VN_GIVEN = words(`
  An Bình Cường Dũng Giang Hà Hải Hạnh Hiếu Hùng Hương Khoa Lan Linh Long Mai Nam Nga Phong Quân Sơn Tâm Thảo
  Trang Tuấn Việt Yến`);

export const vietnamesePerson = (rng: Rng): string =>
  `${VN_FAMILY[rng.weighted(VN_FAMILY_WEIGHTS)]} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`;

type Style = 'kr' | 'jp' | 'cn' | 'tw' | 'th' | 'my' | 'intl';

const STYLE_OF: Readonly<Record<string, Style>> = {
  KR: 'kr',
  JP: 'jp',
  CN: 'cn',
  HK: 'cn',
  TW: 'tw',
  TH: 'th',
  MY: 'my',
};
const styleOf = (country: string): Style => STYLE_OF[country] ?? 'intl';

/** Family names, then given names (written given-name first for the styles that do so). */
const PEOPLE: Record<Style, readonly [readonly string[], readonly string[]]> = {
  kr: [words('Kim Lee Park Choi Jung Kang Cho Yoon'), words('Min-jun Seo-yeon Ji-hoon Hyun-woo Su-bin Dong-hyun')],
  jp: [words('Tanaka Suzuki Sato Takahashi Watanabe Ito Yamamoto'), words('Hiroshi Takeshi Yuki Kenji Akira Naoko')],
  cn: [words('Wang Li Zhang Chen Liu Huang Zhou'), words('Wei Jian Lei Fang Ming Hui')],
  tw: [words('Chen Lin Huang Chang Lee Wang Wu'), words('Chih-ming Shu-fen Chia-hao Yi-ting Kuan-yu')],
  th: [words('Saetang Srisuk Wongsa Chaiyaporn Rattana'), words('Somchai Niran Kanya Anan Pranee')],
  my: [words('Abdullah Lim Tan Rahman Wong'), words('Ahmad Siti Farid Aisyah Hakim')],
  intl: [words('Smith Müller Johnson Martin Brown Jansen Rossi'), words('John Anna Peter Sarah Michael David')],
};

/** A legal representative of the investor's country, names in that country's order. */
export function foreignPerson(rng: Rng, country: string): string {
  const style = styleOf(country);
  const [family, given] = PEOPLE[style];
  return style === 'intl' || style === 'th' || style === 'my'
    ? `${rng.pick(given)} ${rng.pick(family)}`
    : `${rng.pick(family)} ${rng.pick(given)}`;
}

/** Brand = first part + second part + a business word: "Hansung Precision", "Yamamoto Seiki". */
const BRANDS: Record<Exclude<Style, 'intl'>, readonly [readonly string[], readonly string[], readonly string[]]> = {
  kr: [
    words('Han Dae Sung Woo Jin Hyun Kwang Seo Dong Myung Sam Hwa'),
    words('sung won il jin kwang yang dong shin a hwa'),
    words('Tech Electronics Precision Industrial Chemical Textile Materials'),
  ],
  jp: [
    words('Yama Kawa Taka Naka Mitsu Fuji Kyo Tomo Hira Oka Shima Mori'),
    words('da moto shita hara zawa kawa no mura ta ki'),
    words('Seiki Kogyo Denki Kasei Precision Electric Seisakusho'),
  ],
  cn: [
    words('Hua Xin Jin Long Sheng Tian Hong Da Heng Rui Bo Kai'),
    words('xin tai feng yuan da sheng hua li cheng xing'),
    words('Technology Industrial Electronics Textile Machinery'),
  ],
  tw: [
    words('Fu Yu Hsin Chien Kuo Tai Chang Wei Ming Chia'),
    words('hong tai lung sheng yi feng hua chang'),
    words('Industrial Precision Enterprise Plastics Footwear Electronics'),
  ],
  th: [
    words('Siam Chai Thai Sri Boon Krung Suk Rat'),
    words('wattana charoen thong porn sak chai'),
    words('Industry Packaging Foods Steel'),
  ],
  my: [
    words('Sinar Jaya Maju Mega Perdana Bumi Setia Tekno'),
    words('ria mas jaya'),
    words('Teknik Industri Plastik Elektrik'),
  ],
};
const INTL_BRANDS: readonly [readonly string[], readonly string[], readonly string[]] = [
  words('Pacific Meridian Summit Atlas Harbour Evergreen Crescent Pioneer Northstar Bluewater Keystone Horizon Zenith'),
  words('Bay Rock Star Field Bridge Point Gate Peak Ridge Stone Wood'),
  words('Industries Manufacturing Components Materials Solutions Precision Technologies'),
];
const LEGAL_FORM: Readonly<Record<string, string>> = {
  SG: 'Pte. Ltd.',
  HK: 'Limited',
  VG: 'Holdings Ltd.',
  KY: 'Ltd.',
  WS: 'Ltd.',
  SC: 'Ltd.',
  US: 'Inc.',
  CA: 'Inc.',
  NL: 'B.V.',
  DE: 'GmbH',
  FR: 'SAS',
  GB: 'Ltd',
  AU: 'Pty Ltd',
  IT: 'S.r.l.',
  CH: 'AG',
  IN: 'Pvt. Ltd.',
  MY: 'Sdn. Bhd.',
  TW: 'Corp.',
  BE: 'NV',
  PH: 'Inc.',
};

/** A foreign company: its brand (reused by its Vietnamese subsidiaries) and its legal name. */
export function foreignCompany(rng: Rng, country: string): { brand: string; name: string } {
  const style = styleOf(country);
  let brand: string;
  if (style === 'intl') {
    const [a, b, line] = INTL_BRANDS;
    brand = `${rng.pick(a)} ${rng.pick(b)} ${rng.pick(line)}`;
  } else {
    const [a, b, line] = BRANDS[style];
    brand = `${rng.pick(a)}${rng.pick(b)} ${rng.pick(line)}`;
  }
  return { brand, name: `${brand} ${LEGAL_FORM[country] ?? 'Co., Ltd.'}` };
}

/**
 * The subsidiary in Viet Nam: Korean and Taiwanese firms favour "Vina", others "Vietnam"; an
 * investor with plants in several provinces often names each after its province ("… Vina Bắc Ninh").
 */
export function vietnamSubsidiary(
  brand: string,
  country: string,
  province: string | null,
): { nameVi: string; nameForeign: string } {
  const vina = country === 'KR' || country === 'TW';
  const where = province === null ? '' : ` ${province}`;
  return {
    nameVi: `Công ty TNHH ${brand} ${vina ? 'Vina' : 'Việt Nam'}${where}`,
    nameForeign: `${brand} ${vina ? 'Vina' : 'Vietnam'}${where} Co., Ltd`,
  };
}

const VN_FORMS = ['Công ty TNHH', 'Công ty TNHH', 'Công ty Cổ phần', 'Công ty Cổ phần', 'Công ty TNHH MTV'];

/** A Vietnamese company: "Công ty Cổ phần Nhựa Tân Phú", "Công ty TNHH Cơ khí Hưng Thịnh". */
export const vietnameseCompany = (rng: Rng, activity: string): string =>
  `${rng.pick(VN_FORMS)} ${activity} ${placeName(rng)}`;

export type Authority = 'TTg' | 'UBND' | 'BQL';

/** "1234/QĐ-TTg", "56/QĐ-UBND", "789/QĐ-BQL"; notices ending a project are "TB". */
export const decisionNumber = (rng: Rng, authority: Authority, kind: 'QĐ' | 'TB' = 'QĐ'): string =>
  `${rng.int(authority === 'TTg' ? 50 : 10, authority === 'TTg' ? 2400 : 4800)}/${kind}-${authority}`;

const ROMAN = ['', ' II', ' III', ' IV', ' V'];

/** A name not in `taken`: a fresh place, or the same place with II, III… as real parks are named. */
export function uniqueName(rng: Rng, taken: Set<string>, make: (place: string) => string): string {
  for (let attempt = 0; ; attempt++) {
    const place = placeName(rng);
    const suffixes = attempt < 20 ? ROMAN.slice(0, 1) : attempt < 200 ? ROMAN : [` ${attempt}`];
    for (const suffix of suffixes) {
      const name = make(`${place}${suffix}`);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }
}

export const PRIME_MINISTER = 'Thủ tướng Chính phủ';

/** Who signs: the Prime Minister, the provincial People's Committee, or the zones management board. */
export function issuerName(authority: Authority, province: { name: string; shortName: string }): string {
  if (authority === 'TTg') return PRIME_MINISTER;
  if (authority === 'BQL') return `Ban Quản lý các KCN ${province.shortName}`;
  return `Ủy ban nhân dân ${province.name.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`;
}
