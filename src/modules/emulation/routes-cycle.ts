import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BlockYearParams, IdParams, Ok } from './contract';
import {
  ConferenceBody,
  ConferenceList,
  MovementBody,
  MovementList,
  PactBody,
  PactView,
  RegistrationBody,
  SignBody,
  TargetsBody,
} from './contract-cycle';
import { Created, errors, sendFile, tags, writeErrors } from './routes';
import type { EmulationService } from './service';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Conferences (the Club's numbered ones), movements and the yearly pact (issue 7 §1–2). */
export function cycleRoutes(app: App, emulation: EmulationService) {
  app.get(
    '/api/emulation/blocks/:id/conferences',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary:
          'Các hội nghị của khối hoặc Câu lạc bộ (số lần, đơn vị đăng cai, chương trình, thành phần, tài liệu, kết luận)',
        params: IdParams,
        response: { 200: ConferenceList, ...errors },
      },
    },
    async (req) => emulation.listConferences(req.actor, req.params.id),
  );

  app.post(
    '/api/emulation/blocks/:id/conferences',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Ghi một hội nghị (đơn vị tổ chức, hoặc Ban đăng cai)',
        params: IdParams,
        body: ConferenceBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.createConference(req.actor, req.params.id, req.body),
  );

  app.put(
    '/api/emulation/conferences/:id',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Sửa một hội nghị (đơn vị tổ chức, hoặc Ban đăng cai)',
        params: IdParams,
        body: ConferenceBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.updateConference(req.actor, req.params.id, req.body),
  );

  app.get(
    '/api/emulation/conferences/:id/conclusions.pdf',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Thông báo kết luận hội nghị (PDF)',
        params: IdParams,
        response: { 200: z.unknown().describe('a PDF document (application/pdf)'), ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await emulation.conclusionsFile(req.actor, req.params.id), 'application/pdf'),
  );

  app.get(
    '/api/emulation/blocks/:id/movements',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary:
          'Các phong trào thi đua của khối (thường xuyên, chuyên đề) với mục tiêu, phạm vi, tiêu chí và các giai đoạn',
        params: IdParams,
        response: { 200: MovementList, ...errors },
      },
    },
    async (req) => emulation.listMovements(req.actor, req.params.id),
  );

  app.post(
    '/api/emulation/blocks/:id/movements',
    {
      config: { access: 'emulation:manage' },
      schema: {
        tags,
        summary: 'Phát động một phong trào thi đua trong khối',
        params: IdParams,
        body: MovementBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.createMovement(req.actor, req.params.id, req.body),
  );

  app.put(
    '/api/emulation/movements/:id',
    {
      config: { access: 'emulation:manage' },
      schema: {
        tags,
        summary: 'Sửa một phong trào thi đua',
        params: IdParams,
        body: MovementBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.updateMovement(req.actor, req.params.id, req.body),
  );

  app.get(
    '/api/emulation/blocks/:id/years/:year/pact',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Giao ước thi đua của năm: nội dung, chỉ tiêu từng thành viên, đăng ký danh hiệu, việc ký kết',
        params: BlockYearParams,
        response: { 200: PactView, ...errors },
      },
    },
    async (req) => emulation.getPact(req.actor, req.params.id, req.params.year),
  );

  app.put(
    '/api/emulation/blocks/:id/years/:year/pact',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Khối trưởng (hoặc đơn vị tổ chức) soạn nội dung giao ước của năm',
        params: BlockYearParams,
        body: PactBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.draftPact(req.actor, req.params.id, req.params.year, req.body),
  );

  app.put(
    '/api/emulation/blocks/:id/years/:year/pact/targets/:unitId',
    {
      config: { access: 'emulation:register' },
      schema: {
        tags,
        summary: 'Thành viên đăng ký chỉ tiêu của mình trong giao ước (trước khi ký)',
        params: BlockYearParams.extend({ unitId: z.string().uuid() }),
        body: TargetsBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.registerTargets(req.actor, req.params.id, req.params.year, req.params.unitId, req.body),
  );

  app.post(
    '/api/emulation/blocks/:id/years/:year/pact/sign',
    {
      config: { access: 'emulation:lead' },
      schema: {
        tags,
        summary: 'Khối trưởng ghi việc ký giao ước tại hội nghị của khối (mọi thành viên đã đăng ký chỉ tiêu)',
        params: BlockYearParams,
        body: SignBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.signPact(req.actor, req.params.id, req.params.year, req.body),
  );

  app.post(
    '/api/emulation/blocks/:id/years/:year/pact/registrations',
    {
      config: { access: 'emulation:register' },
      schema: {
        tags,
        summary: 'Thành viên đăng ký danh hiệu cho cá nhân, tập thể của mình',
        params: BlockYearParams,
        body: RegistrationBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.addRegistration(req.actor, req.params.id, req.params.year, req.body),
  );

  app.delete(
    '/api/emulation/registrations/:id',
    {
      config: { access: 'emulation:register' },
      schema: {
        tags,
        summary: 'Bỏ một đăng ký danh hiệu (trước khi ký giao ước)',
        params: IdParams,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.removeRegistration(req.actor, req.params.id),
  );
}
