import { overviewUseCases } from './overview/overview';
import { partnerCandidateUseCases } from './partners/partner-candidates';
import { ecoReportUseCases } from './reports/use-cases';
import { dealUseCases } from './use-cases/deals';
import type { EcoDeps } from './use-cases/deps';
import { impactUseCases } from './use-cases/impact';
import { listingUseCases } from './use-cases/listings';
import { matchUseCases } from './use-cases/matches';
import { recpUseCases } from './use-cases/recp';
import { scorecardUseCases } from './use-cases/scorecard';

/** Eco-industrial parks: the symbiosis exchange, its deals and impact, the criteria scorecard, RECP. */
export function createEcoService(deps: EcoDeps) {
  const deals = dealUseCases(deps);
  const scorecards = scorecardUseCases(deps, deals);
  const impact = impactUseCases(deps, deals);
  const recp = recpUseCases(deps);
  return {
    ...listingUseCases(deps),
    ...matchUseCases(deps),
    ...deals,
    ...impact,
    ...scorecards,
    ...recp,
    ...ecoReportUseCases(deps, deals),
    ...partnerCandidateUseCases(deps),
    ...overviewUseCases(deps, { ...scorecards, ...recp, ...impact }),
  };
}
export type EcoService = ReturnType<typeof createEcoService>;
