import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import { IdParams, ProjectDetail, ProjectProfile, ProjectProfileQuery } from './contract';
import {
  OriginPreview,
  OriginPreviewBody,
  ProjectPeriodParams,
  RealisedCapitalBody,
  RealisedCapitalList,
  RecordAuditPage,
  RecordAuditQuery,
  UpdateProjectBody,
} from './contract-records';
import type { InvestmentService } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };

/** The project profile, project edits, realised capital and the audit trails (HTTP mapping only). */
export function investmentRecordRoutes(investment: InvestmentService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/projects/profile',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary:
            'Dự án của một KCN hoặc KKT tại một ngày: số dự án, vốn đăng ký và thực hiện, đối tác, ngành, theo năm',
          querystring: ProjectProfileQuery,
          response: { 200: ProjectProfile, ...one, 422: ErrorResponse },
        },
      },
      async (req) => investment.projectProfile(req.actor, req.query),
    );

    app.post(
      '/api/projects/origin',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Xem trước FDI/DDI, loại tiền và đối tác chính từ danh sách nhà đầu tư (không ghi gì)',
          body: OriginPreviewBody,
          response: { 200: OriginPreview, ...errors, 422: ErrorResponse },
        },
      },
      async (req) => investment.previewOrigin(req.actor, req.body),
    );

    app.patch(
      '/api/projects/:id',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Sửa tên, ngành, mục tiêu, doanh nghiệp thực hiện dự án',
          params: IdParams,
          body: UpdateProjectBody,
          response: { 200: ProjectDetail, ...write },
        },
      },
      async (req) => investment.updateProject(req.actor, req.params.id, req.body),
    );

    app.get(
      '/api/projects/:id/realised-capital',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary: 'Vốn thực hiện của dự án theo kỳ',
          params: IdParams,
          response: { 200: RealisedCapitalList, ...one },
        },
      },
      async (req) => investment.listRealisedCapital(req.actor, req.params.id),
    );

    app.post(
      '/api/projects/:id/realised-capital',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Ghi vốn thực hiện của một kỳ đã kết thúc (bằng loại tiền của giấy chứng nhận)',
          params: IdParams,
          body: RealisedCapitalBody,
          response: { 200: RealisedCapitalList, ...write },
        },
      },
      async (req) => investment.recordRealisedCapital(req.actor, req.params.id, req.body),
    );

    app.delete(
      '/api/projects/:id/realised-capital/:period',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Xóa vốn thực hiện đã ghi của một kỳ',
          params: ProjectPeriodParams,
          response: { 200: RealisedCapitalList, ...write },
        },
      },
      async (req) => investment.removeRealisedCapital(req.actor, req.params.id, req.params.period),
    );

    const trails = [
      ['/api/projects/:id/audit', 'Lịch sử thay đổi của dự án (ai, khi nào, thay đổi gì)', investment.projectTrail],
      ['/api/enterprises/:id/audit', 'Lịch sử thay đổi của doanh nghiệp', investment.enterpriseTrail],
      ['/api/investors/:id/audit', 'Lịch sử thay đổi của nhà đầu tư', investment.investorTrail],
    ] as const;
    for (const [url, summary, read] of trails) {
      app.get(
        url,
        {
          config: { access: 'registry:read' },
          schema: {
            tags: ['audit'],
            summary,
            params: IdParams,
            querystring: RecordAuditQuery,
            response: { 200: RecordAuditPage, ...one },
          },
        },
        async (req) => read(req.actor, req.params.id, req.query),
      );
    }
  };
}
