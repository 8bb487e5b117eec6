import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';
import { ErrorResponse, errorBody } from '../../platform/http/errors';
import { IdParams } from '../investment/contract';
import {
  AcceptReportBody,
  CheckResult,
  CompletenessQuery,
  CompletenessView,
  CreateReportBody,
  MissingList,
  PeriodList,
  PeriodsQuery,
  PlausibilityRejection,
  ReminderList,
  RemindersQuery,
  ReopenBody,
  ReopeningList,
  ReopeningsQuery,
  ReopeningView,
  ReportEventList,
  ReportListQuery,
  ReportPage,
  ReportTypeList,
  ReportView,
  RequestRevisionBody,
  SubmitReportBody,
  UpdateReportBody,
} from './contract';
import { fileRoutes, IMPORT_BODY_LIMIT } from './file-routes';
import type { ReportingService } from './service';
import { PlausibilityError } from './use-cases/workflow';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['reports'];

/** A 422 listing the plausibility warnings still to confirm (submit, and a Board's edit). */
function plausibilityBody(e: PlausibilityError) {
  const body = errorBody('UNPROCESSABLE', e.message, e.messageEn, e.fields);
  return { error: { ...body.error, code: 'UNPROCESSABLE' as const, warnings: e.warnings } };
}

/** HTTP mapping of the enterprise periodic reports (national-forms.md §C). */
export function reportingRoutes(reporting: ReportingService): FastifyPluginAsyncZod {
  return async (app) => {
    // Workbooks arrive as the raw request body (this plugin's routes only).
    app.addContentTypeParser(
      [XLSX_CONTENT_TYPE, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    fileRoutes(app, reporting);

    app.get(
      '/api/reports/types',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Các mẫu báo cáo (A.III.1 quý, A.III.2 năm) theo phiên bản: chỉ tiêu, đơn vị, kiểm tra',
          response: { 200: ReportTypeList, ...errors },
        },
      },
      async (req) => reporting.listTypes(req.actor),
    );

    app.get(
      '/api/reports/periods',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Các kỳ báo cáo của một năm với thời hạn và trạng thái kỳ hôm nay',
          querystring: PeriodsQuery,
          response: { 200: PeriodList, ...errors },
        },
      },
      async (req) => reporting.listPeriods(req.actor, req.query),
    );

    app.get(
      '/api/reports',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Danh sách báo cáo trong phạm vi của người dùng (lọc theo năm, kỳ, trạng thái, dự án, KCN, mã)',
          querystring: ReportListQuery,
          response: { 200: ReportPage, ...errors },
        },
      },
      async (req) => reporting.listReports(req.actor, req.query),
    );

    app.post(
      '/api/reports',
      {
        config: { access: 'report:file' },
        schema: {
          tags,
          summary: 'Lập báo cáo (lưu nháp) khi kỳ đang trong thời hạn hoặc đã được mở lại cho dự án',
          body: CreateReportBody,
          response: { 201: ReportView, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await reporting.createReport(req.actor, req.body)),
    );

    app.get(
      '/api/reports/completeness',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary:
            'Tình hình nộp báo cáo của một kỳ theo tỉnh và KCN/KKT: phải nộp, đúng hạn, trễ hạn, chưa nộp, đã tiếp nhận',
          querystring: CompletenessQuery,
          response: { 200: CompletenessView, ...errors, 422: ErrorResponse },
        },
      },
      async (req) => reporting.completeness(req.actor, req.query),
    );

    app.get(
      '/api/reports/missing',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Danh sách dự án chưa nộp báo cáo của một kỳ',
          querystring: CompletenessQuery,
          response: { 200: MissingList, ...errors, 422: ErrorResponse },
        },
      },
      async (req) => reporting.missing(req.actor, req.query),
    );

    app.get(
      '/api/reports/reminders',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Danh sách nhắc nộp: dự án chưa nộp báo cáo của các kỳ đang trong thời hạn',
          querystring: RemindersQuery,
          response: { 200: ReminderList, ...errors },
        },
      },
      async (req) => reporting.reminders(req.actor, req.query),
    );

    app.get(
      '/api/reports/reopenings',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Các lần mở lại kỳ báo cáo cho dự án',
          querystring: ReopeningsQuery,
          response: { 200: ReopeningList, ...errors },
        },
      },
      async (req) => reporting.listReopenings(req.actor, req.query),
    );

    app.post(
      '/api/reports/reopenings',
      {
        config: { access: 'report:review' },
        schema: {
          tags,
          summary: 'Ban Quản lý mở lại kỳ báo cáo đã qua cho một dự án (lý do, đến ngày)',
          body: ReopenBody,
          response: { 201: ReopeningView, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await reporting.reopenPeriod(req.actor, req.body)),
    );

    app.get(
      '/api/reports/:id',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Một báo cáo với số liệu, trạng thái và thao tác được phép',
          params: IdParams,
          response: { 200: ReportView, ...one },
        },
      },
      async (req) => reporting.getReport(req.actor, req.params.id),
    );

    app.patch(
      '/api/reports/:id',
      {
        config: { access: 'report:file' },
        schema: {
          tags,
          summary: 'Sửa và lưu báo cáo (nháp, yêu cầu chỉnh sửa; Ban Quản lý sửa báo cáo đã tiếp nhận kèm lý do)',
          params: IdParams,
          body: UpdateReportBody,
          response: { 200: ReportView, ...write, 422: z.union([PlausibilityRejection, ErrorResponse]) },
        },
      },
      async (req, reply) => {
        try {
          return await reporting.updateReport(req.actor, req.params.id, req.body);
        } catch (e) {
          if (!(e instanceof PlausibilityError)) throw e;
          return reply.code(422).send(plausibilityBody(e));
        }
      },
    );

    app.delete(
      '/api/reports/:id',
      {
        config: { access: 'report:file' },
        schema: {
          tags,
          summary: 'Xóa báo cáo nháp chưa từng nộp',
          params: IdParams,
          response: { 204: z.null(), ...write },
        },
      },
      async (req, reply) => {
        await reporting.deleteReport(req.actor, req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/reports/:id/events',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Vòng đời của báo cáo (mới nhất trước)',
          params: IdParams,
          response: { 200: ReportEventList, ...one },
        },
      },
      async (req) => reporting.reportEvents(req.actor, req.params.id),
    );

    app.post(
      '/api/reports/:id/check',
      {
        config: { access: 'report:read' },
        schema: {
          tags,
          summary: 'Kiểm tra trước khi nộp: lỗi theo chỉ tiêu và cảnh báo số liệu bất thường (không ghi gì)',
          params: IdParams,
          response: { 200: CheckResult, ...one },
        },
      },
      async (req) => reporting.checkReport(req.actor, req.params.id),
    );

    app.post(
      '/api/reports/:id/submit',
      {
        config: { access: 'report:file' },
        schema: {
          tags,
          summary: 'Nộp báo cáo (chờ duyệt); cảnh báo bất thường chưa xác nhận trả 422 kèm danh sách',
          params: IdParams,
          body: SubmitReportBody,
          response: { 200: ReportView, ...one, 409: ErrorResponse, 422: PlausibilityRejection },
        },
      },
      async (req, reply) => {
        try {
          return await reporting.submitReport(req.actor, req.params.id, req.body);
        } catch (e) {
          if (!(e instanceof PlausibilityError)) throw e;
          return reply.code(422).send(plausibilityBody(e));
        }
      },
    );

    app.post(
      '/api/reports/:id/accept',
      {
        config: { access: 'report:review' },
        schema: {
          tags,
          summary: 'Ban Quản lý tiếp nhận báo cáo (ghi vốn thực hiện của kỳ)',
          params: IdParams,
          body: AcceptReportBody,
          response: { 200: ReportView, ...write },
        },
      },
      async (req) => reporting.acceptReport(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/reports/:id/request-revision',
      {
        config: { access: 'report:review' },
        schema: {
          tags,
          summary: 'Ban Quản lý yêu cầu chỉnh sửa (lý do, theo từng chỉ tiêu)',
          params: IdParams,
          body: RequestRevisionBody,
          response: { 200: ReportView, ...write },
        },
      },
      async (req) => reporting.requestRevision(req.actor, req.params.id, req.body),
    );
  };
}
