import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../http/errors';
import { AuditPage, AuditQuery } from './contract';
import type { AuditService } from './service';

export function auditRoutes(audit: AuditService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit:read' },
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký hệ thống (lọc theo người, thao tác, đối tượng, thời gian)',
          querystring: AuditQuery,
          response: { 200: AuditPage, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
        },
      },
      async (req) => audit.find(req.actor, req.query),
    );
  };
  return plugin;
}
