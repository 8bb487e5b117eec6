import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../platform/http/errors';
import { CountryList, WasteCodeList, WasteCodeQuery } from './contract';
import type { ReferenceService } from './service';

export function referenceRoutes(reference: ReferenceService) {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.get(
      '/api/reference/countries',
      {
        config: { access: 'public' },
        schema: {
          tags: ['reference'],
          summary: 'Quốc gia, vùng lãnh thổ (tên tiếng Việt và tiếng Anh)',
          response: { 200: CountryList },
        },
      },
      async () => ({ items: await reference.listCountries() }),
    );
    app.get(
      '/api/reference/waste-codes',
      {
        config: { access: 'public' },
        schema: {
          tags: ['reference'],
          summary: 'Danh mục chất thải châu Âu (EWC), tìm theo mã, chương, mô tả',
          querystring: WasteCodeQuery,
          response: { 200: WasteCodeList, 400: ErrorResponse },
        },
      },
      async (req) => ({ items: await reference.findWasteCodes(req.query) }),
    );
  };
  return plugin;
}
