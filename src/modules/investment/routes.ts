import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InvestmentService } from './service';

export function investmentRoutes(investment: InvestmentService) {
  const plugin: FastifyPluginAsyncZod = async () => {
    void investment;
  };
  return plugin;
}
