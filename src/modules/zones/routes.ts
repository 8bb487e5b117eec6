import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  AsOfQuery,
  CreateParkBody,
  CreateZoneBody,
  InfrastructureProgressBody,
  LandValueBody,
  OccupancyQuery,
  OccupancyResult,
  ParkDetail,
  ParkEventBody,
  ParkIdParams,
  ParkList,
  ParkQuery,
  UpdateParkBody,
  UpdateZoneBody,
  ZoneAreaBody,
  ZoneDetail,
  ZoneIdParams,
  ZoneList,
  ZoneQuery,
} from './contract';
import type { ZonesService } from './service';

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...read, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };

/** HTTP mapping of the zone registry: /api/zones (KKT) and /api/parks (KCN). */
export function zonesRoutes(zones: ZonesService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    // ——— Economic zones ———
    app.get(
      '/api/zones',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['zones'],
          summary: 'Danh sách khu kinh tế (lọc theo tỉnh vào một ngày, loại)',
          querystring: ZoneQuery,
          response: { 200: ZoneList, ...read },
        },
      },
      async (req) => zones.findZones(req.actor, req.query),
    );

    app.post(
      '/api/zones',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Thêm khu kinh tế',
          body: CreateZoneBody,
          response: { 201: ZoneDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await zones.createZone(req.actor, req.body)),
    );

    app.get(
      '/api/zones/:id',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['zones'],
          summary: 'Khu kinh tế vào một ngày: diện tích theo chức năng và tổng (Biểu 2108, 2110)',
          params: ZoneIdParams,
          querystring: AsOfQuery,
          response: { 200: ZoneDetail, ...one },
        },
      },
      async (req) => zones.getZone(req.actor, req.params.id, req.query.asOf),
    );

    app.patch(
      '/api/zones/:id',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Sửa thông tin khu kinh tế',
          params: ZoneIdParams,
          body: UpdateZoneBody,
          response: { 200: ZoneDetail, ...write },
        },
      },
      async (req) => zones.updateZone(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/zones/:id/areas',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['zones'],
          summary: 'Ghi diện tích một khu chức năng của khu kinh tế từ một ngày',
          params: ZoneIdParams,
          body: ZoneAreaBody,
          response: { 200: ZoneDetail, ...write },
        },
      },
      async (req) => zones.recordZoneArea(req.actor, req.params.id, req.body),
    );

    // ——— Industrial parks ———
    app.get(
      '/api/parks',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['parks'],
          summary: 'Danh sách khu công nghiệp (tỉnh, trạng thái vào một ngày, vị trí, loại hình, tìm kiếm)',
          querystring: ParkQuery,
          response: { 200: ParkList, ...read },
        },
      },
      async (req) => zones.findParks(req.actor, req.query),
    );

    app.post(
      '/api/parks',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['parks'],
          summary: 'Thêm khu công nghiệp (có thể kèm sự kiện đầu tiên)',
          body: CreateParkBody,
          response: { 201: ParkDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await zones.createPark(req.actor, req.body)),
    );

    app.get(
      '/api/parks/occupancy',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['parks'],
          summary: 'Tỷ lệ lấp đầy của các KCN vào một ngày (tử số, mẫu số, các KCN được tính)',
          querystring: OccupancyQuery,
          response: { 200: OccupancyResult, ...read },
        },
      },
      async (req) => zones.occupancyFor(req.actor, req.query),
    );

    app.get(
      '/api/parks/:id',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['parks'],
          summary: 'Khu công nghiệp vào một ngày: trạng thái, đất, lấp đầy, diễn biến',
          params: ParkIdParams,
          querystring: AsOfQuery,
          response: { 200: ParkDetail, ...one },
        },
      },
      async (req) => zones.getPark(req.actor, req.params.id, req.query.asOf),
    );

    app.patch(
      '/api/parks/:id',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['parks'],
          summary: 'Sửa thông tin khu công nghiệp (kiểm tra updatedAt)',
          params: ParkIdParams,
          body: UpdateParkBody,
          response: { 200: ParkDetail, ...write },
        },
      },
      async (req) => zones.updatePark(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/parks/:id/events',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['parks'],
          summary: 'Ghi một sự kiện trong vòng đời KCN (quy hoạch, thành lập, điều chỉnh, thu hồi…)',
          params: ParkIdParams,
          body: ParkEventBody,
          response: { 201: ParkDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await zones.recordParkEvent(req.actor, req.params.id, req.body)),
    );

    app.post(
      '/api/parks/:id/land',
      {
        config: { access: 'park_land:update' },
        schema: {
          tags: ['parks'],
          summary:
            'Ghi diện tích đất của KCN từ một ngày (quy hoạch, thành lập, công nghiệp – dịch vụ, đã cho thuê, đã giao)',
          params: ParkIdParams,
          body: LandValueBody,
          response: { 200: ParkDetail, ...write },
        },
      },
      async (req) => zones.recordLandValue(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/parks/:id/infrastructure-progress',
      {
        config: { access: 'park_land:update' },
        schema: {
          tags: ['parks'],
          summary: 'Ghi mức độ hoàn thiện hạ tầng của KCN (%) từ một ngày (Biểu 2103 cột 14)',
          params: ParkIdParams,
          body: InfrastructureProgressBody,
          response: { 200: ParkDetail, ...write },
        },
      },
      async (req) => zones.recordInfrastructureProgress(req.actor, req.params.id, req.body),
    );
  };
  return plugin;
}
