import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../platform/files/xlsx-write';
import { sendDownload } from '../../platform/http/download';
import { ErrorResponse } from '../../platform/http/errors';
import {
  BlockDetail,
  BlockList,
  BlockListQuery,
  BlockYearParams,
  ConferenceDayBody,
  IdParams,
  MovePersonBody,
  NewStaffBody,
  Ok,
  SetMembersBody,
  UnitDetail,
  UnitList,
  UnitListQuery,
  Year,
} from './contract';
import { festivalRoutes } from './festivals/routes';
import { cycleRoutes } from './routes-cycle';
import type { EmulationService } from './service';

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
export const writeErrors = { ...errors, 409: ErrorResponse, 422: ErrorResponse };
export const tags = ['emulation'];
export const Created = z.object({ id: z.string().uuid() });

export function sendFile(reply: FastifyReply, out: { fileName: string; data: Buffer }, type: string) {
  return sendDownload(reply, { ...out, contentType: type });
}

/** HTTP mapping of units and staff, blocks with their members by year and the rotation (issue 7 §1). */
export function emulationRoutes(emulation: EmulationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/emulation/blocks',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Các khối, cụm thi đua và Câu lạc bộ mà người dùng được xem, với khối trưởng, khối phó của năm',
          querystring: BlockListQuery,
          response: { 200: BlockList, ...errors },
        },
      },
      async (req) => emulation.listBlocks(req.actor, req.query),
    );

    app.get(
      '/api/emulation/blocks/:id',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Một khối: thành viên và vai trò của năm, lịch sử luân phiên, đề xuất luân phiên năm sau',
          params: IdParams,
          querystring: z.object({ year: Year.optional() }),
          response: { 200: BlockDetail, ...errors },
        },
      },
      async (req) => emulation.getBlock(req.actor, req.params.id, req.query.year),
    );

    app.get(
      '/api/emulation/blocks/:id/members.xlsx',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Xuất Excel thành viên theo năm và lịch sử luân phiên của một khối',
          params: IdParams,
          response: { 200: z.unknown().describe(`an .xlsx workbook (${XLSX_CONTENT_TYPE})`), ...errors },
        },
      },
      async (req, reply) => sendFile(reply, await emulation.blockWorkbook(req.actor, req.params.id), XLSX_CONTENT_TYPE),
    );

    app.put(
      '/api/emulation/blocks/:id/years/:year/members',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Đơn vị tổ chức ghi thành viên và vai trò (khối trưởng, khối phó) của một năm',
          params: BlockYearParams,
          body: SetMembersBody,
          response: { 200: Ok, ...writeErrors },
        },
      },
      async (req) => emulation.setMembers(req.actor, req.params.id, req.params.year, req.body),
    );

    app.post(
      '/api/emulation/blocks/:id/years/:year/rotate',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Mở năm sau theo quy tắc luân phiên: khối phó lên khối trưởng, đơn vị kế tiếp làm khối phó',
          params: BlockYearParams,
          response: {
            200: z.object({ year: z.number().int(), leader: z.string().nullable(), deputy: z.string().nullable() }),
            ...writeErrors,
          },
        },
      },
      async (req) => emulation.rotateYear(req.actor, req.params.id, req.params.year),
    );

    app.put(
      '/api/emulation/blocks/:id/years/:year/conference',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Khối trưởng của năm (hoặc đơn vị tổ chức) ghi ngày, địa điểm hội nghị tổng kết năm',
          params: BlockYearParams,
          body: ConferenceDayBody,
          response: { 200: Ok, ...writeErrors },
        },
      },
      async (req) => emulation.setConferenceDay(req.actor, req.params.id, req.params.year, req.body),
    );

    app.get(
      '/api/emulation/units',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Danh sách đơn vị thi đua (Ban Quản lý, phòng, vụ của Bộ, doanh nghiệp), tìm không dấu',
          querystring: UnitListQuery,
          response: { 200: UnitList, ...errors },
        },
      },
      async (req) => emulation.listUnits(req.actor, req.query),
    );

    app.get(
      '/api/emulation/units/:id',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary:
            'Một đơn vị: tiền thân, đơn vị kế thừa, vai trò trong các khối qua các năm, cán bộ và chức vụ theo thời gian',
          params: IdParams,
          response: { 200: UnitDetail, ...errors },
        },
      },
      async (req) => emulation.getUnit(req.actor, req.params.id),
    );

    app.post(
      '/api/emulation/units/:id/staff',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Thêm cán bộ của đơn vị với chức vụ từ một ngày',
          params: IdParams,
          body: NewStaffBody,
          response: { 200: Created, ...writeErrors },
        },
      },
      async (req) => emulation.addStaff(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/emulation/people/:id/positions',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Điều động, bổ nhiệm: chức vụ hiện tại kết thúc hôm trước ngày bắt đầu chức vụ mới',
          params: IdParams,
          body: MovePersonBody,
          response: { 200: Ok, ...writeErrors },
        },
      },
      async (req) => emulation.movePerson(req.actor, req.params.id, req.body),
    );

    cycleRoutes(app, emulation);
    festivalRoutes(app, emulation);
  };
}
