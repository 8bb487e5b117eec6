import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  controlSlipPdf,
  extensionApologyPdf,
  receiptSlipPdf,
  refusalPdf,
  stopNoticePdf,
  supplementRequestPdf,
} from './forms';
import type { DossierFormBase } from './view-models';

/** The text a reader (or a screen reader, or a search) gets out of the PDF, one space per run. */
function pdfText(pdf: Buffer): string {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return raw.normalize('NFC').replace(/\s+/g, ' ');
}

const base: DossierFormBase = {
  agency: {
    parent: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    name: 'Ban Quản lý các khu công nghiệp Bắc Ninh',
    place: 'Bắc Ninh',
  },
  dossierCode: 'H27.BQL-261127-0042',
  procedureCode: '1.014199.H05',
  procedureName: 'Cấp giấy phép lao động cho người lao động nước ngoài',
  applicant: {
    name: 'Công ty TNHH Điện tử Việt Hưng',
    address: 'Lô C3, KCN Quế Võ',
    phone: '0222 3868 868',
    email: null,
  },
  // 27/11/2026 08:05 in Hà Nội (01:05 UTC)
  issuedAt: new Date('2026-11-27T01:05:00Z'),
  officerName: 'Nguyễn Thị Hằng',
};
const receivedAt = new Date('2026-11-27T01:05:00Z');
const dueAt = new Date('2026-12-11T10:00:00Z'); // 11/12/2026 17:00

const NATIONAL = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

function expectHeader(text: string, formNo: string) {
  for (const s of NATIONAL) expect(text).toContain(s);
  expect(text).toContain(`Mẫu số ${formNo} – Thông tư số 03/2025/TT-VPCP`);
  expect(text).toContain('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BẮC NINH');
  expect(text).toContain('Bắc Ninh, ngày 27 tháng 11 năm 2026');
  expect(text).toContain('Mã hồ sơ: H27.BQL-261127-0042');
  expect(text).toContain('Công ty TNHH Điện tử Việt Hưng');
}

describe('one-stop forms as PDF (pdftotext)', () => {
  it('01 receipt slip: documents, the limit, receipt and appointment in Hà Nội time, the tracking link', async () => {
    const pdf = await receiptSlipPdf({
      ...base,
      receivedAt,
      dueAt,
      limitText: '10 ngày làm việc',
      documents: [
        { name: 'Văn bản đề nghị cấp giấy phép lao động (Mẫu số 11)', copies: 1, form: 'Bản chính' },
        { name: 'Hộ chiếu', copies: 1, form: 'Bản sao chứng thực' },
      ],
      setsCount: 1,
      returnPlace: 'Bộ phận Một cửa, Ban Quản lý các KCN Bắc Ninh',
      trackingUrl: 'https://iza.example.vn/tra-cuu-ho-so/H27.BQL-261127-0042',
    });
    const text = pdfText(pdf);
    expectHeader(text, '01');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Hộ chiếu');
    expect(text).toContain('Bản sao chứng thực');
    expect(text).toContain('10 ngày làm việc');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 27/11/2026');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 11/12/2026');
    expect(text).toContain('https://iza.example.vn/tra-cuu-ho-so/H27.BQL-261127-0042');
    expect(text).toContain('Nguyễn Thị Hằng');
    // The QR code is an embedded image.
    expect(pdf.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });

  it('02 supplement request lists each item with its reason and, in appraisal, the restart rule', async () => {
    const text = pdfText(
      await supplementRequestPdf({
        ...base,
        receivedAt,
        duringAppraisal: true,
        items: [{ document: 'Giấy chứng nhận sức khỏe', reason: 'quá 12 tháng kể từ ngày cấp' }],
      }),
    );
    expectHeader(text, '02');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Ngày 27/11/2026');
    expect(text).toContain('1. Giấy chứng nhận sức khỏe: quá 12 tháng kể từ ngày cấp');
    expect(text).toContain('Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ');
  });

  it('02 at the desk does not speak of a restart', async () => {
    const text = pdfText(
      await supplementRequestPdf({
        ...base,
        receivedAt,
        duringAppraisal: false,
        items: [{ document: 'Hộ chiếu', reason: 'thiếu' }],
      }),
    );
    expect(text).not.toContain('tính lại từ đầu');
  });

  it('03 refusal gives its reasons', async () => {
    const text = pdfText(
      await refusalPdf({ ...base, receivedAt, reasons: ['Không thuộc thẩm quyền giải quyết của Ban Quản lý'] }),
    );
    expectHeader(text, '03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('1. Không thuộc thẩm quyền giải quyết của Ban Quản lý');
  });

  it('04 apology states the old appointment, the reason and the new one', async () => {
    const text = pdfText(
      await extensionApologyPdf({
        ...base,
        receivedAt,
        originalDueAt: dueAt,
        newDueAt: new Date('2026-12-16T03:30:00Z'),
        reason: 'cần lấy ý kiến Sở Nội vụ',
      }),
    );
    expectHeader(text, '04');
    expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain('17 giờ 00 phút, ngày 11/12/2026');
    expect(text).toContain('đề nghị gia hạn thời gian giải quyết hồ sơ đến 10 giờ 30 phút, ngày 16/12/2026');
    expect(text).toContain('cần lấy ý kiến Sở Nội vụ');
  });

  it('05 stop notice says who asked for it', async () => {
    const withdrawn = pdfText(
      await stopNoticePdf({ ...base, receivedAt, reason: 'Doanh nghiệp rút hồ sơ', requestedByApplicant: true }),
    );
    expectHeader(withdrawn, '05');
    expect(withdrawn).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(withdrawn).toContain('Theo đề nghị rút hồ sơ');
    const stopped = pdfText(
      await stopNoticePdf({ ...base, receivedAt, reason: 'Giấy tờ giả mạo', requestedByApplicant: false }),
    );
    expect(stopped).not.toContain('Theo đề nghị rút hồ sơ');
    expect(stopped).toContain('Lý do: Giấy tờ giả mạo');
  });

  it('06 control slip: every hand-over with its time and timeliness', async () => {
    const text = pdfText(
      await controlSlipPdf({
        ...base,
        receivedAt,
        dueAt,
        handovers: [
          {
            step: 'Tiếp nhận, chuyển phòng chuyên môn',
            fromName: 'Bộ phận Một cửa',
            toName: 'Phòng Quản lý lao động',
            at: new Date('2026-11-27T02:00:00Z'),
            dueAt: new Date('2026-11-27T10:00:00Z'),
            timeliness: 'early',
            note: null,
          },
          {
            step: 'Thẩm định',
            fromName: 'Phòng Quản lý lao động',
            toName: 'Lãnh đạo Ban',
            at: new Date('2026-12-10T08:15:00Z'),
            dueAt: new Date('2026-12-09T10:00:00Z'),
            timeliness: 'late',
            note: 'Chờ ý kiến',
          },
        ],
      }),
    );
    expectHeader(text, '06');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('09 giờ 00 phút, ngày 27/11/2026');
    expect(text).toContain('15 giờ 15 phút, ngày 10/12/2026');
    expect(text).toContain('Trước hạn');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Phòng Quản lý lao động');
  });
});
