import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';

/** The zone registry's use cases (being built: see docs/registry-model.md). */
export function createZonesService(deps: { db: Db; clock: () => Date; geo: GeoService }) {
  void deps;
  return {};
}
export type ZonesService = ReturnType<typeof createZonesService>;
