/**
 * The per-park forms (2104, 2106) list the parks of the scope that have a project valid at the
 * period's end, ordered by location class then name, with the facts of their projects.
 */
import type { ValidProject } from '../facts/registry';
import { LOCATION_CLASSES, type LocationClass, type ProjectPlace } from '../facts/sql';

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
  return [...byPark.values()].sort(
    (a, b) =>
      LOCATION_CLASSES.indexOf(a.locationClass) - LOCATION_CLASSES.indexOf(b.locationClass) ||
      a.name.localeCompare(b.name, 'vi'),
  );
}
