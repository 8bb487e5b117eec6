import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import type { ZonesService } from '../zones/service';
import { investmentRoutes } from './routes';
import { createInvestmentService } from './service';

export function createInvestmentModule(shared: { db: Db; clock: () => Date; geo: GeoService; zones: ZonesService }) {
  const service = createInvestmentService(shared);
  return { service, routes: investmentRoutes(service) };
}
