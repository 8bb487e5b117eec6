import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  CreateSpecialZoneBody,
  PlantRecordBody,
  SpecialZoneAreaBody,
  SpecialZoneParams,
  SpecialZoneStatusBody,
  UpdateSpecialZoneBody,
  ZoneDetail,
  ZoneIdParams,
  ZonePoints,
  ZonePointsQuery,
} from './contract';
import type { ZonesService } from './service';

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const write = { ...read, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

/** HTTP mapping of the economic zones on the map and of the special zones inside a KKT. */
export function specialZoneRoutes(zones: ZonesService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/zones/points',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['zones'],
          summary: 'Vị trí các khu kinh tế trên bản đồ, tỉnh vào một ngày',
          querystring: ZonePointsQuery,
          response: { 200: ZonePoints, ...read },
        },
      },
      async (req) => zones.zonePoints(req.actor, req.query),
    );

    app.post(
      '/api/zones/:id/special-zones',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Thêm khu phi thuế quan, khu thương mại tự do hoặc khu bảo thuế trong khu kinh tế',
          params: ZoneIdParams,
          body: CreateSpecialZoneBody,
          response: { 201: ZoneDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await zones.createSpecialZone(req.actor, req.params.id, req.body)),
    );

    app.patch(
      '/api/zones/:id/special-zones/:specialZoneId',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Sửa thông tin khu phi thuế quan, khu thương mại tự do, khu bảo thuế (kiểm tra updatedAt)',
          params: SpecialZoneParams,
          body: UpdateSpecialZoneBody,
          response: { 200: ZoneDetail, ...write },
        },
      },
      async (req) => zones.updateSpecialZone(req.actor, req.params.id, req.params.specialZoneId, req.body),
    );

    app.post(
      '/api/zones/:id/special-zones/:specialZoneId/statuses',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Ghi trạng thái của khu từ một ngày (đang xây dựng, đang vận hành, đã giải thể)',
          params: SpecialZoneParams,
          body: SpecialZoneStatusBody,
          response: { 201: ZoneDetail, ...write },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await zones.recordSpecialZoneStatus(req.actor, req.params.id, req.params.specialZoneId, req.body)),
    );

    app.post(
      '/api/zones/:id/special-zones/:specialZoneId/areas',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Ghi diện tích của khu từ một ngày (đất thành lập, công nghiệp – dịch vụ, đã cho thuê)',
          params: SpecialZoneParams,
          body: SpecialZoneAreaBody,
          response: { 200: ZoneDetail, ...write },
        },
      },
      async (req) => zones.recordSpecialZoneArea(req.actor, req.params.id, req.params.specialZoneId, req.body),
    );

    app.post(
      '/api/zones/:id/special-zones/:specialZoneId/wastewater',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Ghi tình trạng, công suất nhà máy xử lý nước thải tập trung của khu từ một ngày (Biểu 2112)',
          params: SpecialZoneParams,
          body: PlantRecordBody,
          response: { 200: ZoneDetail, ...write },
        },
      },
      async (req) => zones.recordSpecialZoneWastewater(req.actor, req.params.id, req.params.specialZoneId, req.body),
    );
  };
  return plugin;
}
