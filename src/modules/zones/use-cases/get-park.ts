import { eq } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import type { ParkDetail } from '../contract';
import { LAND_MEASURES, type LandMeasure, occupancy, parkLandAsOf } from '../park-land';
import { landTimeSeries } from '../park-land-series';
import { availableActions } from '../park-lifecycle';
import { industrialParks } from '../schema';
import { loadProgress } from './infrastructure-progress';
import { landRowToValue, loadHistories, rowToEventOut } from './park-history';
import { type ParkRow, parkAsOf, zoneTypesOf } from './park-views';
import { loadPlants, plantOut } from './plant-views';
import { parkTarget, todayOf, unitRef, type ZonesDeps } from './shared';

export async function readParkRow(deps: ZonesDeps, id: string): Promise<ParkRow> {
  const [row] = await deps.db.select().from(industrialParks).where(eq(industrialParks.id, id));
  if (!row) throw notFound('khu công nghiệp', 'Industrial park');
  return row;
}

/**
 * A park as of a date: its fields, status, land (the four measures), occupancy, location class,
 * province (recorded, on the date, today), the whole timeline and what the caller may do next.
 */
export async function getPark(deps: ZonesDeps, actor: Actor, id: string, asOfDate?: string): Promise<ParkDetail> {
  authorize(actor, 'registry:read');
  const row = await readParkRow(deps, id);
  const target = await parkTarget(deps.geo, row);
  authorize(actor, 'registry:read', target);

  const today = todayOf(deps);
  const asOf = asOfDate ?? today;
  const [histories, zoneTypes, ix, plants, progress] = await Promise.all([
    loadHistories(deps.db, [id]),
    zoneTypesOf(deps.db, [row.parentZoneId]),
    deps.geo.getIndex(),
    loadPlants(deps.db, [id]),
    loadProgress(deps.db, [id]),
  ]);
  const infrastructure = progress.get(id) ?? [];
  const history = histories.get(id);
  const provinceAsOf = ix.currentEquivalent(row.adminUnitId, asOf);
  const { summary, events, land, state } = parkAsOf(row, history, asOf, zoneTypes, provinceAsOf?.code ?? null);

  const landNow = parkLandAsOf(land, asOf);
  const occ = occupancy([{ id, events, land }], asOf, 'all_established');
  const counted = occ.included.length === 1;

  const timeline: ParkDetail['timeline'] = [
    ...(history?.events ?? []).map((r) => ({ type: 'event' as const, ...rowToEventOut(r) })),
    ...(history?.land ?? []).map((r) => ({
      type: 'land' as const,
      date: r.asOf,
      measure: r.measure as LandMeasure,
      value: landRowToValue(r).value,
      source: r.source,
    })),
    ...infrastructure.map((p) => ({ type: 'progress' as const, ...p })),
  ];
  // By date; on a day, events (in their order) before land values (in the order of the measures),
  // then the infrastructure completion.
  const rank = (t: ParkDetail['timeline'][number]) =>
    t.type === 'event' ? t.seq : t.type === 'land' ? 1_000_000 + LAND_MEASURES.indexOf(t.measure) : 2_000_000;
  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));

  const canManage = isAllowed(actor, 'zone:manage', target);
  const canUpdateLand = isAllowed(actor, 'park_land:update', target);
  return {
    ...summary,
    asOf,
    statusAsOf: state
      ? {
          status: state.status,
          since: state.since,
          decision: state.decision
            ? { number: state.decision.number, date: state.decision.date, issuer: state.decision.issuer ?? null }
            : null,
        }
      : null,
    province: {
      // The unit exists: a foreign key keeps it.
      recorded: unitRef(ix.unit(row.adminUnitId))!,
      asOf: unitRef(provinceAsOf),
      current: unitRef(ix.currentEquivalent(row.adminUnitId, today)),
    },
    land: landNow,
    infrastructure,
    occupancy: {
      leased: landNow.leased?.value ?? null,
      industrial: landNow.industrial?.value ?? null,
      ratio: counted ? occ.ratio : null,
      percent: counted ? occ.percent : null,
      counted,
    },
    timeline,
    landSeries: landTimeSeries(events, land),
    wastewater: (plants.get(id) ?? []).map((p) => plantOut(p, asOf)),
    availableActions: canManage ? [...availableActions(events)] : [],
    permissions: {
      update: canManage,
      recordEvent: canManage && availableActions(events).length > 0,
      updateLand: canUpdateLand,
      // A plant is park infrastructure: its Board or its developer reports it, as for land.
      updateWastewater: canUpdateLand,
    },
  };
}
