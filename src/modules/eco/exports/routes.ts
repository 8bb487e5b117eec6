/** The eco pages' Excel exports (same query and scope as the page's endpoint). */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../../platform/files/xlsx-write';
import { sendDownload } from '../../../platform/http/download';
import { ErrorResponse } from '../../../platform/http/errors';
import { DealQuery, ParkParams, RecpQuery, ScorecardQuery } from '../contract';
import type { EcoService } from '../service';
import { dealsWorkbook, recpWorkbook, scorecardWorkbook } from './workbooks';

type App = Parameters<FastifyPluginAsyncZod>[0];
const file = z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`);
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['eco'];

const send = (reply: FastifyReply, out: { fileName: string; data: Buffer }) =>
  sendDownload(reply, { ...out, contentType: XLSX_CONTENT_TYPE });

export function registerEcoExportRoutes(app: App, eco: EcoService) {
  app.get(
    '/api/eco/parks/:parkId/scorecard.xlsx',
    {
      config: { access: 'eco:read' },
      schema: {
        tags,
        summary: 'Xuất Excel bảng đánh giá tiêu chí KCN sinh thái',
        params: ParkParams,
        querystring: ScorecardQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) =>
      send(reply, await scorecardWorkbook(await eco.scorecard(req.actor, req.params.parkId, req.query))),
  );
  app.get(
    '/api/eco/recp.xlsx',
    {
      config: { access: 'eco:read' },
      schema: {
        tags,
        summary: 'Xuất Excel sổ đăng ký giải pháp RECP',
        querystring: RecpQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => send(reply, await recpWorkbook(await eco.findRecp(req.actor, req.query))),
  );
  app.get(
    '/api/eco/deals.xlsx',
    {
      config: { access: 'eco:read' },
      schema: {
        tags,
        summary: 'Xuất Excel giao dịch cộng sinh và tác động đo được',
        querystring: DealQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const deals = await eco.findDeals(req.actor, req.query);
      const impact = await eco.impactSummary(req.actor, { parkId: req.query.parkId });
      return send(reply, await dealsWorkbook(deals.items, impact));
    },
  );
}
