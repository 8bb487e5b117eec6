/** The 28 columns of Biểu 2112.H.QLKKT with their Vietnamese labels, groups and units. */
import { column } from './place-table';

const AREA = { vi: 'Quy mô diện tích', en: 'Area' };
const FDI = { vi: 'Dự án FDI', en: 'FDI projects' };
const DDI = { vi: 'Dự án DDI', en: 'DDI projects' };
const PLANT = { vi: 'Công trình xử lý nước thải tập trung', en: 'Central wastewater plant' };
const LABOUR = { vi: 'Lao động', en: 'Workers' };

const projectColumns = (g: { vi: string; en: string }, first: number, unit: string) => [
  column(`c${first}`, String(first), { vi: 'Số dự án còn hiệu lực', en: 'Valid projects' }, 'count', 'dự án', [g]),
  column(`c${first + 1}`, String(first + 1), { vi: 'Vốn đầu tư đăng ký', en: 'Registered capital' }, 'money', unit, [
    g,
  ]),
  column(
    `c${first + 2}`,
    String(first + 2),
    { vi: 'Số dự án đang hoạt động', en: 'Projects in operation' },
    'count',
    'dự án',
    [g],
  ),
  column(`c${first + 3}`, String(first + 3), { vi: 'Vốn đầu tư thực hiện', en: 'Realised capital' }, 'money', unit, [
    g,
  ]),
  column(`c${first + 4}`, String(first + 4), { vi: 'Doanh thu', en: 'Revenue' }, 'money', unit, [g]),
  column(`c${first + 5}`, String(first + 5), { vi: 'Giá trị xuất khẩu', en: 'Export' }, 'money', 'triệu USD', [g]),
  column(`c${first + 6}`, String(first + 6), { vi: 'Giá trị nhập khẩu', en: 'Import' }, 'money', 'triệu USD', [g]),
  column(`c${first + 7}`, String(first + 7), { vi: 'Nộp ngân sách', en: 'Budget payments' }, 'money', 'tỷ đồng', [g]),
];

export const COLUMNS_2112 = [
  column('c1', '1', { vi: 'STT', en: 'No.' }, 'text'),
  column('c2', '2', { vi: 'Tên khu', en: 'Zone' }, 'text'),
  column('c3', '3', { vi: 'Văn bản thành lập hoặc tương đương', en: 'Establishment document' }, 'text'),
  column('c4', '4', { vi: 'Văn bản phê duyệt quy hoạch xây dựng', en: 'Construction-plan approval' }, 'text'),
  column('c5', '5', { vi: 'Đất thành lập', en: 'Established land' }, 'area', 'ha', [AREA]),
  column('c6', '6', { vi: 'Đất công nghiệp - dịch vụ', en: 'Industrial-service land' }, 'area', 'ha', [AREA]),
  column('c7', '7', { vi: 'Đất CN-DV đã cho thuê', en: 'Leased IS land' }, 'area', 'ha', [AREA]),
  ...projectColumns(FDI, 8, 'triệu USD'),
  ...projectColumns(DDI, 16, 'tỷ đồng'),
  column('c24', '24', { vi: 'Tình trạng', en: 'Status' }, 'text', null, [PLANT]),
  column('c25', '25', { vi: 'Công suất thiết kế', en: 'Design capacity' }, 'number', 'm³/ngày đêm', [PLANT]),
  column('c26', '26', { vi: 'Công suất hoạt động', en: 'Operating capacity' }, 'number', 'm³/ngày đêm', [PLANT]),
  column('c27', '27', { vi: 'Trong nước', en: 'Domestic' }, 'count', 'người', [LABOUR]),
  column('c28', '28', { vi: 'Nước ngoài', en: 'Foreign' }, 'count', 'người', [LABOUR]),
];
