/** HTTP mapping of the partner picker of "named partners" listings. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../platform/http/errors';
import type { EcoService } from '../service';
import { PartnerCandidates, PartnerCandidatesQuery } from './partner-candidates';

type App = Parameters<FastifyPluginAsyncZod>[0];

export function registerPartnerRoutes(app: App, eco: EcoService) {
  app.get(
    '/api/eco/partner-candidates',
    {
      config: { access: 'eco:list' },
      schema: {
        tags: ['eco'],
        summary: 'Doanh nghiệp có thể chọn làm đối tác của tin "chỉ đối tác được nêu tên"',
        querystring: PartnerCandidatesQuery,
        response: {
          200: PartnerCandidates,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (req) => eco.partnerCandidates(req.actor, req.query),
  );
}
