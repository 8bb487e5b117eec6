/**
 * A file answered as a download: the content type from the file's extension unless given, the
 * Vietnamese file name kept (with an ASCII fallback), and never cached, because every export holds
 * data of its caller's scope. The body is sent as it is (a Buffer or a stream), not serialised.
 */
import type { FastifyReply } from 'fastify';
import { XLSX_CONTENT_TYPE } from '../files/xlsx-read';
import { contentDisposition } from '../files/xlsx-write';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_CONTENT_TYPE = 'application/pdf';

const BY_EXTENSION: Record<string, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  docx: DOCX_CONTENT_TYPE,
  pdf: PDF_CONTENT_TYPE,
  csv: 'text/csv; charset=utf-8',
};

export type Download = {
  fileName: string;
  data?: Buffer;
  stream?: NodeJS.ReadableStream;
  /** When the name's extension does not say it (an uploaded document). */
  contentType?: string;
};

export function contentTypeOf(fileName: string): string {
  return BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function sendDownload(reply: FastifyReply, file: Download) {
  return reply
    .header('content-type', file.contentType ?? contentTypeOf(file.fileName))
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .serializer((payload: unknown) => payload as string)
    .send(file.data ?? file.stream);
}
