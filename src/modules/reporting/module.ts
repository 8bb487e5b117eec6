import { reportingRoutes } from './routes';
import { createReportingService } from './service';
import type { ReportingDeps } from './use-cases/common';

export function createReportingModule(shared: ReportingDeps) {
  const service = createReportingService(shared);
  return { service, routes: reportingRoutes(service) };
}
