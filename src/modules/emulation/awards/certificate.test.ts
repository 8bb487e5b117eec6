import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CertificateData, certificatePdf, vietnameseDate } from './certificate';

const text = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

const flag: CertificateData = {
  kind: 'co_thi_dua',
  authority: 'Bộ trưởng Bộ Tài chính',
  titleVi: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
  subjectKind: 'collective',
  subjectName: 'Ban Quản lý các khu công nghiệp tỉnh Hà Nam',
  unitName: null,
  achievement: 'Dẫn đầu phong trào thi đua năm 2025 của Khối thi đua các Ban Quản lý vùng Đồng bằng sông Hồng',
  year: 2025,
  decisionNumber: '215/QĐ-BTC',
  decisionDate: '2026-01-20',
  signerTitle: 'Bộ trưởng',
  signerName: 'Nguyễn Văn Thắng',
};

describe('certificates', () => {
  it('print the flag with correct Vietnamese text, the decision and the signer', async () => {
    const out = text(await certificatePdf(flag));
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BỘ TRƯỞNG BỘ TÀI CHÍNH',
      'CỜ THI ĐUA',
      'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
      'Ban Quản lý các khu công nghiệp tỉnh Hà Nam',
      'Quyết định số 215/QĐ-BTC',
      'ngày 20 tháng 01 năm 2026',
      'Nguyễn Văn Thắng',
    ]) {
      expect(out).toContain(s);
    }
  });

  it('print a person’s Bằng khen with the unit', async () => {
    const out = text(
      await certificatePdf({
        ...flag,
        kind: 'bang_khen',
        titleVi: 'Bằng khen của Bộ trưởng, Chủ tịch UBND tỉnh',
        subjectKind: 'individual',
        subjectName: 'Trần Thị Hằng',
        unitName: 'Phòng Quản lý đầu tư, Ban Quản lý các KCN tỉnh Bắc Ninh',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025',
      }),
    );
    expect(out).toContain('BẰNG KHEN');
    expect(out).toContain('Ông/Bà Trần Thị Hằng');
    expect(out).toContain('Phòng Quản lý đầu tư, Ban Quản lý các KCN tỉnh Bắc Ninh');
    expect(out).toContain('Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025');
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2026-03-05')).toBe('ngày 05 tháng 03 năm 2026');
  });
});
