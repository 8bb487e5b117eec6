/**
 * A briefing as PDF (pdfkit), with DejaVu Sans embedded from data/fonts: a font with every
 * Vietnamese letter, shipped with the product (never read from the operating system), so the PDF
 * prints the same on any server. A4 portrait; the table repeats its header on each new page.
 */
import PDFDocument from 'pdfkit';
import { formatDateTime } from '../../kernel/format';
import { dataPath } from '../../platform/files/csv';
import { briefingTableRows } from './briefing-docx';
import type { Briefing } from './contract';

const REGULAR = dataPath('fonts', 'DejaVuSans.ttf');
const BOLD = dataPath('fonts', 'DejaVuSans-Bold.ttf');

const MARGIN = 50;
const WIDTHS = [215, 50, 80, 80, 70];

export function briefingPdf(b: Briefing): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: b.title, Creator: 'IZA' } });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
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

  const header = ['Chỉ tiêu', 'Đơn vị', b.set.kind === 'country' ? 'Cả nước' : b.set.name, 'Cả nước', 'Tỷ trọng'];
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(9);
    const heights = cells.map((c, i) =>
      doc.heightOfString(c, { width: (cells.length === 1 ? width : WIDTHS[i]!) - 8 }),
    );
    const h = Math.max(...heights) + 6;
    if (doc.y + h > doc.page.height - MARGIN) {
      doc.addPage();
      drawRow(header, true);
      doc.font(bold ? 'bold' : 'body').fontSize(9);
    }
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = cells.length === 1 ? width : WIDTHS[i]!;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      doc.text(c, x + 4, y + 3, { width: w - 8, align: i >= 2 ? 'right' : 'left' });
      x += w;
    });
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(header, true);
  for (const r of briefingTableRows(b)) drawRow(r, r.length === 1);

  doc.moveDown();
  doc.font('bold').fontSize(9.5).text('Ghi chú:', MARGIN, doc.y, { width });
  doc.font('body');
  for (const n of b.notes) doc.text(`– ${n}`, { width });
  doc.moveDown(0.5);
  doc.fontSize(8.5).text(`Lập lúc ${formatDateTime(b.computedAt)} từ hệ thống IZA.`, { width });
  doc.end();
  return done;
}
