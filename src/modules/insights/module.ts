import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import { insightsRoutes } from './routes';
import { createInsightsService } from './service';

export function createInsightsModule(shared: { db: Db; clock: () => Date; geo: GeoService }) {
  const service = createInsightsService(shared);
  return { service, routes: insightsRoutes(service) };
}
