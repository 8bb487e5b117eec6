import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';
import { sendDownload } from '../../platform/http/download';
import { ErrorResponse } from '../../platform/http/errors';
import { EnterpriseQuery, InvestorQuery, ProjectQuery } from '../investment/contract';
import { ParkQuery, ZoneQuery } from '../zones/contract';
import { ImportJob, ImportKindParams, ImportUploadQuery, JobIdParams } from './contract';
import type { RegistryIoService } from './service';

/**
 * An uploaded workbook is much larger than a JSON request, so the import route alone accepts up
 * to this size: 10,000 projects with their investors make about 650 KB, and the bound keeps the
 * memory the workbook loader needs in check (the file is read whole, see xlsx-read.ts).
 */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...read, 404: ErrorResponse };
const file = z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`);

const sendWorkbook = (reply: FastifyReply, out: { fileName: string; data?: Buffer; stream?: NodeJS.ReadableStream }) =>
  sendDownload(reply, { ...out, contentType: XLSX_CONTENT_TYPE });

/** HTTP mapping of Excel in and out: /api/imports/… and the `.xlsx` twin of every registry list. */
export function registryIoRoutes(io: RegistryIoService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    // Workbooks arrive as the raw request body (this plugin's routes only).
    app.addContentTypeParser(
      [XLSX_CONTENT_TYPE, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );

    app.get(
      '/api/imports/templates/:kind.xlsx',
      {
        config: { access: 'registry:import' },
        schema: {
          tags: ['imports'],
          summary: 'Tải mẫu Excel để nhập dữ liệu (tiêu đề, danh sách chọn, hướng dẫn)',
          params: ImportKindParams,
          response: { 200: file, ...read },
        },
      },
      async (req, reply) => sendWorkbook(reply, await io.template(req.actor, req.params.kind)),
    );

    app.post(
      '/api/imports/:kind',
      {
        config: { access: 'registry:import' },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['imports'],
          summary: 'Nhập một tệp Excel theo mẫu (tất cả hoặc không); trả về lượt nhập để theo dõi tiến độ',
          description: `Send the workbook as the raw body with content type ${XLSX_CONTENT_TYPE}.`,
          params: ImportKindParams,
          querystring: ImportUploadQuery,
          body: z.instanceof(Buffer).describe('the filled template (.xlsx)'),
          response: { 202: ImportJob, ...read, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
        },
      },
      async (req, reply) =>
        reply.code(202).send(io.startImport(req.actor, req.params.kind, req.body, req.query.fileName ?? null)),
    );

    app.get(
      '/api/imports/jobs/:id',
      {
        config: { access: 'import:read' },
        schema: {
          tags: ['imports'],
          summary: 'Tiến độ và kết quả một lượt nhập (người tải lên, quản trị viên)',
          params: JobIdParams,
          response: { 200: ImportJob, ...one },
        },
      },
      async (req) => io.getJob(req.actor, req.params.id),
    );

    app.get(
      '/api/imports/jobs/:id/errors.xlsx',
      {
        config: { access: 'import:read' },
        schema: {
          tags: ['imports'],
          summary: 'Danh sách lỗi của một lượt nhập dưới dạng Excel',
          params: JobIdParams,
          response: { 200: file, ...one },
        },
      },
      async (req, reply) => sendWorkbook(reply, await io.problemsFile(req.actor, req.params.id)),
    );

    const exportRoute = <Q extends z.ZodType>(
      url: string,
      summary: string,
      querystring: Q,
      run: (req: { actor: never; query: z.infer<Q> }) => Promise<{ fileName: string; stream: NodeJS.ReadableStream }>,
    ) =>
      app.get(
        url,
        {
          config: { access: 'registry:read' },
          schema: { tags: ['exports'], summary, querystring, response: { 200: file, ...read } },
        },
        async (req, reply) => sendWorkbook(reply, await run(req as never)),
      );

    exportRoute('/api/parks.xlsx', 'Xuất danh sách KCN ra Excel (cùng bộ lọc với /api/parks)', ParkQuery, (req) =>
      io.exportParks(req.actor, req.query),
    );
    exportRoute('/api/zones.xlsx', 'Xuất danh sách KKT ra Excel (cùng bộ lọc với /api/zones)', ZoneQuery, (req) =>
      io.exportZones(req.actor, req.query),
    );
    exportRoute(
      '/api/enterprises.xlsx',
      'Xuất danh sách doanh nghiệp ra Excel (cùng bộ lọc với /api/enterprises)',
      EnterpriseQuery,
      (req) => io.exportEnterprises(req.actor, req.query),
    );
    exportRoute(
      '/api/investors.xlsx',
      'Xuất danh sách nhà đầu tư ra Excel (cùng bộ lọc với /api/investors)',
      InvestorQuery,
      (req) => io.exportInvestors(req.actor, req.query),
    );
    exportRoute(
      '/api/projects.xlsx',
      'Xuất danh sách dự án ra Excel (cùng bộ lọc với /api/projects)',
      ProjectQuery,
      (req) => io.exportProjects(req.actor, req.query),
    );
  };
  return plugin;
}
