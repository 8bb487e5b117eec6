import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { certificationRoutes } from './certification/routes';
import { certificationUseCases } from './certification/service';
import { ecoRoutes } from './routes';
import { createEcoService } from './service';
import type { EcoDeps } from './use-cases/deps';

export function createEcoModule(shared: EcoDeps) {
  const service = { ...createEcoService(shared), ...certificationUseCases(shared) };
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(ecoRoutes(service));
    await app.register(certificationRoutes(service));
  };
  return { service, routes };
}
