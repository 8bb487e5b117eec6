import { investmentRoutes } from './routes';
import { createInvestmentService, type InvestmentDeps } from './service';

export function createInvestmentModule(shared: InvestmentDeps) {
  const service = createInvestmentService(shared);
  return { service, routes: investmentRoutes(service) };
}
