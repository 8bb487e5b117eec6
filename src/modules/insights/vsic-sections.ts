/**
 * Names for grouping projects by their main business line: VSIC 2018 (Quyết định 27/2018/QĐ-TTg)
 * divisions of manufacturing (section C, where most park projects fall) by their own name, every
 * other division by its section's name. Keyed by the first two digits of a project's first sector.
 */
const SECTIONS: readonly [letter: string, from: number, to: number, name: string][] = [
  ['A', 1, 3, 'Nông nghiệp, lâm nghiệp và thủy sản'],
  ['B', 5, 9, 'Khai khoáng'],
  ['C', 10, 33, 'Công nghiệp chế biến, chế tạo'],
  ['D', 35, 35, 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí'],
  ['E', 36, 39, 'Cung cấp nước; quản lý và xử lý rác thải, nước thải'],
  ['F', 41, 43, 'Xây dựng'],
  ['G', 45, 47, 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy'],
  ['H', 49, 53, 'Vận tải kho bãi'],
  ['I', 55, 56, 'Dịch vụ lưu trú và ăn uống'],
  ['J', 58, 63, 'Thông tin và truyền thông'],
  ['K', 64, 66, 'Hoạt động tài chính, ngân hàng và bảo hiểm'],
  ['L', 68, 68, 'Hoạt động kinh doanh bất động sản'],
  ['M', 69, 75, 'Hoạt động chuyên môn, khoa học và công nghệ'],
  ['N', 77, 82, 'Hoạt động hành chính và dịch vụ hỗ trợ'],
  ['O', 84, 84, 'Quản lý nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc'],
  ['P', 85, 85, 'Giáo dục và đào tạo'],
  ['Q', 86, 88, 'Y tế và hoạt động trợ giúp xã hội'],
  ['R', 90, 93, 'Nghệ thuật, vui chơi và giải trí'],
  ['S', 94, 96, 'Hoạt động dịch vụ khác'],
  ['T', 97, 98, 'Hoạt động làm thuê trong các hộ gia đình'],
  ['U', 99, 99, 'Hoạt động của các tổ chức và cơ quan quốc tế'],
];

const MANUFACTURING: Record<string, string> = {
  '10': 'Sản xuất, chế biến thực phẩm',
  '11': 'Sản xuất đồ uống',
  '12': 'Sản xuất sản phẩm thuốc lá',
  '13': 'Dệt',
  '14': 'Sản xuất trang phục',
  '15': 'Sản xuất da và các sản phẩm có liên quan',
  '16': 'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa',
  '17': 'Sản xuất giấy và sản phẩm từ giấy',
  '18': 'In, sao chép bản ghi các loại',
  '19': 'Sản xuất than cốc, sản phẩm dầu mỏ tinh chế',
  '20': 'Sản xuất hóa chất và sản phẩm hóa chất',
  '21': 'Sản xuất thuốc, hóa dược và dược liệu',
  '22': 'Sản xuất sản phẩm từ cao su và plastic',
  '23': 'Sản xuất sản phẩm từ khoáng phi kim loại khác',
  '24': 'Sản xuất kim loại',
  '25': 'Sản xuất sản phẩm từ kim loại đúc sẵn',
  '26': 'Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học',
  '27': 'Sản xuất thiết bị điện',
  '28': 'Sản xuất máy móc, thiết bị chưa được phân vào đâu',
  '29': 'Sản xuất xe có động cơ',
  '30': 'Sản xuất phương tiện vận tải khác',
  '31': 'Sản xuất giường, tủ, bàn, ghế',
  '32': 'Công nghiệp chế biến, chế tạo khác',
  '33': 'Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị',
};

/** "26 · Sản xuất sản phẩm điện tử, …" for a two-digit division; the code itself when unknown. */
export function sectorName(division: string): string {
  const own = MANUFACTURING[division];
  if (own) return `${division} · ${own}`;
  const n = Number(division);
  const section = SECTIONS.find(([, from, to]) => n >= from && n <= to);
  return section ? `${division} · ${section[3]}` : division === '—' ? 'Chưa ghi ngành' : division;
}
