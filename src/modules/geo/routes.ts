import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../platform/http/errors';
import {
  AsOfQuery,
  EditionParams,
  GroupList,
  IdParams,
  Lineage,
  ProvinceList,
  Resolution,
  ResolveQuery,
} from './contract';
import type { GeoService } from './service';

const tags = ['geo'];
const fail = { 400: ErrorResponse, 404: ErrorResponse };

/** Reference geography is public: the open zone registry and the map need no sign-in. */
export function geoRoutes(geo: GeoService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/geo/provinces',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tỉnh, thành phố theo ngày (63 trước 01/07/2025, 34 từ ngày đó)',
          querystring: AsOfQuery,
          response: { 200: ProvinceList, ...fail },
        },
      },
      async (req) => geo.listProvinces(req.query.date),
    );

    app.get(
      '/api/geo/provinces/:id/lineage',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tỉnh cũ hợp thành / tỉnh mới sáp nhập vào',
          params: IdParams,
          response: { 200: Lineage, ...fail },
        },
      },
      async (req) => geo.lineage(req.params.id),
    );

    app.get(
      '/api/geo/groups',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Vùng kinh tế - xã hội và nhóm tỉnh theo ngày',
          querystring: AsOfQuery,
          response: { 200: GroupList, ...fail },
        },
      },
      async (req) => geo.listGroups(req.query.date),
    );

    app.get(
      '/api/geo/resolve',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Mã tỉnh (cũ hoặc mới) vào ngày D thuộc tỉnh, vùng, nhóm nào',
          querystring: ResolveQuery,
          response: { 200: Resolution, ...fail },
        },
      },
      async (req) => geo.resolve(req.query.code, req.query.date),
    );

    app.get(
      '/api/geo/boundaries/:edition',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Ranh giới tỉnh (GeoJSON, thuộc tính ma_tinh = mã GSO)',
          params: EditionParams,
          response: { 200: z.unknown().describe('GeoJSON FeatureCollection'), ...fail },
        },
      },
      async (req, reply) =>
        reply
          .header('content-type', 'application/geo+json; charset=utf-8')
          .header('cache-control', 'public, max-age=86400')
          .serializer((payload: unknown) => payload as string)
          .send(geo.boundaries(req.params.edition)),
    );
  };
  return plugin;
}
