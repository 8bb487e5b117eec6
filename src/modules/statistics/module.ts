import type { AuditService } from '../../platform/audit/service';
import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import { statisticsRoutes } from './routes';
import { createStatisticsService } from './service';
import type { FormsMap } from './use-cases/form-scope';

/** The national forms: the service over the given form definitions, and its routes. */
export function createStatisticsModule(shared: {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  audit: AuditService;
  forms: FormsMap;
}) {
  const service = createStatisticsService(shared);
  return { service, routes: statisticsRoutes(service) };
}
