import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  AppointmentQuery,
  Appointments,
  ProcedureCodeParams,
  ProcedureDetail,
  ProcedureList,
  ProcedureListQuery,
} from './contract';
import { dossierRoutes } from './dossiers/routes';
import type { DossierService } from './dossiers/service';
import type { OnestopService } from './service';

const tags = ['onestop'];
const fail = { 400: ErrorResponse, 404: ErrorResponse };

/** The public catalogue: published procedures are public information (no sign-in). */
export function onestopRoutes(onestop: OnestopService, dossiers: DossierService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    await app.register(dossierRoutes(dossiers));

    app.get(
      '/api/public/procedures',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Danh mục thủ tục hành chính (công khai, tìm không dấu)',
          querystring: ProcedureListQuery,
          response: { 200: ProcedureList, ...fail },
        },
      },
      async (req) => onestop.listProcedures(req.query),
    );

    app.get(
      '/api/public/procedures/:code',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Chi tiết một thủ tục: thời hạn, phí, hồ sơ, các bước, căn cứ pháp lý',
          params: ProcedureCodeParams,
          querystring: z.object({ on: ProcedureListQuery.shape.on }),
          response: { 200: ProcedureDetail, ...fail },
        },
      },
      async (req) => onestop.getProcedure(req.params.code, req.query.on),
    );

    app.get(
      '/api/public/procedures/:code/appointments',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Ngày hẹn trả kết quả của từng trường hợp nếu nộp hồ sơ vào thời điểm đã cho (mặc định: bây giờ)',
          params: ProcedureCodeParams,
          querystring: AppointmentQuery,
          response: { 200: Appointments, ...fail, 422: ErrorResponse },
        },
      },
      async (req) => onestop.appointments(req.params.code, req.query.at),
    );
  };
  return plugin;
}
