import type { Db } from '../../platform/db/client';
import { referenceRoutes } from './routes';
import { createReferenceService } from './service';

export function createReferenceModule(shared: { db: Db; clock: () => Date }) {
  const service = createReferenceService(shared);
  return { service, routes: referenceRoutes(service) };
}
