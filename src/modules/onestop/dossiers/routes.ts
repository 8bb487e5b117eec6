import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../../platform/http/download';
import { ErrorResponse } from '../../../platform/http/errors';
import {
  DocumentOut,
  DocumentParams,
  DossierDetail,
  DossierIdParams,
  DossierList,
  DossierListQuery,
  ReceiveAtDeskBody,
  SubmitOnlineBody,
  TransitionBody,
  UploadQuery,
} from './contract';
import { DOCUMENT_FORMATS, MAX_DOCUMENT_BYTES } from './files';
import type { DossierService } from './service';

const tags = ['onestop'];
const fail = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const acts = { ...fail, 409: ErrorResponse, 422: ErrorResponse };
// A little over 20 MB so the service, not the parser, answers "larger than 20 MB" in both languages.
const UPLOAD_LIMIT = MAX_DOCUMENT_BYTES + 1024;

/** HTTP mapping of one-stop dossiers: /api/dossiers… */
export function dossierRoutes(service: DossierService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    // Uploads arrive as the raw body (this plugin's routes only); the service checks the real format.
    app.addContentTypeParser(
      [...Object.values(DOCUMENT_FORMATS), 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
      (_req, body, done) => done(null, body),
    );

    app.get(
      '/api/dossiers',
      {
        config: { access: 'dossier:read' },
        schema: {
          tags,
          summary: 'Hồ sơ: của doanh nghiệp mình, hoặc hàng việc của cán bộ / đơn vị / cả Ban, theo thời gian còn lại',
          querystring: DossierListQuery,
          response: { 200: DossierList, ...fail },
        },
      },
      async (req) => service.list(req.actor, req.query),
    );

    app.post(
      '/api/dossiers',
      {
        config: { access: 'dossier:submit' },
        schema: {
          tags,
          summary: 'Doanh nghiệp nộp hồ sơ trực tuyến (cấp mã hồ sơ)',
          body: SubmitOnlineBody,
          response: { 201: DossierDetail, ...acts },
        },
      },
      async (req, reply) => reply.code(201).send(await service.submitOnline(req.actor, req.body)),
    );

    app.post(
      '/api/dossiers/desk',
      {
        config: { access: 'dossier:process' },
        schema: {
          tags,
          summary: 'Bộ phận Một cửa ghi hồ sơ giấy: tiếp nhận, yêu cầu bổ sung hoặc từ chối',
          body: ReceiveAtDeskBody,
          response: { 201: DossierDetail, ...acts },
        },
      },
      async (req, reply) => reply.code(201).send(await service.receiveAtDesk(req.actor, req.body)),
    );

    app.get(
      '/api/dossiers/officers',
      {
        config: { access: 'dossier:process' },
        schema: {
          tags,
          summary: 'Cán bộ của Ban (để phân công)',
          response: {
            200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string() })) }),
            ...fail,
          },
        },
      },
      async (req) => service.officers(req.actor),
    );

    app.get(
      '/api/dossiers/:id',
      {
        config: { access: 'dossier:read' },
        schema: {
          tags,
          summary: 'Một hồ sơ: thời hạn, các bước, ý kiến, giấy tờ, diễn biến và thao tác được phép',
          params: DossierIdParams,
          response: { 200: DossierDetail, ...fail },
        },
      },
      async (req) => service.detail(req.actor, req.params.id),
    );

    app.post(
      '/api/dossiers/:id/transitions',
      {
        config: { access: 'dossier:act' },
        schema: {
          tags,
          summary: 'Một bước của hồ sơ (tiếp nhận, bổ sung, chuyển, phân công, gia hạn, quyết định, trả kết quả…)',
          params: DossierIdParams,
          body: TransitionBody,
          response: { 200: DossierDetail, ...acts },
        },
      },
      async (req) => service.transition(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/dossiers/:id/documents',
      {
        config: { access: 'dossier:act' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          summary: 'Tải lên một giấy tờ (PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB)',
          description: 'Send the file as the raw body with its content type.',
          params: DossierIdParams,
          querystring: UploadQuery,
          body: z.instanceof(Buffer).describe('the file'),
          response: { 201: DocumentOut, ...acts, 413: ErrorResponse, 415: ErrorResponse },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.uploadDocument(req.actor, req.params.id, req.query, req.body)),
    );

    app.get(
      '/api/dossiers/:id/documents/:documentId',
      {
        config: { access: 'dossier:read' },
        schema: {
          tags,
          summary: 'Tải về một giấy tờ của hồ sơ',
          params: DocumentParams,
          response: { 200: z.unknown().describe('the file'), ...fail },
        },
      },
      async (req, reply) => {
        const doc = await service.downloadDocument(req.actor, req.params.id, req.params.documentId);
        return sendDownload(reply, { fileName: doc.fileName, data: doc.content, contentType: doc.mime });
      },
    );
  };
  return plugin;
}
