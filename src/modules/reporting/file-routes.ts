/**
 * The reporting routes that send or receive files: the Excel template and the all-or-nothing
 * import, the one-report workbook read into the form (nothing written), the report list and the
 * missing list as .xlsx, and one report as PDF. Registered by routes.ts inside its plugin, where
 * the raw .xlsx body parser lives.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';
import { PDF_CONTENT_TYPE, sendDownload } from '../../platform/http/download';
import { ErrorResponse } from '../../platform/http/errors';
import { IdParams } from '../investment/contract';
import {
  CompletenessQuery,
  FillFromWorkbookQuery,
  ImportReportsQuery,
  ReportImportRejection,
  ReportImportResult,
  ReportListQuery,
  TemplateQuery,
  WorkbookFill,
} from './contract';
import type { ReportingService } from './service';
import { ImportRejected } from './use-cases/excel';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const file = z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`);
const tags = ['reports'];
/** A batch of reports for a whole Board fits well below the registry imports' limit. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

type FileOut = { fileName: string; data?: Buffer; stream?: NodeJS.ReadableStream };

const sendFile = (reply: FastifyReply, out: FileOut, type: string = XLSX_CONTENT_TYPE) =>
  sendDownload(reply, { ...out, contentType: type });
const sendWorkbook = (reply: FastifyReply, out: FileOut) => sendFile(reply, out);

/** A refused workbook: nothing was written; every problem by sheet, row and column. */
const rejection = (e: ImportRejected) => ({
  error: { code: 'UNPROCESSABLE', message: e.message, messageEn: e.messageEn, problems: e.problems },
});

type App = Parameters<FastifyPluginAsyncZod>[0];

export function fileRoutes(app: App, reporting: ReportingService) {
  app.get(
    '/api/reports/template.xlsx',
    {
      config: { access: 'report:file' },
      schema: {
        tags,
        summary: 'Tải mẫu Excel của một báo cáo (một dự án) hoặc của nhiều dự án trong một kỳ',
        querystring: TemplateQuery,
        response: { 200: file, ...one, 422: ErrorResponse },
      },
    },
    async (req, reply) => sendWorkbook(reply, await reporting.template(req.actor, req.query)),
  );

  app.post(
    '/api/reports/import',
    {
      config: { access: 'report:file' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Nhập báo cáo từ tệp Excel theo mẫu (tất cả hoặc không; lỗi theo trang, dòng, cột)',
        description: `Send the workbook as the raw body with content type ${XLSX_CONTENT_TYPE}.`,
        querystring: ImportReportsQuery,
        body: z.instanceof(Buffer).describe('the filled template (.xlsx)'),
        response: {
          200: ReportImportResult,
          ...errors,
          413: ErrorResponse,
          415: ErrorResponse,
          422: ReportImportRejection,
        },
      },
    },
    async (req, reply) => {
      try {
        return await reporting.importReports(req.actor, req.body, { submit: req.query.submit });
      } catch (e) {
        if (!(e instanceof ImportRejected)) throw e;
        return reply.code(422).send(rejection(e));
      }
    },
  );

  app.post(
    '/api/reports/fill-from-workbook',
    {
      config: { access: 'report:file' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Đọc tệp Excel của một báo cáo để điền vào biểu mẫu (không ghi gì; lỗi theo ô)',
        description: `Send the one-report template, filled, as the raw body with content type ${XLSX_CONTENT_TYPE}.`,
        querystring: FillFromWorkbookQuery,
        body: z.instanceof(Buffer).describe('the filled one-report template (.xlsx)'),
        response: {
          200: WorkbookFill,
          ...one,
          413: ErrorResponse,
          415: ErrorResponse,
          422: ReportImportRejection,
        },
      },
    },
    async (req, reply) => {
      try {
        return await reporting.fillFromWorkbook(req.actor, req.body, req.query);
      } catch (e) {
        if (!(e instanceof ImportRejected)) throw e;
        return reply.code(422).send(rejection(e));
      }
    },
  );

  app.get(
    '/api/reports.xlsx',
    {
      config: { access: 'report:read' },
      schema: {
        tags,
        summary: 'Xuất danh sách báo cáo ra Excel (cùng bộ lọc và phạm vi với /api/reports)',
        querystring: ReportListQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => sendWorkbook(reply, await reporting.exportReports(req.actor, req.query)),
  );

  app.get(
    '/api/reports/missing.xlsx',
    {
      config: { access: 'report:read' },
      schema: {
        tags,
        summary: 'Xuất Excel danh sách dự án chưa nộp báo cáo của một kỳ',
        querystring: CompletenessQuery,
        response: { 200: file, ...errors, 422: ErrorResponse },
      },
    },
    async (req, reply) => sendWorkbook(reply, await reporting.missingXlsx(req.actor, req.query)),
  );

  app.get(
    '/api/reports/:id.pdf',
    {
      config: { access: 'report:read' },
      schema: {
        tags,
        summary: 'In một báo cáo (PDF): thông tin chung và mọi chỉ tiêu với đơn vị',
        params: IdParams,
        response: { 200: z.unknown().describe(`a PDF document (${PDF_CONTENT_TYPE})`), ...one },
      },
    },
    async (req, reply) => sendFile(reply, await reporting.printReport(req.actor, req.params.id), PDF_CONTENT_TYPE),
  );
}
