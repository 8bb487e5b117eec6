import { formatNumber } from '../../../kernel/format';
import type { Frequency, MatchListing } from './types';

/** Units of the exchange, each with its dimension and factor to the base unit (t, m³, MWh, h). */
export const UNITS = {
  t: { dimension: 'mass', toBase: 1 },
  kg: { dimension: 'mass', toBase: 0.001 },
  m3: { dimension: 'volume', toBase: 1 },
  l: { dimension: 'volume', toBase: 0.001 },
  MWh: { dimension: 'energy', toBase: 1 },
  kWh: { dimension: 'energy', toBase: 0.001 },
  GJ: { dimension: 'energy', toBase: 1 / 3.6 },
  h: { dimension: 'time', toBase: 1 },
} as const;
export type Unit = keyof typeof UNITS;
export const BASE_UNIT = { mass: 't', volume: 'm³', energy: 'MWh', time: 'giờ' } as const;

/** A one-off lot counts as one a year. */
export const PER_YEAR: Record<Frequency, number> = { once: 1, day: 365, week: 52, month: 12, year: 1 };

export function annualBase(l: Pick<MatchListing, 'quantity' | 'unit' | 'frequency'>) {
  const unit = UNITS[l.unit as Unit];
  if (!unit) return null;
  return { dimension: unit.dimension, amount: l.quantity * unit.toBase * PER_YEAR[l.frequency] };
}

/** min/max of the yearly amounts: 1 when supply equals demand, 0 when the units cannot be compared. */
export function quantityFit(offer: MatchListing, need: MatchListing) {
  const a = annualBase(offer);
  const b = annualBase(need);
  if (!a || !b || a.dimension !== b.dimension)
    return {
      value: 0,
      vi: 'Đơn vị cung và cầu không so sánh được',
      en: 'Supply and demand units cannot be compared',
      matched: null,
    };
  const base = BASE_UNIT[a.dimension];
  const value = Math.min(a.amount, b.amount) / Math.max(a.amount, b.amount);
  const covered = Math.min(1, a.amount / b.amount) * 100;
  const n = (x: number, loc: 'vi' | 'en') => formatNumber(x, x < 10 ? 2 : 0, loc);
  return {
    value,
    vi: `Cung ${n(a.amount, 'vi')} ${base}/năm, cầu ${n(b.amount, 'vi')} ${base}/năm: đáp ứng ${formatNumber(covered, 0)}% nhu cầu`,
    en: `Supply ${n(a.amount, 'en')} ${base}/yr, demand ${n(b.amount, 'en')} ${base}/yr: covers ${formatNumber(covered, 0, 'en')}% of the need`,
    matched: { dimension: a.dimension, amount: Math.min(a.amount, b.amount) },
  };
}
