/**
 * The business lines (VSIC 2018, 4 digits) the demo's projects are drawn from, weighted differently
 * for foreign and domestic investors (electronics and garments lead FDI; food, building materials
 * and engineering lead domestic projects).
 */
import type { CapitalOriginKind } from '../../modules/investment/capital-origin';

export interface Sector {
  vsic: string;
  /** The word in a company name: "Công ty TNHH Cơ khí …". */
  activity: string;
  /** What the project makes or does: "sản xuất linh kiện điện tử". */
  objective: string;
  /** "Dự án <facility> …". */
  facility: 'nhà máy' | 'trung tâm';
  product: string;
  /** Relative frequency among FDI and domestic projects in parks. */
  fdi: number;
  ddi: number;
}

type Row = [vsic: string, activity: string, product: string, fdi: number, ddi: number];

const ROWS: readonly Row[] = [
  ['2610', 'Điện tử', 'linh kiện điện tử', 12, 2],
  ['2630', 'Viễn thông', 'thiết bị truyền thông', 4, 1],
  ['2732', 'Dây cáp điện', 'dây và cáp điện', 4, 3],
  ['2750', 'Điện gia dụng', 'đồ điện dân dụng', 4, 2],
  ['1410', 'May mặc', 'hàng may mặc', 9, 6],
  ['1520', 'Giày da', 'giày dép', 5, 2],
  ['1311', 'Sợi', 'sợi và vải', 4, 2],
  ['2220', 'Nhựa', 'sản phẩm nhựa', 8, 7],
  ['2930', 'Phụ tùng ô tô', 'phụ tùng ô tô, xe máy', 6, 2],
  ['2592', 'Cơ khí', 'sản phẩm cơ khí chính xác', 8, 9],
  ['2511', 'Kết cấu thép', 'cấu kiện kim loại', 3, 6],
  ['2410', 'Thép', 'thép', 1, 3],
  ['2013', 'Hóa chất', 'hạt nhựa nguyên sinh', 3, 3],
  ['2100', 'Dược phẩm', 'thuốc và dược phẩm', 2, 4],
  ['1079', 'Thực phẩm', 'thực phẩm chế biến', 3, 9],
  ['1080', 'Thức ăn chăn nuôi', 'thức ăn chăn nuôi', 2, 5],
  ['1702', 'Bao bì', 'bao bì giấy', 3, 6],
  ['3100', 'Nội thất', 'đồ gỗ nội thất', 4, 6],
  ['2395', 'Vật liệu xây dựng', 'bê tông và vật liệu xây dựng', 1, 8],
  ['5210', 'Logistics', 'kho bãi và dịch vụ logistics', 4, 7],
  ['3290', 'Sản xuất Thương mại', 'hàng tiêu dùng', 5, 8],
];

export const SECTORS: readonly Sector[] = ROWS.map(([vsic, activity, product, fdi, ddi]) => {
  const services = vsic === '5210';
  return {
    vsic,
    activity,
    product,
    objective: services ? `Kinh doanh ${product}` : `Sản xuất ${product}`,
    facility: services ? 'trung tâm' : 'nhà máy',
    fdi,
    ddi,
  };
});

export const SECTOR_WEIGHTS: Readonly<Record<CapitalOriginKind, readonly number[]>> = {
  FDI: SECTORS.map((s) => s.fdi),
  DDI: SECTORS.map((s) => s.ddi),
};

export function drawSector(rng: { weighted(w: readonly number[]): number }, origin: CapitalOriginKind): Sector {
  const sector = SECTORS[rng.weighted(SECTOR_WEIGHTS[origin])];
  if (!sector) throw new RangeError('no sector');
  return sector;
}

/** VSIC 6810: building and leasing a park's infrastructure. */
export const INFRASTRUCTURE_SECTOR = {
  vsic: '6810',
  objective: 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp',
} as const;
