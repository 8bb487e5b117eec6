/**
 * The printed certificate of an award (bằng khen, giấy khen, cờ thi đua, giấy chứng nhận): A4
 * landscape with a double border, the national motto, the authority, what is given to whom and
 * for what, the decision's number and date, and the signer. Vietnamese text in DejaVu Sans
 * (platform/files/pdf.ts), so every diacritic prints on any server.
 */
import { newPdf } from '../../../platform/files/pdf';

export type CertificateKind = 'bang_khen' | 'giay_khen' | 'co_thi_dua' | 'giay_chung_nhan';

export interface CertificateData {
  kind: CertificateKind;
  /** Deciding authority as written in the decision (Bộ trưởng Bộ Tài chính…). */
  authority: string;
  titleVi: string;
  subjectKind: 'individual' | 'collective';
  subjectName: string;
  /** The person's unit; null for a collective. */
  unitName: string | null;
  achievement: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  signerTitle: string;
  signerName: string;
}

/** "ngày 05 tháng 01 năm 2026", as Vietnamese documents write dates. */
export function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

const HEADLINE: Record<CertificateKind, string> = {
  bang_khen: 'BẰNG KHEN',
  giay_khen: 'GIẤY KHEN',
  co_thi_dua: 'CỜ THI ĐUA',
  giay_chung_nhan: 'GIẤY CHỨNG NHẬN',
};

export async function certificatePdf(c: CertificateData): Promise<Buffer> {
  const { doc, done, width } = newPdf({
    title: `${HEADLINE[c.kind]} — ${c.subjectName}`,
    layout: 'landscape',
    margin: 60,
  });
  const { width: pw, height: ph } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#b8860b')
    .rect(20, 20, pw - 40, ph - 40)
    .stroke();
  doc
    .lineWidth(1)
    .rect(28, 28, pw - 56, ph - 56)
    .stroke();
  doc.strokeColor('#000000').fillColor('#000000');
  const centre = (t: string, font: 'body' | 'bold', size: number, gap = 4) => {
    doc.font(font).fontSize(size).text(t, 60, doc.y, { width, align: 'center' });
    doc.moveDown(gap / size);
  };
  doc.y = 50;
  centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 13);
  centre('Độc lập - Tự do - Hạnh phúc', 'bold', 12, 14);
  centre(c.authority.toLocaleUpperCase('vi-VN'), 'bold', 14, 6);
  centre(c.kind === 'co_thi_dua' ? 'TẶNG' : c.kind === 'giay_chung_nhan' ? 'CÔNG NHẬN' : 'TẶNG', 'body', 13, 4);
  doc.fillColor('#b22222');
  centre(c.kind === 'giay_chung_nhan' ? c.titleVi.toLocaleUpperCase('vi-VN') : HEADLINE[c.kind], 'bold', 30, 10);
  if (c.kind !== 'giay_chung_nhan' && c.kind !== 'bang_khen' && c.kind !== 'giay_khen')
    centre(c.titleVi, 'bold', 14, 6);
  doc.fillColor('#000000');
  centre(c.subjectKind === 'individual' ? `Ông/Bà ${c.subjectName}` : c.subjectName, 'bold', 18, 4);
  if (c.unitName) centre(c.unitName, 'body', 12, 6);
  centre(`Đã có thành tích: ${c.achievement}`, 'body', 12, 4);
  if (c.kind === 'bang_khen' || c.kind === 'giay_khen')
    centre(`Danh hiệu, hình thức: ${c.titleVi} — năm ${c.year}`, 'body', 11, 10);
  else centre(`Năm ${c.year}`, 'body', 11, 10);
  const y = Math.max(doc.y + 10, ph - 200);
  doc
    .font('body')
    .fontSize(10)
    .text(`Quyết định số ${c.decisionNumber}`, 70, y + 40, { width: width / 2 - 20 });
  doc.text(`${vietnameseDate(c.decisionDate)}`, 70, doc.y, { width: width / 2 - 20 });
  const right = 60 + width / 2;
  doc
    .font('body')
    .fontSize(11)
    .text(`${vietnameseDate(c.decisionDate).replace(/^n/, 'N')}`, right, y, { width: width / 2, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text(c.signerTitle.toLocaleUpperCase('vi-VN'), right, doc.y + 4, { width: width / 2, align: 'center' });
  doc
    .font('bold')
    .fontSize(13)
    .text(c.signerName, right, doc.y + 50, { width: width / 2, align: 'center' });
  doc.end();
  return done;
}
