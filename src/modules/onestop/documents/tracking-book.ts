/**
 * Form 07 of Circular 03/2025 (Sổ theo dõi hồ sơ) as a workbook: one row per dossier received in
 * the date range, with the form's columns — code, procedure, sets, applicant, address and phone,
 * the unit in charge, received, appointment, handed to the unit, result back from it, returned,
 * the applicant's signature (left blank for the paper copy) and notes. Dates are real date cells
 * in Hà Nội wall time. Pure.
 */
import {
  COLOURS,
  excelLocalTime,
  NUMBER_FORMATS,
  newWorkbook,
  styleHeader,
  workbookBuffer,
} from '../../../platform/files/xlsx-write';
import { FORM_BASIS } from './form-parts';

export type TrackingBookRow = {
  code: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  applicantContact: string;
  unitName: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  transferredAt: Date | null;
  resultReadyAt: Date | null;
  returnedAt: Date | null;
  note: string;
};

const COLUMNS: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Mã hồ sơ', width: 22 },
  { header: 'Tên thủ tục hành chính', width: 42 },
  { header: 'Số lượng hồ sơ (bộ)', width: 10 },
  { header: 'Tên cá nhân, tổ chức', width: 32 },
  { header: 'Địa chỉ, số điện thoại', width: 34 },
  { header: 'Cơ quan chủ trì giải quyết', width: 26 },
  { header: 'Nhận hồ sơ', width: 17 },
  { header: 'Hẹn trả kết quả', width: 17 },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 17 },
  { header: 'Nhận kết quả từ cơ quan giải quyết', width: 17 },
  { header: 'Trả kết quả', width: 17 },
  { header: 'Ký nhận', width: 12 },
  { header: 'Ghi chú', width: 36 },
];
const DATE_COLUMNS = [8, 9, 10, 11, 12];

export async function trackingBookXlsx(input: {
  agencyName: string;
  fromLabel: string;
  toLabel: string;
  rows: readonly TrackingBookRow[];
}): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const last = COLUMNS.length;
  const title = (row: number, text: string, bold: boolean) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { bold, size: bold ? 13 : 10 };
    cell.alignment = { horizontal: 'center' };
  };
  title(1, input.agencyName.toUpperCase(), true);
  title(2, 'SỔ THEO DÕI HỒ SƠ', true);
  title(3, `Từ ngày ${input.fromLabel} đến ngày ${input.toLabel} · Mẫu số 07 – ${FORM_BASIS}`, false);
  const header = sheet.getRow(5);
  header.values = COLUMNS.map((c) => c.header);
  header.height = 45;
  styleHeader(header);
  input.rows.forEach((r, i) => {
    const row = sheet.addRow([
      i + 1,
      r.code,
      r.procedureName,
      r.sets,
      r.applicantName,
      r.applicantContact,
      r.unitName,
      excelLocalTime(r.receivedAt),
      excelLocalTime(r.dueAt),
      excelLocalTime(r.transferredAt),
      excelLocalTime(r.resultReadyAt),
      excelLocalTime(r.returnedAt),
      null,
      r.note,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    for (const c of DATE_COLUMNS) row.getCell(c).numFmt = 'dd/mm/yyyy hh:mm';
    row.getCell(4).numFmt = NUMBER_FORMATS.integer;
  });
  const totalRow = sheet.addRow([`Tổng số: ${input.rows.length} hồ sơ`]);
  sheet.mergeCells(totalRow.number, 1, totalRow.number, 3);
  totalRow.font = { bold: true, color: { argb: COLOURS.muted } };
  return workbookBuffer(workbook);
}
