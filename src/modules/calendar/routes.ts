import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../platform/http/errors';
import { CalendarYear, ConfirmYearBody, DateParams, DecisionDayBody, YearParams } from './contract';
import type { CalendarService } from './service';

const tags = ['calendar'];
const fail = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function calendarRoutes(calendar: CalendarService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/calendar/:year',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Lịch làm việc của một năm (ngày nghỉ lễ, nghỉ bù, hoán đổi, làm bù)',
          params: YearParams,
          response: { 200: CalendarYear, ...fail },
        },
      },
      async (req) => calendar.getYear(req.params.year),
    );

    app.put(
      '/api/calendar/days/:date',
      {
        config: { access: 'calendar:manage' },
        schema: {
          tags,
          summary: 'Ghi một ngày theo quyết định đã công bố',
          params: DateParams,
          body: DecisionDayBody,
          response: { 200: z.object({ date: z.string() }), ...fail },
        },
      },
      async (req) => {
        const row = await calendar.setDay(req.actor, { ...req.body, date: req.params.date });
        return { date: row.date };
      },
    );

    app.delete(
      '/api/calendar/days/:date',
      {
        config: { access: 'calendar:manage' },
        schema: { tags, summary: 'Xóa một ngày đã ghi', params: DateParams, response: { 204: z.null(), ...fail } },
      },
      async (req, reply) => {
        await calendar.removeDay(req.actor, req.params.date);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/calendar/:year/confirm',
      {
        config: { access: 'calendar:manage' },
        schema: {
          tags,
          summary: 'Xác nhận lịch của năm đã đối chiếu với quyết định',
          params: YearParams,
          body: ConfirmYearBody,
          response: { 204: z.null(), ...fail },
        },
      },
      async (req, reply) => {
        await calendar.confirmYear(req.actor, req.params.year, req.body.note);
        return reply.code(204).send(null);
      },
    );
  };
  return plugin;
}
