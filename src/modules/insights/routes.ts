import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../platform/http/download';
import { ErrorResponse } from '../../platform/http/errors';
import {
  Briefing,
  BriefingDrillQuery,
  BriefingQuery,
  Choropleth,
  ChoroplethQuery,
  Dashboard,
  DashboardDrillQuery,
  DashboardQuery,
  DrillResult,
  ParkOptions,
  ParkOptionsQuery,
  SetOptions,
  Trends,
} from './contract';
import type { InsightsService } from './service';

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

const sendFile = (reply: FastifyReply, type: string, out: { fileName: string; data: Buffer }) =>
  sendDownload(reply, { ...out, contentType: type });

/** HTTP mapping of briefings (/api/insights/briefing…) and dashboards (/api/insights/dashboard…, choropleth). */
export function insightsRoutes(insights: InsightsService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    const access = { access: 'insights:read' as const };
    app.get(
      '/api/insights/briefing-sets',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Các phạm vi lập bản tin: cả nước, vùng, nhóm tỉnh, tỉnh (theo quyền)',
          response: { 200: SetOptions, ...read },
        },
      },
      async (req) => insights.briefingSets(req.actor),
    );
    app.get(
      '/api/insights/briefing',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Bản tin tổng hợp của một nhóm tỉnh và một kỳ, với tỷ trọng so với cả nước',
          querystring: BriefingQuery,
          response: { 200: Briefing, ...read },
        },
      },
      async (req) => insights.briefing(req.actor, req.query),
    );
    app.get(
      '/api/insights/briefing/drill',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Các bản ghi tạo nên một chỉ tiêu của bản tin',
          querystring: BriefingDrillQuery,
          response: { 200: DrillResult, ...read },
        },
      },
      async (req) => insights.briefingDrill(req.actor, req.query),
    );
    app.get(
      '/api/insights/briefing.docx',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Bản tin tổng hợp dạng Word',
          querystring: BriefingQuery,
          response: { 200: z.unknown().describe(`a Word document (${DOCX})`), ...read },
        },
      },
      async (req, reply) => sendFile(reply, DOCX, await insights.briefingDocx(req.actor, req.query)),
    );
    app.get(
      '/api/insights/briefing.pdf',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Bản tin tổng hợp dạng PDF',
          querystring: BriefingQuery,
          response: { 200: z.unknown().describe(`a PDF document (${PDF})`), ...read },
        },
      },
      async (req, reply) => sendFile(reply, PDF, await insights.briefingPdf(req.actor, req.query)),
    );
    app.get(
      '/api/insights/dashboard',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Bảng điều khiển: cả nước, một tỉnh hoặc một KCN trong một kỳ',
          querystring: DashboardQuery,
          response: { 200: Dashboard, ...read },
        },
      },
      async (req) => insights.dashboard(req.actor, req.query),
    );
    app.get(
      '/api/insights/dashboard/parks',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Các KCN được mở bảng điều khiển (chủ đầu tư: KCN của mình; Ban: KCN trong tỉnh)',
          querystring: ParkOptionsQuery,
          response: { 200: ParkOptions, ...read },
        },
      },
      async (req) => insights.dashboardParks(req.actor, req.query),
    );
    app.get(
      '/api/insights/dashboard/trends',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Xu hướng qua các năm của bảng điều khiển (giá trị cuối mỗi năm)',
          querystring: DashboardQuery,
          response: { 200: Trends, ...read },
        },
      },
      async (req) => insights.dashboardTrends(req.actor, req.query),
    );
    app.get(
      '/api/insights/dashboard/drill',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Các bản ghi tạo nên một chỉ tiêu của bảng điều khiển',
          querystring: DashboardDrillQuery,
          response: { 200: DrillResult, ...read },
        },
      },
      async (req) => insights.dashboardDrill(req.actor, req.query),
    );
    app.get(
      '/api/insights/choropleth',
      {
        config: access,
        schema: {
          tags: ['insights'],
          summary: 'Một chỉ tiêu theo tỉnh (34 tỉnh, hoặc 63 tỉnh cho kỳ trước 01/7/2025)',
          querystring: ChoroplethQuery,
          response: { 200: Choropleth, ...read },
        },
      },
      async (req) => insights.choropleth(req.actor, req.query),
    );
  };
  return plugin;
}
