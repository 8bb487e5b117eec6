/**
 * Checks of an uploaded dossier document: one of the accepted formats (read from the file's first
 * bytes, not trusted from its name) and at most 20 MB.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../kernel/errors';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_FORMATS = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

const starts = (b: Buffer, bytes: number[]) => bytes.every((v, i) => b[i] === v);

/** The format of the content, or null when it is none of the accepted ones. */
export function sniffFormat(content: Buffer): DocumentFormat | null {
  if (starts(content, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (starts(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(content, [0xff, 0xd8, 0xff])) return 'jpg';
  if (starts(content, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are zip packages; their part names are stored uncompressed in the zip headers.
    const text = content.toString('latin1');
    if (text.includes('word/')) return 'docx';
    if (text.includes('xl/')) return 'xlsx';
  }
  return null;
}

export type CheckedFile = { format: DocumentFormat; mime: string; sizeBytes: number; sha256: string };

export function checkDocument(content: Buffer): CheckedFile {
  if (content.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Tệp rỗng.', 'The file is empty.');
  }
  if (content.length > MAX_DOCUMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp vượt quá 20 MB.', 'The file is larger than 20 MB.');
  }
  const format = sniffFormat(content);
  if (!format) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), JPG hoặc PNG.',
      'Only PDF, Word (.docx), Excel (.xlsx), JPG or PNG files are accepted.',
    );
  }
  return {
    format,
    mime: DOCUMENT_FORMATS[format],
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
