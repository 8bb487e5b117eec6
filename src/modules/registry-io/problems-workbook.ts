/** The problems of a rejected import as a workbook, to work through beside the original file. */
import type ExcelJS from 'exceljs';
import { formatDateTime } from '../../kernel/format';
import { COLOURS, newWorkbook, styleHeader } from '../../platform/files/xlsx-write';
import type { ImportProblem } from './contract';

export function problemsWorkbook(
  problems: readonly ImportProblem[],
  meta: { title: string; fileName: string | null; at: Date },
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Lỗi', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [{ width: 24 }, { width: 8 }, { width: 8 }, { width: 30 }, { width: 70 }, { width: 60 }];
  sheet.addRow([`Lỗi khi nhập: ${meta.title}`]).font = { bold: true, size: 13, color: { argb: COLOURS.header } };
  sheet.addRow([
    `Tệp: ${meta.fileName ?? '—'} · Kiểm tra lúc ${formatDateTime(meta.at)} (giờ Việt Nam) · ${problems.length.toLocaleString('vi-VN')} lỗi · Không dữ liệu nào được ghi.`,
  ]).font = { italic: true, color: { argb: COLOURS.muted } };
  sheet.addRow([]);
  styleHeader(sheet.addRow(['Trang tính', 'Dòng', 'Cột', 'Tiêu đề cột', 'Lỗi', 'Problem (English)']));
  for (const p of problems) {
    const row = sheet.addRow([p.sheet, p.row, p.column, p.header, p.message, p.messageEn]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = 'A4:F4';
  return workbook;
}
