import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Ok } from '../contract';
import { Created, errors, tags, writeErrors } from '../routes';
import type { EmulationService } from '../service';
import {
  AthleteBody,
  EntryBody,
  EventBody,
  FestivalBody,
  FestivalDetail,
  FestivalEventParams,
  FestivalList,
  PrizesBody,
  PublicFestival,
  ResultsBody,
} from './contract';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Sports festivals of a block (issue 7 §4): editions, events, teams, athletes, results and the public results. */
export function festivalRoutes(app: App, emulation: EmulationService) {
  app.get(
    '/api/emulation/blocks/:id/festivals',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Các kỳ hội thao của khối',
        params: IdParams,
        response: { 200: FestivalList, ...errors },
      },
    },
    async (req) => emulation.listFestivals(req.actor, req.params.id),
  );

  app.post(
    '/api/emulation/blocks/:id/festivals',
    {
      config: { access: 'emulation:manage' },
      schema: {
        tags,
        summary: 'Ghi một kỳ hội thao (lần thứ, đơn vị đăng cai, đơn vị đăng cai kỳ sau)',
        params: IdParams,
        body: FestivalBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.createFestival(req.actor, req.params.id, req.body),
  );

  app.get(
    '/api/emulation/festivals/:id',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Một kỳ hội thao: nội dung, đội, vận động viên, kết quả, bảng huy chương và xếp hạng toàn đoàn',
        params: IdParams,
        response: { 200: FestivalDetail, ...errors },
      },
    },
    async (req) => emulation.getFestival(req.actor, req.params.id),
  );

  app.post(
    '/api/emulation/festivals/:id/events',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Thêm nội dung thi đấu (đơn vị tổ chức hoặc Ban đăng cai)',
        params: IdParams,
        body: EventBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.addFestivalEvent(req.actor, req.params.id, req.body),
  );

  app.post(
    '/api/emulation/festivals/:id/entries',
    {
      config: { access: 'emulation:register' },
      schema: {
        tags,
        summary: 'Thành viên đăng ký đội của mình',
        params: IdParams,
        body: EntryBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.enterTeam(req.actor, req.params.id, req.body.unitId),
  );

  app.post(
    '/api/emulation/festivals/:id/athletes',
    {
      config: { access: 'emulation:register' },
      schema: {
        tags,
        summary: 'Đăng ký vận động viên (cán bộ của đơn vị, đúng giới tính và hạng tuổi) cho một nội dung',
        params: IdParams,
        body: AthleteBody,
        response: { 200: Created, ...writeErrors },
      },
    },
    async (req) => emulation.addAthlete(req.actor, req.params.id, req.body),
  );

  app.put(
    '/api/emulation/festivals/:id/events/:eventId/results',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Ghi thứ hạng các đội của một nội dung (đơn vị tổ chức hoặc Ban đăng cai)',
        params: FestivalEventParams,
        body: ResultsBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.recordResults(req.actor, req.params.id, req.params.eventId, req.body),
  );

  app.put(
    '/api/emulation/festivals/:id/prizes',
    {
      config: { access: 'emulation:read' },
      schema: {
        tags,
        summary: 'Trao giải hội thao từ xếp hạng toàn đoàn và kết quả từng nội dung (đơn vị tổ chức hoặc Ban đăng cai)',
        params: IdParams,
        body: PrizesBody,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (req) => emulation.awardFestivalPrizes(req.actor, req.params.id, req.body),
  );

  app.get(
    '/api/public/festivals/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Kết quả hội thao (công khai): kết quả từng nội dung, bảng huy chương và xếp hạng toàn đoàn',
        params: IdParams,
        response: { 200: PublicFestival, 400: errors[400], 404: errors[404] },
      },
    },
    async (req) => emulation.publicFestival(req.params.id),
  );
}
