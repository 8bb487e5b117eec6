import { ecoRoutes } from './routes';
import { createEcoService } from './service';
import type { EcoDeps } from './use-cases/deps';

export function createEcoModule(shared: EcoDeps) {
  const service = createEcoService(shared);
  return { service, routes: ecoRoutes(service) };
}
