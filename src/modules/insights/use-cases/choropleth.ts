import { formatDecimal, round } from '../../../kernel/decimal';
import { forbidden } from '../../../kernel/errors';
import { periodCode, periodEnd } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { MERGER_DATE_2025 } from '../../geo/admin-units';
import { type AggregatePart, periodAggregates } from '../aggregates';
import type { Choropleth } from '../contract';
import { FIGURE_BY_KEY } from '../figure-definitions';
import { figureValues } from '../figures';
import { provinceOfEdition } from '../set-units';
import { type InsightsDeps, readPeriod } from './shared';

/** The facts each indicator is computed from: the map reads only those. */
const PART_OF: Record<Choropleth['indicator'], AggregatePart> = {
  'valid.FDI.count': 'projects',
  'valid.FDI.capital': 'projects',
  'valid.DDI.capital': 'projects',
  'parks.operating.count': 'places',
  'parks.occupancy': 'places',
  export: 'flows',
  workers: 'stock',
};

/**
 * One indicator per province of the edition in force at the period end (63 before 1 July 2025,
 * 34 from then), from the same aggregates as the briefing. A Board sees its own province's value
 * (the others are left empty); a developer has no province view.
 */
export async function choroplethFor(
  deps: InsightsDeps,
  actor: Actor,
  query: { period: string; indicator: Choropleth['indicator'] },
): Promise<Choropleth> {
  authorize(actor, 'insights:read');
  if (actor.kind === 'user' && actor.role === 'developer') throw forbidden();
  const period = readPeriod(query.period);
  const to = periodEnd(period);
  const edition = to < MERGER_DATE_2025 ? '63' : '34';
  const ix = await deps.geo.getIndex();
  const provinces = ix.unitsAsOf(edition === '63' ? '2025-06-30' : MERGER_DATE_2025);
  const aggregates = await periodAggregates(deps.db, period, {}, undefined, {
    parts: new Set([PART_OF[query.indicator]]),
  });
  const provinceOf = new Map<string, string | null>();
  const match = (province: string) => (unit: string) => {
    if (!provinceOf.has(unit)) provinceOf.set(unit, provinceOfEdition(ix, unit, edition));
    return provinceOf.get(unit) === province;
  };
  const visible = (code: string) =>
    actor.kind !== 'user' || actor.role === 'ministry' || actor.scope.provinceCode === code;
  const def = FIGURE_BY_KEY.get(query.indicator)!;
  return {
    period: periodCode(period),
    edition,
    indicator: query.indicator,
    label: def.label,
    unit: def.unit,
    items: provinces.map((p) => {
      // A Board's province of the old edition is one of those its new province was formed from.
      const code34 = edition === '34' ? p.code : (ix.currentEquivalent(p.id, MERGER_DATE_2025)?.code ?? null);
      const value = code34 !== null && visible(code34) ? figureValues(aggregates, match(p.id))[query.indicator] : null;
      return {
        id: p.id,
        code: p.code,
        name: p.name,
        value: value === null || value === undefined ? null : formatDecimal(round(value, def.places)),
      };
    }),
  };
}
