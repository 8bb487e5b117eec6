import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import { parkExtraRoutes } from './park-extra-routes';
import { zonesRoutes } from './routes';
import { createZonesService } from './service';
import { specialZoneRoutes } from './special-zone-routes';
import type { ProjectLookup } from './use-cases/infrastructure-project';

export function createZonesModule(shared: { db: Db; clock: () => Date; geo: GeoService; projects?: ProjectLookup }) {
  const service = createZonesService(shared);
  const core = zonesRoutes(service);
  const extra = parkExtraRoutes(service);
  const special = specialZoneRoutes(service);
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(core);
    await app.register(extra);
    await app.register(special);
  };
  return { service, routes };
}
