import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  CreatePlantBody,
  ParkDetail,
  ParkIdParams,
  ParkInfrastructureProjectBody,
  ParkPoints,
  ParkPointsQuery,
  PlantIdParams,
  PlantRecordBody,
  TrailPage,
  TrailQuery,
  UpdatePlantBody,
  ZoneIdParams,
} from './contract';
import type { ZonesService } from './service';

const read = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const one = { ...read, 404: ErrorResponse };
const write = { ...one, 409: ErrorResponse, 422: ErrorResponse };

/** HTTP mapping of the map points, the trails of edits and the wastewater plants of a park. */
export function parkExtraRoutes(zones: ZonesService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/parks/points',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['parks'],
          summary: 'Vị trí các KCN trên bản đồ, trạng thái và tỉnh vào một ngày',
          querystring: ParkPointsQuery,
          response: { 200: ParkPoints, ...read },
        },
      },
      async (req) => zones.parkPoints(req.actor, req.query),
    );

    app.get(
      '/api/parks/:id/audit',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['parks'],
          summary: 'Lịch sử chỉnh sửa của một KCN (nhật ký, mới nhất trước)',
          params: ParkIdParams,
          querystring: TrailQuery,
          response: { 200: TrailPage, ...one },
        },
      },
      async (req) => zones.parkTrail(req.actor, req.params.id, req.query),
    );

    app.get(
      '/api/zones/:id/audit',
      {
        config: { access: 'registry:read' },
        schema: {
          tags: ['zones'],
          summary: 'Lịch sử chỉnh sửa của một khu kinh tế (nhật ký, mới nhất trước)',
          params: ZoneIdParams,
          querystring: TrailQuery,
          response: { 200: TrailPage, ...one },
        },
      },
      async (req) => zones.zoneTrail(req.actor, req.params.id, req.query),
    );

    app.put(
      '/api/parks/:id/infrastructure-project',
      {
        config: { access: 'zone:manage' },
        schema: {
          tags: ['parks'],
          summary: 'Gắn KCN với dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng của KCN (null: bỏ gắn)',
          params: ParkIdParams,
          body: ParkInfrastructureProjectBody,
          response: { 200: ParkDetail, ...write },
        },
      },
      async (req) => zones.setInfrastructureProject(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/parks/:id/wastewater-plants',
      {
        config: { access: 'park_land:update' },
        schema: {
          tags: ['parks'],
          summary: 'Thêm nhà máy xử lý nước thải tập trung của KCN (kèm số liệu đầu tiên)',
          params: ParkIdParams,
          body: CreatePlantBody,
          response: { 201: ParkDetail, ...write },
        },
      },
      async (req, reply) => reply.code(201).send(await zones.createPlant(req.actor, req.params.id, req.body)),
    );

    app.patch(
      '/api/parks/:id/wastewater-plants/:plantId',
      {
        config: { access: 'park_land:update' },
        schema: {
          tags: ['parks'],
          summary: 'Sửa tên, vốn đầu tư của nhà máy xử lý nước thải (kiểm tra updatedAt)',
          params: PlantIdParams,
          body: UpdatePlantBody,
          response: { 200: ParkDetail, ...write },
        },
      },
      async (req) => zones.updatePlant(req.actor, req.params.id, req.params.plantId, req.body),
    );

    app.post(
      '/api/parks/:id/wastewater-plants/:plantId/records',
      {
        config: { access: 'park_land:update' },
        schema: {
          tags: ['parks'],
          summary: 'Ghi trạng thái, công suất thiết kế và hoạt động của nhà máy từ một ngày',
          params: PlantIdParams,
          body: PlantRecordBody,
          response: { 201: ParkDetail, ...write },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await zones.recordPlant(req.actor, req.params.id, req.params.plantId, req.body)),
    );
  };
  return plugin;
}
