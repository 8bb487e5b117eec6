/**
 * One park's history: lifecycle events (plan, establishment by the act the rule in force accepts,
 * construction, operation, area changes, revocation or conversion), the four land series that
 * follow from them, and its central wastewater plant. Acts and the conversion age are read from
 * PARK_RULES, so the generated histories follow the registry's rules rather than a copy of them.
 */
import { type Decision, inForce } from '../../modules/zones/checks';
import type { ParkEvent } from '../../modules/zones/park-lifecycle';
import { type EstablishmentAct, PARK_RULES } from '../../modules/zones/park-rules';
import { type Authority, decisionNumber } from './names';
import { addYears, dayOf, isoOf, type Rng, unitsToDecimal, YEAR_DAYS } from './random';

/** Share of parks ever established (or planned) by each date: most before 2010, a new wave after 2020. */
const ESTABLISHMENT_CURVE: readonly [string, number][] = [
  ['1994-01-01', 0],
  ['1997-01-01', 0.08],
  ['2000-01-01', 0.15],
  ['2005-01-01', 0.32],
  ['2008-01-01', 0.47],
  ['2010-01-01', 0.55],
  ['2015-01-01', 0.64],
  ['2018-01-01', 0.7],
  ['2020-01-01', 0.75],
  ['2022-01-01', 0.81],
  ['2024-01-01', 0.89],
  ['2026-07-01', 1],
];
export const FIRST_PARK_DAY = dayOf('1994-01-01');

const curve = ESTABLISHMENT_CURVE.map(([d, f]) => [dayOf(d), f] as const);

function curveAt(day: number): number {
  let prev = curve[0]!;
  for (const point of curve) {
    if (day <= point[0]) return prev[1] + ((point[1] - prev[1]) * (day - prev[0])) / Math.max(1, point[0] - prev[0]);
    prev = point;
  }
  return 1 + (day - prev[0]) / YEAR_DAYS / 20;
}

/** A day drawn from the curve between `from` and `to` (inverse CDF over the piecewise-linear curve). */
function dayFromCurve(rng: Rng, from: number, to: number): number {
  const [lo, hi] = [curveAt(from), curveAt(to)];
  const target = lo + rng.next() * (hi - lo);
  let a = from;
  let b = to;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (curveAt(mid) < target) a = mid;
    else b = mid;
  }
  return b;
}

type Raw =
  | { day: number; prio: 0; kind: 'planned'; approved: boolean; decision?: Decision }
  | { day: number; prio: 1; kind: 'established'; act: EstablishmentAct; decision: Decision; areaH: number }
  | { day: number; prio: 2 | 3; kind: 'construction_started' | 'operating' }
  | { day: number; prio: 4; kind: 'area_change'; factor: number; decision: Decision }
  | { day: number; prio: 9; kind: 'revoked' | 'converted_to_urban_service'; decision: Decision };

export interface ParkTimeline {
  events: ParkEvent[];
  firstDay: number;
  establishedDay: number | null;
  constructionDay: number | null;
  operatingDay: number | null;
  endDay: number | null;
  /** Established area (hundredths of a hectare) from each dated decision; 0 at the end. */
  areaSteps: { day: number; areaH: number; source: string }[];
}

const establishmentRuleOn = (date: string) => PARK_RULES.establishment.find((r) => inForce(r, date));

/**
 * Whether a park may be established on `date` without an approved plan: the rule in force still
 * has a separate establishment decision (before Decree 35/2022 the plan was not a precondition).
 */
const mayEstablishWithoutPlan = (date: string): boolean =>
  establishmentRuleOn(date)?.acts.includes('establishment_decision') ?? true;

/** Who signs a decision of `authority` on `day` (the province's name changes with the merger). */
export type Issuer = (authority: Authority, day: number) => string;

function establishment(
  rng: Rng,
  day: number,
  irc: string,
  issuer: Issuer,
): { act: EstablishmentAct; decision: Decision } {
  const date = isoOf(day);
  const acts: readonly EstablishmentAct[] = establishmentRuleOn(date)?.acts ?? ['establishment_decision'];
  let act: EstablishmentAct;
  if (acts.includes('establishment_decision') && rng.chance(0.85)) act = 'establishment_decision';
  else {
    const options = acts.filter((a) => a !== 'establishment_decision');
    act = options[rng.weighted(options.map((a) => (a === 'investment_policy_with_investor' ? 6 : 2)))] ?? 'irc';
  }
  if (act === 'irc') return { act, decision: { number: irc, date, issuer: issuer('BQL', day) } };
  const authority: Authority =
    act === 'investor_approval' || (act === 'establishment_decision' && day >= dayOf('2008-01-01')) ? 'UBND' : 'TTg';
  return { act, decision: { number: decisionNumber(rng, authority), date, issuer: issuer(authority, day) } };
}

/** The earliest day a conversion is allowed, under the conversion rule in force on that day. */
function conversionFrom(established: number, todayDay: number): number | null {
  const rule = PARK_RULES.conversion.find((r) => r.effectiveFrom !== null && r.effectiveFrom <= isoOf(todayDay));
  if (!rule || rule.effectiveFrom === null) return null;
  return Math.max(dayOf(rule.effectiveFrom), addYears(established, rule.minYearsSinceEstablished)) + 30;
}

export interface TimelineInput {
  todayDay: number;
  /** Not before this day (the parent zone's decision). */
  earliestDay: number;
  plannedOnly: boolean;
  /** The infrastructure project's code, the number of an establishing IRC. */
  irc: string;
  issuer: Issuer;
}

function rawEvents(rng: Rng, input: TimelineInput): Raw[] {
  const { todayDay } = input;
  const decisionOn = (day: number, authority: Authority): Decision => ({
    number: decisionNumber(rng, authority),
    date: isoOf(day),
    issuer: input.issuer(authority, day),
  });
  const years = (a: number, b: number) => Math.round(rng.range(a, b) * YEAR_DAYS);
  if (input.plannedOnly) {
    const day = rng.int(Math.max(input.earliestDay, todayDay - 5 * 365), todayDay);
    const approved = rng.chance(0.85);
    const raws: Raw[] = [
      { day, prio: 0, kind: 'planned', approved, ...(approved ? { decision: decisionOn(day, 'TTg') } : {}) },
    ];
    const out = day + years(0.5, 3);
    if (rng.chance(0.06) && out <= todayDay)
      raws.push({ day: out, prio: 9, kind: 'revoked', decision: decisionOn(out, 'TTg') });
    return raws;
  }
  const est = dayFromCurve(rng, Math.max(FIRST_PARK_DAY, input.earliestDay), todayDay);
  const { act, decision } = establishment(rng, est, input.irc, input.issuer);
  const areaH = Math.round(Math.min(1800, Math.max(40, rng.logNormal(230, 0.6))) * 100);
  const raws: Raw[] = [{ day: est, prio: 1, kind: 'established', act, decision, areaH }];
  const mustPlan = !mayEstablishWithoutPlan(isoOf(est));
  if (mustPlan || (est >= dayOf('2006-01-01') && rng.chance(0.85))) {
    const day = Math.max(FIRST_PARK_DAY, est - years(0.3, 5));
    if (day < est) raws.push({ day, prio: 0, kind: 'planned', approved: true, decision: decisionOn(day, 'TTg') });
  }
  // A revoked park never started operating (it is one that found no developer or no tenants).
  const revokeDay = rng.chance(0.025) ? est + years(2, 7) : null;
  const revoked = revokeDay !== null && revokeDay <= todayDay;
  const endBefore = revoked ? revokeDay : todayDay + 1;
  const lag = rng.chance(0.65) ? years(1.5, 4) : years(4, 12);
  const op = est + lag;
  if (rng.chance(0.8)) {
    const con = est + Math.min(lag - 60, years(0.2, 2));
    if (con < endBefore && con > est) raws.push({ day: con, prio: 2, kind: 'construction_started' });
  }
  if (op < endBefore && !revoked) raws.push({ day: op, prio: 3, kind: 'operating' });
  if (rng.chance(0.2)) {
    const day = est + years(2, 12);
    if (day < endBefore)
      raws.push({
        day,
        prio: 4,
        kind: 'area_change',
        factor: rng.range(1.1, 1.8),
        decision: decisionOn(day, 'UBND'),
      });
  }
  if (rng.chance(0.06)) {
    const day = est + years(1, 10);
    if (day < endBefore)
      raws.push({
        day,
        prio: 4,
        kind: 'area_change',
        factor: rng.range(0.6, 0.92),
        decision: decisionOn(day, 'UBND'),
      });
  }
  if (revoked) {
    raws.push({ day: revokeDay, prio: 9, kind: 'revoked', decision: decisionOn(revokeDay, 'UBND') });
  } else if (op <= todayDay && rng.chance(0.012)) {
    const from = conversionFrom(est, todayDay);
    const day = from === null ? null : from + years(0, 3);
    const last = Math.max(...raws.map((r) => r.day));
    if (day !== null && day <= todayDay && day > last) {
      raws.push({ day, prio: 9, kind: 'converted_to_urban_service', decision: decisionOn(day, 'UBND') });
    }
  }
  return raws.sort((a, b) => a.day - b.day || a.prio - b.prio);
}

export function parkTimeline(rng: Rng, input: TimelineInput): ParkTimeline {
  const raws = rawEvents(rng, input);
  const events: ParkEvent[] = [];
  const areaSteps: ParkTimeline['areaSteps'] = [];
  const t: ParkTimeline = {
    events,
    firstDay: raws[0]!.day,
    establishedDay: null,
    constructionDay: null,
    operatingDay: null,
    endDay: null,
    areaSteps,
  };
  let running = 0;
  for (const r of raws) {
    const date = isoOf(r.day);
    switch (r.kind) {
      case 'planned':
        events.push({ kind: 'planned', date, approved: r.approved, ...(r.decision ? { decision: r.decision } : {}) });
        break;
      case 'established':
        running = r.areaH;
        t.establishedDay = r.day;
        areaSteps.push({ day: r.day, areaH: running, source: r.decision.number });
        events.push({ kind: 'established', date, act: r.act, decision: r.decision, area: unitsToDecimal(running, 2) });
        break;
      case 'construction_started':
        t.constructionDay = r.day;
        events.push({ kind: r.kind, date });
        break;
      case 'operating':
        t.operatingDay = r.day;
        events.push({ kind: r.kind, date });
        break;
      case 'area_change': {
        const up = r.factor > 1;
        const target = Math.round(running * r.factor);
        const after = up ? Math.max(target, running + 100) : Math.max(100, Math.min(target, running - 100));
        if (after === running) break;
        events.push({
          kind: after > running ? 'area_increased' : 'area_decreased',
          date,
          decision: r.decision,
          areaBefore: unitsToDecimal(running, 2),
          areaAfter: unitsToDecimal(after, 2),
        });
        running = after;
        areaSteps.push({ day: r.day, areaH: running, source: r.decision.number });
        break;
      }
      case 'revoked':
      case 'converted_to_urban_service':
        t.endDay = r.day;
        if (t.establishedDay !== null) areaSteps.push({ day: r.day, areaH: 0, source: r.decision.number });
        events.push(
          r.kind === 'revoked'
            ? { kind: 'revoked', date, decision: r.decision }
            : { kind: 'converted_to_urban_service', date, decision: r.decision },
        );
        break;
    }
  }
  return t;
}

/**
 * The first day tenants may come: when the park operates, or 18 months after it is established if
 * that is sooner. Null for a park never established, or revoked before it operated.
 */
export function tenantsFrom(t: ParkTimeline): number | null {
  if (t.establishedDay === null || (t.endDay !== null && t.operatingDay === null)) return null;
  return Math.min(t.operatingDay ?? Number.POSITIVE_INFINITY, t.establishedDay + Math.round(1.5 * YEAR_DAYS));
}
