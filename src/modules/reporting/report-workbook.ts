/**
 * The Excel template of a report type and period (CF_02): one row per project (a single report,
 * or a Board's batch), its code, name and money unit filled in from the registry, one column per
 * field of the type version with its unit in the header, a Hướng dẫn sheet with the legal basis
 * and the checks. A hidden row carries the field keys, so the importer reads the columns by key,
 * whatever the labels say. Built from the same field definitions the API validates.
 */
import type ExcelJS from 'exceljs';
import type { Currency } from '../../kernel/money';
import { type Period, periodLabel } from '../../kernel/period';
import { COLOURS, newWorkbook, styleHeader } from '../../platform/files/xlsx-write';
import { unitOf } from './field-values';
import { CHECK_DESCRIPTIONS, type FieldDef, type ReportTypeVersion } from './report-types';

export const DATA_SHEET = 'Báo cáo';
export const GUIDE_SHEET = 'Hướng dẫn';
/** Cells naming what the file is: B2 the period, D2 the report type. */
export const PERIOD_CELL = 'B2';
export const TYPE_CELL = 'D2';
export const HEADER_ROW = 4;
export const KEY_ROW = 5;
export const FIRST_DATA_ROW = 6;
export const FIXED_KEYS = ['projectCode', 'projectName', 'unit'] as const;
export const CONFIRM_KEY = 'confirmReason';

export type TemplateProject = { projectCode: string; name: string; currency: Currency };

const unitHeader = (f: FieldDef) => {
  if (f.kind === 'flag') return 'Có/Không';
  if (f.kind === 'money_project') return 'theo đơn vị tiền của dự án';
  return unitOf(f, 'VND').vi;
};

export function reportTemplate(
  version: ReportTypeVersion,
  period: Period,
  projects: readonly TemplateProject[],
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: KEY_ROW }] });
  const title = `${version.name.vi} (mẫu ${version.formCode}) – ${periodLabel(period, 'vi')}`.toUpperCase();
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13, color: { argb: COLOURS.header } };
  sheet.getCell('A2').value = 'Kỳ báo cáo';
  sheet.getCell(PERIOD_CELL).value = periodCodeOf(period);
  sheet.getCell('C2').value = 'Loại báo cáo';
  sheet.getCell(TYPE_CELL).value = version.typeId;
  sheet.getCell('A3').value =
    'Nhập số theo đơn vị ghi ở tiêu đề cột (dấu phẩy thập phân, ví dụ 1.250,5). Không sửa các ô màu xám, dòng 2 và dòng ẩn 5.';
  sheet.getCell('A3').font = { italic: true, color: { argb: COLOURS.muted } };

  const columns = [
    { key: 'projectCode', header: 'Mã số dự án', width: 16 },
    { key: 'projectName', header: 'Tên dự án', width: 36 },
    { key: 'unit', header: 'Đơn vị tiền của dự án', width: 14 },
    ...version.fields.map((f) => ({
      key: f.key,
      header: `${f.label.vi} (${unitHeader(f)})${f.required ? ' *' : ''}`,
      width: 18,
    })),
    { key: CONFIRM_KEY, header: 'Lý do xác nhận số liệu bất thường (nếu có)', width: 30 },
  ];
  const header = sheet.getRow(HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.height = 60;
  styleHeader(header);
  const keys = sheet.getRow(KEY_ROW);
  keys.values = columns.map((c) => c.key);
  keys.hidden = true;
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  projects.forEach((p, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    const unit = p.currency === 'USD' ? 'nghìn USD' : 'triệu đồng';
    row.values = [p.projectCode, p.name, unit];
    for (const c of [1, 2, 3]) {
      row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    }
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 40;
  guide.getColumn(2).width = 90;
  guide.addRow([title]).font = { bold: true };
  guide.addRow(['Căn cứ', version.legalBasis]);
  guide.addRow([
    'Cách nhập',
    'Mỗi dòng là báo cáo của một dự án. Tiền theo loại tiền của dự án (cột "Đơn vị tiền của dự án"): dự án FDI theo nghìn USD, dự án trong nước theo triệu đồng; xuất, nhập khẩu theo nghìn USD; nộp ngân sách theo triệu đồng. Cột có dấu * là bắt buộc khi nộp.',
  ]);
  guide.addRow([
    'Tất cả hoặc không',
    'Tệp được nhập toàn bộ hoặc không ghi gì: mọi lỗi được báo theo trang, dòng và cột để sửa rồi tải lên lại.',
  ]);
  guide.addRow([
    'Số liệu bất thường',
    'Số lệch xa các báo cáo trước của dự án hoặc các dự án cùng ngành, cùng quy mô cần ghi lý do ở cột cuối. Số gấp khoảng 1.000 lần (hoặc 1/1.000) mức dự kiến — thường do nhập nhầm đơn vị — phải sửa, hoặc xác nhận riêng từng chỉ tiêu khi nộp trực tuyến.',
  ]);
  guide.addRow([]);
  guide.addRow(['Chỉ tiêu', 'Đơn vị · giới hạn']).font = { bold: true };
  for (const f of version.fields) {
    const unit = f.kind === 'money_project' ? 'nghìn USD (FDI) hoặc triệu đồng (trong nước)' : unitHeader(f);
    const bounds = [f.min !== null ? `từ ${f.min}` : null, f.max !== null ? `đến ${f.max}` : null]
      .filter(Boolean)
      .join(' ');
    guide.addRow([
      `${f.label.vi}${f.required ? ' *' : ''}`,
      `${unit}${bounds ? ` · ${bounds}` : ''}${f.help ? ` · ${f.help.vi}` : ''}`,
    ]);
  }
  guide.addRow([]);
  guide.addRow(['Kiểm tra khi nộp']).font = { bold: true };
  for (const c of version.checks) guide.addRow(['', CHECK_DESCRIPTIONS[c].vi]);
  return workbook;
}

function periodCodeOf(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}-Q${p.quarter}` : String(p.year);
}
