import { registryIoRoutes } from './routes';
import { createRegistryIoService, type RegistryIoDeps } from './service';

export function createRegistryIoModule(shared: RegistryIoDeps) {
  const service = createRegistryIoService(shared);
  return { service, routes: registryIoRoutes(service) };
}
