import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import { BlockList, BlockListQuery } from './contract';
import type { EmulationService } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['emulation'];

/** HTTP mapping of the emulation blocks, the Club, rotation, movements and pacts (issue 7 §1–2). */
export function emulationRoutes(emulation: EmulationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/emulation/blocks',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Các khối, cụm thi đua và Câu lạc bộ mà người dùng được xem, với khối trưởng, khối phó của năm',
          querystring: BlockListQuery,
          response: { 200: BlockList, ...errors },
        },
      },
      async (req) => emulation.listBlocks(req.actor, req.query),
    );
  };
}
