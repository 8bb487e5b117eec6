/** The words of the Hướng dẫn sheet that every template shares. */
import type { ColumnDef, Text } from './columns';

export const REQUIRED_MARK: Text = { vi: 'bắt buộc', en: 'required' };

export const GENERAL_RULES: readonly Text[] = [
  {
    vi: 'Nhập dữ liệu từ dòng 3 của trang dữ liệu (dòng 1 là tiêu đề tiếng Việt, dòng 2 tiếng Anh). Không đổi tên tiêu đề; có thể đổi thứ tự cột. Cột có dấu * là bắt buộc.',
    en: 'Enter data from row 3 of the data sheet (row 1: Vietnamese headers, row 2: English). Keep the headers; columns may be reordered. Columns marked * are required.',
  },
  {
    vi: 'Ngày ghi dạng dd/mm/yyyy (ví dụ 01/07/2025) hoặc dùng ô kiểu ngày. Số dùng dấu phẩy thập phân và dấu chấm ngăn cách hàng nghìn (1.234,5), hoặc ô kiểu số. Diện tích tính bằng héc-ta (ha); tiền theo đơn vị ghi ở cột "Đơn vị tiền" (USD, VND).',
    en: 'Dates as dd/mm/yyyy (e.g. 01/07/2025) or date cells. Numbers with a decimal comma and dots between thousands (1.234,5), or number cells. Areas in hectares (ha); money in the currency of the "Currency" column (USD, VND).',
  },
  {
    vi: 'Nhập theo nguyên tắc "tất cả hoặc không": nếu có bất kỳ dòng nào sai, không dữ liệu nào được ghi và hệ thống liệt kê mọi lỗi theo trang, dòng, cột để sửa rồi tải lên lại.',
    en: 'All or nothing: if any row is wrong, nothing is written and every problem is listed by sheet, row and column, to fix and upload again.',
  },
  {
    vi: 'Ban Quản lý chỉ nhập được bản ghi thuộc tỉnh, thành phố của mình; dòng ngoài phạm vi được báo lỗi. Mỗi bản ghi được ghi vào nhật ký hệ thống như khi nhập trên màn hình.',
    en: 'A Board imports only records of its own province; rows outside it are reported. Every record is written to the audit log exactly as when entered on screen.',
  },
  {
    vi: 'Danh sách chọn lấy từ trang "Danh mục" (tỉnh, thành phố, quốc gia, khu kinh tế, khu công nghiệp tại thời điểm tải mẫu).',
    en: 'Dropdowns come from the "Danh mục" sheet (provinces, countries, economic zones and parks as of the download).',
  },
];

/** How a column is written, for the guide's "format, unit" column. */
export function describeFormat(column: ColumnDef): string {
  switch (column.kind.type) {
    case 'date':
      return 'Ngày dd/mm/yyyy';
    case 'decimal':
      return /\(ha\)/.test(column.vi)
        ? 'Số thập phân, đơn vị ha'
        : /%/.test(column.vi)
          ? 'Số 0–100 (%)'
          : 'Số (dấu phẩy thập phân)';
    case 'integer':
      return 'Số nguyên';
    case 'yesno':
      return 'Có / Không';
    case 'choice':
      return column.kind.multiple ? 'Chọn trong danh sách (nhiều giá trị cách nhau bằng ;)' : 'Chọn trong danh sách';
    case 'lookup':
      return 'Chọn trong danh sách hoặc ghi mã';
    case 'codes':
      return 'Mã, cách nhau bằng ;';
    case 'lines':
      return 'Văn bản, mỗi mục một dòng';
    case 'taxCode':
      return 'Mã số thuế (văn bản, 10 hoặc 13 chữ số)';
    default:
      return 'Văn bản';
  }
}
