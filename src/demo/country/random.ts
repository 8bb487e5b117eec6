/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the demo country is drawn with. Every
 * stream is keyed (`rngFor(seed, 'tenant', 17)`), so any item can be regenerated on its own: the
 * project stream keeps nothing in memory and still gives the same projects on every iteration.
 */
import { fromDayNumber, toDayNumber } from '../../kernel/calendar/local-time';
import { formatDecimal, parseDecimal } from '../../kernel/decimal';

function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit seed from any list of keys (FNV-1a, then a murmur finaliser). */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Index drawn with the given non-negative weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (const [i, w] of weights.entries()) {
      x -= w;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and σ of the logarithm. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Index in [0, n) skewed to the start: a few investors get many projects. */
  skewed(n: number, power = 1.5): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }
}

export const rngFor = (seed: number, ...keys: readonly (string | number)[]): Rng => new Rng(hashSeed(seed, ...keys));

/** Running sums of weights, for drawing from a large table by binary search. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (const [i, w] of weights.entries()) {
    total += w;
    out[i] = total;
  }
  return out;
}

/** The index whose cumulative range holds `u × total` (u in [0, 1)). */
export function searchCumulative(cum: Float64Array, u: number): number {
  const total = cum[cum.length - 1] ?? 0;
  const x = u * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Splits `total` in proportion to `weights`, largest remainders first, so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/**
 * A keyed bijection of [0, modulus) (a 4-round Feistel network with cycle walking), so sequential
 * indices give opaque numbers that can never collide. modulus ≤ 2^40.
 */
export function opaqueNumber(index: number, key: number, modulus: number): number {
  let half = 1;
  while (2 ** (2 * half) < modulus) half += 1;
  const side = 2 ** half;
  let v = index;
  do {
    let left = Math.floor(v / side);
    let right = v % side;
    for (let round = 0; round < 4; round++) {
      const f = fmix32((key ^ Math.imul(round + 1, 0x9e3779b9) ^ right) >>> 0) % side;
      [left, right] = [right, (left + f) % side];
    }
    v = left * side + right;
  } while (v >= modulus);
  return v;
}

/** `units` × 10^-places as an exact decimal string (integers in, no float rounding out). */
export function unitsToDecimal(units: number, places = 0): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`not a safe integer: ${units}`);
  const digits = String(Math.abs(units)).padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return formatDecimal(parseDecimal(`${units < 0 ? '-' : ''}${text}`));
}

export const dayOf = toDayNumber;
export const isoOf = fromDayNumber;

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYears(day: number, years: number): number {
  const [y, m, d] = isoOf(day).split('-').map(Number) as [number, number, number];
  const month = String(m).padStart(2, '0');
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return dayOf(`${String(y + years).padStart(4, '0')}-${month}-${String(Math.min(d, last)).padStart(2, '0')}`);
}

export const YEAR_DAYS = 365.25;

const keys = new Map<string, number>();
const keyOf = (seed: number, name: string): number => {
  const id = `${seed}:${name}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = hashSeed(seed, name);
    keys.set(id, key);
  }
  return key;
};

/** Ten digits, unique per index: an enterprise's tax code (mã số thuế). */
export const taxCodeOf = (seed: number, index: number): string =>
  String(opaqueNumber(index, keyOf(seed, 'tax-code'), 10_000_000_000)).padStart(10, '0');

/** Ten digits, unique per index, never starting with 0: a project code (mã số dự án). */
export const projectCodeOf = (seed: number, index: number): string =>
  String(1_000_000_000 + opaqueNumber(index, keyOf(seed, 'project-code'), 9_000_000_000));

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Record ids: parks and their developers and infrastructure projects share the park's number. */
export const ids = {
  park: (k: number) => `park-${pad(k + 1, 5)}`,
  plant: (k: number) => `xlnt-${pad(k + 1, 5)}`,
  enterprise: (index: number) => `ent-${pad(index + 1, 6)}`,
  project: (index: number) => `prj-${pad(index + 1, 6)}`,
  investor: (index: number) => `inv-${pad(index + 1, 6)}`,
};
