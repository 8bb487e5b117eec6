import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../platform/http/errors';
import { IdParams } from '../investment/contract';
import {
  ActionBody,
  ActionOut,
  ActionUpdateBody,
  CreateDealBody,
  Deal,
  DealImpactBody,
  DealList,
  DealQuery,
  DealStatusBody,
  DeclarationBody,
  EnterpriseParks,
  EnterpriseParksQuery,
  ImpactQuery,
  ImpactSummary,
  Listing,
  ListingBody,
  ListingList,
  ListingQuery,
  ListingStatusBody,
  ParkParams,
  RecpBody,
  RecpList,
  RecpMeasure,
  RecpQuery,
  ScorecardOut,
  ScorecardQuery,
  Substitution,
  SubstitutionBody,
  SubstitutionList,
  SuggestionList,
} from './contract';
import { registerEcoExportRoutes } from './exports/routes';
import { registerOverviewRoutes } from './overview/routes';
import { registerPartnerRoutes } from './partners/routes';
import { registerEcoReportRoutes } from './reports/routes';
import type { EcoService } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['eco'];

/** HTTP mapping of the eco-industrial-park module (issue 6). */
export function ecoRoutes(eco: EcoService): FastifyPluginAsyncZod {
  return async (app) => {
    // ——— Exchange ———
    app.get(
      '/api/eco/listings',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Tin chào bán và nhu cầu trên sàn cộng sinh mà người dùng được xem',
          querystring: ListingQuery,
          response: { 200: ListingList, ...errors },
        },
      },
      async (req) => eco.findListings(req.actor, req.query),
    );
    app.post(
      '/api/eco/listings',
      {
        config: { access: 'eco:list' },
        schema: {
          tags,
          summary: 'Đăng chào bán hoặc nhu cầu',
          body: ListingBody,
          response: { 201: Listing, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await eco.createListing(req.actor, req.body)),
    );
    app.get(
      '/api/eco/listings/:id',
      {
        config: { access: 'eco:read' },
        schema: { tags, summary: 'Một tin trên sàn', params: IdParams, response: { 200: Listing, ...one } },
      },
      async (req) => eco.getListing(req.actor, req.params.id),
    );
    app.put(
      '/api/eco/listings/:id',
      {
        config: { access: 'eco:list' },
        schema: { tags, summary: 'Sửa tin', params: IdParams, body: ListingBody, response: { 200: Listing, ...write } },
      },
      async (req) => eco.updateListing(req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/eco/listings/:id/status',
      {
        config: { access: 'eco:list' },
        schema: {
          tags,
          summary: 'Mở hoặc đóng tin',
          params: IdParams,
          body: ListingStatusBody,
          response: { 200: Listing, ...write },
        },
      },
      async (req) => eco.setListingStatus(req.actor, req.params.id, req.body.status),
    );
    app.get(
      '/api/eco/listings/:id/suggestions',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Gợi ý ghép nối xếp hạng, kèm lý do và tác động ước tính',
          params: IdParams,
          response: { 200: SuggestionList, ...one },
        },
      },
      async (req) => eco.suggestions(req.actor, req.params.id),
    );
    app.get(
      '/api/eco/enterprise-parks',
      {
        config: { access: 'eco:list' },
        schema: {
          tags,
          summary: 'Các KCN doanh nghiệp được đăng tin (có dự án)',
          querystring: EnterpriseParksQuery,
          response: { 200: EnterpriseParks, ...errors },
        },
      },
      async (req) => eco.enterpriseParks(req.actor, req.query.enterpriseId),
    );
    app.get(
      '/api/eco/substitutions',
      {
        config: { access: 'eco:read' },
        schema: { tags, summary: 'Các cặp mã thay thế đã biết', response: { 200: SubstitutionList, ...errors } },
      },
      async (req) => eco.listSubstitutions(req.actor),
    );
    app.post(
      '/api/eco/substitutions',
      {
        config: { access: 'eco:facilitate' },
        schema: {
          tags,
          summary: 'Thêm cặp mã thay thế',
          body: SubstitutionBody,
          response: { 201: Substitution, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await eco.addSubstitution(req.actor, req.body)),
    );

    // ——— Deals and impact ———
    app.get(
      '/api/eco/deals',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Giao dịch cộng sinh',
          querystring: DealQuery,
          response: { 200: DealList, ...errors },
        },
      },
      async (req) => eco.findDeals(req.actor, req.query),
    );
    app.post(
      '/api/eco/deals',
      {
        config: { access: 'eco:facilitate' },
        schema: {
          tags,
          summary: 'Đề xuất giao dịch từ một cặp cung – cầu',
          body: CreateDealBody,
          response: { 201: Deal, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await eco.createDeal(req.actor, req.body)),
    );
    app.get(
      '/api/eco/deals/:id',
      {
        config: { access: 'eco:read' },
        schema: { tags, summary: 'Một giao dịch', params: IdParams, response: { 200: Deal, ...one } },
      },
      async (req) => eco.getDeal(req.actor, req.params.id),
    );
    app.post(
      '/api/eco/deals/:id/status',
      {
        config: { access: 'eco:facilitate' },
        schema: {
          tags,
          summary: 'Chuyển bước giao dịch',
          params: IdParams,
          body: DealStatusBody,
          response: { 200: Deal, ...write },
        },
      },
      async (req) => eco.moveDeal(req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/eco/deals/:id/impact',
      {
        config: { access: 'eco:facilitate' },
        schema: {
          tags,
          summary: 'Ghi tác động thực tế của giao dịch trong một năm',
          params: IdParams,
          body: DealImpactBody,
          response: { 200: Deal, ...write },
        },
      },
      async (req) => eco.recordImpact(req.actor, req.params.id, req.body),
    );
    app.get(
      '/api/eco/impact',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Tác động theo KCN và năm; độ chính xác của gợi ý ghép nối',
          querystring: ImpactQuery,
          response: { 200: ImpactSummary, ...errors },
        },
      },
      async (req) => eco.impactSummary(req.actor, req.query),
    );

    // ——— Criteria ———
    app.get(
      '/api/eco/parks/:parkId/scorecard',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Bảng đánh giá tiêu chí KCN sinh thái: từng tiêu chí, khoảng cách, xu hướng, kế hoạch',
          params: ParkParams,
          querystring: ScorecardQuery,
          response: { 200: ScorecardOut, ...one },
        },
      },
      async (req) => eco.scorecard(req.actor, req.params.parkId, req.query),
    );
    app.put(
      '/api/eco/parks/:parkId/declarations',
      {
        config: { access: 'eco:declare' },
        schema: {
          tags,
          summary: 'Kê khai một chỉ tiêu (có bằng chứng)',
          params: ParkParams,
          body: DeclarationBody,
          response: { 200: z.object({ ok: z.literal(true) }), ...write },
        },
      },
      async (req) => eco.declare(req.actor, req.params.parkId, req.body),
    );
    app.post(
      '/api/eco/parks/:parkId/actions',
      {
        config: { access: 'eco:declare' },
        schema: {
          tags,
          summary: 'Thêm hành động khắc phục cho một tiêu chí',
          params: ParkParams,
          body: ActionBody,
          response: { 201: ActionOut, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await eco.addAction(req.actor, req.params.parkId, req.body)),
    );
    app.put(
      '/api/eco/actions/:id',
      {
        config: { access: 'eco:declare' },
        schema: {
          tags,
          summary: 'Cập nhật hành động',
          params: IdParams,
          body: ActionUpdateBody,
          response: { 200: ActionOut, ...write },
        },
      },
      async (req) => eco.updateAction(req.actor, req.params.id, req.body),
    );

    // ——— RECP ———
    app.get(
      '/api/eco/recp',
      {
        config: { access: 'eco:read' },
        schema: {
          tags,
          summary: 'Giải pháp RECP và tổng theo KCN, năm',
          querystring: RecpQuery,
          response: { 200: RecpList, ...errors },
        },
      },
      async (req) => eco.findRecp(req.actor, req.query),
    );
    app.post(
      '/api/eco/recp',
      {
        config: { access: 'eco:list' },
        schema: { tags, summary: 'Ghi giải pháp RECP', body: RecpBody, response: { 201: RecpMeasure, ...write } },
      },
      async (req, reply) => reply.code(201).send(await eco.createRecp(req.actor, req.body)),
    );
    app.put(
      '/api/eco/recp/:id',
      {
        config: { access: 'eco:list' },
        schema: {
          tags,
          summary: 'Sửa giải pháp RECP',
          params: IdParams,
          body: RecpBody,
          response: { 200: RecpMeasure, ...write },
        },
      },
      async (req) => eco.updateRecp(req.actor, req.params.id, req.body),
    );
    // ——— Eco reports A.4, B.4, A.5, B.5 ———
    registerEcoReportRoutes(app, eco);
    registerPartnerRoutes(app, eco);
    registerEcoExportRoutes(app, eco);
    registerOverviewRoutes(app, eco);
  };
}
