import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../platform/http/errors';
import { IdParams } from '../../investment/contract';
import { Certification, CertificationList, CertificationQuery, RevokeBody } from './contract';
import type { CertificationUseCases } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['eco'];

/** Eco certificates: read as of a day; revoked by the Board that decided them. */
export function certificationRoutes(eco: CertificationUseCases): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/eco/certifications',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Giấy chứng nhận KCN sinh thái / doanh nghiệp sinh thái của một KCN hoặc doanh nghiệp tại một ngày',
          querystring: CertificationQuery,
          response: { 200: CertificationList, ...errors },
        },
      },
      async (req) => eco.certifications(req.actor, req.query),
    );
    app.post(
      '/api/eco/certifications/:id/revoke',
      {
        config: { access: 'eco:certify' },
        schema: {
          tags,
          summary: 'Thu hồi giấy chứng nhận sinh thái (Ban Quản lý đã chứng nhận), có lý do',
          params: IdParams,
          body: RevokeBody,
          response: { 200: Certification, ...errors, 409: ErrorResponse, 422: ErrorResponse },
        },
      },
      async (req) => eco.revokeCertification(req.actor, req.params.id, req.body),
    );
  };
}
