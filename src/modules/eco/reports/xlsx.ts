/**
 * One eco report as an .xlsx workbook with the form's Vietnamese labels: the heading (form,
 * park, filer, year, status, legal basis), then each part with the field's number, label, value,
 * unit and where the value came from. Numbers stay number cells.
 */
import { formatDateTime } from '../../../kernel/format';
import { COLOURS, NUMBER_FORMATS, newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { EcoReportView } from './contract';
import { STATUS_LABELS } from './workflow';

const SOURCE_LABELS = {
  registry: 'Từ cơ sở dữ liệu',
  computed: 'Tự động tính',
  suggested: 'Gợi ý, có thể sửa',
  typed: 'Doanh nghiệp nhập',
} as const;

function cellValue(kind: string, v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (Array.isArray(v)) return kind === 'names' ? v.join('; ') : null;
  return v as string | number;
}

export async function ecoReportWorkbook(r: EcoReportView): Promise<{ fileName: string; data: Buffer }> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(`Mẫu ${r.form}`);
  ws.columns = [{ width: 10 }, { width: 70 }, { width: 22 }, { width: 14 }, { width: 22 }];
  ws.addRow([r.name.vi]).font = { bold: true, size: 13 };
  ws.addRow(['Năm báo cáo', r.year]);
  ws.addRow(['KCN', r.park.name]);
  ws.addRow([r.form.startsWith('A') ? 'Chủ đầu tư hạ tầng' : 'Doanh nghiệp', r.enterprise.name]);
  ws.addRow(['Trạng thái', STATUS_LABELS[r.status].vi]);
  if (r.submittedAt) ws.addRow(['Ngày gửi', formatDateTime(r.submittedAt)]);
  if (r.revisionReason) ws.addRow(['Lý do yêu cầu chỉnh sửa', r.revisionReason]);
  ws.addRow(['Căn cứ', r.legalBasis.join('; ')]);
  for (const w of r.warnings) ws.addRow(['Lưu ý', w.vi]).getCell(2).font = { color: { argb: 'FFB45309' } };
  ws.addRow([]);
  styleHeader(ws.addRow(['Mã số', 'Chỉ tiêu', 'Giá trị', 'Đơn vị', 'Nguồn']));

  for (const s of r.sections) {
    const head = ws.addRow(['', s.title.vi]);
    head.eachCell((c) => {
      c.font = { bold: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.subHeader } };
    });
    for (const f of r.fields.filter((x) => x.section === s.id)) {
      const v = r.values[f.key];
      if (f.kind === 'table') {
        ws.addRow([f.code, f.label.vi, null, null, SOURCE_LABELS[f.source]]);
        const cols = f.columns ?? [];
        styleHeader(ws.addRow(['', ...cols.map((c) => c.label.vi)]), COLOURS.subHeader, 'FF000000');
        for (const row of Array.isArray(v) ? (v as Record<string, string | number>[]) : [])
          ws.addRow(['', ...cols.map((c) => row[c.key] ?? null)]);
        continue;
      }
      const row = ws.addRow([f.code, f.label.vi, cellValue(f.kind, v), f.unit?.vi ?? '', SOURCE_LABELS[f.source]]);
      row.getCell(2).alignment = { wrapText: true };
      if (typeof v === 'number')
        row.getCell(3).numFmt =
          f.kind === 'integer' ? NUMBER_FORMATS.integer : f.decimals === 2 ? '#,##0.00' : '#,##0.###';
      if (f.source !== 'typed') row.getCell(5).font = { color: { argb: COLOURS.muted } };
    }
  }
  return {
    fileName: `Bao-cao-${r.form.replace('.', '')}-${r.year}-${r.park.name}.xlsx`,
    data: await workbookBuffer(wb),
  };
}
