import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import type { ZonesService } from '../zones/service';

/** The investment registry's use cases (being built: see docs/registry-model.md). */
export function createInvestmentService(deps: { db: Db; clock: () => Date; geo: GeoService; zones: ZonesService }) {
  void deps;
  return {};
}
export type InvestmentService = ReturnType<typeof createInvestmentService>;
