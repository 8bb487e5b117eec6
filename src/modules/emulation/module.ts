import { withAwardRoutes } from './awards/module';
import { emulationRoutes } from './routes';
import { createEmulationService } from './service';
import type { EmulationDeps } from './use-cases/common';

export function createEmulationModule(shared: EmulationDeps) {
  const service = createEmulationService(shared);
  return { service, routes: withAwardRoutes(emulationRoutes(service), shared) };
}
