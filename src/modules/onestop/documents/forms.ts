/**
 * Forms 01–06 of Circular 03/2025/TT-VPCP (Annex I) as PDF: pure renderers from a typed view
 * model to the file. The wording follows the forms' own sentences (Circular 01/2018 forms 01–05,
 * kept in the 2025 set, with 04 now an apology *and* extension request and 05 the new
 * stop-processing notice); 01 carries a QR code of the public tracking link.
 */
import QRCode from 'qrcode';
import { formatDate } from '../../../kernel/format';
import { pdfTableRow } from '../../../platform/files/pdf';
import { applicantLines, formTime, line, paragraph, signatures, startForm } from './form-parts';
import {
  type ControlSlip,
  type ExtensionApology,
  type ReceiptSlip,
  type Refusal,
  type StopNotice,
  type SupplementRequest,
  TIMELINESS_VI,
} from './view-models';

export const FORM_TITLES = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
} as const;
export type FormNo = keyof typeof FORM_TITLES;

const QR_SIZE = 92;

/** Mẫu số 01: the receipt and appointment slip, with the QR code of the tracking page. */
export async function receiptSlipPdf(v: ReceiptSlip): Promise<Buffer> {
  const qr = await QRCode.toBuffer(v.trackingUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const { doc, done, width } = startForm(v, '01', FORM_TITLES['01']);
  const x0 = doc.page.margins.left;
  const top = doc.y;
  doc.image(qr, x0 + width - QR_SIZE, top, { width: QR_SIZE });
  doc
    .font('body')
    .fontSize(7)
    .text('Quét mã để tra cứu hồ sơ', x0 + width - QR_SIZE - 10, top + QR_SIZE + 2, {
      width: QR_SIZE + 20,
      align: 'center',
    });
  doc.y = top;
  const textWidth = width - QR_SIZE - 15;
  paragraph(doc, `Bộ phận Tiếp nhận và Trả kết quả – ${v.agency.name} tiếp nhận hồ sơ của:`, textWidth);
  applicantLines(doc, v, textWidth);
  doc.y = Math.max(doc.y, top + QR_SIZE + 14);
  doc.font('bold').fontSize(10).text('1. Thành phần hồ sơ nộp gồm:', x0, doc.y, { width });
  doc.moveDown(0.2);
  const table = {
    widths: [35, 300, 110, 70],
    header: ['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng'],
    align: ['center', 'left', 'left', 'right'],
    headerAlign: 'center',
  } as const;
  pdfTableRow(doc, table.header, true, table);
  v.documents.forEach((d, i) => {
    pdfTableRow(doc, [String(i + 1), d.name, d.form, String(d.copies)], false, table);
  });
  doc.moveDown(0.4);
  paragraph(doc, `2. Số lượng hồ sơ: ${String(v.setsCount).padStart(2, '0')} (bộ).`, width);
  paragraph(doc, `3. Thời gian giải quyết hồ sơ theo quy định là: ${v.limitText}.`, width);
  paragraph(doc, `4. Thời gian nhận hồ sơ: ${formTime(v.receivedAt)}.`, width);
  doc
    .font('bold')
    .fontSize(10)
    .text(`5. Thời gian trả kết quả giải quyết hồ sơ: ${formTime(v.dueAt)}.`, x0, doc.y, {
      width,
    });
  doc.moveDown(0.3);
  paragraph(doc, `6. Đăng ký nhận kết quả tại: ${v.returnPlace}.`, width);
  paragraph(doc, `Tra cứu tình trạng hồ sơ tại: ${v.trackingUrl}`, width);
  paragraph(doc, 'Vào Sổ theo dõi hồ sơ (Mẫu số 07).', width);
  signatures(
    doc,
    [
      { title: 'Người nộp hồ sơ', name: null },
      { title: 'Người tiếp nhận hồ sơ', name: v.officerName },
    ],
    width,
  );
  doc.end();
  return done;
}

/** Mẫu số 02: what to add or correct, once and fully (Decree 61/2018 Art. 17, 19(4)). */
export function supplementRequestPdf(v: SupplementRequest): Promise<Buffer> {
  const { doc, done, width } = startForm(v, '02', FORM_TITLES['02']);
  paragraph(doc, `Ngày ${formatDate(v.receivedAt)}, ${v.agency.name} tiếp nhận hồ sơ của:`, width);
  applicantLines(doc, v, width);
  paragraph(
    doc,
    'Sau khi xem xét thành phần hồ sơ, đề nghị tổ chức, cá nhân bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
    width,
  );
  v.items.forEach((item, i) => {
    if (item.reason) line(doc, `${i + 1}. ${item.document}`, item.reason, width);
    else paragraph(doc, `${i + 1}. ${item.document}`, width);
  });
  if (v.duringAppraisal) {
    paragraph(doc, 'Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ theo quy định.', width);
  }
  paragraph(
    doc,
    `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, tổ chức, cá nhân liên hệ ${v.officerName} để được hướng dẫn.`,
    width,
  );
  signatures(doc, [{ title: 'Người hướng dẫn', name: v.officerName }], width);
  doc.end();
  return done;
}

/** Mẫu số 03: refusal with its reasons. */
export function refusalPdf(v: Refusal): Promise<Buffer> {
  const { doc, done, width } = startForm(v, '03', FORM_TITLES['03']);
  paragraph(doc, `Ngày ${formatDate(v.receivedAt)}, ${v.agency.name} tiếp nhận hồ sơ của:`, width);
  applicantLines(doc, v, width);
  paragraph(
    doc,
    `Qua xem xét, ${v.agency.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
    width,
  );
  v.reasons.forEach((r, i) => {
    paragraph(doc, `${i + 1}. ${r}`, width);
  });
  paragraph(doc, 'Xin thông báo để tổ chức, cá nhân được biết và thực hiện.', width);
  signatures(doc, [{ title: 'Người tiếp nhận hồ sơ', name: v.officerName }], width);
  doc.end();
  return done;
}

/** Mẫu số 04: apology and the one extension (Art. 19(9): at least a day before, once only). */
export function extensionApologyPdf(v: ExtensionApology): Promise<Buffer> {
  const { doc, done, width } = startForm(v, '04', FORM_TITLES['04']);
  paragraph(doc, `Ngày ${formatDate(v.receivedAt)}, ${v.agency.name} tiếp nhận giải quyết hồ sơ của:`, width);
  applicantLines(doc, v, width);
  line(doc, 'Thời hạn trả kết quả đã hẹn', formTime(v.originalDueAt), width);
  paragraph(
    doc,
    `Tuy nhiên đến nay, ${v.agency.name} chưa trả kết quả giải quyết hồ sơ của tổ chức, cá nhân. Lý do: ${v.reason}`,
    width,
  );
  paragraph(
    doc,
    `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của tổ chức, cá nhân. ${v.agency.name} xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ đến ${formTime(v.newDueAt)}.`,
    width,
  );
  paragraph(doc, 'Rất mong nhận được sự thông cảm của tổ chức, cá nhân.', width);
  signatures(doc, [{ title: 'Thủ trưởng cơ quan giải quyết', name: v.officerName }], width);
  doc.end();
  return done;
}

/** Mẫu số 05: processing stopped, at the applicant's request or by the agency. */
export function stopNoticePdf(v: StopNotice): Promise<Buffer> {
  const { doc, done, width } = startForm(v, '05', FORM_TITLES['05']);
  paragraph(doc, `Ngày ${formatDate(v.receivedAt)}, ${v.agency.name} tiếp nhận hồ sơ của:`, width);
  applicantLines(doc, v, width);
  paragraph(
    doc,
    v.requestedByApplicant
      ? `Theo đề nghị rút hồ sơ của tổ chức, cá nhân, ${v.agency.name} thông báo dừng giải quyết hồ sơ nêu trên.`
      : `${v.agency.name} thông báo dừng giải quyết hồ sơ nêu trên.`,
    width,
  );
  line(doc, 'Lý do', v.reason, width);
  paragraph(doc, 'Xin thông báo để tổ chức, cá nhân được biết.', width);
  signatures(doc, [{ title: 'Thủ trưởng cơ quan giải quyết', name: v.officerName }], width);
  doc.end();
  return done;
}

/** Mẫu số 06: every hand-over with its time and whether the step was early, on time or late. */
export function controlSlipPdf(v: ControlSlip): Promise<Buffer> {
  const { doc, done, width } = startForm(v, '06', FORM_TITLES['06']);
  applicantLines(doc, v, width);
  line(doc, 'Thời gian nhận hồ sơ', formTime(v.receivedAt), width);
  line(doc, 'Thời gian hẹn trả kết quả', formTime(v.dueAt), width);
  doc.moveDown(0.3);
  const table = {
    widths: [205, 130, 80, 100],
    header: ['Tên cơ quan, đơn vị', 'Thời gian giao, nhận hồ sơ', 'Kết quả giải quyết hồ sơ', 'Ghi chú'],
    align: ['left', 'left', 'center', 'left'],
    headerAlign: 'center',
  } as const;
  pdfTableRow(doc, table.header, true, table);
  v.handovers.forEach((h, i) => {
    const due = h.dueAt ? `\nHạn: ${formTime(h.dueAt)}` : '';
    pdfTableRow(
      doc,
      [
        `${i + 1}. ${h.step}\nGiao: ${h.fromName}\nNhận: ${h.toName}`,
        `${formTime(h.at)}${due}`,
        h.timeliness ? TIMELINESS_VI[h.timeliness] : '',
        h.note ?? '',
      ],
      false,
      table,
    );
  });
  doc.end();
  return done;
}
