/**
 * The per-park forms (2104, 2106) list the parks of the scope that have a project valid at the
 * period's end, ordered by location class then name, with the facts of their projects.
 */
import type { ValidProject } from '../facts/registry';
import { LOCATION_CLASSES, type LocationClass, type ProjectPlace } from '../facts/sql';
import type { FlowTotals, StockTotals } from '../facts/totals';

export type ParkGroup = {
  parkId: string;
  name: string;
  locationClass: LocationClass;
  /** Valid production/business projects (the "thứ cấp" projects). */
  tenants: ValidProject[];
  /** Valid infrastructure projects of the park. */
  infrastructure: ValidProject[];
};

/** `others`: records of other projects (reports of the period) whose parks must have a row too. */
export function parkGroups(valid: readonly ValidProject[], others: readonly ProjectPlace[] = []): ParkGroup[] {
  const byPark = new Map<string, ParkGroup>();
  for (const p of others) {
    if (p.parkId === null || p.locationClass === null || p.type !== 'production_business' || byPark.has(p.parkId))
      continue;
    byPark.set(p.parkId, {
      parkId: p.parkId,
      name: p.parkName ?? '',
      locationClass: p.locationClass,
      tenants: [],
      infrastructure: [],
    });
  }
  for (const p of valid) {
    if (p.parkId === null || p.locationClass === null) continue;
    const g = byPark.get(p.parkId) ?? {
      parkId: p.parkId,
      name: p.parkName ?? '',
      locationClass: p.locationClass,
      tenants: [],
      infrastructure: [],
    };
    (p.type === 'infrastructure' ? g.infrastructure : g.tenants).push(p);
    byPark.set(p.parkId, g);
  }
  return [...byPark.values()].sort(byLocationThenName);
}

const collator = new Intl.Collator('vi');
function byLocationThenName(a: { locationClass: LocationClass; name: string }, b: typeof a): number {
  return (
    LOCATION_CLASSES.indexOf(a.locationClass) - LOCATION_CLASSES.indexOf(b.locationClass) ||
    collator.compare(a.name, b.name)
  );
}

/** A park's row from the SQL totals: the same parks in the same order as `parkGroups`. */
export type ParkOfTotals = {
  parkId: string;
  name: string;
  locationClass: LocationClass;
  /** Valid infrastructure projects' names, "; "-joined in code order ('' when none). */
  infrastructure: string;
  stock: StockTotals[];
  flows: FlowTotals[];
};

/** `flows`: the period's reports, whose parks must have a row too (production projects only, as `parkGroups`). */
export function parksOfTotals(stock: readonly StockTotals[], flows: readonly FlowTotals[] = []): ParkOfTotals[] {
  const byPark = new Map<string, ParkOfTotals>();
  const parkOf = (g: StockTotals | FlowTotals) => {
    const p = byPark.get(g.parkId!) ?? {
      parkId: g.parkId!,
      name: g.parkName ?? '',
      locationClass: g.locationClass!,
      infrastructure: '',
      stock: [],
      flows: [],
    };
    byPark.set(g.parkId!, p);
    return p;
  };
  for (const g of flows) {
    if (g.parkId !== null && g.locationClass !== null && g.type === 'production_business') parkOf(g).flows.push(g);
  }
  for (const g of stock) {
    if (g.parkId === null || g.locationClass === null) continue;
    const p = parkOf(g);
    p.stock.push(g);
  }
  for (const p of byPark.values()) {
    const projects = p.stock.flatMap((g) => g.infrastructure);
    projects.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    p.infrastructure = projects.map((x) => x.name).join('; ');
  }
  return [...byPark.values()].sort(byLocationThenName);
}
