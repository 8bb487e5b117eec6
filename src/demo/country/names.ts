/**
 * Vietnamese and foreign names for the demo country: places, communes, people, companies, decision
 * numbers, and the business lines (VSIC 2018) projects are drawn from. Every place name is made up
 * from common syllables; provinces are the only real names (they come from the reference data).
 */
import type { Rng } from './random';

const SYLLABLES = [
  'An',
  'Bảo',
  'Bình',
  'Cẩm',
  'Châu',
  'Đại',
  'Điền',
  'Định',
  'Đông',
  'Đức',
  'Gia',
  'Hà',
  'Hải',
  'Hậu',
  'Hiệp',
  'Hòa',
  'Hoàng',
  'Hồng',
  'Hưng',
  'Hương',
  'Khánh',
  'Kim',
  'Lạc',
  'Lâm',
  'Long',
  'Lộc',
  'Lương',
  'Mai',
  'Minh',
  'Mỹ',
  'Nam',
  'Nghĩa',
  'Ngọc',
  'Nhân',
  'Phong',
  'Phú',
  'Phúc',
  'Phước',
  'Quang',
  'Quảng',
  'Quế',
  'Sơn',
  'Tam',
  'Tân',
  'Tây',
  'Thạch',
  'Thái',
  'Thanh',
  'Thành',
  'Thịnh',
  'Thuận',
  'Thủy',
  'Tiên',
  'Tiến',
  'Trung',
  'Trường',
  'Tường',
  'Vân',
  'Việt',
  'Vĩnh',
  'Xuân',
  'Yên',
] as const;

/** Two distinct syllables: "Phú Lộc", "Tân Hưng". */
export function placeName(rng: Rng): string {
  const a = rng.pick(SYLLABLES);
  let b = rng.pick(SYLLABLES);
  while (b === a) b = rng.pick(SYLLABLES);
  return `${a} ${b}`;
}

/** Since 2025-07-01 a commune is a "xã", a "phường" (urban) or a "đặc khu"; the demo uses the first two. */
export const communeName = (rng: Rng, urban: boolean): string => `${urban ? 'Phường' : 'Xã'} ${placeName(rng)}`;

const VN_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
];
const VN_FAMILY_WEIGHTS = [38, 11, 9.5, 7, 5, 5, 4.5, 4, 4, 2, 2, 1.5, 1.3, 1.3];
const VN_MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Hữu', 'Thu', 'Xuân', 'Hoàng', 'Anh'];
const VN_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hùng',
  'Hương',
  'Khoa',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];

export const vietnamesePerson = (rng: Rng): string =>
  `${VN_FAMILY[rng.weighted(VN_FAMILY_WEIGHTS)]} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`;

type Style = 'kr' | 'jp' | 'cn' | 'tw' | 'th' | 'my' | 'intl';

const STYLE_OF: Record<string, Style> = { KR: 'kr', JP: 'jp', CN: 'cn', HK: 'cn', TW: 'tw', TH: 'th', MY: 'my' };
const styleOf = (country: string): Style => STYLE_OF[country] ?? 'intl';

const PEOPLE: Record<Style, [readonly string[], readonly string[]]> = {
  kr: [
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
    ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Hyun-woo', 'Su-bin', 'Dong-hyun'],
  ],
  jp: [
    ['Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto'],
    ['Hiroshi', 'Takeshi', 'Yuki', 'Kenji', 'Akira', 'Naoko'],
  ],
  cn: [
    ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Huang', 'Zhou'],
    ['Wei', 'Jian', 'Lei', 'Fang', 'Ming', 'Hui'],
  ],
  tw: [
    ['Chen', 'Lin', 'Huang', 'Chang', 'Lee', 'Wang', 'Wu'],
    ['Chih-ming', 'Shu-fen', 'Chia-hao', 'Yi-ting', 'Kuan-yu'],
  ],
  th: [
    ['Saetang', 'Srisuk', 'Wongsa', 'Chaiyaporn', 'Rattana'],
    ['Somchai', 'Niran', 'Kanya', 'Anan', 'Pranee'],
  ],
  my: [
    ['Abdullah', 'Lim', 'Tan', 'Rahman', 'Wong'],
    ['Ahmad', 'Siti', 'Kok Wai', 'Farid', 'Mei Ling'],
  ],
  intl: [
    ['Smith', 'Müller', 'de Vries', 'Johnson', 'Martin', 'Brown', 'Tan'],
    ['John', 'Anna', 'Peter', 'Sarah', 'Michael', 'David'],
  ],
};

/** A legal representative of the investor's country, family name as that country writes it. */
export function foreignPerson(rng: Rng, country: string): string {
  const style = styleOf(country);
  const [family, given] = PEOPLE[style];
  return style === 'intl' || style === 'th' || style === 'my'
    ? `${rng.pick(given)} ${rng.pick(family)}`
    : `${rng.pick(family)} ${rng.pick(given)}`;
}

const BRAND_PARTS: Record<Exclude<Style, 'intl'>, [readonly string[], readonly string[]]> = {
  kr: [
    ['Han', 'Dae', 'Sung', 'Woo', 'Jin', 'Hyun', 'Kwang', 'Seo', 'Dong', 'Myung', 'Sam', 'Hwa'],
    ['sung', 'won', 'il', 'jin', 'kwang', 'yang', 'dong', 'shin', 'a', 'hwa'],
  ],
  jp: [
    ['Yama', 'Kawa', 'Taka', 'Naka', 'Mitsu', 'Fuji', 'Kyo', 'Tomo', 'Hira', 'Oka', 'Shima', 'Mori'],
    ['da', 'moto', 'shita', 'hara', 'zawa', 'kawa', 'no', 'mura', 'ta', 'ki'],
  ],
  cn: [
    ['Hua', 'Xin', 'Jin', 'Long', 'Sheng', 'Tian', 'Hong', 'Da', 'Heng', 'Rui', 'Bo', 'Kai'],
    ['xin', 'tai', 'feng', 'yuan', 'da', 'sheng', 'hua', 'li', 'cheng', 'xing'],
  ],
  tw: [
    ['Fu', 'Yu', 'Hsin', 'Chien', 'Kuo', 'Tai', 'Chang', 'Wei', 'Ming', 'Chia'],
    ['hong', 'tai', 'lung', 'sheng', 'yi', 'feng', 'hua', 'chang'],
  ],
  th: [
    ['Siam', 'Chai', 'Thai', 'Sri', 'Boon', 'Krung', 'Suk', 'Rat'],
    ['wattana', 'charoen', 'thong', 'porn', 'sak', 'chai'],
  ],
  my: [
    ['Sinar', 'Jaya', 'Maju', 'Mega', 'Perdana', 'Bumi', 'Setia', 'Tekno'],
    ['', ' Jaya', ' Maju', ' Utama', ' Makmur'],
  ],
};
const INTL_WORDS: [readonly string[], readonly string[]] = [
  [
    'Pacific',
    'Meridian',
    'Summit',
    'Atlas',
    'Harbour',
    'Evergreen',
    'Crescent',
    'Pioneer',
    'Northstar',
    'Bluewater',
    'Keystone',
    'Horizon',
    'Zenith',
    'Silverline',
  ],
  ['Industries', 'Manufacturing', 'Components', 'Materials', 'Solutions', 'Precision', 'Technologies'],
];
const LINE_WORDS: Record<Exclude<Style, 'intl'>, readonly string[]> = {
  kr: ['Tech', 'Electronics', 'Precision', 'Industrial', 'Chemical', 'Textile', 'Materials'],
  jp: ['Seiki', 'Kogyo', 'Denki', 'Kasei', 'Precision', 'Electric', 'Seisakusho'],
  cn: ['Technology', 'Industrial', 'New Material', 'Electronics', 'Textile', 'Machinery'],
  tw: ['Industrial', 'Precision', 'Enterprise', 'Plastics', 'Footwear', 'Electronics'],
  th: ['Industry', 'Packaging', 'Foods', 'Steel', 'Plastic'],
  my: ['Teknik', 'Industri', 'Plastik', 'Elektrik'],
};
const LEGAL_FORM: Record<string, string> = {
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

/** A foreign company: its brand (reused in the names of its Vietnamese subsidiaries) and legal name. */
export function foreignCompany(rng: Rng, country: string): { brand: string; name: string } {
  const style = styleOf(country);
  let brand: string;
  if (style === 'intl') brand = `${rng.pick(INTL_WORDS[0])} ${rng.pick(INTL_WORDS[1])}`;
  else {
    const [a, b] = BRAND_PARTS[style];
    brand = `${rng.pick(a)}${rng.pick(b)} ${rng.pick(LINE_WORDS[style])}`;
  }
  return { brand, name: `${brand} ${LEGAL_FORM[country] ?? 'Co., Ltd.'}` };
}

/** The subsidiary in Viet Nam: Korean firms favour "Vina", others "Vietnam". */
export function vietnamSubsidiary(brand: string, country: string): { nameVi: string; nameForeign: string } {
  const vina = country === 'KR' || country === 'TW';
  return {
    nameVi: `Công ty TNHH ${brand} ${vina ? 'Vina' : 'Việt Nam'}`,
    nameForeign: `${brand} ${vina ? 'Vina' : 'Vietnam'} Co., Ltd`,
  };
}

/** A Vietnamese company: "Công ty Cổ phần Nhựa Tân Phú", "Công ty TNHH Cơ khí Hưng Thịnh". */
export function vietnameseCompany(rng: Rng, activity: string): string {
  const form = rng.pick(['Công ty TNHH', 'Công ty TNHH', 'Công ty Cổ phần', 'Công ty Cổ phần', 'Công ty TNHH MTV']);
  return `${form} ${activity} ${placeName(rng)}`;
}

export type Authority = 'TTg' | 'UBND' | 'BQL';
export const AUTHORITY_NAMES: Record<Authority, string> = {
  TTg: 'Thủ tướng Chính phủ',
  UBND: 'Ủy ban nhân dân tỉnh',
  BQL: 'Ban Quản lý các KCN, KKT',
};

/** "1234/QĐ-TTg", "56/QĐ-UBND", "789/QĐ-BQL". */
export const decisionNumber = (rng: Rng, authority: Authority): string =>
  `${rng.int(authority === 'TTg' ? 50 : 10, authority === 'TTg' ? 2400 : 4800)}/QĐ-${authority}`;

export interface Sector {
  vsic: string;
  /** The word in a company name: "Công ty TNHH Cơ khí …". */
  activity: string;
  /** What the factory makes: "Nhà máy sản xuất …". */
  product: string;
  /** Relative frequency among FDI and domestic projects in parks. */
  fdi: number;
  ddi: number;
}

export const SECTORS: readonly Sector[] = [
  { vsic: '2610', activity: 'Điện tử', product: 'linh kiện điện tử', fdi: 12, ddi: 2 },
  { vsic: '2630', activity: 'Viễn thông', product: 'thiết bị truyền thông', fdi: 4, ddi: 1 },
  { vsic: '2732', activity: 'Dây cáp điện', product: 'dây và cáp điện', fdi: 4, ddi: 3 },
  { vsic: '2750', activity: 'Điện gia dụng', product: 'đồ điện dân dụng', fdi: 4, ddi: 2 },
  { vsic: '1410', activity: 'May mặc', product: 'hàng may mặc', fdi: 9, ddi: 6 },
  { vsic: '1520', activity: 'Giày da', product: 'giày dép', fdi: 5, ddi: 2 },
  { vsic: '1311', activity: 'Sợi', product: 'sợi và vải', fdi: 4, ddi: 2 },
  { vsic: '2220', activity: 'Nhựa', product: 'sản phẩm nhựa', fdi: 8, ddi: 7 },
  { vsic: '2930', activity: 'Phụ tùng ô tô', product: 'phụ tùng ô tô, xe máy', fdi: 6, ddi: 2 },
  { vsic: '2592', activity: 'Cơ khí', product: 'gia công cơ khí chính xác', fdi: 8, ddi: 9 },
  { vsic: '2511', activity: 'Kết cấu thép', product: 'cấu kiện kim loại', fdi: 3, ddi: 6 },
  { vsic: '2410', activity: 'Thép', product: 'thép', fdi: 1, ddi: 3 },
  { vsic: '2013', activity: 'Hóa chất', product: 'hóa chất và hạt nhựa nguyên sinh', fdi: 3, ddi: 3 },
  { vsic: '2100', activity: 'Dược phẩm', product: 'thuốc và dược phẩm', fdi: 2, ddi: 4 },
  { vsic: '1079', activity: 'Thực phẩm', product: 'thực phẩm chế biến', fdi: 3, ddi: 9 },
  { vsic: '1080', activity: 'Thức ăn chăn nuôi', product: 'thức ăn chăn nuôi', fdi: 2, ddi: 5 },
  { vsic: '1702', activity: 'Bao bì', product: 'bao bì giấy', fdi: 3, ddi: 6 },
  { vsic: '3100', activity: 'Nội thất', product: 'đồ gỗ nội thất', fdi: 4, ddi: 6 },
  { vsic: '2395', activity: 'Vật liệu xây dựng', product: 'bê tông và vật liệu xây dựng', fdi: 1, ddi: 8 },
  { vsic: '5210', activity: 'Logistics', product: 'kho bãi và dịch vụ logistics', fdi: 4, ddi: 7 },
  { vsic: '3290', activity: 'Sản xuất Thương mại', product: 'hàng tiêu dùng', fdi: 5, ddi: 8 },
];

export const SECTOR_WEIGHTS = {
  FDI: SECTORS.map((s) => s.fdi),
  DDI: SECTORS.map((s) => s.ddi),
} as const;

/** VSIC 6810: building and leasing the park's infrastructure. */
export const INFRASTRUCTURE_SECTOR = {
  vsic: '6810',
  objective: 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp',
} as const;

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
