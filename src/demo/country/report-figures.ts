/**
 * What a demo project reports each quarter: realised capital, revenue, export, import, budget
 * payments and workers, from one small economic model per project — turnover and labour by
 * business line, scaled by the registered capital in force and ramping up after the operation
 * start, with seasonal and random noise. Pure and keyed by the project id, so the same project
 * always reports the same figures. Money is in whole base units (USD to the 10 dollars, đồng to
 * the million: what an enterprise can type in nghìn USD and triệu đồng); sums stay far below 2^53.
 */
import { toDayNumber } from '../../kernel/calendar/local-time';
import { type Period, periodEnd, periodStart } from '../../kernel/period';
import { hashSeed, Rng } from './random';
import type { DemoProject } from './types';

type Profile = {
  /** Yearly revenue per unit of registered capital, at full operation. */
  turnover: number;
  /** Workers per million USD of registered capital (before the size discount). */
  workers: number;
  female: number;
  /** Share of revenue exported by foreign-invested and domestic projects. */
  export: readonly [fdi: number, ddi: number];
  /** R&D spending as a share of revenue. */
  rnd: number;
};

const P = (turnover: number, workers: number, female: number, fdi: number, ddi: number, rnd: number): Profile => ({
  turnover,
  workers,
  female,
  export: [fdi, ddi],
  rnd,
});

/** By VSIC (sectors.ts): electronics and garments export most and employ most women. */
const PROFILES: Readonly<Record<string, Profile>> = {
  '2610': P(2.5, 60, 0.7, 0.95, 0.4, 0.01),
  '2630': P(2, 50, 0.65, 0.9, 0.3, 0.015),
  '2732': P(1.8, 40, 0.45, 0.8, 0.2, 0.003),
  '2750': P(2, 50, 0.6, 0.8, 0.2, 0.005),
  '1410': P(2.5, 300, 0.8, 0.95, 0.6, 0.001),
  '1520': P(2.5, 350, 0.8, 0.95, 0.6, 0.001),
  '1311': P(1.5, 80, 0.6, 0.7, 0.3, 0.001),
  '2220': P(1.6, 40, 0.5, 0.6, 0.15, 0.002),
  '2930': P(1.8, 60, 0.45, 0.8, 0.2, 0.005),
  '2592': P(1.5, 50, 0.3, 0.7, 0.15, 0.004),
  '2511': P(1.4, 40, 0.2, 0.5, 0.1, 0.001),
  '2410': P(1.2, 15, 0.15, 0.4, 0.1, 0.001),
  '2013': P(1.3, 10, 0.3, 0.5, 0.1, 0.003),
  '2100': P(1.2, 30, 0.6, 0.3, 0.05, 0.02),
  '1079': P(2, 80, 0.65, 0.6, 0.2, 0.001),
  '1080': P(2.5, 25, 0.35, 0.2, 0.05, 0.001),
  '1702': P(1.6, 40, 0.5, 0.5, 0.1, 0.001),
  '3100': P(1.8, 150, 0.5, 0.9, 0.5, 0.001),
  '2395': P(1.2, 30, 0.2, 0.2, 0.05, 0.001),
  '5210': P(0.6, 40, 0.35, 0.1, 0.02, 0),
  '3290': P(1.8, 80, 0.6, 0.6, 0.2, 0.002),
  // A park's infrastructure: land rent and services, few staff, nothing exported.
  '6810': P(0.12, 5, 0.35, 0, 0, 0),
};
const DEFAULT_PROFILE = P(1.5, 50, 0.55, 0.6, 0.15, 0.002);

/**
 * Approximate yearly average đồng per USD, only to size demo figures across currencies (a DDI
 * project's exports in USD, an FDI project's budget payments in đồng); the forms convert with the
 * exchange-rate rows they name, never with this table.
 */
const VND_PER_USD: Readonly<Record<number, number>> = {
  2010: 18_600,
  2011: 20_500,
  2012: 20_800,
  2013: 21_000,
  2014: 21_200,
  2015: 21_900,
  2016: 22_300,
  2017: 22_700,
  2018: 23_000,
  2019: 23_200,
  2020: 23_200,
  2021: 23_100,
  2022: 23_400,
  2023: 23_800,
  2024: 24_500,
  2025: 25_300,
  2026: 26_000,
};
export const vndPerUsd = (year: number): number => VND_PER_USD[Math.min(2026, Math.max(2010, year))] ?? 23_000;

/** Registered capital as a step function of the day, from the certificate's events (one currency). */
export type CapitalSteps = { day: number; capital: number }[];

export function capitalSteps(p: DemoProject): CapitalSteps {
  const steps: CapitalSteps = [];
  let capital = 0;
  for (const e of p.events) {
    if (e.kind === 'issued') capital = Number(e.registeredCapital.value);
    else if (e.kind === 'adjusted' && e.capitalDelta) capital += Number(e.capitalDelta.value);
    else continue;
    steps.push({ day: toDayNumber(e.date), capital });
  }
  return steps;
}

export function capitalOn(steps: CapitalSteps, day: number): number {
  let out = 0;
  for (const s of steps) {
    if (s.day > day) break;
    out = s.capital;
  }
  return out;
}

/** The first and the last day the certificate was in force (the end day itself is not). */
export function validDays(p: DemoProject): { from: number; to: number | null } {
  const end = p.events.find((e) => e.kind === 'revoked' || e.kind === 'terminated');
  return { from: toDayNumber(p.events[0]!.date), to: end ? toDayNumber(end.date) - 1 : null };
}

/** One project's own parameters, drawn once from its id. */
export type Economy = {
  profile: Profile;
  fdi: boolean;
  /** Years to realise about 63 % of the ceiling, and the share of capital ever realised. */
  pace: number;
  ceiling: number;
  productivity: number;
  staffing: number;
  exportShare: number;
  importRatio: number;
  budgetShare: number;
  foreignShare: number;
  female: number;
  margin: number;
};

export function economyOf(p: DemoProject): Economy {
  const rng = new Rng(hashSeed('report-economy', p.id));
  const profile = PROFILES[p.vsic[0] ?? ''] ?? DEFAULT_PROFILE;
  const fdi = p.origin === 'FDI';
  const exportBase = profile.export[fdi ? 0 : 1];
  return {
    profile,
    fdi,
    pace: rng.range(1.5, 4),
    ceiling: rng.range(0.75, 0.95),
    productivity: Math.exp(0.45 * rng.normal()),
    staffing: Math.exp(0.35 * rng.normal()),
    exportShare: Math.min(1, exportBase * rng.range(0.75, 1.1)),
    importRatio: fdi ? rng.range(0.5, 0.85) : rng.range(0.1, 0.4),
    budgetShare: fdi ? rng.range(0.008, 0.03) : rng.range(0.02, 0.06),
    foreignShare: fdi ? rng.range(0.005, 0.04) : rng.range(0, 0.004),
    female: Math.min(0.9, Math.max(0.1, profile.female + rng.range(-0.12, 0.04))),
    margin: rng.range(-0.04, 0.12),
  };
}

/** A quarter's figures in base units; money fields null where nothing can be reported. */
export type QuarterFigures = {
  period: Period;
  /** Days of the quarter the certificate was in force, and of those after the operation start. */
  validDays: number;
  operatingDays: number;
  realisedCapital: number;
  revenue: number | null;
  exportUsd: number | null;
  importUsd: number | null;
  budgetVnd: number;
  workersDomestic: number;
  workersForeign: number;
  workersFemale: number;
  operating: boolean;
};

/** First and last day number of every quarter, computed once: the figures walk many quarters per project. */
const quarterDays = new Map<number, { from: number; to: number }>();
function daysOf(q: Period): { from: number; to: number } {
  const key = q.year * 4 + (q.kind === 'quarter' ? q.quarter : 1);
  let d = quarterDays.get(key);
  if (!d) {
    d = { from: toDayNumber(periodStart(q)), to: toDayNumber(periodEnd(q)) };
    quarterDays.set(key, d);
  }
  return d;
}

const roundTo = (x: number, step: number) => Math.max(0, Math.round(x / step) * step);
export const moneyStep = (currency: string) => (currency === 'VND' ? 1_000_000 : 10);
const LABOUR_FACTOR = 0.28;
const SEASON = [0.88, 1, 1.02, 1.1] as const;
const DAY_YEARS = 1 / 365.25;

/**
 * Every quarter from the issue to `last` (inclusive) in which the certificate was in force,
 * with the realised capital of each: the cumulative realised capital follows
 * capital × ceiling × (1 − e^(−years/pace)), floored to whole units and never decreasing, so the
 * quarters of a year add up to exactly what the year realised.
 */
export function quarterFigures(p: DemoProject, economy: Economy, last: Period): QuarterFigures[] {
  const steps = capitalSteps(p);
  const life = validDays(p);
  const op = p.operationStartedOn ? toDayNumber(p.operationStartedOn) : null;
  const unit = moneyStep(p.currency);
  const issue = new Date(`${p.events[0]!.date}T00:00:00Z`);
  const out: QuarterFigures[] = [];
  let q: Period = {
    kind: 'quarter',
    year: issue.getUTCFullYear(),
    quarter: (Math.floor(issue.getUTCMonth() / 3) + 1) as 1,
  };
  let done = 0;
  const lastEnd = toDayNumber(periodEnd(last));
  for (;;) {
    const { from, to } = daysOf(q);
    if (to > lastEnd) break;
    if (life.to !== null && life.to < from) break;
    const rng = new Rng(hashSeed('report-quarter', p.id, from));
    const validFrom = Math.max(from, life.from);
    const validTo = life.to === null ? to : Math.min(to, life.to);
    const days = validTo - validFrom + 1;
    const capitalAtEnd = capitalOn(steps, validTo);
    const years = (validTo - life.from) * DAY_YEARS;
    const target = Math.floor((capitalAtEnd * economy.ceiling * (1 - Math.exp(-years / economy.pace))) / unit) * unit;
    const realised = Math.max(0, target - done);
    done += realised;

    const operatingFrom = op === null ? null : Math.max(op, validFrom);
    const operatingDays = operatingFrom === null || operatingFrom > validTo ? 0 : validTo - operatingFrom + 1;
    const share = operatingDays / (to - from + 1);
    const sinceOp = op === null ? 0 : (validTo - op) * DAY_YEARS;
    const ramp = Math.min(1, 0.35 + 0.65 * (sinceOp / 2));
    const growth = 1 + 0.025 * Math.max(0, sinceOp);
    const year = q.year;
    const rate = vndPerUsd(year);
    const toUsd = p.currency === 'USD' ? 1 : 1 / rate;
    const capitalMusd = (capitalAtEnd * toUsd) / 1e6;

    let revenue: number | null = null;
    let exportUsd: number | null = null;
    let importUsd: number | null = null;
    let budgetVnd = roundTo(capitalMusd * rng.range(2, 20) * 1e6, 1e6); // fees and land rent while building
    if (operatingDays > 0) {
      const noise = Math.exp(0.12 * rng.normal());
      const value = ((capitalAtEnd * economy.profile.turnover * economy.productivity) / 4) * ramp * growth;
      const rev = value * SEASON[q.quarter - 1]! * noise * share;
      revenue = roundTo(rev, unit);
      const revUsd = rev * toUsd;
      exportUsd = roundTo(revUsd * economy.exportShare * Math.exp(0.08 * rng.normal()), 10);
      // Processing for export imports most of its inputs; a line selling at home imports little.
      importUsd = roundTo((exportUsd > 0 ? exportUsd : revUsd * 0.15) * economy.importRatio, 10);
      budgetVnd = roundTo(revUsd * rate * economy.budgetShare, 1e6);
    }
    // Labour grows with the capital (with a discount for size) and with the years of operation;
    // the factor brings the country near the 4 million or so people working in the parks (scale 1).
    const full =
      LABOUR_FACTOR * economy.profile.workers * economy.staffing * Math.max(0.05, capitalMusd) ** 0.85 * growth;
    const staff = operatingDays > 0 ? Math.max(5, Math.min(60_000, full * ramp)) : rng.int(2, 15);
    const workers = Math.round(staff * Math.exp(0.03 * rng.normal()));
    const workersForeign = Math.round(workers * (operatingDays > 0 ? economy.foreignShare : 0.2));
    const workersDomestic = Math.max(0, workers - workersForeign);
    out.push({
      period: q,
      validDays: days,
      operatingDays,
      realisedCapital: realised,
      revenue,
      exportUsd,
      importUsd,
      budgetVnd,
      workersDomestic,
      workersForeign,
      workersFemale: Math.round(workers * economy.female),
      operating: operatingDays > 0,
    });
    q = q.quarter === 4 ? { kind: 'quarter', year: q.year + 1, quarter: 1 } : { ...q, quarter: (q.quarter + 1) as 1 };
  }
  return out;
}
