import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZonesService } from './service';

export function zonesRoutes(zones: ZonesService) {
  const plugin: FastifyPluginAsyncZod = async () => {
    void zones;
  };
  return plugin;
}
