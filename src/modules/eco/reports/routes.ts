/** HTTP mapping of the eco reports A.4, B.4, A.5, B.5 (registered by the eco module's routes). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../../platform/files/xlsx-write';
import { sendDownload } from '../../../platform/http/download';
import { ErrorResponse } from '../../../platform/http/errors';
import { IdParams } from '../../investment/contract';
import type { EcoService } from '../service';
import {
  EcoReportCreateBody,
  EcoReportDecisionBody,
  EcoReportList,
  EcoReportQuery,
  EcoReportRevisionBody,
  EcoReportSaveBody,
  EcoReportView,
} from './contract';
import { ecoReportWorkbook } from './xlsx';

type App = Parameters<FastifyPluginAsyncZod>[0];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse };
const tags = ['eco'];

export function registerEcoReportRoutes(app: App, eco: EcoService) {
  app.get(
    '/api/eco/reports',
    {
      config: { access: 'eco:read' },
      schema: {
        tags,
        summary: 'Báo cáo KCN sinh thái (A.4, A.5) và doanh nghiệp sinh thái (B.4, B.5) trong phạm vi',
        querystring: EcoReportQuery,
        response: { 200: EcoReportList, ...errors },
      },
    },
    async (req) => eco.findEcoReports(req.actor, req.query),
  );
  app.post(
    '/api/eco/reports',
    {
      config: { access: 'eco_report:file' },
      schema: {
        tags,
        summary: 'Lập báo cáo sinh thái (nháp, điền sẵn từ cơ sở dữ liệu)',
        body: EcoReportCreateBody,
        response: { 201: EcoReportView, ...write },
      },
    },
    async (req, reply) => reply.code(201).send(await eco.createEcoReport(req.actor, req.body)),
  );
  app.get(
    '/api/eco/reports/:id',
    {
      config: { access: 'eco:read' },
      schema: { tags, summary: 'Một báo cáo sinh thái', params: IdParams, response: { 200: EcoReportView, ...one } },
    },
    async (req) => eco.getEcoReport(req.actor, req.params.id),
  );
  app.get(
    '/api/eco/reports/:id.xlsx',
    {
      config: { access: 'eco:read' },
      schema: {
        tags,
        summary: 'Xuất một báo cáo sinh thái ra Excel',
        params: IdParams,
        response: { 200: z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`), ...one },
      },
    },
    async (req, reply) => {
      const out = await ecoReportWorkbook(await eco.getEcoReport(req.actor, req.params.id));
      return sendDownload(reply, { ...out, contentType: XLSX_CONTENT_TYPE });
    },
  );
  app.put(
    '/api/eco/reports/:id',
    {
      config: { access: 'eco_report:file' },
      schema: {
        tags,
        summary: 'Lưu các chỉ tiêu doanh nghiệp nhập',
        params: IdParams,
        body: EcoReportSaveBody,
        response: { 200: EcoReportView, ...write },
      },
    },
    async (req) => eco.saveEcoReport(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/eco/reports/:id/submit',
    {
      config: { access: 'eco_report:file' },
      schema: {
        tags,
        summary: 'Gửi báo cáo sinh thái cho Ban quản lý',
        params: IdParams,
        body: EcoReportDecisionBody,
        response: { 200: EcoReportView, ...write },
      },
    },
    async (req) => eco.submitEcoReport(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/eco/reports/:id/accept',
    {
      config: { access: 'eco_report:review' },
      schema: {
        tags,
        summary: 'Tiếp nhận báo cáo sinh thái',
        params: IdParams,
        body: EcoReportDecisionBody,
        response: { 200: EcoReportView, ...write },
      },
    },
    async (req) => eco.acceptEcoReport(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/eco/reports/:id/revision',
    {
      config: { access: 'eco_report:review' },
      schema: {
        tags,
        summary: 'Yêu cầu chỉnh sửa báo cáo sinh thái (kèm lý do)',
        params: IdParams,
        body: EcoReportRevisionBody,
        response: { 200: EcoReportView, ...write },
      },
    },
    async (req) => eco.requestEcoReportRevision(req.actor, req.params.id, req.body),
  );
}
