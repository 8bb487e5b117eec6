import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';
import { DOCX_CONTENT_TYPE, sendDownload } from '../../platform/http/download';
import { ErrorResponse } from '../../platform/http/errors';
import { DrillQuery, DrillResult, FormTable } from './contract';
import type { SubmissionDetail as SubmissionDetailType } from './contract-workflow';
import {
  FormCatalogue,
  FormCodeParams,
  FormPageQuery,
  FormStatusList,
  Overview,
  OverviewQuery,
  PrepareBody,
  ReasonBody,
  ScopeQuery,
  SubmissionChanges,
  SubmissionDetail,
  SubmissionHistory,
  SubmissionIdParams,
} from './contract-workflow';
import type { StatisticsService } from './service';

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const write = { ...read, 409: ErrorResponse, 422: ErrorResponse };
const file = z.unknown().describe('the file (.xlsx or .docx)');
const tags = ['statistics'];

const sendFile = (reply: FastifyReply, out: { fileName: string; data: Buffer }) =>
  sendDownload(reply, { ...out, contentType: out.fileName.endsWith('.docx') ? DOCX_CONTENT_TYPE : XLSX_CONTENT_TYPE });

/** HTTP mapping of the national forms: /api/statistics/forms/… and the Board's submissions. */
export function statisticsRoutes(stats: StatisticsService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    const readRoute = { config: { access: 'statistics:read' as const } };

    app.get(
      '/api/statistics/forms',
      {
        ...readRoute,
        schema: { tags, summary: 'Danh mục biểu mẫu thống kê 2101–2116', response: { 200: FormCatalogue, ...read } },
      },
      async (req) => stats.catalogue(req.actor),
    );

    app.get(
      '/api/statistics/forms/:code',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Một biểu tính trực tiếp từ dữ liệu cho một kỳ (quý, năm) và một tỉnh hoặc toàn quốc',
          params: FormCodeParams,
          querystring: FormPageQuery,
          response: { 200: FormTable, ...read },
        },
      },
      async (req) => {
        const { page, pageSize, ...scope } = req.query;
        return page === undefined
          ? stats.computeForm(req.actor, req.params.code, scope)
          : stats.computeFormPage(req.actor, req.params.code, { ...scope, page, pageSize });
      },
    );

    for (const kind of ['xlsx', 'docx'] as const) {
      app.get(
        `/api/statistics/forms/:code.${kind}`,
        {
          ...readRoute,
          schema: {
            tags,
            summary: `Xuất biểu ra tệp .${kind} theo mẫu`,
            params: FormCodeParams,
            querystring: ScopeQuery,
            response: { 200: file, ...read },
          },
        },
        async (req, reply) => sendFile(reply, await stats.formFile(req.actor, req.params.code, req.query, kind)),
      );
      app.get(
        `/api/statistics/submissions/:id/file.${kind}`,
        {
          ...readRoute,
          schema: {
            tags,
            summary: `Xuất phiên bản đã chốt của biểu ra tệp .${kind}`,
            params: SubmissionIdParams,
            response: { 200: file, ...read },
          },
        },
        async (req, reply) => sendFile(reply, await stats.submissionFile(req.actor, req.params.id, kind)),
      );
    }

    app.get(
      '/api/statistics/forms/:code/drill',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Các bản ghi tạo nên một ô của biểu (cùng kỳ, cùng phạm vi)',
          params: FormCodeParams,
          querystring: DrillQuery.extend({ period: ScopeQuery.shape.period }),
          response: { 200: DrillResult, ...read },
        },
      },
      async (req) => stats.drill(req.actor, req.params.code, req.query),
    );

    app.get(
      '/api/statistics/forms/:code/drill.xlsx',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Xuất các bản ghi của một ô ra Excel',
          params: FormCodeParams,
          querystring: ScopeQuery.extend({ cell: z.string().min(1).max(500) }),
          response: { 200: file, ...read, 422: ErrorResponse },
        },
      },
      async (req, reply) => sendFile(reply, await stats.drillFile(req.actor, req.params.code, req.query)),
    );

    app.get(
      '/api/statistics/submissions',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Các biểu của một kỳ với trạng thái gửi Bộ của phiên bản mới nhất',
          querystring: ScopeQuery,
          response: { 200: FormStatusList, ...read },
        },
      },
      async (req) => stats.statusList(req.actor, req.query),
    );

    app.get(
      '/api/statistics/forms/:code/submissions',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Các phiên bản của một biểu trong kỳ (mới nhất trước) và lịch sử xử lý',
          params: FormCodeParams,
          querystring: ScopeQuery,
          response: { 200: SubmissionHistory, ...read },
        },
      },
      async (req) => stats.history(req.actor, req.params.code, req.query),
    );

    app.post(
      '/api/statistics/forms/:code/submissions',
      {
        // Who prepares is the form's workflow's (checked by the service); the route admits its participants.
        config: { access: 'form:workflow' },
        schema: {
          tags,
          summary: 'Lập biểu: tính và chốt số liệu (bản nháp; phiên bản mới sau yêu cầu chỉnh sửa)',
          params: FormCodeParams,
          body: PrepareBody,
          response: { 201: SubmissionDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await stats.prepare(req.actor, req.params.code, req.body)),
    );

    app.get(
      '/api/statistics/submissions/:id',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'Một phiên bản biểu đã lập',
          params: SubmissionIdParams,
          response: { 200: SubmissionDetail, ...read },
        },
      },
      async (req) => stats.getSubmission(req.actor, req.params.id),
    );

    app.get(
      '/api/statistics/submissions/:id/changes',
      {
        ...readRoute,
        schema: {
          tags,
          summary: 'So sánh phiên bản đã chốt với số liệu hiện tại: ô thay đổi và ai đã sửa dữ liệu gì',
          params: SubmissionIdParams,
          response: { 200: SubmissionChanges, ...read },
        },
      },
      async (req) => stats.changes(req.actor, req.params.id),
    );

    const step = (
      path: string,
      summary: string,
      run: (actor: never, id: string, reason: string) => Promise<SubmissionDetailType>,
      withReason: boolean,
    ) =>
      app.post(
        `/api/statistics/submissions/:id/${path}`,
        {
          // Each step's role is the form's workflow's (checked by the service); the route admits its participants.
          config: { access: 'form:workflow' },
          schema: {
            tags,
            summary,
            params: SubmissionIdParams,
            ...(withReason ? { body: ReasonBody } : {}),
            response: { 200: SubmissionDetail, ...write },
          },
        },
        async (req) =>
          run(req.actor as never, req.params.id, (req.body as { reason?: string } | undefined)?.reason ?? ''),
      );

    step(
      'submit',
      'Trình lãnh đạo Ban duyệt (hoặc gửi Bộ nếu quy trình của biểu không có bước duyệt)',
      (a, id) => stats.submit(a, id),
      false,
    );
    step('approve', 'Lãnh đạo Ban phê duyệt và gửi Bộ', (a, id) => stats.approve(a, id), false);
    step(
      'return',
      'Lãnh đạo Ban trả lại để chỉnh sửa (kèm lý do)',
      (a, id, r) => stats.returnForRevision(a, id, r),
      true,
    );
    step('accept', 'Bộ tiếp nhận biểu (khóa)', (a, id) => stats.accept(a, id), false);
    step('request-revision', 'Bộ yêu cầu chỉnh sửa (kèm lý do)', (a, id, r) => stats.requestRevision(a, id, r), true);

    app.get(
      '/api/statistics/overview',
      {
        config: { access: 'statistics:overview' },
        schema: {
          tags,
          summary: 'Tình hình gửi biểu của các tỉnh trong một kỳ (Bộ)',
          querystring: OverviewQuery,
          response: { 200: Overview, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
        },
      },
      async (req) => stats.overview(req.actor, req.query),
    );
  };
  return plugin;
}
