import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import { zonesRoutes } from './routes';
import { createZonesService } from './service';

export function createZonesModule(shared: { db: Db; clock: () => Date; geo: GeoService }) {
  const service = createZonesService(shared);
  return { service, routes: zonesRoutes(service) };
}
