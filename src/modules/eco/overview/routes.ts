/** HTTP mapping of the eco overview. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../platform/http/errors';
import type { EcoService } from '../service';
import { EcoOverview, EcoOverviewQuery } from './overview';

type App = Parameters<FastifyPluginAsyncZod>[0];

export function registerOverviewRoutes(app: App, eco: EcoService) {
  app.get(
    '/api/eco/overview',
    {
      config: { access: 'eco:read' },
      schema: {
        tags: ['eco'],
        summary: 'Tổng quan KCN sinh thái: KCN theo mức đạt tiêu chí, xu hướng RECP và liên kết cộng sinh theo năm',
        querystring: EcoOverviewQuery,
        response: { 200: EcoOverview, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (req) => eco.ecoOverview(req.actor, req.query),
  );
}
