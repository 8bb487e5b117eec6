import type { Db } from '../../platform/db/client';
import { onestopRoutes } from './routes';
import { createOnestopService } from './service';

export function createOnestopModule(shared: {
  db: Db;
  clock: () => Date;
  calendar: Parameters<typeof createOnestopService>[0]['calendar'];
}) {
  const service = createOnestopService(shared);
  return { service, routes: onestopRoutes(service) };
}
