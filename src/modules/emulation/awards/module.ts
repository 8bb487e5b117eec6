/** Scoring, votes, proposals, decisions and the award register, wired as one plugin the emulation module mounts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createScoringService } from '../scoring/scoring-service';
import type { EmulationDeps } from '../use-cases/common';
import { createProposalsService } from './proposals-service';
import { createRegisterService } from './register-service';
import { emulationAwardRoutes } from './routes';

export function createEmulationAwards(deps: EmulationDeps) {
  const services = {
    scoring: createScoringService(deps),
    proposals: createProposalsService(deps),
    register: createRegisterService(deps),
  };
  return { services, routes: emulationAwardRoutes(services) };
}

/** The block routes and these, as the one plugin the emulation module hands to the app. */
export function withAwardRoutes(blockRoutes: FastifyPluginAsyncZod, deps: EmulationDeps): FastifyPluginAsyncZod {
  const awards = createEmulationAwards(deps);
  return async (app) => {
    await app.register(blockRoutes);
    await app.register(awards.routes);
  };
}
