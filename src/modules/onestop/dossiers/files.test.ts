import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors';
import { checkDocument, MAX_DOCUMENT_BYTES, sniffFormat } from './files';

const zipWith = (part: string) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(part)]);

describe('dossier document checks', () => {
  it('reads the format from the first bytes, not the name', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffFormat(zipWith('word/document.xml'))).toBe('docx');
    expect(sniffFormat(zipWith('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffFormat(zipWith('some/other.txt'))).toBeNull();
    expect(sniffFormat(Buffer.from('MZ executable'))).toBeNull();
  });

  it('refuses empty, oversized and unknown files with bilingual messages', () => {
    const code = (b: Buffer) => {
      try {
        checkDocument(b);
      } catch (e) {
        return e instanceof AppError ? [e.code, e.message.length > 0, e.messageEn.length > 0] : e;
      }
      return 'accepted';
    };
    expect(code(Buffer.alloc(0))).toEqual(['VALIDATION_FAILED', true, true]);
    expect(code(Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(MAX_DOCUMENT_BYTES)]))).toEqual([
      'PAYLOAD_TOO_LARGE',
      true,
      true,
    ]);
    expect(code(Buffer.from('hello'))).toEqual(['UNSUPPORTED_MEDIA_TYPE', true, true]);
    const ok = checkDocument(Buffer.from('%PDF-1.4 x'));
    expect(ok).toMatchObject({ format: 'pdf', mime: 'application/pdf', sizeBytes: 10 });
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
