/**
 * The investor pool: foreign investors by partner country, Vietnamese organisations (a few of them
 * foreign-controlled, so they invest as foreign investors under Art. 23(1)) and Vietnamese
 * individuals. Each investor is a function of its index, so the pool is never held in memory;
 * projects draw from it with a skew, so a few investors have many projects, as in life.
 */
import type { Investor } from '../../modules/investment/capital-origin';
import { foreignCompany, foreignPerson, vietnameseCompany, vietnamesePerson } from './names';
import { apportion, ids, type Rng, rngFor } from './random';
import { SECTORS } from './sectors';
import type { DemoInvestor } from './types';

/** Partner countries of FDI projects in parks and zones, relative by number of projects. */
export const PARTNERS: readonly (readonly [string, number])[] = [
  ['KR', 27],
  ['JP', 15],
  ['CN', 13],
  ['TW', 9],
  ['SG', 8],
  ['HK', 7],
  ['VG', 3],
  ['US', 2.5],
  ['TH', 2],
  ['MY', 2],
  ['NL', 1.2],
  ['DE', 1],
  ['FR', 0.8],
  ['GB', 0.8],
  ['AU', 0.7],
  ['IN', 0.6],
  ['WS', 0.6],
  ['CA', 0.4],
  ['KY', 0.3],
  ['SC', 0.3],
  ['IT', 0.3],
  ['CH', 0.3],
  ['BE', 0.2],
  ['PH', 0.2],
];

/** Countries of foreign park developers. */
export const DEVELOPER_PARTNERS: readonly (readonly [string, number])[] = [
  ['SG', 30],
  ['JP', 20],
  ['TH', 15],
  ['KR', 15],
  ['TW', 10],
  ['HK', 10],
];

type PoolKind = 'foreign' | 'vn_org' | 'vn_foreign_controlled' | 'vn_person';

export interface PoolRange {
  kind: PoolKind;
  country: string;
  start: number;
  size: number;
}

export interface InvestorPool {
  ranges: PoolRange[];
  total: number;
  foreign: ReadonlyMap<string, PoolRange>;
  vnOrg: PoolRange;
  vnForeignControlled: PoolRange;
  vnPerson: PoolRange;
}

/** At scale 1 (pool sizes, not projects). */
const POOL_SIZES = { foreign: 6500, vnOrg: 6500, vnForeignControlled: 250, vnPerson: 2500 } as const;

export function investorPool(scale: number): InvestorPool {
  const ranges: PoolRange[] = [];
  let start = 0;
  const add = (kind: PoolKind, country: string, size: number): PoolRange => {
    const range = { kind, country, start, size: Math.max(1, size) };
    ranges.push(range);
    start += range.size;
    return range;
  };
  const foreignSizes = apportion(
    Math.round(POOL_SIZES.foreign * scale),
    PARTNERS.map(([, w]) => w),
  );
  const foreign = new Map(PARTNERS.map(([c], i) => [c, add('foreign', c, foreignSizes[i] ?? 1)]));
  const vnOrg = add('vn_org', 'VN', Math.round(POOL_SIZES.vnOrg * scale));
  const vnForeignControlled = add('vn_foreign_controlled', 'VN', Math.round(POOL_SIZES.vnForeignControlled * scale));
  const vnPerson = add('vn_person', 'VN', Math.round(POOL_SIZES.vnPerson * scale));
  return { ranges, total: start, foreign, vnOrg, vnForeignControlled, vnPerson };
}

export interface PoolInvestor extends DemoInvestor {
  /** The brand its Vietnamese subsidiaries carry ("Hansung Tech" → "Hansung Tech Vina Co., Ltd"). */
  brand: string;
}

function rangeOf(pool: InvestorPool, index: number): PoolRange {
  const range = pool.ranges.find((r) => index >= r.start && index < r.start + r.size);
  if (!range) throw new RangeError(`no investor ${index}`);
  return range;
}

/** Investor `index` of the pool, the same on every call. */
export function investorAt(seed: number, pool: InvestorPool, index: number): PoolInvestor {
  const rng = rngFor(seed, 'investor', index);
  const range = rangeOf(pool, index);
  const id = ids.investor(index);
  switch (range.kind) {
    case 'foreign': {
      const company = foreignCompany(rng, range.country);
      const person = rng.chance(0.06);
      return {
        id,
        kind: person ? 'individual' : 'organisation',
        name: person ? foreignPerson(rng, range.country) : company.name,
        nationality: range.country,
        foreignShare: null,
        brand: company.brand,
      };
    }
    case 'vn_org':
    case 'vn_foreign_controlled': {
      const name = vietnameseCompany(rng, rng.pick(SECTORS).activity);
      // Domestic-controlled organisations stay clear of the 50/51 % thresholds of both laws.
      const share = range.kind === 'vn_org' ? (rng.chance(0.15) ? rng.int(5, 45) : 0) : rng.int(55, 100);
      return { id, kind: 'organisation', name, nationality: 'VN', foreignShare: String(share), brand: name };
    }
    case 'vn_person': {
      const name = vietnamesePerson(rng);
      return { id, kind: 'individual', name, nationality: 'VN', foreignShare: null, brand: name };
    }
  }
}

export function* investorsOf(seed: number, pool: InvestorPool): Generator<DemoInvestor> {
  for (let i = 0; i < pool.total; i++) {
    const { brand: _brand, ...investor } = investorAt(seed, pool, i);
    yield investor;
  }
}

export const drawFrom = (rng: Rng, range: PoolRange): number => range.start + rng.skewed(range.size);

export function drawCountry(rng: Rng, table: readonly (readonly [string, number])[]): string {
  return table[rng.weighted(table.map(([, w]) => w))]?.[0] ?? 'KR';
}

export function drawForeign(rng: Rng, pool: InvestorPool, country: string): number {
  const range = pool.foreign.get(country);
  if (!range) throw new RangeError(`no investors of ${country}`);
  return drawFrom(rng, range);
}

/** Whole percentages adding up to exactly 100, the first at least `firstAtLeast`. */
export function splitShares(rng: Rng, n: number, firstAtLeast = 51): string[] {
  if (n <= 1) return ['100'];
  const first = rng.int(firstAtLeast, 100 - 5 * (n - 1));
  if (n === 2) return [String(first), String(100 - first)];
  const second = rng.int(1, 100 - first - 1);
  return [String(first), String(second), String(100 - first - second)];
}

/** The certificate's view of an investor: who, and their share of the project. */
export function asProjectInvestor(investor: PoolInvestor, share: string): Investor {
  return {
    id: investor.id,
    name: investor.name,
    kind: investor.kind,
    nationality: investor.nationality,
    share,
    ...(investor.foreignShare !== null ? { foreignShare: investor.foreignShare } : {}),
  };
}

export interface Holding {
  investor: PoolInvestor;
  share: string;
}

/** The drawn investors with their shares; a repeated draw leaves the first investor alone at 100 %. */
export function holdings(
  seed: number,
  pool: InvestorPool,
  picks: readonly number[],
  shares: readonly string[],
): Holding[] {
  const distinct = new Set(picks).size === picks.length;
  const chosen = distinct ? picks : picks.slice(0, 1);
  return chosen.map((index, i) => ({
    investor: investorAt(seed, pool, index),
    share: distinct ? (shares[i] ?? '100') : '100',
  }));
}

/**
 * Investors of a project meant to be foreign-invested: mostly one foreign investor, some foreign
 * pairs, joint ventures with a Vietnamese organisation, and a few foreign-controlled Vietnamese
 * organisations alone (FDI through Art. 23(1)). The origin is still decided by the classifier.
 */
export function fdiHoldings(rng: Rng, seed: number, pool: InvestorPool): Holding[] {
  const r = rng.next();
  const country = drawCountry(rng, PARTNERS);
  const lead = drawForeign(rng, pool, country);
  if (r < 0.76) return holdings(seed, pool, [lead], ['100']);
  if (r < 0.86) {
    const other = drawForeign(rng, pool, rng.chance(0.6) ? country : drawCountry(rng, PARTNERS));
    return holdings(seed, pool, [lead, other], splitShares(rng, 2));
  }
  if (r < 0.97) {
    const foreignShare = rng.int(30, 95);
    return holdings(seed, pool, [lead, drawFrom(rng, pool.vnOrg)], [String(foreignShare), String(100 - foreignShare)]);
  }
  return holdings(seed, pool, [drawFrom(rng, pool.vnForeignControlled)], ['100']);
}

/** Investors of a project meant to be domestic: an organisation, one to three people, or a pair. */
export function ddiHoldings(rng: Rng, seed: number, pool: InvestorPool): Holding[] {
  const r = rng.next();
  if (r < 0.62) return holdings(seed, pool, [drawFrom(rng, pool.vnOrg)], ['100']);
  if (r < 0.82) {
    const n = rng.int(1, 3);
    const people = Array.from({ length: n }, () => drawFrom(rng, pool.vnPerson));
    return holdings(seed, pool, people, splitShares(rng, n, 34));
  }
  const second = drawFrom(rng, rng.chance(0.5) ? pool.vnOrg : pool.vnPerson);
  return holdings(seed, pool, [drawFrom(rng, pool.vnOrg), second], splitShares(rng, 2));
}

/** A park developer: mostly Vietnamese; about one in seven foreign (alone or with a Vietnamese partner). */
export function developerHoldings(rng: Rng, seed: number, pool: InvestorPool): Holding[] {
  if (rng.chance(0.14)) {
    const lead = drawForeign(rng, pool, drawCountry(rng, DEVELOPER_PARTNERS));
    if (rng.chance(0.6)) return holdings(seed, pool, [lead], ['100']);
    return holdings(seed, pool, [lead, drawFrom(rng, pool.vnOrg)], splitShares(rng, 2));
  }
  if (rng.chance(0.8)) return holdings(seed, pool, [drawFrom(rng, pool.vnOrg)], ['100']);
  return holdings(seed, pool, [drawFrom(rng, pool.vnOrg), drawFrom(rng, pool.vnOrg)], splitShares(rng, 2));
}
