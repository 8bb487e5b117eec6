import { formatDate } from '../../kernel/format';
import { newPdf, pdfTableRow } from '../../platform/files/pdf';
import type { ConferenceView } from './contract-cycle';

const DOCUMENT_KINDS: Record<ConferenceView['documents'][number]['kind'], string> = {
  report: 'Báo cáo',
  conclusion: 'Kết luận',
  minutes: 'Biên bản',
  pact: 'Giao ước',
  decision: 'Quyết định',
  other: 'Tài liệu khác',
};

/** "Hội nghị lần thứ 18": the numbered title of a Club conference (unnumbered meetings keep their own title). */
export function conferenceHeading(c: Pick<ConferenceView, 'edition' | 'title'>): string {
  return c.edition ? `${c.title} lần thứ ${c.edition}` : c.title;
}

/**
 * The conference's conclusions as a PDF (DejaVu fonts, so every Vietnamese letter prints): the
 * heading, host, date and place, who attended, the agenda, the conclusions and the documents.
 */
export function conclusionsPdf(
  blockName: string,
  c: ConferenceView,
  printed: { at: Date; by: string },
): Promise<Buffer> {
  const heading = conferenceHeading(c);
  const { doc, done, width } = newPdf({ title: `Kết luận – ${heading}` });
  doc.font('bold').fontSize(11).text(blockName.toUpperCase(), { align: 'center', width });
  doc.moveDown(0.5);
  doc.font('bold').fontSize(14).text('THÔNG BÁO KẾT LUẬN', { align: 'center', width });
  doc.font('body').fontSize(11).text(heading, { align: 'center', width });
  doc.moveDown();
  const place = [c.place, c.host ? `đơn vị đăng cai: ${c.host.name}` : null].filter(Boolean).join('; ');
  doc
    .font('body')
    .fontSize(10.5)
    .text(`Ngày ${formatDate(c.heldOn)}${place ? ` tại ${place}` : ''}.`, { width });
  doc.moveDown(0.5);

  if (c.attendees.length) {
    doc.font('bold').text('Thành phần tham dự', { width });
    doc.font('body');
    for (const a of c.attendees) {
      doc.text(`– ${a.name}${a.position ? `, ${a.position}` : ''}, ${a.organisation}`, { width });
    }
    doc.moveDown(0.5);
  }
  if (c.agenda.length) {
    doc.font('bold').text('Chương trình', { width });
    doc.font('body');
    c.agenda.forEach((a, i) => {
      doc.text(`${i + 1}. ${a.time ? `${a.time} – ` : ''}${a.item}`, { width });
    });
    doc.moveDown(0.5);
  }
  doc.font('bold').text('Kết luận', { width });
  doc.font('body');
  const paragraphs = (c.conclusions ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) doc.text('(Chưa ghi kết luận.)', { width });
  for (const p of paragraphs) {
    doc.text(p, { width, align: 'justify' });
    doc.moveDown(0.4);
  }
  if (c.documents.length) {
    doc.moveDown(0.5);
    doc.font('bold').text('Tài liệu hội nghị', { width });
    const options = { widths: [90, 90, 70, width - 250], header: ['Loại', 'Số', 'Ngày', 'Trích yếu'] };
    pdfTableRow(doc, options.header, true, options);
    for (const d of c.documents) {
      pdfTableRow(
        doc,
        [DOCUMENT_KINDS[d.kind], d.number ?? '', d.date ? formatDate(d.date) : '', d.title],
        false,
        options,
      );
    }
  }
  doc.moveDown();
  doc.font('body').fontSize(8).fillColor('#666666');
  doc.text(`In từ IZA ngày ${formatDate(printed.at)} bởi ${printed.by}.`, { width });
  doc.end();
  return done;
}
