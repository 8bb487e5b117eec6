/**
 * Exact decimal arithmetic for money and areas: values are strings at the edges (as PostgreSQL
 * `numeric` returns them) and scaled bigints inside, so 0.1 + 0.2 is 0.3 and a billion-dong
 * total never drifts by float rounding.
 */
export const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;
const ZEROS = '0'.repeat(SCALE);

export type Decimal = bigint & { readonly __decimal: unique symbol };

export function parseDecimal(text: string): Decimal {
  // Most inputs (driver strings, stored sums) need no trim: try them as they are first.
  const m = DECIMAL.exec(text) ?? DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal number: "${text}"`);
  const [, sign, whole, frac = ''] = m;
  if (frac.length > SCALE && /[1-9]/.test(frac.slice(SCALE))) {
    throw new RangeError(`more than ${SCALE} decimal places: "${text}"`);
  }
  // One BigInt of the digits, scale included: the forms parse hundreds of thousands of amounts.
  const units = BigInt(whole! + (frac.length >= SCALE ? frac.slice(0, SCALE) : frac + ZEROS.slice(frac.length)));
  return (sign === '-' ? -units : units) as Decimal;
}

export function formatDecimal(d: Decimal): string {
  const negative = d < 0n;
  const digits = (negative ? -d : d).toString();
  const padded = digits.length > SCALE ? digits : digits.padStart(SCALE + 1, '0');
  let end = padded.length;
  while (end > padded.length - SCALE && padded.charCodeAt(end - 1) === 48) end--;
  const frac = padded.slice(padded.length - SCALE, end);
  return `${negative ? '-' : ''}${padded.slice(0, -SCALE)}${frac ? `.${frac}` : ''}`;
}

export const add = (a: Decimal, b: Decimal) => (a + b) as Decimal;
export const sub = (a: Decimal, b: Decimal) => (a - b) as Decimal;
export const ZERO = 0n as Decimal;

/** Rounds half away from zero, as Vietnamese statistical tables do. */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const away = twice >= (d < 0n ? -d : d);
  if (!away) return q;
  return n < 0n !== d < 0n ? q - 1n : q + 1n;
}

export const mul = (a: Decimal, b: Decimal) => divRound(a * b, FACTOR) as Decimal;

export function div(a: Decimal, b: Decimal): Decimal {
  if (b === 0n) throw new RangeError('division by zero');
  return divRound(a * FACTOR, b) as Decimal;
}

/** Rounds to `places` decimal places (0 ≤ places ≤ SCALE). */
export function round(a: Decimal, places: number): Decimal {
  const unit = 10n ** BigInt(SCALE - places);
  return (divRound(a, unit) * unit) as Decimal;
}

export const compare = (a: Decimal, b: Decimal) => (a < b ? -1 : a > b ? 1 : 0);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = 0n;
  for (const v of values) total += v;
  return total as Decimal;
}
