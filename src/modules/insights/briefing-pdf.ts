/**
 * A briefing as PDF: A4 portrait through the shared PDF helper (DejaVu Sans embedded, so every
 * Vietnamese letter prints the same on any server); the table repeats its header on each new page.
 */
import { formatDateTime } from '../../kernel/format';
import { newPdf, type PdfTableOptions, pdfTableRow } from '../../platform/files/pdf';
import { briefingTableRows } from './briefing-docx';
import type { Briefing } from './contract';

export function briefingPdf(b: Briefing): Promise<Buffer> {
  const { doc, done, width } = newPdf({ title: b.title });
  doc.font('bold').fontSize(13).text(b.title.toUpperCase(), { align: 'center', width });
  doc
    .font('body')
    .fontSize(10)
    .text(`(Số liệu tính đến ngày ${b.to.split('-').reverse().join('/')})`, { align: 'center', width });
  doc.moveDown();
  doc.fontSize(10.5);
  for (const p of b.paragraphs) {
    doc.font('body').text(p, { align: 'justify', indent: 20, width });
    doc.moveDown(0.5);
  }
  doc.moveDown(0.5);
  doc.font('bold').fontSize(11).text('Bảng số liệu', { width });
  doc.moveDown(0.3);

  const table: PdfTableOptions = {
    widths: [215, 50, 80, 80, 70],
    header: ['Chỉ tiêu', 'Đơn vị', b.set.kind === 'country' ? 'Cả nước' : b.set.name, 'Cả nước', 'Tỷ trọng'],
    align: ['left', 'left', 'right', 'right', 'right'],
  };
  pdfTableRow(doc, table.header, true, table);
  // A one-cell row is a section heading across the table.
  for (const r of briefingTableRows(b)) pdfTableRow(doc, r, r.length === 1, table);

  doc.moveDown();
  const left = doc.page.margins.left;
  doc.font('bold').fontSize(9.5).text('Ghi chú:', left, doc.y, { width });
  doc.font('body');
  for (const n of b.notes) doc.text(`– ${n}`, { width });
  doc.moveDown(0.5);
  doc.fontSize(8.5).text(`Lập lúc ${formatDateTime(b.computedAt)} từ hệ thống IZA.`, { width });
  doc.end();
  return done;
}
