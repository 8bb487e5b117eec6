/**
 * The parts every administrative form of Circular 03/2025 shares, in the layout of Decree
 * 30/2020/NĐ-CP on official documents: the agency on the left and the national motto on the
 * right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"), the place-and-date
 * line, the centred title, labelled lines and the signature blocks. Dates in Hà Nội time.
 */
import { localDateOf } from '../../../kernel/calendar';
import { formatDate, TIME_ZONE } from '../../../kernel/format';
import { newPdf, type PdfDoc } from '../../../platform/files/pdf';
import type { DossierFormBase } from './view-models';

/** "08:05" in Hà Nội. */
export function hourMinute(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "08 giờ 05 phút, ngày 27/11/2026", as the forms write a receipt or appointment time. */
export function formTime(at: Date): string {
  const [h, m] = hourMinute(at).split(':');
  return `${h} giờ ${m} phút, ngày ${formatDate(at)}`;
}

/** "Bắc Ninh, ngày 27 tháng 11 năm 2026". */
export function placeDateLine(place: string, at: Date): string {
  const [y, m, d] = localDateOf(at).split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

export const FORM_BASIS = 'Thông tư số 03/2025/TT-VPCP';

/** A new form document with the header drawn; A4 portrait unless the form is a wide table. */
export function startForm(base: DossierFormBase, formNo: string, title: string, options?: { landscape?: boolean }) {
  const pdf = newPdf({
    title: `${base.dossierCode} – ${title}`,
    layout: options?.landscape ? 'landscape' : 'portrait',
    margin: 50,
  });
  const { doc, width } = pdf;
  doc.font('body').fontSize(8).text(`Mẫu số ${formNo} – ${FORM_BASIS}`, { width, align: 'right' });
  doc.moveDown(0.4);

  const top = doc.y;
  const left = width * 0.42;
  const right = width - left;
  const x0 = doc.page.margins.left;
  doc.fontSize(10);
  if (base.agency.parent)
    doc.font('body').text(base.agency.parent.toUpperCase(), x0, top, { width: left, align: 'center' });
  doc.font('bold').text(base.agency.name.toUpperCase(), x0, doc.y, { width: left, align: 'center' });
  const leftBottom = doc.y;
  doc.font('bold').text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', x0 + left, top, { width: right, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', x0 + left, doc.y, { width: right, align: 'center' });
  const underline = doc.y + 1;
  doc
    .moveTo(x0 + left + right / 2 - 75, underline)
    .lineTo(x0 + left + right / 2 + 75, underline)
    .lineWidth(0.6)
    .stroke();
  doc.y = Math.max(leftBottom, underline) + 6;
  doc
    .font('body')
    .fontSize(10)
    .text(placeDateLine(base.agency.place, base.issuedAt), x0 + left, doc.y, {
      width: right,
      align: 'center',
    });
  doc.moveDown(1);
  doc.font('bold').fontSize(13).text(title.toUpperCase(), x0, doc.y, { width, align: 'center' });
  doc.font('body').fontSize(10).text(`Mã hồ sơ: ${base.dossierCode}`, { width, align: 'center' });
  doc.moveDown(0.8);
  return pdf;
}

/** "Label: value" with the label in bold, wrapping under the value. */
export function line(doc: PdfDoc, label: string, value: string, width: number): void {
  doc.fontSize(10).font('bold').text(`${label}: `, doc.page.margins.left, doc.y, { width, continued: true });
  doc.font('body').text(value, { width });
  doc.moveDown(0.2);
}

export function paragraph(doc: PdfDoc, text: string, width: number): void {
  doc.font('body').fontSize(10).text(text, doc.page.margins.left, doc.y, { width, align: 'justify' });
  doc.moveDown(0.3);
}

/** The applicant lines every form repeats. */
export function applicantLines(doc: PdfDoc, base: DossierFormBase, width: number): void {
  line(doc, 'Tổ chức, cá nhân', base.applicant.name, width);
  if (base.applicant.address) line(doc, 'Địa chỉ', base.applicant.address, width);
  const contact = [
    base.applicant.phone && `Số điện thoại: ${base.applicant.phone}`,
    base.applicant.email && `Email: ${base.applicant.email}`,
  ]
    .filter(Boolean)
    .join('   ');
  if (contact) paragraph(doc, contact, width);
  line(doc, 'Thủ tục hành chính', `${base.procedureName} (mã ${base.procedureCode})`, width);
}

/** Side-by-side signature blocks (title, "(Ký và ghi rõ họ tên)", then the name below a gap). */
export function signatures(doc: PdfDoc, blocks: { title: string; name: string | null }[], width: number): void {
  doc.moveDown(1);
  if (doc.y + 90 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  const w = width / blocks.length;
  blocks.forEach((b, i) => {
    const x = doc.page.margins.left + i * w;
    doc.font('bold').fontSize(10).text(b.title.toUpperCase(), x, top, { width: w, align: 'center' });
    doc.font('body').fontSize(9).text('(Ký và ghi rõ họ tên)', x, doc.y, { width: w, align: 'center' });
    if (b.name)
      doc
        .font('bold')
        .fontSize(10)
        .text(b.name, x, top + 75, { width: w, align: 'center' });
  });
  doc.x = doc.page.margins.left;
  doc.y = top + 95;
}
