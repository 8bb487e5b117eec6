import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  AsOfQuery,
  CertificateEventBody,
  CertificateEventList,
  CreateEnterpriseBody,
  CreateExchangeRateBody,
  CreateInvestorBody,
  CreateProjectBody,
  Enterprise,
  EnterprisePage,
  EnterpriseQuery,
  ExchangeRate,
  ExchangeRateList,
  ExchangeRateQuery,
  FlowsQuery,
  IdParams,
  Investor,
  InvestorPage,
  InvestorQuery,
  PeriodFlowsResponse,
  ProjectDetail,
  ProjectPage,
  ProjectQuery,
  RateOnQuery,
  UpdateEnterpriseBody,
  UpdateEnterpriseContactBody,
  UpdateInvestorBody,
} from './contract';
import { investmentRecordRoutes } from './routes-records';
import type { InvestmentService } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...errors, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };

/** HTTP mapping of the investment registry; scope is decided by the service. */
export function investmentRoutes(investment: InvestmentService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    await app.register(investmentRecordRoutes(investment));
    // ——— Enterprises ———
    app.get(
      '/api/enterprises',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['enterprises'],
          summary: 'Tìm doanh nghiệp (tên, mã số thuế không dấu; tỉnh theo ngày)',
          querystring: EnterpriseQuery,
          response: { 200: EnterprisePage, ...errors },
        },
      },
      async (req) => investment.findEnterprises(req.actor, req.query),
    );

    app.post(
      '/api/enterprises',
      {
        config: { access: 'enterprise:manage' },
        schema: {
          tags: ['enterprises'],
          summary: 'Thêm doanh nghiệp',
          body: CreateEnterpriseBody,
          response: { 201: Enterprise, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await investment.createEnterprise(req.actor, req.body)),
    );

    app.get(
      '/api/enterprises/:id',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['enterprises'],
          summary: 'Xem doanh nghiệp',
          params: IdParams,
          response: { 200: Enterprise, ...one },
        },
      },
      async (req) => investment.getEnterprise(req.actor, req.params.id),
    );

    app.patch(
      '/api/enterprises/:id',
      {
        config: { access: 'enterprise:manage' },
        schema: {
          tags: ['enterprises'],
          summary: 'Sửa doanh nghiệp (Ban Quản lý)',
          params: IdParams,
          body: UpdateEnterpriseBody,
          response: { 200: Enterprise, ...write },
        },
      },
      async (req) => investment.updateEnterprise(req.actor, req.params.id, req.body),
    );

    app.patch(
      '/api/enterprises/:id/contact',
      {
        config: { access: 'enterprise:update_contact' },
        schema: {
          tags: ['enterprises'],
          summary: 'Cập nhật địa chỉ, người đại diện (cả doanh nghiệp tự cập nhật)',
          params: IdParams,
          body: UpdateEnterpriseContactBody,
          response: { 200: Enterprise, ...write },
        },
      },
      async (req) => investment.updateEnterpriseContact(req.actor, req.params.id, req.body),
    );

    // ——— Investors ———
    app.get(
      '/api/investors',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['investors'],
          summary: 'Tìm nhà đầu tư',
          querystring: InvestorQuery,
          response: { 200: InvestorPage, ...errors },
        },
      },
      async (req) => investment.findInvestors(req.actor, req.query),
    );

    app.post(
      '/api/investors',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['investors'],
          summary: 'Thêm nhà đầu tư',
          body: CreateInvestorBody,
          response: { 201: Investor, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await investment.createInvestor(req.actor, req.body)),
    );

    app.get(
      '/api/investors/:id',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['investors'],
          summary: 'Xem nhà đầu tư',
          params: IdParams,
          response: { 200: Investor, ...one },
        },
      },
      async (req) => investment.getInvestor(req.actor, req.params.id),
    );

    app.patch(
      '/api/investors/:id',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['investors'],
          summary: 'Sửa nhà đầu tư (tính lại FDI/DDI của các dự án có nhà đầu tư này)',
          params: IdParams,
          body: UpdateInvestorBody,
          response: { 200: Investor, ...write },
        },
      },
      async (req) => investment.updateInvestor(req.actor, req.params.id, req.body),
    );

    // ——— Exchange rates ———
    app.get(
      '/api/exchange-rates',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['exchange-rates'],
          summary: 'Tỷ giá Ngân hàng Nhà nước theo khoảng ngày',
          querystring: ExchangeRateQuery,
          response: { 200: ExchangeRateList, ...errors },
        },
      },
      async (req) => investment.listExchangeRates(req.actor, req.query),
    );

    app.get(
      '/api/exchange-rates/on',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['exchange-rates'],
          summary: 'Tỷ giá áp dụng cho một ngày (tỷ giá gần nhất đến ngày đó)',
          querystring: RateOnQuery,
          response: { 200: ExchangeRate, ...one },
        },
      },
      async (req) => investment.rateOn(req.actor, req.query.from, req.query.to, req.query.date),
    );

    app.post(
      '/api/exchange-rates',
      {
        config: { access: 'exchange_rate:manage' },
        schema: {
          tags: ['exchange-rates'],
          summary: 'Nhập tỷ giá (Bộ)',
          body: CreateExchangeRateBody,
          response: { 201: ExchangeRate, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await investment.addExchangeRate(req.actor, req.body)),
    );

    // ——— Projects ———
    app.get(
      '/api/projects',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary: 'Tìm dự án (tỉnh, KCN, FDI/DDI, đối tác, trạng thái theo ngày)',
          querystring: ProjectQuery,
          response: { 200: ProjectPage, ...errors },
        },
      },
      async (req) => investment.findProjects(req.actor, req.query),
    );

    app.post(
      '/api/projects',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Đăng ký dự án cùng lần cấp giấy chứng nhận đăng ký đầu tư',
          body: CreateProjectBody,
          response: { 201: ProjectDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await investment.createProject(req.actor, req.body)),
    );

    app.get(
      '/api/projects/flows',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary: 'Vốn cấp mới, tăng, giảm, chấm dứt, còn hiệu lực trong kỳ (FDI triệu USD, DDI tỷ đồng)',
          querystring: FlowsQuery,
          response: { 200: PeriodFlowsResponse, ...errors, 422: ErrorResponse },
        },
      },
      async (req) => investment.periodFlowsFor(req.actor, req.query),
    );

    app.get(
      '/api/projects/:id',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary: 'Xem dự án tại một ngày (giấy chứng nhận, FDI/DDI và lý do, nhà đầu tư, lịch sử)',
          params: IdParams,
          querystring: AsOfQuery,
          response: { 200: ProjectDetail, ...one },
        },
      },
      async (req) => investment.getProject(req.actor, req.params.id, req.query.asOf),
    );

    app.get(
      '/api/projects/:id/events',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['projects'],
          summary: 'Lịch sử giấy chứng nhận của dự án',
          params: IdParams,
          querystring: AsOfQuery,
          response: { 200: CertificateEventList, ...one },
        },
      },
      async (req) => investment.listCertificateEvents(req.actor, req.params.id, req.query.asOf),
    );

    app.post(
      '/api/projects/:id/events',
      {
        config: { access: 'project:manage' },
        schema: {
          tags: ['projects'],
          summary: 'Ghi điều chỉnh, cấp lại, thu hồi, chấm dứt giấy chứng nhận',
          params: IdParams,
          body: CertificateEventBody,
          response: { 201: ProjectDetail, ...write },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await investment.recordCertificateEvent(req.actor, req.params.id, req.body)),
    );
  };
  return plugin;
}
