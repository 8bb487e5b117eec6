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
  return {
    ...listingUseCases(deps),
    ...matchUseCases(deps),
    ...deals,
    ...impactUseCases(deps, deals),
    ...scorecardUseCases(deps, deals),
    ...recpUseCases(deps),
    ...ecoReportUseCases(deps, deals),
    ...partnerCandidateUseCases(deps),
  };
}
export type EcoService = ReturnType<typeof createEcoService>;
