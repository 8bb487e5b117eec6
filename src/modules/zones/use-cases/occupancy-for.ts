import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { OccupancyQuery, OccupancyResult } from '../contract';
import { occupancy } from '../park-land';
import { parksAsOf, parksInScope } from './find-parks';
import { todayOf, type ZonesDeps } from './shared';

/**
 * Occupancy (Σ leased ÷ Σ industrial-service land) on a date over the parks the caller may see,
 * optionally in one province as of that date, on either published basis, with the parks behind
 * the sums and those left out for want of a value.
 */
export async function occupancyFor(
  deps: ZonesDeps,
  actor: Actor,
  query: Partial<OccupancyQuery>,
): Promise<OccupancyResult> {
  authorize(actor, 'registry:read');
  const asOf = query.asOf ?? todayOf(deps);
  const basis = query.basis ?? 'all_established';
  const rows = await parksInScope(deps, actor, { province: query.province, asOf });
  const parks = (await parksAsOf(deps, rows, asOf)).sort((a, b) => a.summary.code.localeCompare(b.summary.code));
  const result = occupancy(
    parks.map((p) => ({ id: p.summary.id, events: p.events, land: p.land })),
    asOf,
    basis,
  );
  const ref = new Map(
    parks.map((p) => [p.summary.id, { parkId: p.summary.id, code: p.summary.code, name: p.summary.name }]),
  );
  return {
    asOf,
    basis,
    province: query.province ?? null,
    numerator: result.leased,
    denominator: result.industrial,
    ratio: result.ratio,
    percent: result.percent,
    included: result.included.map((c) => ({ ...ref.get(c.id)!, leased: c.leased, industrial: c.industrial })),
    leftOut: result.withoutData.map((w) => ({ ...ref.get(w.id)!, missing: w.missing })),
  };
}
