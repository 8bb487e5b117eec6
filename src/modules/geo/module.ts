import type { Db } from '../../platform/db/client';
import { geoRoutes } from './routes';
import { createGeoService } from './service';

export function createGeoModule(shared: { db: Db; clock: () => Date }) {
  const service = createGeoService(shared);
  return { service, routes: geoRoutes(service) };
}
