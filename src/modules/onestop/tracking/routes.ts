/**
 * HTTP of what the one-stop desk publishes and prints: public tracking by exact code (no
 * sign-in), forms 01–06 of a dossier as PDF, the tracking book (form 07) and the KPIs as JSON and
 * .xlsx.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../../platform/files/xlsx-write';
import { sendDownload } from '../../../platform/http/download';
import { ErrorResponse } from '../../../platform/http/errors';
import { DossierFormParams, TrackingBookQuery } from '../documents/contract';
import type { DocumentsService } from '../documents/service';
import { KpiQuery, KpiReport } from '../kpi/contract';
import { kpiXlsx } from '../kpi/kpi-xlsx';
import type { KpiService } from '../kpi/service';
import { PublicDossier, TrackingParams } from './contract';
import type { TrackingService } from './service';

const tags = ['onestop'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const xlsxFile = z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`);
const pdfFile = z.unknown().describe('a PDF document (application/pdf)');

const sendFile = (reply: FastifyReply, fileName: string, data: Buffer, type: string) =>
  sendDownload(reply, { fileName, data, contentType: type });

/** Where the QR code of the receipt slip points: this server, as the caller reached it. */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function deskOutputRoutes(s: { tracking: TrackingService; documents: DocumentsService; kpi: KpiService }) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/public/dossiers/:code',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Tra cứu hồ sơ theo đúng mã hồ sơ (công khai): thủ tục, trạng thái, mã trạng thái quốc gia, các mốc ngày',
          params: TrackingParams,
          response: { 200: PublicDossier, 400: ErrorResponse, 404: ErrorResponse },
        },
      },
      async (req) => s.tracking.track(req.params.code),
    );

    app.get(
      '/api/dossiers/:id/forms/:form.pdf',
      {
        config: { access: 'dossier_form:read' },
        schema: {
          tags,
          summary: 'Tải biểu mẫu 01–06 (Thông tư 03/2025/TT-VPCP) của một hồ sơ dưới dạng PDF',
          params: DossierFormParams,
          response: { 200: pdfFile, ...errors, 404: ErrorResponse, 409: ErrorResponse },
        },
      },
      async (req, reply) => {
        const out = await s.documents.formPdf(req.actor, req.params.id, req.params.form, originOf(req));
        return sendFile(reply, out.fileName, out.pdf, 'application/pdf');
      },
    );

    app.get(
      '/api/dossiers/tracking-book.xlsx',
      {
        config: { access: 'dossier_book:read' },
        schema: {
          tags,
          summary: 'Sổ theo dõi hồ sơ (Mẫu số 07) của Bộ phận Một cửa trong một khoảng ngày',
          querystring: TrackingBookQuery,
          response: { 200: xlsxFile, ...errors },
        },
      },
      async (req, reply) => {
        const out = await s.documents.trackingBook(req.actor, req.query);
        return sendFile(reply, out.fileName, out.xlsx, XLSX_CONTENT_TYPE);
      },
    );

    app.get(
      '/api/onestop/kpis',
      {
        config: { access: 'onestop_kpi:read' },
        schema: {
          tags,
          summary: 'Chỉ số giải quyết thủ tục hành chính theo thủ tục, đơn vị, cán bộ hoặc kênh trong một kỳ',
          querystring: KpiQuery,
          response: { 200: KpiReport, ...errors },
        },
      },
      async (req) => s.kpi.report(req.actor, req.query),
    );

    app.get(
      '/api/onestop/kpis.xlsx',
      {
        config: { access: 'onestop_kpi:read' },
        schema: {
          tags,
          summary: 'Chỉ số giải quyết thủ tục hành chính (.xlsx), cùng tham số với /api/onestop/kpis',
          querystring: KpiQuery,
          response: { 200: xlsxFile, ...errors },
        },
      },
      async (req, reply) => {
        const report = await s.kpi.report(req.actor, req.query);
        const where = report.province?.code ?? 'ca-nuoc';
        return sendFile(
          reply,
          `Chi-so-TTHC_${where}_${report.from}_${report.to}.xlsx`,
          await kpiXlsx(report),
          XLSX_CONTENT_TYPE,
        );
      },
    );
  };
  return plugin;
}
